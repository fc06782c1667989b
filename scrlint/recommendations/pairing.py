"""Attach action-plan rows to the recommendations they carry out, by number or by wording."""

from __future__ import annotations

import re

from scrlint.recommendations.model import Draft, Row
from scrlint.recommendations.stems import content_stems


def pair(drafts: list[Draft], rows: list[Row]) -> list[Draft]:
    """Attach rows to the recommendations they carry out; return the rows left as their own."""
    numbers = [d.number for d in drafts if d.number]
    by_number = (
        {d.number: d for d in drafts if d.number} if len(numbers) == len(set(numbers)) else {}
    )
    words = [content_stems(" ".join(d.texts)) for d in drafts]
    standalone: dict[str, Draft] = {}
    alone: list[Draft] = []
    for row in rows:
        owner = _by_number(by_number, row.number) or _by_words(drafts, words, row)
        if owner is not None:
            owner.rows.append(row)
            continue
        base = _base(row.number) if row.number else None
        if base is not None and base in standalone:
            standalone[base].rows.append(row)
            continue
        draft = Draft(base, [row.text_cell], [row.text], "", [row])
        alone.append(draft)
        if base is not None:
            standalone[base] = draft
    return alone


def _by_number(by_number: dict[str, Draft], number: str | None) -> Draft | None:
    if number is None:
        return None
    return by_number.get(number) or by_number.get(_base(number))


def _by_words(drafts: list[Draft], words: list[set[str]], row: Row) -> Draft | None:
    """The recommendation holding most of the row's words (at least two, and 60% of them)."""
    wanted = content_stems(row.text)
    best, best_share = None, 0.0
    for draft, have in zip(drafts, words, strict=True):
        shared = len(wanted & have)
        share = shared / len(wanted) if wanted else 0.0
        if shared >= 2 and share >= 0.6 and share > best_share:
            best, best_share = draft, share
    return best


def _base(number: str) -> str:
    """ "1a", "1.2" -> "1": rows that carry out one recommendation in parts."""
    return re.split(r"[.a-z]", number, maxsplit=1)[0] or number
