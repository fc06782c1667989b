"""Helpers shared by the human-readable formatters."""

from __future__ import annotations

from scrlint.engine import FileResult
from scrlint.finding import Finding


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def location(finding: Finding, result: FileResult) -> str:
    """``path:line:column``, or ``path:¶paragraph:character`` for a Word document."""
    if result.paragraphs is not None:
        place = result.paragraphs.locate(finding.start.offset)
        if place is not None:
            return f"{result.path}:¶{place[0]}:{place[1]}"
    return f"{result.path}:{finding.start.line}:{finding.start.column}"
