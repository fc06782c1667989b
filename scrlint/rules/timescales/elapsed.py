"""Elapsed time between two dates, worded for a message ("9 months and 14 days")."""

from __future__ import annotations

import datetime as dt

from scrlint.working_days import add_months


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


def months_and_days(start: dt.date, end: dt.date) -> str:
    """Whole calendar months from ``start`` to ``end``, then the days left over."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, months) > end:
        months -= 1
    days = (end - add_months(start, months)).days
    parts = [_plural(months, "month")] if months else []
    if days or not parts:
        parts.append(_plural(days, "day"))
    return " and ".join(parts)
