"""JUnit XML: one test suite per report, one test case per rule per report.

CI servers show JUnit results as passed and failed tests, so a rule that found something in a
report is a failing test case listing its findings, and a rule that found nothing passes.

Which rules count: the rules that ran on the report (as the engine records them: selected,
not turned off for that report or by its profile, not skipped for want of spaCy), plus every
rule with a finding in it (a suppression problem, a crash). A result built without that record
lists the rules on by default.

Deterministic: no timestamps or durations; suites in run order, test cases by rule code.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from scrlint.engine import FileResult
from scrlint.finding import Finding
from scrlint.formatters.common import original_place, plural
from scrlint.report import RunReport

_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def rule_names(report: RunReport, result: FileResult) -> dict[str, str]:
    """The rules that ran on ``result`` (else those on by default), code to name, by code."""
    ran = set(result.rules)
    names = {
        meta.code: meta.name
        for meta in report.rules
        if (meta.code in ran if ran else meta.default_enabled)
    }
    names.update((finding.code, finding.name) for finding in result.findings)
    return dict(sorted(names.items()))


def _testcase(code: str, name: str, result: FileResult, findings: list[Finding]) -> ET.Element:
    case = ET.Element("testcase", name=f"{code} {name}", classname=result.path)
    if findings:
        worst = max(finding.severity for finding in findings)
        failure = ET.SubElement(
            case, "failure", message=plural(len(findings), "finding"), type=str(worst)
        )
        failure.text = "".join(f"{_place(f, result)} {f.message}\n" for f in findings)
    return case


def _place(finding: Finding, result: FileResult) -> str:
    """``line:column``, or the place in a Word or PDF original (``¶12:34``, ``p3:12:5``)."""
    return original_place(finding, result) or f"{finding.start.line}:{finding.start.column}"


def _suite(report: RunReport, result: FileResult) -> ET.Element:
    """A report's suite, with its profile and grade as properties."""
    names = rule_names(report, result)
    cases = [
        _testcase(code, name, result, [f for f in result.findings if f.code == code])
        for code, name in names.items()
    ]
    failures = sum(case.find("failure") is not None for case in cases)
    suite = ET.Element(
        "testsuite",
        name=result.path,
        tests=str(len(cases)),
        failures=str(failures),
        errors="0",
        skipped="0",
    )
    properties = ET.SubElement(suite, "properties")
    if result.profile is not None:
        ET.SubElement(properties, "property", name="profile", value=result.profile.profile.id)
    ET.SubElement(properties, "property", name="grade", value=str(result.grade.band))
    ET.SubElement(properties, "property", name="score", value=str(result.grade.score))
    suite.extend(cases)
    return suite


def _failed_suite(result: FileResult) -> ET.Element:
    """A report that could not be checked: one test case in error, so CI does not miss it."""
    suite = ET.Element(
        "testsuite", name=result.path, tests="1", failures="0", errors="1", skipped="0"
    )
    case = ET.SubElement(suite, "testcase", name="check", classname=result.path)
    ET.SubElement(case, "error", message=result.error or "", type="input")
    return suite


def junit_tree(report: RunReport) -> ET.Element:
    """The ``<testsuites>`` root, suites in run order."""
    suites = [
        _suite(report, result) if result.error is None else _failed_suite(result)
        for result in report.results
    ]
    root = ET.Element(
        "testsuites",
        name="scrlint",
        tests=str(sum(int(s.get("tests", "0")) for s in suites)),
        failures=str(sum(int(s.get("failures", "0")) for s in suites)),
        errors=str(sum(int(s.get("errors", "0")) for s in suites)),
    )
    root.extend(suites)
    return root


def write_junit(report: RunReport, out: TextIO, color: bool) -> None:
    root = junit_tree(report)
    ET.indent(root)
    out.write(_DECLARATION + ET.tostring(root, encoding="unicode") + "\n")
