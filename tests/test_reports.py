"""The bundled synthetic reports: detection, structure findings, and text/Markdown parity."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from scrlint.config import Config
from scrlint.document.readers import parse_bytes, reader_for
from scrlint.engine import Engine, FileResult, Overrides
from tests.conftest import FIXTURES, ROOT

REPORTS = FIXTURES / "reports"
PROFILES = sorted(p.stem for p in (ROOT / "rules" / "profiles").glob("*.yaml"))
STRUCTURE = Overrides(select=("STR", "SLT005"))


def _check(engine: Engine, path: Path) -> FileResult:
    result = engine.check_file(path, STRUCTURE)
    assert result.error is None, result.error
    return result


def test_every_profile_has_a_good_and_a_flawed_report() -> None:
    for profile in PROFILES:
        for name in ("good.md", "flawed.md", "flaws.yml"):
            assert (REPORTS / profile / name).is_file(), f"{profile}/{name}"


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("variant", ["good.md", "flawed.md"])
def test_report_type_and_edition_are_detected(engine: Engine, profile: str, variant: str) -> None:
    choice = _check(engine, REPORTS / profile / variant).profile
    assert choice is not None
    assert choice.profile.id == profile
    assert choice.source == ("fallback" if profile == "generic" else "detected")
    assert choice.reasons


@pytest.mark.parametrize("profile", PROFILES)
def test_good_report_has_no_structure_findings(engine: Engine, profile: str) -> None:
    findings = _check(engine, REPORTS / profile / "good.md").findings
    assert [f for f in findings if f.code.startswith("STR")] == []


@pytest.mark.parametrize("profile", PROFILES)
def test_flawed_report_has_exactly_the_planted_structure_flaws(
    engine: Engine, profile: str
) -> None:
    manifest = yaml.safe_load((REPORTS / profile / "flaws.yml").read_text(encoding="utf-8"))
    planted = Counter(item["code"] for item in manifest.get("structure") or [])
    findings = _check(engine, REPORTS / profile / "flawed.md").findings
    found = Counter(f.code for f in findings if f.code.startswith("STR"))
    assert found == planted


TEXT_VARIANTS = sorted(REPORTS.glob("*/good.txt"))


@pytest.mark.parametrize("path", TEXT_VARIANTS, ids=[p.parent.name for p in TEXT_VARIANTS])
def test_text_variant_reads_like_the_markdown(engine: Engine, path: Path) -> None:
    def outline(p: Path) -> list[str]:
        document, _ = parse_bytes(str(p), p.read_bytes(), reader_for(str(p)))
        return [s.key for s in document.sections() if not (s.is_title or s.is_contents)]

    assert outline(path) == outline(path.with_suffix(".md"))
    result = _check(engine, path)
    assert result.profile is not None and result.profile.profile.id == path.parent.name
    assert [f for f in result.findings if f.code.startswith("STR")] == []


def test_contents_lists_in_text_variants_are_not_sections() -> None:
    for path in TEXT_VARIANTS:
        document, _ = parse_bytes(str(path), path.read_bytes(), reader_for(str(path)))
        keys = [s.key for s in document.sections()]
        assert len(keys) == len(set(keys)), f"{path}: a contents entry became a section"


def test_config_profile_is_used_when_front_matter_is_silent(engine: Engine) -> None:
    path = REPORTS / "generic" / "good.md"
    text = path.read_text(encoding="utf-8")
    result = engine.check_text(text, str(path), Config(profile="lcspr@2023"), STRUCTURE)
    assert result.profile is not None and result.profile.source == "config"
    assert any(f.code == "STR001" for f in result.findings)
