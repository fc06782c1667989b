"""Profiles: a report type and guidance edition, as data."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from scrlint.document import Section, normalise_title


@dataclass(frozen=True)
class SectionSpec:
    """A section a profile expects, with the headings that count as it."""

    id: str
    title: str
    required: bool
    aliases: tuple[str, ...] = ()
    min_words: int | None = None
    sources: tuple[str, ...] = ()

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(normalise_title(t) for t in (self.title, *self.aliases)))

    def matches(self, section: Section) -> bool:
        """Whether ``section``'s heading is this section: equal, or the alias then more words."""
        return self.matches_key(section.key)

    def matches_key(self, heading: str) -> bool:
        return any(heading == key or heading.startswith(key + " ") for key in self.keys)


@dataclass(frozen=True)
class Cue:
    """A detection cue: a pattern, its weight, and the reason shown when it matches."""

    pattern: re.Pattern[str]
    weight: int
    reason: str


@dataclass(frozen=True)
class Profile:
    """A report type at a guidance edition: its sections, statements and settings."""

    id: str
    title: str
    report_type: str
    edition: int
    guidance: str
    publication: bool
    sources: tuple[str, ...]
    sections: tuple[SectionSpec, ...]
    notes: str = ""
    severity: Mapping[str, str] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    priority: int = 0
    title_cues: tuple[Cue, ...] = ()
    heading_cues: tuple[Cue, ...] = ()
    text_cues: tuple[Cue, ...] = ()
    path: str = ""

    def match(self, section: Section) -> SectionSpec | None:
        """Return the first expected section that ``section``'s heading stands for."""
        for spec in self.sections:
            if spec.matches(section):
                return spec
        return None

    def match_all(self, section: Section) -> tuple[SectionSpec, ...]:
        """Every expected section a heading stands for: "Conclusions and recommendations" is two."""
        found = [spec] if (spec := self.match(section)) is not None else []
        for part in section.key.split(" and "):
            for candidate in self.sections:
                if candidate not in found and candidate.matches_key(part):
                    found.append(candidate)
                    break
        return tuple(found)
