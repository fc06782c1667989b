"""The table of real instruments, guidance editions and bodies (``rules/citations``), as data.

The CIT rules only know what this table lists, so the facts live in one reviewed YAML file and
the rules stay free of years and dates.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrlint.bundled import pack_root
from scrlint.errors import PackError
from scrlint.validation import problems
from scrlint.yamlfile import read_data_file

TABLE_FILE = Path("citations") / "instruments.yaml"


def month_index(text: str, *, end: bool = False) -> int:
    """Turn ``2013`` or ``2013-03`` into a month count; a bare year is its first (or last) month."""
    year, _, month = text.partition("-")
    return int(year) * 12 + (int(month) - 1 if month else (11 if end else 0))


def month_name(index: int) -> str:
    """Turn a month count back into words: "September 2019"."""
    year, month = divmod(index, 12)
    return f"{_MONTH_NAMES[month]} {year}"


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Era:
    """Months [start, end] inclusive; ``end`` None means still running."""

    start: int
    end: int | None = None

    def overlaps(self, other: Era) -> bool:
        before = other.end is not None and other.end < self.start
        after = self.end is not None and self.end < other.start
        return not (before or after)


@dataclass(frozen=True)
class Act:
    """An Act's short title (without "Act") and the years an Act of that title was passed."""

    name: str
    years: frozenset[int]
    usual: tuple[int, ...]
    checked_from: int

    def is_wrong_year(self, year: int, complete_to: int) -> bool:
        return self.checked_from <= year <= complete_to and year not in self.years


@dataclass(frozen=True)
class Edition:
    """An edition of Working Together, when it was published and who commissioned reviews."""

    year: int
    published: int
    framework: str


@dataclass(frozen=True)
class Framework:
    """Who commissioned reviews in an era, and what those reviews were called."""

    id: str
    body: str
    abbreviation: str
    review: str
    era: Era
    terms: tuple[str, ...]
    strict_editions: bool


@dataclass(frozen=True)
class Body:
    """A health body that held the commissioner's role for a period."""

    id: str
    name: str
    abbreviation: str
    era: Era
    history: str
    role: str


@dataclass(frozen=True)
class Table:
    """The whole table, indexed for the rules."""

    complete_to: int
    acts: Mapping[str, Act]
    miscitations: Mapping[tuple[str, int], str]
    abbreviations: Mapping[str, str]  # "MHA" -> "Mental Health"
    editions: tuple[Edition, ...]  # oldest first
    revisions: Mapping[int, int]
    frameworks: Mapping[str, Framework]
    bodies: tuple[Body, ...]

    def edition_in_force(self, year: int) -> Edition | None:
        """The latest edition published in or before ``year``."""
        found = [e for e in self.editions if e.year <= year]
        return found[-1] if found else None

    def period(self, edition: Edition) -> Era:
        """From an edition's publication to the month before the next edition's."""
        later = [e.published for e in self.editions if e.year > edition.year]
        return Era(edition.published, later[0] - 1 if later else None)

    def editions_of(self, framework: Framework) -> tuple[int, ...]:
        return tuple(e.year for e in self.editions if e.framework == framework.id)

    def no_such_edition(self, year: int) -> bool:
        """Whether the table is sure no edition or revision of Working Together has this year."""
        known = {e.year for e in self.editions} | set(self.revisions)
        return self.editions[0].year <= year <= self.complete_to and year not in known


def _era(raw: Mapping[str, Any]) -> Era:
    until = raw.get("until")
    return Era(month_index(raw["from"]), month_index(until, end=True) if until else None)


def parse_table(data: Any, where: str) -> Table:
    """Build the table from parsed YAML.

    Raises:
        PackError: the data does not match ``instruments.schema.json``, or an edition names a
            framework that is not defined.
    """
    found = problems(data, "instruments.schema.json", source=where)
    if found:
        raise PackError(f"{where}: " + "; ".join(found))
    frameworks = {
        f["id"]: Framework(
            id=f["id"],
            body=f["body"],
            abbreviation=f.get("abbreviation", ""),
            review=f["review"],
            era=_era(f),
            terms=tuple(f["terms"]),
            strict_editions=f.get("strict_editions", False),
        )
        for f in data["frameworks"]
    }
    editions = tuple(
        sorted(
            (
                Edition(e["year"], month_index(e["published"]), e["framework"])
                for e in data["working_together"]["editions"]
            ),
            key=lambda e: e.year,
        )
    )
    unknown = sorted({e.framework for e in editions} - set(frameworks))
    if unknown:
        raise PackError(f"{where}: working_together.editions: unknown framework(s) {unknown}")
    return Table(
        complete_to=data["complete_to"],
        acts={
            a["name"]: Act(
                a["name"],
                frozenset(a["years"]),
                tuple(a.get("usual", sorted(a["years"]))),
                a.get("checked_from", 0),
            )
            for a in data["acts"]
        },
        miscitations={(m["name"], m["year"]): m["alternative"] for m in data["miscitations"]},
        abbreviations={
            abbr: a["name"] for a in data["acts"] for abbr in a.get("abbreviations", ())
        },
        editions=editions,
        revisions={r["year"]: r["of"] for r in data["working_together"]["revisions"]},
        frameworks=frameworks,
        bodies=tuple(
            Body(b["id"], b["name"], b["abbreviation"], _era(b), b["history"], b["role"])
            for b in data["bodies"]
        ),
    )


def load_table_file(path: Path) -> Table:
    """Read and validate a table file.

    Raises:
        PackError: the file is unreadable or invalid.
    """
    data = read_data_file(path, "citations table")
    return parse_table(data, str(path))


@functools.cache
def load_table() -> Table:
    """The bundled table, read once per process."""
    return load_table_file(pack_root() / TABLE_FILE)
