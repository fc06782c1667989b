"""The document model every rule reads: sections of blocks of prose mapped to the source."""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from scrlint.document.lines import LineIndex
from scrlint.finding import Position


class BlockKind(enum.StrEnum):
    """What a block of prose is; rules choose the kinds they read."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    BLOCKQUOTE = "blockquote"
    CONTENTS = "contents"


class ProseMap:
    """Maps every prose character to the source span it came from.

    Stored as runs (prose_start, prose_length, source_start, source_end): within a run whose
    source span has the run's length, characters map one to one; otherwise (an entity such as
    ``&amp;``) every prose character of the run maps to the whole source span.
    """

    __slots__ = ("_prose_starts", "_runs")

    def __init__(self, runs: list[tuple[int, int, int, int]]) -> None:
        self._runs = runs
        self._prose_starts = [r[0] for r in runs]

    @property
    def runs(self) -> list[tuple[int, int, int, int]]:
        return self._runs

    def _locate(self, index: int) -> tuple[int, int, int, int]:
        i = max(0, bisect.bisect_right(self._prose_starts, index) - 1)
        return self._runs[i]

    def source_start(self, index: int) -> int:
        """Return the source offset where prose character ``index`` begins."""
        prose_start, length, src_start, src_end = self._locate(index)
        if src_end - src_start == length:
            return src_start + min(index - prose_start, length)
        # past the run's end (the end of the text): after the whole span, not before it
        return src_end if index >= prose_start + length else src_start

    def source_end(self, index: int) -> int:
        """Return the source offset just past prose character ``index``."""
        prose_start, length, src_start, src_end = self._locate(index)
        if src_end - src_start == length:
            return src_start + min(index - prose_start + 1, length)
        return src_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the source span covering prose characters [start, end)."""
        if not self._runs:
            return 0, 0
        if end <= start:
            offset = self.source_start(start)
            return offset, offset
        return self.source_start(start), self.source_end(end - 1)


class ProseBuilder:
    """Accumulates prose text and its runs while a reader walks the source."""

    __slots__ = ("_length", "_parts", "_runs")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._runs: list[tuple[int, int, int, int]] = []
        self._length = 0

    def add(self, text: str, src_start: int, src_end: int | None = None) -> None:
        """Append ``text`` taken from source [src_start, src_end) (default: one to one)."""
        if not text:
            return
        if src_end is None:
            src_end = src_start + len(text)
        runs = self._runs
        if runs:
            p0, plen, s0, s1 = runs[-1]
            one_to_one = s1 - s0 == plen and src_end - src_start == len(text)
            if one_to_one and s1 == src_start and p0 + plen == self._length:
                runs[-1] = (p0, plen + len(text), s0, src_end)
                self._parts.append(text)
                self._length += len(text)
                return
        runs.append((self._length, len(text), src_start, src_end))
        self._parts.append(text)
        self._length += len(text)

    @property
    def length(self) -> int:
        return self._length

    def build(self) -> tuple[str, ProseMap]:
        text = "".join(self._parts)
        # Trim surrounding whitespace so that rules see clean prose; the map keeps exact offsets.
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if lead == 0 and trail == len(text):
            return text, ProseMap(self._runs)
        trimmed = ProseBuilder()
        for p0, plen, s0, s1 in self._runs:
            lo, hi = max(p0, lead), min(p0 + plen, trail)
            if lo >= hi:
                continue
            if s1 - s0 == plen:
                trimmed.add(text[lo:hi], s0 + (lo - p0))
            else:
                trimmed.add(text[lo:hi], s0, s1)
        return trimmed.build()


@dataclass(eq=False)
class Block:
    """A unit of prose: its text without markup, and where each character came from."""

    kind: BlockKind
    text: str
    prose_map: ProseMap
    start: int
    end: int
    ordinal: str | None = None  # the number of an ordered list item, e.g. "3"
    header: bool = False  # a table header cell
    section: Section | None = field(default=None, repr=False)

    def source_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Return the source span of prose characters [start, end) of this block."""
        if not self.text:
            return self.start, self.end
        end = len(self.text) if end is None else end
        return self.prose_map.span(start, end)

    @property
    def words(self) -> int:
        return len(self.text.split())


_NUMBERING = re.compile(
    r"^\s*(?:(?:section|part|chapter|appendix)\s+[0-9a-z]+(?:\.[0-9]+)*\s*[:.\-–—]?\s*"
    r"|[0-9]+(?:\.[0-9]+)*[.)]?\s+|[ivxlc]+[.)]\s+|[a-z][.)]\s+)",
    re.IGNORECASE,
)
_NON_WORD = re.compile(r"[^\w\s]")


def normalise_title(title: str) -> str:
    """Fold a heading for matching: no numbering, case, punctuation or extra spaces."""
    text = _NUMBERING.sub("", title, count=1).replace("&", " and ")
    text = text.replace("’", "'").replace("'s ", "s ")
    return " ".join(_NON_WORD.sub(" ", text).lower().split())


@dataclass(eq=False)
class Section:
    """A heading and everything under it until the next heading of the same or a higher level."""

    title: str
    level: int
    heading: Block | None
    start: int
    end: int
    parent: Section | None = field(default=None, repr=False)
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    is_contents: bool = False
    is_title: bool = False  # the lone top-level heading that names the whole report

    @cached_property
    def key(self) -> str:
        return normalise_title(self.title)

    @property
    def path(self) -> str:
        """The titles from the top section down to this one, as ``A > B``."""
        titles: list[str] = []
        node: Section | None = self
        while node is not None and node.level > 0:
            if not node.is_title or node is self:
                titles.append(node.title)
            node = node.parent
        return " > ".join(reversed(titles))

    def walk(self) -> Iterator[Section]:
        """Yield this section and every section below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def all_blocks(self) -> Iterator[Block]:
        """Yield the content blocks of this section and its subsections (no headings)."""
        for section in self.walk():
            yield from section.blocks

    def word_count(self) -> int:
        return sum(b.words for b in self.all_blocks() if b.kind is not BlockKind.CONTENTS)


