"""Find the dates in report prose, written the ways English reports write them.

Timescale checks need the day or month of an event ("14 March 2024", "14/03/2024", "the 3rd of
May", "March 2024"). A year alone ("in 2019") is too coarse to measure months or working days, so
it is never returned as a date; it only supplies the year of a later "3 May". Numbers are read in
UK order (day, month, year), and impossible dates (31/02/2024) are dropped without complaint.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass


class Precision(enum.StrEnum):
    """How much of a date the text gives."""

    DAY = "day"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in a text: where it is, its value, and whether its year was written or inferred.

    A month-precision mention ("March 2024") holds the first of the month as ``value``.
    """

    start: int
    end: int
    value: dt.date
    precision: Precision
    year_given: bool = True

    @property
    def earliest(self) -> dt.date:
        """The first day the mention can mean."""
        return self.value

    @property
    def latest(self) -> dt.date:
        """The last day the mention can mean."""
        if self.precision is Precision.DAY:
            return self.value
        last = calendar.monthrange(self.value.year, self.value.month)[1]
        return self.value.replace(day=last)


MONTHS: dict[str, int] = {
    name: number
    for number in range(1, 13)
    for name in {calendar.month_name[number].lower(), calendar.month_abbr[number].lower()}
}
MONTHS["sept"] = 9
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(calendar.day_name)
_SP = r"\s{1,3}"
_DATE = re.compile(
    rf"""
    (?<![\w/])(?<!\d[.\-])
    (?:
      (?:(?:{_WEEKDAY}),?{_SP})?
      (?:
        (?:the{_SP})?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:{_SP}of)?{_SP}(?P<dmonth>{_MONTH})\.?
        (?:,?{_SP}(?P<dyear>\d{{4}}))?
      | (?P<nday>\d{{1,2}})(?P<sep>[/.\-])(?P<nmonth>\d{{1,2}})(?P=sep)(?P<nyear>\d{{4}}|\d{{2}})
      | (?P<iyear>\d{{4}})-(?P<imonth>\d{{2}})-(?P<iday>\d{{2}})
      )
    | (?P<mmonth>{_MONTH})\.?,?{_SP}(?P<myear>\d{{4}})
    | (?P<year>(?:19|20)\d{{2}})
    )
    (?![\w/])(?![.\-]\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Between a year-less date and a dated one that closes a range: "3 to 14 May 2024".
_RANGE_JOIN = re.compile(r"\s{0,3}(?:-|–|—|to|and|until|till)\s{0,3}", re.IGNORECASE)


def _month(name: str) -> int | None:
    """The month a name stands for, if written with a capital (so the verb "may" is not May)."""
    return MONTHS.get(name.lower().rstrip(".")) if name[:1].isupper() else None


def _full_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    two = int(text)
    return 2000 + two if two < 50 else 1900 + two


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Token:
    """One match: a date (maybe without its year yet) or a bare year."""

    start: int
    end: int
    month: int | None
    day: int | None
    year: int | None


def _token(match: re.Match[str]) -> _Token | None:
    g = match.group
    start, end = match.span()
    if g("year"):
        return _Token(start, end, None, None, int(g("year")))
    if g("mmonth"):
        month = _month(g("mmonth"))
        return _Token(start, end, month, None, int(g("myear"))) if month else None
    if g("dmonth"):
        month = _month(g("dmonth"))
        year = int(g("dyear")) if g("dyear") else None
        return _Token(start, end, month, int(g("day")), year) if month else None
    if g("iyear"):
        return _Token(start, end, int(g("imonth")), int(g("iday")), int(g("iyear")))
    digits = (g("nday"), g("nmonth"), g("nyear"))
    # "8.5.10" is more often a paragraph number than a date: dots need two-digit parts.
    if g("sep") == "." and len(digits[2]) == 2 and (len(digits[0]) != 2 or len(digits[1]) != 2):
        return None
    return _Token(start, end, int(digits[1]), int(digits[0]), _full_year(digits[2]))


def find_dates(text: str, year: int | None = None) -> list[DateMention]:
    """Every date of day or month precision in ``text``, in order.

    A date without a year ("3 May") takes the year of a date that closes a range with it ("3 to
    14 May 2024"), else of the nearest year written before it, else ``year``; with none of these
    it is skipped.
    """
    tokens = [t for m in _DATE.finditer(text) if (t := _token(m)) is not None]
    found: list[DateMention] = []
    context = year
    for index, token in enumerate(tokens):
        if token.month is None:  # a bare year: only a hint for later dates
            context = token.year
            continue
        if token.day is None:
            assert token.year is not None
            value = _make(token.year, token.month, 1)
            if value is not None:
                found.append(DateMention(token.start, token.end, value, Precision.MONTH))
            context = token.year
            continue
        if token.year is not None:
            value = _make(token.year, token.month, token.day)
            if value is not None:
                found.append(DateMention(token.start, token.end, value, Precision.DAY))
            context = token.year
            continue
        value = _yearless(text, token, tokens[index + 1 : index + 2], context)
        if value is not None:
            found.append(DateMention(token.start, token.end, value, Precision.DAY, False))
    return found


def _yearless(
    text: str, token: _Token, following: list[_Token], context: int | None
) -> dt.date | None:
    """The date a year-less day and month stand for, or None when no year can be found."""
    assert token.month is not None and token.day is not None
    closing = following[0] if following else None
    if (
        closing is not None
        and closing.year is not None
        and closing.month is not None
        and _RANGE_JOIN.fullmatch(text, token.end, closing.start)
    ):
        value = _make(closing.year, token.month, token.day)
        closing_day = _make(closing.year, closing.month, closing.day or 1)
        if value is not None and closing_day is not None and value > closing_day:
            value = _make(closing.year - 1, token.month, token.day)  # "28 December to 3 January"
        return value
    return _make(context, token.month, token.day) if context is not None else None
