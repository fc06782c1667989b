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
    def _specs(self) -> dict[int, SectionSpec | None]:
        return {id(s): self.profile.match(s) for s in self.document.sections()}

    def spec_of(self, section: Section) -> SectionSpec | None:
        """The expected section that ``section``'s heading stands for, if any."""
        return self._specs.get(id(section))

    @cached_property
    def matches(self) -> list[tuple[Section, SectionSpec]]:
        """(section, spec) for each section that stands for an expected section, in order."""
        found = []
        for section in self.body_sections:
            spec = self.spec_of(section)
            if spec is not None:
                found.append((section, spec))
        return found

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
