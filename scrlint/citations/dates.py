"""Dates in prose, as month ranges, so that a sentence can be placed in (or out of) an era.

Years inside citations ("the Health and Care Act 2022", "Working Together 2018") are not dates
of events and are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.citations.finder import ACT_YEARS, find_working_together
from scrlint.citations.table import Era

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATES = re.compile(
    rf"\b{_MONTH_NAME}\.?,?\s+(?P<year>(?:19|20)[0-9]{{2}})\b"
    r"|\b[0-3]?[0-9][/.-](?P<num>[01]?[0-9])[/.-](?P<nyear>(?:19|20)?[0-9]{2})\b"
    r"|\b(?P<bare>(?:19|20)[0-9]{2})\b"
)


def _masked(text: str) -> str:
    """The text with citation years blanked out (same length, so offsets still hold)."""
    spans = [m.span() for m in ACT_YEARS.finditer(text)]
    spans += [(c.start, c.end) for c in find_working_together(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def dates(text: str) -> Iterator[Era]:
    """Yield each date in ``text`` as the months it may mean (a bare year is twelve)."""
    for match in _DATES.finditer(_masked(text)):
        if match.group("month"):
            year = int(match.group("year"))
            month = _MONTHS.index(match.group("month")[:3].lower())
            yield Era(year * 12 + month, year * 12 + month)
        elif match.group("num"):
            month = int(match.group("num")) - 1
            year = int(match.group("nyear"))
            year += 2000 if year < 100 else 0
            if 0 <= month < 12:
                yield Era(year * 12 + month, year * 12 + month)
        else:
            year = int(match.group("bare"))
            yield Era(year * 12, year * 12 + 11)


def mentions_date_in(text: str, era: Era) -> bool:
    """Whether ``text`` names a date that may fall within ``era``."""
    return any(era.overlaps(date) for date in dates(text))
