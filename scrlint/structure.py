"""How a document's sections line up with its profile's expected sections.

Computed once per document and profile and shared by the structure rules.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from scrlint.document import Document, Section
from scrlint.profiles import Profile, SectionSpec


@dataclass(frozen=True)
class Outline:
    """The sections of a document that stand for the profile's expected sections."""

    document: Document
    profile: Profile

    @cached_property
    def body_sections(self) -> list[Section]:
        """Every section except contents lists and a lone top-level title heading."""
        return [s for s in self.document.sections() if not (s.is_contents or s.is_title)]

    @cached_property
    def _specs(self) -> dict[int, tuple[SectionSpec, ...]]:
        return {id(s): self.profile.match_all(s) for s in self.document.sections()}

    def specs_of(self, section: Section) -> tuple[SectionSpec, ...]:
        """The expected sections that ``section``'s heading stands for (often none or one)."""
        return self._specs.get(id(section), ())

    @cached_property
    def matches(self) -> list[tuple[Section, SectionSpec]]:
        """(section, spec) for each expected section a section stands for, in document order."""
        return [(s, spec) for s in self.body_sections for spec in self.specs_of(s)]

    @cached_property
    def first_match(self) -> dict[str, Section]:
        """The first section standing for each expected section id."""
        first: dict[str, Section] = {}
        for section, spec in self.matches:
            first.setdefault(spec.id, section)
        return first

    def spec_index(self, spec: SectionSpec) -> int:
        return self.profile.sections.index(spec)


def outline(document: Document, profile: Profile) -> Outline:
    """Return the outline for ``document`` under ``profile``, computing it at most once."""
    key = ("outline", profile.id)
    cached = document.derived.get(key)
    if not isinstance(cached, Outline):
        cached = Outline(document, profile)
        document.derived[key] = cached
    return cached


def longest_in_order(indices: list[int]) -> set[int]:
    """Return the positions of a longest strictly increasing subsequence of ``indices``."""
    if not indices:
        return set()
    tails: list[int] = []  # position of the smallest tail of each length
    previous = [-1] * len(indices)
    tail_values: list[int] = []
    for position, value in enumerate(indices):
        length = bisect.bisect_left(tail_values, value)
        if length == len(tail_values):
            tail_values.append(value)
            tails.append(position)
        else:
            tail_values[length] = value
            tails[length] = position
        previous[position] = tails[length - 1] if length > 0 else -1
    keep = set()
    position = tails[-1]
    while position >= 0:
        keep.add(position)
        position = previous[position]
    return keep
