"""The default human format, in the manner of ruff: location, message, code frame, summary."""

from __future__ import annotations

from typing import TextIO

import click

from scrlint.baseline import stale_entries
from scrlint.document.lines import LineIndex
from scrlint.engine import FileResult
from scrlint.finding import Finding, Severity
from scrlint.formatters.common import location, plural
from scrlint.personal_data import mask, masked, masked_line, personal_texts
from scrlint.report import RunReport

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_FRAME_WIDTH = 100


def _frame(
    finding: Finding, result: FileResult, lines: LineIndex, color: bool, personal: list[str] | None
) -> list[str]:
    """The finding's line with carets under it; ``personal`` texts are masked (None: shown)."""
    label, text, start, end = _shown_line(finding, result, lines)
    if personal is not None:
        if finding.personal_data:
            text = text[:start] + mask(text[start:end]) + text[end:]
        # A page line of a PDF may hold part of a name the page broke.
        text = masked_line(text, personal) if result.origins else masked(text, personal)
    offset = max(0, min(start - 20, len(text) - _FRAME_WIDTH))
    shown = text[offset : offset + _FRAME_WIDTH]
    carets = "^" * max(1, min(end, offset + _FRAME_WIDTH) - start)
    gutter = " " * len(label)
    marker = " " * (start - offset) + carets
    if color:
        marker = click.style(marker, fg=_COLOURS[finding.severity], bold=True)
    return [f" {gutter} |", f" {label} | {shown}", f" {gutter} | {marker}"]


def _shown_line(
    finding: Finding, result: FileResult, lines: LineIndex
) -> tuple[str, str, int, int]:
    """(gutter label, text, start, end) of the line to show, 0-based columns.

    A Word or PDF original shows its own paragraph or page line, numbered as the location is,
    rather than the Markdown it was read as, when the reader kept it.
    """
    origins = result.origins
    place = origins.locate(finding.start.offset) if origins else None
    original = origins.texts.get(place.unit()) if origins and place else None
    if origins and place and original is not None:
        text = original.expandtabs(1)
        last = origins.locate(finding.end.offset)
        same = last is not None and last.unit() == place.unit()
        end = min(last.character - 1, len(text)) if last and same else len(text)
        return place.unit(), text, min(place.character - 1, len(text)), end
    line = finding.start.line
    text = lines.line_text(line).expandtabs(1)
    start = finding.start.column - 1
    end = finding.end.column - 1 if finding.end.line == line else len(text)
    return place.unit() if place else str(line), text, start, end


def _file(result: FileResult, out: TextIO, color: bool, reveal: bool) -> None:
    lines = result.lines
    personal = None if reveal or lines is None else personal_texts(result.findings, lines.text)
    for finding in result.findings:
        code = finding.code
        if color:
            code = click.style(code, fg=_COLOURS[finding.severity], bold=True)
        out.write(f"{location(finding, result)}: {code} {finding.message}\n")
        if lines is not None:
            out.write("\n".join(_frame(finding, result, lines, color, personal)) + "\n")
        where = f" in '{finding.section}'" if finding.section else ""
        out.write(f"   = {finding.severity}{where}\n\n")


def write_text(report: RunReport, out: TextIO, color: bool) -> None:
    for result in report.checked:
        _file(result, out, color, report.reveal_personal_data)
    counts = report.counts()
    total = sum(counts.values())
    files = plural(len(report.checked), "file")
    suppressed = sum(r.suppressed for r in report.checked)
    tail = f"; {suppressed} suppressed" if suppressed else ""
    baseline = report.baseline
    if baseline is not None and (baseline.hidden or baseline.stale):
        stale = f", {stale_entries(baseline.stale)}" if baseline.stale else ""
        tail += f"; {baseline.hidden} hidden by the baseline{stale}"
    if total:
        parts = [
            plural(counts[s], str(s)) if s is not Severity.INFO else f"{counts[s]} info"
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if counts[s]
        ]
        out.write(f"Found {plural(total, 'finding')} ({', '.join(parts)}) in {files}{tail}.\n")
    elif report.checked:
        out.write(f"All checks passed ({files}{tail}).\n")
    for result in report.checked:
        if result.profile is not None:
            choice = result.profile
            out.write(f"{result.path}: profile {choice.profile.id} ({choice.source})\n")
        _scorecard(result, out, color)


_BAND_COLOURS = {"outstanding": "green", "good": "green", "adequate": "yellow", "inadequate": "red"}


def _scorecard(result: FileResult, out: TextIO, color: bool) -> None:
    """The grade, how it was reached, and each dimension's score with the findings behind it."""
    grade = result.grade
    band = str(grade.band)
    shown = click.style(band, fg=_BAND_COLOURS[band], bold=True) if color else band
    weakest = min(grade.dimensions, key=lambda d: d.score)
    out.write(
        f"{result.path}: graded {shown} ({grade.score}/100: 70% the mean of the dimensions, "
        f"30% the weakest, {weakest.name} at {weakest.score})\n"
    )
    for reason in grade.limited_by:
        out.write(f"  capped at inadequate by {reason}\n")
    for dimension in grade.dimensions:
        counts = [
            plural(n, str(s)) if s is not Severity.INFO else f"{n} info"
            for s, n in (
                (Severity.ERROR, dimension.errors),
                (Severity.WARNING, dimension.warnings),
                (Severity.INFO, dimension.infos),
            )
            if n
        ]
        out.write(
            f"  {dimension.name:<22} {dimension.score:>3}  {', '.join(counts)}".rstrip() + "\n"
        )
