"""YAML rule packs: bundled packs validate; broken packs fail with the file and key path."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.bundled import pack_root
from scrlint.config import Config
from scrlint.engine import Engine, Overrides
from scrlint.errors import PackError
from scrlint.packs.loader import load_packs
from tests.conftest import FIXTURES

INVALID = sorted((FIXTURES / "packs" / "invalid").iterdir())


def test_bundled_packs_load() -> None:
    rules = load_packs([(pack_root(), "builtin")])
    assert {r.meta.code for r in rules} >= {"STR001", "STR002", "STR003", "STR004"}


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_invalid_pack_error_names_file_and_key(case: Path) -> None:
    expected = (case / "expected.txt").read_text(encoding="utf-8").strip()
    with pytest.raises(PackError) as raised:
        Engine().setup(Config(rule_paths=(case,)))
    message = str(raised.value)
    assert expected in message
    assert "\n" not in message
    if case.name != "duplicate-code":
        assert str(case) in message, "the error names the file"


def test_unknown_key_error_gives_the_line() -> None:
    case = FIXTURES / "packs" / "invalid" / "unknown-key"
    with pytest.raises(PackError, match=r"\.yaml:7: .*mesage: unknown key"):
        Engine().setup(Config(rule_paths=(case,)))


def test_rule_paths_add_a_yaml_rule(tmp_path: Path) -> None:
    engine = Engine()
    config = Config(rule_paths=(FIXTURES / "packs" / "valid",))
    assert "STR901" in engine.setup(config).registry
    result = engine.check_text(
        "# Summary\n\n## Introduction\n",
        "s.md",
        config,
        Overrides(profile="exec-summary@2010", select=("STR901",)),
    )
    assert {f.code for f in result.findings} == {"STR901"}
    messages = [f.message for f in result.findings]
    assert "House style: 'The facts' is missing (after 'Introduction')." in messages
    assert len(messages) == 5


def test_a_pack_brings_its_own_statements() -> None:
    engine = Engine()
    config = Config(rule_paths=(FIXTURES / "packs" / "valid",))
    overrides = Overrides(profile="lcspr@2023", select=("IND901",))

    def codes(body: str) -> set[str]:
        text = f"# Review\n\n## Methodology\n\n{body}\n"
        return {f.code for f in engine.check_text(text, "r.md", config, overrides).findings}

    assert codes("The reviewer read the records of six agencies.") == {"IND901"}
    assert codes("The designated safeguarding lead attended the learning event.") == set()


def test_a_bad_substitution_pattern_names_the_file(tmp_path: Path) -> None:
    source = pack_root() / "readability" / "RDB002-wordy-phrase.yaml"
    folder = tmp_path / "house"
    folder.mkdir()
    broken = source.read_text(encoding="utf-8").replace("code: RDB002", "code: RDB902")
    broken = broken.replace("'\\bin\\s+order\\s+to\\b'", "'(unclosed'")
    (folder / "RDB902-wordy-phrase.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(PackError, match=r"RDB902-wordy-phrase\.yaml: substitutions: invalid"):
        load_packs([(tmp_path, "test")])
