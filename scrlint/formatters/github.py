"""GitHub Actions workflow commands: one annotation per finding, worst first.

GitHub shows at most ten annotations of each kind (error, warning, notice) per step and drops
the rest silently, so the ten of each that are shown are the most severe, the count of the rest
is printed, and, when the runner names a step summary file (``$GITHUB_STEP_SUMMARY``), the rest
are listed there in a table with each report's grade.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from scrlint.engine import FileResult
from scrlint.finding import Finding, Severity
from scrlint.formatters.common import original_place, plural
from scrlint.report import RunReport

SHOWN_PER_KIND = 10
SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY"
_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

Located = tuple[FileResult, Finding]


def escape_data(text: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus the ``:`` and ``,`` that delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def ranked(report: RunReport) -> list[Located]:
    """Every finding with its file, errors first, then by file (in run order) and position."""
    located = [
        (index, result, finding)
        for index, result in enumerate(report.checked)
        for finding in result.findings
    ]
    located.sort(key=lambda item: (-item[2].severity, item[0], item[2].sort_key()))
    return [(result, finding) for _index, result, finding in located]


def command(result: FileResult, finding: Finding) -> str:
    """One workflow command; columns only for a one-line range, as GitHub requires.

    A Word or PDF report has no lines GitHub could show, so its annotation is on the file and
    its title says where in the original the finding is (``¶12:34``, ``p3:12:5``).
    """
    start, end = finding.start, finding.end
    one_line = start.line == end.line
    title = f"{finding.code} {finding.name}"
    place = original_place(finding, result)
    if place is not None:
        lines = []
        title += f" at {place}"
    else:
        lines = [
            f"line={start.line}",
            f"col={start.column}" if one_line else "",
            f"endLine={end.line}",
            f"endColumn={end.column}" if one_line else "",
        ]
    properties = [
        f"file={escape_property(result.path)}",
        *lines,
        f"title={escape_property(title)}",
    ]
    fields = ",".join(p for p in properties if p)
    return f"::{_COMMANDS[finding.severity]} {fields}::{escape_data(finding.message)}"


def split(findings: Iterable[Located]) -> tuple[list[Located], list[Located]]:
    """The findings GitHub will show (the first ten of each kind) and the ones it would drop."""
    shown: list[Located] = []
    rest: list[Located] = []
    seen: Counter[Severity] = Counter()
    for result, finding in findings:
        seen[finding.severity] += 1
        (shown if seen[finding.severity] <= SHOWN_PER_KIND else rest).append((result, finding))
    return shown, rest


def _cell(text: str) -> str:
    """A Markdown table cell: one line, with no ``|`` that would end it early."""
    return " ".join(text.split()).replace("|", "\\|")


def summary(report: RunReport, rest: list[Located]) -> str:
    """The step summary: the findings left out of the annotations, and every report's grade."""
    lines = [
        f"## scrlint: {plural(len(rest), 'finding')} not shown as annotations",
        "",
        f"GitHub shows {SHOWN_PER_KIND} annotations of each severity per step; these are the rest.",
        "",
        "| File | Line | Code | Severity | Message |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {_cell(r.path)} | {original_place(f, r) or f.start.line} | {f.code} "
        f"| {f.severity} | {_cell(f.message)} |"
        for r, f in rest
    ]
    lines += ["", "| Report | Grade | Score |", "| --- | --- | --- |"]
    lines += [f"| {_cell(r.path)} | {r.grade.band} | {r.grade.score}/100 |" for r in report.checked]
    return "\n".join(lines) + "\n\n"


def _left_out(rest: list[Located], where: str) -> str:
    counts = Counter(finding.severity for _result, finding in rest)
    parts = [plural(counts[s], _COMMANDS[s]) for s in _COMMANDS if counts[s]]
    return f"scrlint: {plural(len(rest), 'finding')} not annotated ({', '.join(parts)}); {where}\n"


def _write_summary(report: RunReport, rest: list[Located]) -> str:
    """Append the summary where the runner asks; return where the left-out findings went."""
    target = os.environ.get(SUMMARY_VARIABLE)
    if not target:
        return "run scrlint with --format text to see them all."
    try:
        with open(target, "a", encoding="utf-8") as file:
            file.write(summary(report, rest))
    except OSError as exc:
        return f"cannot write the step summary ({exc.strerror or exc})."
    return "they are listed in the step summary."


def write_github(report: RunReport, out: TextIO, color: bool) -> None:
    shown, rest = split(ranked(report))
    for result, finding in shown:
        out.write(command(result, finding) + "\n")
    if rest:
        out.write(_left_out(rest, _write_summary(report, rest)))
