"""Helpers shared by the human-readable formatters."""

from __future__ import annotations

import re

from scrlint.finding import Finding

_WORD_CHARS = re.compile(r"(?<=\w)\w")


def mask(text: str) -> str:
    """Mask personal data for display: 'Jane Smith' -> 'J*** S****'."""
    return _WORD_CHARS.sub("*", text)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def location(finding: Finding, path: str) -> str:
    return f"{path}:{finding.start.line}:{finding.start.column}"
