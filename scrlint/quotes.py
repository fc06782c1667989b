"""Find the text in quotation marks: someone's own words, which rules leave to them.

Quotation marks are curly or straight double quotes, and single quotes that are not apostrophes
(an opening quote follows no letter; a closing one precedes none). A quotation stays on one line
and runs to at most 600 characters, so a stray mark cannot swallow the rest of a block.
"""

from __future__ import annotations

import re

# NOTE: every alternative starts with its opening mark, so the expression is searched for by its
# first character, which is fast; the apostrophe before a single quote is checked after a match
# rather than with a lookbehind, which would lose that (about eight times slower).
_QUOTED = re.compile(
    r"“[^”\n]{0,600}”"
    r"|\"[^\"\n]{0,600}\""
    r"|\u2018[^’\u2018\n]{0,600}’(?!\w)"
    r"|'[^'\n]{0,600}'(?!\w)"
)
_APOSTROPHE_BEFORE = re.compile(r"[\w’']")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text`` inside quotation marks, marks included."""
    spans = []
    found = _QUOTED.search(text)
    while found is not None:
        start = found.start()
        if text[start] in "'\u2018" and start and _APOSTROPHE_BEFORE.match(text, start - 1):
            found = _QUOTED.search(text, start + 1)  # "Mother's": an apostrophe, not a quote
            continue
        spans.append(found.span())
        found = _QUOTED.search(text, found.end())
    return spans


def masked_quotations(text: str) -> str:
    """``text`` with everything inside quotation marks blanked out, offsets unchanged."""
    for start, end in quoted_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
