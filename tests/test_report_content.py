"""The bundled reports against the content rules: good reports are clean, planted flaws are found.

Each ``flaws.yml`` lists content flaws by family, with the exact text of the flawed passage where
there is one. A flaw with text must be reported on the lines of that text, or, by a rule that
judges a whole section (the share of explanatory sentences in the analysis), at the heading of a
section holding the text; a flaw of something missing must be reported somewhere in the report.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from scrlint.document.markdown import read_markdown
from scrlint.engine import Engine, FileResult, Overrides
from scrlint.finding import Finding
from tests.conftest import FIXTURES

REPORTS = FIXTURES / "reports"
FAMILIES = ("IND", "FAM", "EQD", "TIM", "CIT", "ANA", "REC", "CHV")
CONTENT = Overrides(select=FAMILIES)
GOOD = sorted([*REPORTS.glob("*/good.md"), *REPORTS.glob("*/good.txt")])


def _planted() -> list[tuple[str, dict[str, str]]]:
    cases = []
    for manifest in sorted(REPORTS.glob("*/flaws.yml")):
        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        for item in data.get("planted") or []:
            if item["family"] in FAMILIES:
                cases.append((manifest.parent.name, item))
    return cases


PLANTED = _planted()


def _check(engine: Engine, path: Path) -> FileResult:
    result = engine.check_file(path, CONTENT)
    assert result.error is None, result.error
    return result


@pytest.mark.parametrize("path", GOOD, ids=[f"{p.parent.name}/{p.name}" for p in GOOD])
def test_good_report_has_no_content_findings(engine: Engine, path: Path) -> None:
    findings = _check(engine, path).findings
    assert [(f.code, f.start.line, f.message) for f in findings if f.code[:3] in FAMILIES] == []


def test_a_method_heading_naming_learning_is_not_a_findings_section(engine: Engine) -> None:
    findings = _check(engine, REPORTS / "generic" / "good.md").findings
    assert [f.start.line for f in findings if f.code == "ANA003"] == []


@pytest.mark.parametrize(
    ("profile", "flaw"),
    PLANTED,
    ids=[f"{profile}-{flaw['family']}-{i}" for i, (profile, flaw) in enumerate(PLANTED)],
)
def test_planted_content_flaw_is_found(engine: Engine, profile: str, flaw: dict[str, str]) -> None:
    path = REPORTS / profile / "flawed.md"
    findings = [f for f in _check(engine, path).findings if f.code.startswith(flaw["family"])]
    text = flaw.get("text")
    if not text:
        assert findings, f"{profile}: no {flaw['family']} finding for: {flaw['what']}"
        return
    source = path.read_text(encoding="utf-8")
    # The planted text may wrap across lines: match it with any whitespace between words.
    located = re.search(r"\s+".join(map(re.escape, text.split())), source)
    assert located, f"{profile}: planted text not in the report: {text!r}"
    start = source.count("\n", 0, located.start()) + 1
    end = source.count("\n", 0, located.end()) + 1
    document = read_markdown(str(path), source)

    def heads_section_holding_text(finding: Finding) -> bool:
        section = document.section_at(finding.start.offset)
        return bool(
            section is not None
            and section.heading is not None
            and not section.is_title
            and finding.start.offset == section.heading.start
            and section.start <= located.start() < section.end
        )

    hit = [
        f
        for f in findings
        if (f.start.line <= end and f.end.line >= start) or heads_section_holding_text(f)
    ]
    assert hit, f"{profile}: no {flaw['family']} finding on lines {start}-{end} for: {flaw['what']}"


@pytest.mark.parametrize(
    ("profile", "severity"), [("rapid-review@2023", "error"), ("lcspr@2023", "info")]
)
def test_profile_sets_how_strictly_equality_is_required(
    engine: Engine, profile: str, severity: str
) -> None:
    findings = _check(engine, REPORTS / profile / "flawed.md").findings
    assert [str(f.severity) for f in findings if f.code == "EQD002"] == [severity]
