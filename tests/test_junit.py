"""``--format junit``: one test suite per report, one test case per rule per report."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

from click.testing import CliRunner

from scrlint.cli import main
from scrlint.document.model import Origin, OriginMap
from scrlint.engine import FileResult
from scrlint.finding import Finding, Position, Severity
from scrlint.formatters.junit import write_junit
from scrlint.report import RunReport
from scrlint.rule import RuleMeta
from tests.conftest import FIXTURES

FLAWED = FIXTURES / "reports" / "exec-summary@2010" / "flawed.md"


def _rule(code: str, name: str, default_enabled: bool = True) -> RuleMeta:
    return RuleMeta(
        code, name, Severity.WARNING, "structure", "s", "r", "l", default_enabled=default_enabled
    )


def _finding(code: str, name: str, severity: Severity, line: int, column: int) -> Finding:
    at = Position(0, line, column, column - 1)
    return Finding(code, name, severity, f"{code} found something", at, at, "structure")


RULES = (
    _rule("STR001", "missing-section"),
    _rule("STR002", "section-order"),
    _rule("RDB009", "optional-advice", default_enabled=False),
)


def _xml(report: RunReport) -> str:
    out = io.StringIO()
    write_junit(report, out, False)
    return out.getvalue()


def _cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name", ""): case for case in suite.iter("testcase")}


def test_each_enabled_rule_is_a_test_case_that_fails_with_its_findings() -> None:
    findings = [
        _finding("STR001", "missing-section", Severity.WARNING, 3, 1),
        _finding("STR001", "missing-section", Severity.ERROR, 9, 4),
        _finding("SLT001", "rule-crashed", Severity.ERROR, 1, 1),
    ]
    root = ET.fromstring(_xml(RunReport([FileResult("docs/r.md", findings)], rules=RULES)))
    (suite,) = root.findall("testsuite")
    cases = _cases(suite)
    # the default-off rule is left out; a rule outside the registry with a finding is kept
    assert list(cases) == ["SLT001 rule-crashed", "STR001 missing-section", "STR002 section-order"]
    assert all(case.get("classname") == "docs/r.md" for case in cases.values())
    failure = cases["STR001 missing-section"].find("failure")
    assert failure is not None
    assert failure.get("message") == "2 findings" and failure.get("type") == "error"
    assert failure.text == "3:1 STR001 found something\n9:4 STR001 found something\n"
    assert list(cases["STR002 section-order"]) == [], "a rule without findings passes"
    assert (suite.get("name"), suite.get("tests"), suite.get("failures")) == ("docs/r.md", "3", "2")
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "2", "0")


def test_a_word_report_names_the_paragraph_of_each_finding() -> None:
    findings = [_finding("STR001", "missing-section", Severity.WARNING, 3, 1)]
    origins = OriginMap([(0, Origin(7, paragraph=5), 0)])
    report = RunReport([FileResult("r.docx", findings, origins=origins)], rules=RULES)
    (suite,) = ET.fromstring(_xml(report)).findall("testsuite")
    failure = _cases(suite)["STR001 missing-section"].find("failure")
    assert failure is not None and failure.text == "¶5:7 STR001 found something\n"


def test_each_report_is_a_suite_with_its_grade() -> None:
    clean = FileResult("a.md")
    flawed = FileResult("b.md", [_finding("STR002", "section-order", Severity.WARNING, 2, 1)])
    root = ET.fromstring(_xml(RunReport([clean, flawed], rules=RULES)))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["a.md", "b.md"]
    assert [s.get("failures") for s in suites] == ["0", "1"]
    grades = [{p.get("name"): p.get("value") for p in s.iter("property")} for s in suites]
    assert grades[0] == {"grade": str(clean.grade.band), "score": str(clean.grade.score)}
    assert grades[1]["grade"] == str(flawed.grade.band)


def test_a_report_that_could_not_be_checked_is_an_error() -> None:
    root = ET.fromstring(_xml(RunReport([FileResult("gone.md", error="cannot read")], rules=RULES)))
    (suite,) = root.findall("testsuite")
    assert suite.get("errors") == "1" and root.get("errors") == "1"
    error = suite.find("testcase/error")
    assert error is not None and error.get("message") == "cannot read"


def test_the_output_is_deterministic_and_has_no_timestamps() -> None:
    report = RunReport([FileResult("r.md")], rules=RULES)
    text = _xml(report)
    assert text == _xml(report)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    assert "timestamp" not in text and "time=" not in text


def test_the_cli_fails_exactly_the_rules_that_found_something() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(FLAWED), "--format", "junit"])
    assert result.exit_code == 1
    (suite,) = ET.fromstring(result.output).findall("testsuite")
    cases = _cases(suite)
    failing = {name.split()[0] for name, case in cases.items() if case.find("failure") is not None}
    findings = json.loads(runner.invoke(main, ["check", str(FLAWED), "--format", "json"]).output)
    assert failing == {f["code"] for f in findings["files"][0]["findings"]}
    assert len(cases) > len(failing), "rules without findings pass"
    assert all(case.get("classname") == str(FLAWED) for case in cases.values())
    assert {p.get("name") for p in suite.iter("property")} == {"profile", "grade", "score"}


def test_the_cases_are_the_rules_that_ran_on_the_report() -> None:
    """Selected rules only; a rule on by default but not selected is no passing test case."""
    output = (
        CliRunner()
        .invoke(main, ["check", str(FLAWED), "--format", "junit", "--select", "STR001,ANA004"])
        .output
    )
    (suite,) = ET.fromstring(output).findall("testsuite")
    assert {name.split()[0] for name in _cases(suite)} == {"STR001", "ANA004"}
