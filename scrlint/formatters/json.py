"""Versioned JSON output (schema ``scrlint.report/1``, shipped in scrlint/schemas).

Deterministic: no timestamps, stable key order, findings sorted by position.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from scrlint.engine import FileResult
from scrlint.finding import Finding, Position, Severity
from scrlint.report import RunReport

SCHEMA_ID = "scrlint.report/1"


def _position(position: Position) -> dict[str, int]:
    return {
        "offset": position.offset,
        "line": position.line,
        "column": position.column,
        "utf16_column": position.utf16_column,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """The wire form of a finding; never carries the flagged source text."""
    fix = None
    if finding.fix is not None:
        fix = {
            "title": finding.fix.title,
            "safe": finding.fix.safe,
            "edits": [
                {"start": e.start, "end": e.end, "replacement": e.replacement}
                for e in finding.fix.edits
            ],
        }
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": str(finding.severity),
        "message": finding.message,
        "dimension": finding.dimension,
        "section": finding.section,
        "start": _position(finding.start),
        "end": _position(finding.end),
        "fingerprint": finding.fingerprint,
        "citation": finding.citation,
        "personal_data": finding.personal_data,
        "fix": fix,
    }


def _file(result: FileResult) -> dict[str, Any]:
    choice = result.profile
    return {
        "path": result.path,
        "profile": None
        if choice is None
        else {"id": choice.profile.id, "source": choice.source, "reasons": list(choice.reasons)},
        "words": result.words,
        "suppressed": result.suppressed,
        "warnings": list(result.warnings),
        "grade": result.grade.as_dict(),
        "findings": [_with_origin(finding_dict(f), f, result) for f in result.findings],
    }


def _with_origin(data: dict[str, Any], finding: Finding, result: FileResult) -> dict[str, Any]:
    """Add where a finding starts and ends in a Word or PDF original, if known."""
    if result.origins is None:
        return data
    for key, position in (("start", finding.start), ("end", finding.end)):
        place = result.origins.locate(position.offset)
        if place is not None:
            data[key].update(place.as_dict())
    return data


def report_dict(report: RunReport) -> dict[str, Any]:
    counts = report.counts()
    data: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "tool": {"name": "scrlint", "version": report.version},
        "files": [_file(r) for r in report.checked],
        "errors": [{"path": r.path, "message": r.error} for r in report.failed],
        "warnings": list(report.warnings),
        "summary": {
            "files": len(report.checked),
            "findings": sum(counts.values()),
            "error": counts[Severity.ERROR],
            "warning": counts[Severity.WARNING],
            "info": counts[Severity.INFO],
            "suppressed": sum(r.suppressed for r in report.checked),
            "input_errors": len(report.failed),
        },
    }
    if report.baseline is not None:
        data["baseline"] = report.baseline.as_dict()
    return data


def write_json(report: RunReport, out: TextIO, color: bool) -> None:
    json.dump(report_dict(report), out, indent=2, ensure_ascii=False)
    out.write("\n")
