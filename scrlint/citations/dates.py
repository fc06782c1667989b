"""Dates in prose, as month ranges, so that a sentence can be placed in (or out of) an era.

Years inside citations ("the Health and Care Act 2022", "Working Together 2018") are not dates
of events and are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.citations.finder import ACT_YEARS, find_working_together
from scrlint.citations.table import Era
from scrlint.dates import find_dates

_BARE_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


def _masked(text: str) -> str:
    """The text with citation years blanked out (same length, so offsets still hold)."""
    spans = [m.span() for m in ACT_YEARS.finditer(text)]
    spans += [(c.start, c.end) for c in find_working_together(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def dates(text: str) -> Iterator[Era]:
    """Yield each date in ``text`` as the months it may mean (a bare year is twelve).

    Day and month dates come from the shared parser (:func:`scrlint.dates.find_dates`); a year
    standing alone, which that parser leaves out, counts here as the whole year.
    """
    masked = _masked(text)
    taken = []
    for mention in find_dates(masked):
        if mention.year_given:
            month = mention.value.year * 12 + mention.value.month - 1
            taken.append((mention.start, mention.end))
            yield Era(month, month)
    for match in _BARE_YEAR.finditer(masked):
        if not any(start <= match.start() < end for start, end in taken):
            year = int(match.group())
            yield Era(year * 12, year * 12 + 11)


def mentions_date_in(text: str, era: Era) -> bool:
    """Whether ``text`` names a date that may fall within ``era``."""
    return any(era.overlaps(date) for date in dates(text))
