"""Offset to line/column conversion in code points and UTF-16 code units."""

from __future__ import annotations

import bisect
import re

from scrlint.finding import Position

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Map offsets in a text to positions; LSP treats CR, LF and CRLF all as line ends."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    @property
    def text(self) -> str:
        """The whole source the index was built from."""
        return self._text

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_start(self, line: int) -> int:
        """Return the offset where 1-based ``line`` begins."""
        return self._starts[line - 1]

    def line_end(self, line: int) -> int:
        """Return the offset of the line break that ends 1-based ``line`` (or the text's end)."""
        if line < len(self._starts):
            end = self._starts[line]
            text = self._text
            if end >= 2 and text[end - 2 : end] == "\r\n":
                return end - 2
            return end - 1
        return len(self._text)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def position(self, offset: int) -> Position:
        offset = max(0, min(offset, len(self._text)))
        line = self.line_of(offset)
        start = self._starts[line - 1]
        prefix = self._text[start:offset]
        astral = sum(1 for ch in prefix if ord(ch) > 0xFFFF)
        return Position(offset, line, offset - start + 1, offset - start + astral)

    def line_text(self, line: int) -> str:
        return self._text[self.line_start(line) : self.line_end(line)]
