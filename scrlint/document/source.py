"""Source preparation shared by the readers: newline folding and front matter."""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml

from scrlint.errors import InputError
from scrlint.yamlfile import load_yaml


class NewlineFold:
    """Fold CRLF and CR to LF for the parsers, and map folded offsets back to the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        if "\r" not in original:
            self.text = original
            self._drops: list[int] = []
            return
        parts: list[str] = []
        drops: list[int] = []
        folded_length = 0
        last = 0
        for match in re.finditer(r"\r\n?", original):
            chunk = original[last : match.start()]
            parts.append(chunk)
            folded_length += len(chunk)
            if match.group() == "\r\n":
                drops.append(folded_length)  # the folded '\n' stands where '\r\n' was
            parts.append("\n")
            folded_length += 1
            last = match.end()
        parts.append(original[last:])
        self.text = "".join(parts)
        self._drops = drops

    def to_original(self, offset: int) -> int:
        """Map the folded offset of a character (or of the end of the text) to the original."""
        return offset + bisect.bisect_right(self._drops, offset)

    def end_to_original(self, offset: int) -> int:
        """Map an exclusive folded end offset to the original."""
        return self.to_original(offset - 1) + 1 if offset > 0 else 0

    def runs_to_original(
        self, runs: list[tuple[int, int, int, int]]
    ) -> list[tuple[int, int, int, int]]:
        """Convert prose runs, splitting one-to-one runs where a folded CRLF falls inside."""
        if not self._drops:
            return runs
        out: list[tuple[int, int, int, int]] = []
        for p0, plen, s0, s1 in runs:
            if s1 - s0 != plen:
                out.append((p0, plen, self.to_original(s0), self.end_to_original(s1)))
                continue
            lo = bisect.bisect_left(self._drops, s0)
            hi = bisect.bisect_left(self._drops, s1)
            cut = s0
            for drop in self._drops[lo:hi]:
                # the run crosses a folded '\n' at `drop`: map it to the original '\r\n' pair
                if drop > cut:
                    out.append(
                        (
                            p0 + cut - s0,
                            drop - cut,
                            self.to_original(cut),
                            self.end_to_original(drop),
                        )
                    )
                out.append(
                    (p0 + drop - s0, 1, self.to_original(drop) - 1, self.to_original(drop) + 1)
                )
                cut = drop + 1
            if cut < s1:
                out.append(
                    (p0 + cut - s0, s1 - cut, self.to_original(cut), self.end_to_original(s1))
                )
        return out


_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?P<body>.*?)(?:^|\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL | re.MULTILINE
)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Parse YAML front matter and blank it out, keeping every offset in place.

    Raises:
        InputError: the front matter is not closed, not valid YAML, or not a mapping.
    """
    if not text.startswith("---"):
        return {}, text
    first_line = text.split("\n", 1)[0]
    if first_line.rstrip() != "---":
        return {}, text
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise InputError("front matter starts with '---' but has no closing '---' line")
    try:
        data = load_yaml(match.group("body"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"malformed front matter{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("malformed front matter: it must be a mapping of keys to values")
    end = match.end()
    blanked = "".join("\n" if ch == "\n" else " " for ch in text[:end])
    return data, blanked + text[end:]
