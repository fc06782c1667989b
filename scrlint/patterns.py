"""Compile patterns that come from data files, refusing ones that can backtrack without end."""

from __future__ import annotations

import re

from scrlint.errors import PackError

# A group that holds a quantifier and is itself quantified without bound, as in (a+)+ or
# (\w*\s?)*: the classic shape of catastrophic backtracking. Bounded repeats ({0,6}) pass.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\})")


def compile_pattern(pattern: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a pattern from a pack or profile.

    Raises:
        PackError: the pattern is invalid or has a quantified group holding a quantifier.
    """
    if _NESTED_QUANTIFIER.search(pattern):
        raise PackError(
            f"{where}: pattern {pattern!r} nests quantifiers (like (a+)+), which can "
            "take exponential time; rewrite it without the outer quantifier"
        )
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise PackError(f"{where}: invalid pattern {pattern!r}: {exc}") from None
