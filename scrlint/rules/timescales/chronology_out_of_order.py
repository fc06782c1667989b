"""A chronology entry dated earlier than the entry before it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from scrlint.dates import DateMention, Precision, find_dates
from scrlint.document import Block, BlockKind, Document, Section
from scrlint.finding import Finding, Severity
from scrlint.profiles import Profile
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.structure import outline

# Profile sections that hold a chronology or a dated summary of events.
CHRONOLOGY_SECTIONS = ("chronology", "case-summary", "summary-of-facts")
# Headings that name a chronology in any report, profile or not.
CHRONOLOGY_HEADING = re.compile(
    r"\b(?:chronolog\w{0,4}|timeline|summary of events|key events)\b", re.IGNORECASE
)
# What may come before an entry's own date: numbering, a label, a preposition.
_LEADING = re.compile(
    r"(?:\(?(?:\d{1,3}|[a-z])[.)]\s{1,3}|(?:episode|kpe|event|entry)\s{0,3}\d{1,3}\s{0,3}[:.,–—-]?"
    r"\s{1,3})?(?:(?:on|in|by|during|at|around|about|circa|early|mid|late|the\s{1,3}(?:start|"
    r"beginning|end|middle|week)\s{1,3}of|on\s{1,3}or\s{1,3}(?:about|around))[\s-]{1,3}){0,3}",
    re.IGNORECASE,
)
_ENTRY_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
_NEXT_YEAR_WINDOW = dt.timedelta(days=183)


@dataclass(frozen=True)
class _Entry:
    block: Block
    date: DateMention

    def key(self, precision: Precision) -> tuple[int, ...]:
        value = self.date.value
        if precision is Precision.MONTH:
            return (value.year, value.month)
        return (value.year, value.month, value.day)


def chronology_sections(document: Document, profile: Profile) -> list[Section]:
    """The sections holding a chronology, each once, subsections included."""
    matched = outline(document, profile).first_match
    roots = [matched[i] for i in CHRONOLOGY_SECTIONS if i in matched]
    roots += [s for s in document.sections() if CHRONOLOGY_HEADING.search(s.title)]
    seen: dict[int, Section] = {}
    for root in roots:
        for section in root.walk():
            seen.setdefault(id(section), section)
    return sorted(seen.values(), key=lambda s: s.start)


def _first_column(blocks: list[Block], document: Document) -> Iterator[Block]:
    """Entries: prose blocks, and of tables only the first cell of each body row."""
    row_line = -1
    for block in blocks:
        if block.kind is not BlockKind.TABLE_CELL:
            yield block
            continue
        line = document.position(block.start).line
        if line != row_line:
            row_line = line
            if not block.header:
                yield block


def _leading_date(block: Block, year: int | None) -> DateMention | None:
    """The date an entry starts with, if it starts with one."""
    dates = find_dates(block.text, year)
    if dates and _LEADING.fullmatch(block.text, 0, dates[0].start):
        return dates[0]
    return None


def _roll_forward(date: DateMention, previous: DateMention) -> DateMention:
    """A year-less date just after a December entry belongs to the next January."""
    if date.year_given or date.value >= previous.value:
        return date
    try:
        later = date.value.replace(year=date.value.year + 1)
    except ValueError:  # 29 February
        return date
    if later - previous.value > _NEXT_YEAR_WINDOW:
        return date
    return DateMention(date.start, date.end, later, date.precision, False)


class ChronologyDatesOutOfOrder(Rule):
    meta = RuleMeta(
        code="TIM002",
        name="chronology-dates-out-of-order",
        severity=Severity.WARNING,
        # A chronology that runs backwards is an editing error to put right before the report
        # is shared or published; it says nothing about the review's analysis or governance.
        dimension="publication-readiness",
        summary="A chronology entry is dated earlier than the entry before it.",
        rationale=(
            "Readers rely on a chronology or summary of events to run in date order; an entry "
            "out of place is usually a mistyped date or a paragraph moved while editing, and it "
            "can make the account of what agencies knew, and when, wrong."
        ),
        limitations=(
            "Only sections that hold a chronology are read (the profile's chronology, case "
            "summary or summary of the facts, or a heading naming a chronology, timeline or "
            "summary of events), and each subsection is checked on its own, so a chronology "
            "split by agency is not compared across agencies. Only the date an entry starts "
            "with counts (after numbering or a word such as 'On' or 'In'); entries that start "
            "otherwise, or with a range ('Between June and December 2023'), are skipped. "
            "Entries dated only by month are compared by month; a year alone is not a date. In "
            "a table only the first column is read. A year-less date takes the previous "
            "entry's year (or the next, just after a December entry)."
        ),
        guidance=(
            Citation(
                "S39",
                'an "accurate précis", consistent "with the detailed chronology in the full '
                'overview report"',
                "C-local",
            ),
            Citation("S29", 'executive summaries "in every respect a fair summary"', "C"),
        ),
        bad=(
            Example(
                "# Serious Case Review: Overview Report\n\n## Chronology\n\nIn June 2009 police "
                "attended a domestic incident.\n\nIn October 2009 Mother referred herself to the "
                "alcohol service.\n\nIn August 2009 children's social care closed the case.\n",
                profile="overview@2010",
            ),
        ),
        good=(
            Example(
                "# Serious Case Review: Overview Report\n\n## Chronology\n\nIn June 2009 police "
                "attended a domestic incident.\n\nIn August 2009 children's social care closed "
                "the case.\n\nIn October 2009 Mother referred herself to the alcohol service. Her "
                "worker linked her drinking to the incident of June 2009.\n",
                profile="overview@2010",
            ),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=45, negatives=45),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        document = ctx.document
        for section in chronology_sections(document, ctx.profile):
            previous: _Entry | None = None
            blocks = [b for b in section.blocks if b.kind in _ENTRY_KINDS]
            for block in _first_column(blocks, document):
                year = previous.date.value.year if previous else None
                date = _leading_date(block, year)
                if date is None:
                    continue
                if previous is not None:
                    date = _roll_forward(date, previous.date)
                entry = _Entry(block, date)
                if previous is not None:
                    precision = Precision.MONTH
                    if Precision.MONTH not in (date.precision, previous.date.precision):
                        precision = Precision.DAY
                    if entry.key(precision) < previous.key(precision):
                        # NOTE: the dates are not quoted: a chronology date may be a birth or
                        # death date, which must not reach machine output (DESIGN §4).
                        above = ctx.document.position(previous.block.start).line
                        yield ctx.finding(
                            f"This entry's date is earlier than the entry above it (line {above}); "
                            "a chronology should run in date order.",
                            *block.source_span(date.start, date.end),
                        )
                previous = entry
