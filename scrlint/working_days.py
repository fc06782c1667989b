"""Calendar arithmetic for statutory timescales: English bank holidays, working days, months.

Case review timescales are set in working days (a notification in 5, a rapid review in 15) or in
calendar months (a review in 4 or 6). Working days here are Monday to Friday except bank holidays
in England and Wales, which are computed rather than listed so that any year from 1990 to 2035
works without a network lookup.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import cache

FIRST_YEAR = 1990
LAST_YEAR = 2035

_ONE_DAY = dt.timedelta(days=1)
# Bank holidays declared for one year only (jubilees, royal events, the millennium).
_ONE_OFFS = frozenset(
    {
        dt.date(1999, 12, 31),
        dt.date(2002, 6, 3),
        dt.date(2011, 4, 29),
        dt.date(2012, 6, 5),
        dt.date(2022, 6, 3),
        dt.date(2022, 9, 19),
        dt.date(2023, 5, 8),
    }
)
# The early May bank holiday moved to VE Day for its 50th and 75th anniversaries.
_EARLY_MAY_MOVED = {1995: dt.date(1995, 5, 8), 2020: dt.date(2020, 5, 8)}
# The spring bank holiday moved to make a long weekend with a jubilee.
_SPRING_MOVED = {
    2002: dt.date(2002, 6, 4),
    2012: dt.date(2012, 6, 4),
    2022: dt.date(2022, 6, 2),
}


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * j) // 451
    month, day = divmod(h + j - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _first_monday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(7 - first.weekday()) % 7)


def _last_monday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=last.weekday())


def _with_substitutes(days: list[dt.date]) -> set[dt.date]:
    """Fixed-date holidays; one falling at a weekend moves to the next free weekday."""
    taken = {d for d in days if d.weekday() < 5}
    for day in days:
        if day.weekday() >= 5:
            while day.weekday() >= 5 or day in taken:
                day += _ONE_DAY
            taken.add(day)
    return taken


@cache
def bank_holidays(year: int) -> frozenset[dt.date]:
    """The bank holidays in England and Wales in ``year``.

    Raises:
        ValueError: ``year`` is outside 1990-2035, where one-off holidays are not known.
    """
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"bank holidays are known for {FIRST_YEAR}-{LAST_YEAR}, not {year}")
    easter = easter_sunday(year)
    days = _with_substitutes([dt.date(year, 1, 1)])
    days |= _with_substitutes([dt.date(year, 12, 25), dt.date(year, 12, 26)])
    days |= {
        easter - 2 * _ONE_DAY,
        easter + _ONE_DAY,
        _EARLY_MAY_MOVED.get(year, _first_monday(year, 5)),
        _SPRING_MOVED.get(year, _last_monday(year, 5)),
        _last_monday(year, 8),
    }
    days |= {d for d in _ONE_OFFS if d.year == year}
    return frozenset(days)


def supported(day: dt.date) -> bool:
    """Whether working-day arithmetic is defined around ``day`` (with a year's margin)."""
    return FIRST_YEAR <= day.year < LAST_YEAR


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a bank holiday in England and Wales."""
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The date ``n`` working days after ``start`` (``start`` itself is not counted).

    This is how "within 5 working days of" is read: the fifth working day after the event is
    the last day that is in time. ``n`` must not be negative.
    """
    if n < 0:
        raise ValueError(f"n must not be negative, not {n}")
    day = start
    while n:
        day += _ONE_DAY
        if is_working_day(day):
            n -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if ``end`` is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        count += is_working_day(day)
    return count


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later, clamped to the end of a shorter month."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
