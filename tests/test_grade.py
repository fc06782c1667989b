"""The grade (issue 6, item 1): calibrated on the fixture reports, capped by limiting findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrlint.cli import main
from scrlint.engine import Engine
from scrlint.finding import Finding, Position, Severity
from scrlint.grade import DIMENSIONS, Band, grade
from tests.conftest import FIXTURES

REPORTS = FIXTURES / "reports"
PROFILES = sorted(p.name for p in REPORTS.iterdir() if p.is_dir())
GOOD = sorted(REPORTS.glob("*/good.*"))


def _graded(engine: Engine, path: Path) -> tuple[Band, int]:
    (result,) = engine.check_paths([str(path)])
    assert result.error is None
    return result.grade.band, result.grade.score


@pytest.mark.parametrize("profile", PROFILES)
def test_every_flawed_fixture_grades_below_its_good_twin(profile: str, engine: Engine) -> None:
    flawed_band, flawed_score = _graded(engine, REPORTS / profile / "flawed.md")
    good_band, good_score = _graded(engine, REPORTS / profile / "good.md")
    assert flawed_score < good_score and flawed_band < good_band


@pytest.mark.parametrize("path", GOOD, ids=[f"{p.parent.name}/{p.name}" for p in GOOD])
def test_every_good_fixture_grades_good_or_outstanding(path: Path, engine: Engine) -> None:
    band, _score = _graded(engine, path)
    assert band >= Band.GOOD


def _finding(code: str, severity: Severity, dimension: str) -> Finding:
    at = Position(0, 1, 1, 0)
    return Finding(code, "name", severity, "message", at, at, dimension)


def test_a_dimension_loses_30_per_error_12_per_warning_and_at_most_10_for_advice() -> None:
    findings = [
        _finding("STR001", Severity.ERROR, "structure"),
        _finding("STR002", Severity.WARNING, "structure"),
        *[_finding("RDB001", Severity.INFO, "readability")] * 25,
    ]
    scores = {d.name: d.score for d in grade(findings).dimensions}
    assert scores["structure"] == 58 and scores["readability"] == 90
    assert set(scores) == set(DIMENSIONS)


def test_the_weakest_dimension_weighs_on_the_overall_score() -> None:
    findings = [_finding("CHV001", Severity.ERROR, "child-focus")] * 4  # child focus at 0
    result = grade(findings)
    assert result.score == round(0.7 * (700 / 8) + 0.3 * 0) == 61
    assert result.band is Band.ADEQUATE


def test_a_limiting_finding_caps_the_grade_however_high_the_score() -> None:
    result = grade([_finding("ANO004", Severity.ERROR, "publication-readiness")])
    assert result.score >= 85 and result.band is Band.INADEQUATE
    assert result.limited_by == (
        "identifying personal data in a report meant for publication (ANO004)",
    )
    advice = grade([_finding("ANO004", Severity.INFO, "publication-readiness")])
    assert advice.band is Band.OUTSTANDING and advice.limited_by == ()


def test_personal_data_limits_a_published_report_but_not_an_imr(tmp_path: Path) -> None:
    text = (REPORTS / "imr@2010" / "good.md").read_text(encoding="utf-8")
    planted = text.replace("Child L", "Child L (known as Kayden)", 1)
    report = tmp_path / "imr.md"
    report.write_text(planted, encoding="utf-8")
    imr = json.loads(CliRunner().invoke(main, ["check", str(report), "--format", "json"]).output)
    assert imr["files"][0]["grade"]["limited_by"] == []
    published = CliRunner().invoke(
        main, ["check", str(report), "--format", "json", "--profile", "overview@2010"]
    )
    grade_data = json.loads(published.output)["files"][0]["grade"]
    assert grade_data["grade"] == "inadequate"
    assert grade_data["limited_by"][0].startswith("identifying personal data")


def test_fail_under_sets_the_exit_code() -> None:
    good, flawed = (
        str(REPORTS / "lcspr@2023" / "good.md"),
        str(REPORTS / "lcspr@2023" / "flawed.md"),
    )
    assert CliRunner().invoke(main, ["check", good, "--fail-under", "good"]).exit_code == 0
    quiet = ["--fail-on", "error", "--select", "CHV", "--fail-under"]
    assert CliRunner().invoke(main, ["check", flawed, *quiet, "adequate"]).exit_code == 0
    assert CliRunner().invoke(main, ["check", flawed, *quiet, "outstanding"]).exit_code == 1


def test_the_text_output_shows_the_scorecard_and_why() -> None:
    output = CliRunner().invoke(main, ["check", str(REPORTS / "lcspr@2018" / "flawed.md")]).output
    assert "graded inadequate" in output and "30% the weakest" in output
    assert "capped at inadequate by identifying personal data" in output
    assert all(f"  {name}" in output for name in DIMENSIONS)
