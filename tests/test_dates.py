"""Dates in report prose, English bank holidays, working days and calendar months."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrlint.dates import DateMention, Precision, find_dates
from scrlint.working_days import (
    FIRST_YEAR,
    LAST_YEAR,
    add_months,
    add_working_days,
    bank_holidays,
    easter_sunday,
    is_working_day,
    working_days_between,
)

D = dt.date


def _found(text: str, year: int | None = None) -> list[tuple[str, dt.date, Precision]]:
    return [(text[m.start : m.end], m.value, m.precision) for m in find_dates(text, year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 14 March 2024.", [("14 March 2024", D(2024, 3, 14), Precision.DAY)]),
        ("on 14th March 2024", [("14th March 2024", D(2024, 3, 14), Precision.DAY)]),
        ("On Tuesday 4 June 2024", [("Tuesday 4 June 2024", D(2024, 6, 4), Precision.DAY)]),
        ("Tuesday, 4 June 2024", [("Tuesday, 4 June 2024", D(2024, 6, 4), Precision.DAY)]),
        ("by 14/03/2024", [("14/03/2024", D(2024, 3, 14), Precision.DAY)]),
        ("by 14.03.2024", [("14.03.2024", D(2024, 3, 14), Precision.DAY)]),
        ("by 14-03-24", [("14-03-24", D(2024, 3, 14), Precision.DAY)]),
        ("by 3/4/98", [("3/4/98", D(1998, 4, 3), Precision.DAY)]),
        ("2024-03-14", [("2024-03-14", D(2024, 3, 14), Precision.DAY)]),
        ("in March 2024", [("March 2024", D(2024, 3, 1), Precision.MONTH)]),
        ("in Sept 2024", [("Sept 2024", D(2024, 9, 1), Precision.MONTH)]),
        ("in Sep. 2024", [("Sep. 2024", D(2024, 9, 1), Precision.MONTH)]),
        ("in mid-March 2024", [("March 2024", D(2024, 3, 1), Precision.MONTH)]),
    ],
)
def test_uk_forms(text: str, expected: list[tuple[str, dt.date, Precision]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2024 and 30 February 2024",  # impossible dates
        "in 2019",  # a year alone is not a date
        "staff may 2024 be asked",  # the verb, not the month
        "see paragraph 8.5.10",  # a paragraph number
        "March 14, 2024",  # US order is not read
        "the 2024-25 budget and March 2024-25",
        "on the 3rd of May",  # no year anywhere
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_yearless_date_takes_the_year_written_before_it() -> None:
    text = "On 20 May 2022 the visit; on the 3rd of June the call. In 2019, on 3 May, a move."
    assert [m.value for m in find_dates(text)] == [D(2022, 5, 20), D(2022, 6, 3), D(2019, 5, 3)]


def test_yearless_date_takes_a_year_given_as_context() -> None:
    [mention] = find_dates("the 3rd of May", year=2020)
    assert mention.value == D(2020, 5, 3) and not mention.year_given


def test_yearless_date_takes_the_year_of_the_range_it_opens() -> None:
    found = find_dates("from 28 December to 3 January 2024; 3 to 14 May 2024; 2 and 9 June 2024")
    assert [m.value for m in found] == [
        D(2023, 12, 28),
        D(2024, 1, 3),
        D(2024, 5, 14),
        D(2024, 6, 9),
    ]


def test_month_precision_spans_the_month() -> None:
    [month] = find_dates("February 2024")
    assert (month.earliest, month.latest) == (D(2024, 2, 1), D(2024, 2, 29))
    day = DateMention(0, 1, D(2024, 2, 3), Precision.DAY)
    assert day.earliest == day.latest == D(2024, 2, 3)


def test_long_input_is_linear() -> None:
    text = "On 3 March 2023 " + "a " * 50_000 + "1/2/2023 " * 5_000
    assert len(find_dates(text)) == 5_001


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1990, D(1990, 4, 15)),
        (2000, D(2000, 4, 23)),
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
    ],
)
def test_easter(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


def test_bank_holidays_2022_jubilee_and_state_funeral() -> None:
    assert bank_holidays(2022) == {
        D(2022, 1, 3),  # New Year's Day was a Saturday
        D(2022, 4, 15),
        D(2022, 4, 18),
        D(2022, 5, 2),
        D(2022, 6, 2),  # spring bank holiday moved to a Thursday
        D(2022, 6, 3),  # platinum jubilee
        D(2022, 8, 29),
        D(2022, 9, 19),  # state funeral
        D(2022, 12, 26),
        D(2022, 12, 27),  # Christmas Day was a Sunday
    }


def test_bank_holidays_2023_coronation() -> None:
    assert bank_holidays(2023) == {
        D(2023, 1, 2),
        D(2023, 4, 7),
        D(2023, 4, 10),
        D(2023, 5, 1),
        D(2023, 5, 8),  # coronation
        D(2023, 5, 29),
        D(2023, 8, 28),
        D(2023, 12, 25),
        D(2023, 12, 26),
    }


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        (D(1995, 5, 8), True),  # VE Day 50
        (D(1995, 5, 1), False),
        (D(2020, 5, 8), True),  # VE Day 75, a Friday
        (D(2020, 5, 4), False),
        (D(1999, 12, 31), True),
        (D(2000, 1, 3), True),
        (D(2002, 6, 3), True),
        (D(2002, 6, 4), True),
        (D(2002, 5, 27), False),
        (D(2011, 4, 29), True),
        (D(2012, 6, 4), True),
        (D(2012, 6, 5), True),
        (D(2012, 5, 28), False),
        (D(2010, 12, 27), True),  # Christmas on a Saturday
        (D(2010, 12, 28), True),
        (D(2020, 12, 28), True),  # Boxing Day on a Saturday
    ],
)
def test_special_bank_holidays(day: dt.date, holiday: bool) -> None:
    assert (day in bank_holidays(day.year)) is holiday


def test_every_year_has_eight_regular_bank_holidays() -> None:
    one_off_years = {1999: 1, 2002: 1, 2011: 1, 2012: 1, 2022: 2, 2023: 1}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        holidays = bank_holidays(year)
        assert len(holidays) == 8 + one_off_years.get(year, 0), year
        assert all(day.weekday() < 5 for day in holidays), year


def test_years_outside_the_table_are_refused() -> None:
    with pytest.raises(ValueError, match="1990-2035"):
        bank_holidays(2036)


def test_working_days_across_easter_and_christmas() -> None:
    assert add_working_days(D(2024, 3, 18), 15) == D(2024, 4, 10)
    assert add_working_days(D(2023, 12, 14), 15) == D(2024, 1, 9)
    assert add_working_days(D(2024, 3, 28), 5) == D(2024, 4, 8)
    assert add_working_days(D(2024, 2, 3), 5) == D(2024, 2, 9)  # from a Saturday
    assert working_days_between(D(2024, 2, 6), D(2024, 3, 14)) == 27
    assert working_days_between(D(2024, 3, 14), D(2024, 2, 6)) == -27
    assert not is_working_day(D(2024, 12, 25))


def test_negative_working_days_are_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(D(2024, 1, 1), -1)


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (D(2011, 8, 31), 6, D(2012, 2, 29)),
        (D(2010, 11, 30), 6, D(2011, 5, 30)),
        (D(2023, 10, 31), 4, D(2024, 2, 29)),
        (D(2023, 12, 15), 1, D(2024, 1, 15)),
        (D(2024, 1, 31), -2, D(2023, 11, 30)),
    ],
)
def test_add_months_clamps_to_month_end(start: dt.date, months: int, end: dt.date) -> None:
    assert add_months(start, months) == end


days = st.dates(min_value=D(FIRST_YEAR, 1, 1), max_value=D(LAST_YEAR - 1, 10, 31))


@given(days, st.integers(min_value=0, max_value=60))
def test_working_days_round_trip(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    assert n == 0 or is_working_day(end)


@given(days, st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=40))
def test_working_days_are_monotonic(start: dt.date, a: int, b: int) -> None:
    assert (add_working_days(start, a) <= add_working_days(start, b)) is (a <= b)


@given(days, st.integers(min_value=0, max_value=24))
def test_months_never_overshoot(start: dt.date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day <= start.day


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31)))
def test_written_dates_read_back(day: dt.date) -> None:
    for text in (
        f"{day.day} {day:%B %Y}",
        f"{day:%A} {day.day} {day:%B %Y}",
        f"{day:%d/%m/%Y}",
        f"{day:%d.%m.%Y}",
        f"{day:%d-%m-%y}",
    ):
        [mention] = find_dates(f"It happened on {text}.")
        assert (mention.value, mention.precision) == (day, Precision.DAY), text
