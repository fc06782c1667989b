"""Write plain text into Markdown so that it reads back as the same text, not as markup.

The Word and PDF readers write a document out as Markdown; a "*" or "[" in a paragraph, or a
"3." or "-" at its start, must not become emphasis, a link or a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ESCAPED = re.compile(r"[\\`*_\[\]<>&|#~!]")
_LINE_START = re.compile(r"^(?:[-+=]|\d+(?=[.)]))")


def escaped_pieces(text: str) -> Iterator[tuple[str, int]]:
    """Yield Markdown pieces for ``text`` with the index of the character each one starts at.

    A backslash piece escapes the character after it; joined, the pieces are ``text`` escaped.
    """
    position = 0
    lead = _LINE_START.match(text)
    if lead:
        # "3." or "-" at the start would make a list, "=" a heading underline.
        end = lead.end() if lead.group().isdigit() else 0
        if end:
            yield text[:end], 0
        yield "\\", end
        position = end
    for match in _ESCAPED.finditer(text, position):
        if match.start() > position:
            yield text[position : match.start()], position
        yield "\\", match.start()
        position = match.start()
    if position < len(text):
        yield text[position:], position
