"""Split a block's prose into sentences without a parser; every sentence-reading rule shares it.

A stop, with any closing quotes or brackets, ends a sentence before a capital, a digit or an
opening quote, except after an abbreviation ("Dr.", "para.", "e.g."). A pseudonym such as
"Child A." does end one, which is what case reviews need.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])([\"'\u201d\u2019)\]]{0,3})\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_SEMICOLON = re.compile(r";\s*")
# Not after an apostrophe: "Mother's." ends a sentence; "s." alone is "section".
_ABBREVIATION = re.compile(
    r"(?<![\w'’])(?:e\.g|i\.e|Dr|Mr|Mrs|Ms|Mx|No|Nos|s|ss|para|paras|St|cf|vs|approx|etc|c|ch|Ch|p|pp"
    r"|Prof|Cllr|Sgt|Insp|Supt|Det|Reg|reg|art|Art|sch|Sch|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep"
    r"|Sept|Oct|Nov|Dec)\.$"
)


def sentence_spans(text: str, *, semicolons: bool = False) -> list[tuple[int, int]]:
    """The [start, end) offsets of the sentences of ``text``, blank ones dropped.

    With ``semicolons``, clauses split at semicolons too (a date and its cue rarely cross one).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for found in _BOUNDARY.finditer(text):
        if _ABBREVIATION.search(text, max(0, found.start() - 8), found.start()):
            continue
        spans.append((start, found.end(1)))
        start = found.end()
    spans.append((start, len(text)))
    if semicolons:
        spans = [piece for span in spans for piece in _clauses(text, *span)]
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    for found in _SEMICOLON.finditer(text, start, end):
        pieces.append((start, found.start()))
        start = found.end()
    pieces.append((start, end))
    return pieces
