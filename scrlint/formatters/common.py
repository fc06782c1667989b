"""Helpers shared by the human-readable formatters."""

from __future__ import annotations

from scrlint.finding import Finding


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def location(finding: Finding, path: str) -> str:
    return f"{path}:{finding.start.line}:{finding.start.column}"
