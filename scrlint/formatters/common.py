"""Helpers shared by the human-readable formatters."""

from __future__ import annotations

from scrlint.engine import FileResult
from scrlint.finding import Finding


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def location(finding: Finding, result: FileResult) -> str:
    """``path:line:column``, or the place in a Word or PDF original (``Origin.label``)."""
    if result.origins is not None:
        place = result.origins.locate(finding.start.offset)
        if place is not None:
            return f"{result.path}:{place.label()}"
    return f"{result.path}:{finding.start.line}:{finding.start.column}"
