"""Helpers shared by the human-readable formatters."""

from __future__ import annotations

from scrlint.engine import FileResult
from scrlint.finding import Finding


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def location(finding: Finding, result: FileResult) -> str:
    """``path:line:column``, or the place in a Word or PDF original (``Origin.label``)."""
    place = original_place(finding, result)
    if place is not None:
        return f"{result.path}:{place}"
    return f"{result.path}:{finding.start.line}:{finding.start.column}"


def original_place(finding: Finding, result: FileResult) -> str | None:
    """Where a finding starts in a Word or PDF original (``¶12:34``, ``p3:12:5``), else None."""
    if result.origins is None:
        return None
    place = result.origins.locate(finding.start.offset)
    return place.label() if place is not None else None