@dataclass(frozen=True, slots=True)
class Comment:
    """An HTML comment in the source (for suppression directives); not prose."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Origin:
    """A place in the original file of a converted document (Word or PDF).

    A Word place is a paragraph, counted from 1 in reading order (empty paragraphs and those in
    table cells included); a PDF place is a page and a line on it. ``character`` is 1-based in
    that paragraph or line.
    """

    character: int
    paragraph: int | None = None
    page: int | None = None
    line: int | None = None

    def label(self) -> str:
        """``¶12:34`` for a paragraph, ``p3:12:5`` for page 3, line 12, character 5."""
        return f"{self.unit()}:{self.character}"

    def unit(self) -> str:
        """The paragraph (``¶12``) or page line (``p3:12``), without the character."""
        if self.page is not None:
            return f"p{self.page}:{self.line}"
        return f"¶{self.paragraph}"

    def as_dict(self) -> dict[str, int]:
        """The place's numbers, for machine formats."""
        fields = {"paragraph": self.paragraph, "page": self.page, "pageLine": self.line}
        return {**{k: v for k, v in fields.items() if v is not None}, "character": self.character}


class OriginMap:
    """Maps offsets of a converted source back to places in the original file.

    A reader that converts a document (Word or PDF becomes Markdown) records segments
    (source_start, origin, length): source characters from ``source_start`` on come one to one
    from ``origin`` onwards, up to ``length`` characters; markup between segments maps to the
    end of the segment before it. ``texts`` may hold each unit's original text by
    ``Origin.unit()`` ("¶12": the paragraph as read), for code frames that show the original.
    """

    __slots__ = ("_segments", "_starts", "texts")

    def __init__(
        self, segments: list[tuple[int, Origin, int]], texts: dict[str, str] | None = None
    ) -> None:
        self._segments = segments
        self._starts = [s[0] for s in segments]
        self.texts = texts or {}

    def locate(self, offset: int) -> Origin | None:
        """Return the original place of a source offset, or None before any segment."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        start, origin, length = self._segments[index]
        step = min(offset - start, length)
        return replace(origin, character=origin.character + step) if step else origin


@dataclass(eq=False)
class Document:
    """A parsed report: its source, front matter, comments and tree of sections."""

    path: str
    source: str
    kind: str
    root: Section
    front_matter: dict[str, Any] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    # For a converted source (Word, PDF): where each source offset came from in the original.
    origins: OriginMap | None = None
    lines: LineIndex = field(init=False)
    # Analyses shared between rules (e.g. the structure outline), computed on first use.
    derived: dict[object, object] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.source)

    @property
    def title(self) -> str:
        """The report's title: front matter ``title``, else the first top-level heading."""
        declared = self.front_matter.get("title")
        if isinstance(declared, str) and declared.strip():
            return declared.strip()
        for section in self.sections():
            if section.level == 1:
                return section.title
        return ""

    def sections(self) -> Iterator[Section]:
        """Yield every section except the root, in document order."""
        for section in self.root.walk():
            if section.level > 0:
                yield section

    def blocks(self, *kinds: BlockKind) -> Iterator[Block]:
        """Yield prose blocks in document order, headings included, filtered by kind if given."""
        for section in self.root.walk():
            if section.heading is not None and (not kinds or BlockKind.HEADING in kinds):
                yield section.heading
            for block in section.blocks:
                if not kinds or block.kind in kinds:
                    yield block

    def position(self, offset: int) -> Position:
        return self.lines.position(offset)

    def section_at(self, offset: int) -> Section | None:
        """Return the deepest section whose span holds ``offset`` (None before any heading)."""
        index = bisect.bisect_right(self._section_starts, offset) - 1
        node: Section | None = self._sections[index] if index >= 0 else None
        while node is not None and node.level > 0:
            if node.start <= offset < node.end or offset == node.end == len(self.source):
                return node
            node = node.parent
        return None

    @cached_property
    def _sections(self) -> list[Section]:
        return list(self.sections())

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self._sections]

    def word_count(self) -> int:
        return self.root.word_count() + sum(
            s.heading.words for s in self.sections() if s.heading is not None
        )
