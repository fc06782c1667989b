"""Every bundled data file passes its schema.

A run does not validate the bundled files (``scrlint.bundled``); these tests are what keeps
them valid, and they must cover every YAML file in the bundled packs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.acronyms import GLOSSARY_FILE
from scrlint.bundled import is_bundled, pack_root
from scrlint.citations.table import TABLE_FILE
from scrlint.config import Config
from scrlint.engine import Engine
from scrlint.errors import PackError
from scrlint.jargon import JARGON_FILE
from scrlint.packs.loader import load_rule_file, pack_files
from scrlint.profiles import load_profiles
from scrlint.profiles.loader import PROFILE_DIR, load_profile_file
from scrlint.statements.loader import STATEMENT_DIR
from scrlint.validation import problem_list, value_errors
from scrlint.yamlfile import load_yaml

ROOT = pack_root()


def _schema_for(path: Path) -> str:
    relative = path.relative_to(ROOT)
    if relative.parts[0] == PROFILE_DIR:
        return "profile.schema.json"
    if relative.parts[0] == STATEMENT_DIR:
        return "statement.schema.json"
    named = {
        GLOSSARY_FILE: "glossary.schema.json",
        JARGON_FILE: "jargon.schema.json",
        TABLE_FILE: "instruments.schema.json",
    }
    return named.get(relative, "rule.schema.json")


BUNDLED = sorted(ROOT.rglob("*.yaml"))


def test_every_bundled_yaml_file_is_covered() -> None:
    rule_files = set(pack_files(ROOT))
    data_files = {p for p in BUNDLED if _schema_for(p) != "rule.schema.json"}
    assert len(BUNDLED) > 60
    assert set(BUNDLED) == rule_files | data_files


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_bundled_file_passes_its_schema(path: Path) -> None:
    data = load_yaml(path.read_text(encoding="utf-8"))
    assert problem_list(data, _schema_for(path)) == []


def test_bundled_profile_options_pass_the_rules_option_schemas() -> None:
    registry = Engine().setup(Config()).registry
    checked = 0
    for profile in load_profiles([ROOT]).values():
        for code, values in profile.options.items():
            declared = registry.get(code).meta.options
            for name, value in values.items():
                assert value_errors(value, declared[name].schema) == [], (profile.id, code, name)
                checked += 1
    assert checked > 0


def test_only_absolute_paths_inside_the_packs_are_bundled(tmp_path: Path) -> None:
    assert is_bundled(ROOT / "profiles" / "generic.yaml")
    assert not is_bundled(tmp_path / "profile.yaml")
    assert not is_bundled("profiles/fallback.yaml")
    assert not is_bundled("config")


def test_a_users_file_is_still_validated(tmp_path: Path) -> None:
    bundled = next(p for p in BUNDLED if p.parent.name == PROFILE_DIR)
    copy = tmp_path / bundled.name
    copy.write_text(bundled.read_text(encoding="utf-8") + "\nunknown-key: 1\n", encoding="utf-8")
    with pytest.raises(PackError, match="unknown-key: unknown key"):
        load_profile_file(copy)
    rule = next(iter(pack_files(ROOT)))
    broken = tmp_path / rule.name
    broken.write_text(rule.read_text(encoding="utf-8") + "\nunknown-key: 1\n", encoding="utf-8")
    with pytest.raises(PackError, match="unknown-key: unknown key"):
        load_rule_file(broken, "rule-paths")
