"""A share shown beside its threshold never reads as equal to it when it is below."""

from __future__ import annotations

from scrlint.shares import shown_below


def test_two_places_unless_rounding_would_reach_the_threshold() -> None:
    assert shown_below(0.12, 0.15) == "0.12"
    assert shown_below(0.148, 0.15) == "0.148"
    assert shown_below(0.246, 0.25) == "0.246"
