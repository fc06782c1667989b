"""The finding: one occurrence of a rule's problem in one document."""

from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """How much a finding matters; ordered so that comparisons mean 'at least as bad'."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.upper()]
        except KeyError:
            choices = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {value!r} (choose from {choices})") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Position:
    """A place in the source: 1-based line, 1-based column in code points, 0-based UTF-16 column."""

    offset: int
    line: int
    column: int
    utf16_column: int


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the source text in [start, end) with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A suggested change; only ``safe`` fixes may be applied without review."""

    title: str
    edits: tuple[Edit, ...]
    safe: bool = True


_WS = re.compile(r"\s+")


def fingerprint(code: str, anchor_text: str) -> str:
    """Return a stable id for a finding: the rule plus its normalised anchor text.

    Line numbers are left out on purpose so that a finding keeps its fingerprint when text
    above it moves (baselines and SARIF partialFingerprints rely on this).
    """
    normalised = _WS.sub(" ", anchor_text).strip().lower()
    return hashlib.sha256(f"{code}\0{normalised}".encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by one rule, with its exact place in the source."""

    code: str
    name: str
    severity: Severity
    message: str
    start: Position
    end: Position
    dimension: str
    section: str = ""
    fingerprint: str = ""
    citation: str = ""
    fix: Fix | None = None
    personal_data: bool = False

    def sort_key(self) -> tuple[int, int, str]:
        """Order by place, then code; a stable sort keeps a rule's own order at one place."""
        return (self.start.offset, self.end.offset, self.code)
