"""Plain-text reader: headings from numbering, capitals and short title lines.

Text pasted out of a word processor has no markup, so structure is inferred line by line:
the first line is the title; ``3.``/``3.1``/``Section 3:`` lines, ALL-CAPS lines and short
stand-alone title lines are headings; a "Contents" line starts a contents list, which is never
taken for the sections themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrlint.document.model import Block, BlockKind, Comment, Document, ProseBuilder, ProseMap
from scrlint.document.sections import CONTENTS_TITLES, SectionBuilder, contents_entry_key
from scrlint.document.source import NewlineFold, split_front_matter

_SECTION_WORD = re.compile(
    r"^(?:section|part|chapter)\s+(?:\d+|[ivx]+)\s*[:.\-–—]\s*\S.*$|^appendix\s+\w+\b.*$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>\S.*)$")
_BULLET = re.compile(r"^(?:[-*•–]|\(?(?P<ordinal>[0-9]{1,3}|[a-z])[.)])\s+")
_PAGE_OR_LEADER = re.compile(r"(?:\.{2,}|\s)\s*(?:page\s+)?\d{1,3}\s*$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_COMMENT_LINE = re.compile(r"^\s*<!--(.*?)-->\s*$")
_MAX_HEADING_WORDS = 12
_MAX_NUMBERED_HEADING_WORDS = 20
_MAX_TITLE_LINE_WORDS = 8


@dataclass(frozen=True, slots=True)
class _Line:
    text: str  # stripped
    start: int  # folded offset of the stripped text


def _is_title_case_heading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MAX_TITLE_LINE_WORDS
        and text[0].isupper()
        and text[-1] not in ".,;:"
        and not _SENTENCE_BREAK.search(text)
        and not _BULLET.match(text)
    )


def _starts_new_unit(text: str) -> bool:
    """Whether a line can follow a heading: it starts a sentence or a list item, not mid-clause."""
    return text[0].isupper() or text[0].isdigit() or bool(_BULLET.match(text))


def _is_contents_heading(text: str) -> bool:
    return contents_entry_key(text) in CONTENTS_TITLES and len(text.split()) <= 3


def marked_heading_level(text: str) -> int | None:
    """Return the level of a numbered, 'Section N:' or ALL-CAPS heading line, else None."""
    words = len(text.split())
    if words > _MAX_NUMBERED_HEADING_WORDS or text[-1] in ".,;:":
        return None
    if _SECTION_WORD.match(text):
        return 2
    numbered = _NUMBERED.match(text)
    if numbered:
        title, depth = numbered.group("title"), numbered.group("number").count(".")
        # "3.1 ..." is a heading by its numbering; a lone "3. ..." could be a list item.
        limit = _MAX_NUMBERED_HEADING_WORDS if depth else _MAX_HEADING_WORDS
        if title[0].isupper() and words <= limit and not _PAGE_OR_LEADER.search(text):
            return 2 + depth
        return None
    if words > _MAX_HEADING_WORDS:
        return None
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return 2
    return None


def _paragraphs(lines: list[_Line | None]) -> list[list[_Line]]:
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line is None:
            if current:
                groups.append(current)
            current = []
        else:
            current.append(line)
    if current:
        groups.append(current)
    return groups


class _TextReader:
    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.source = source
        self.fold = NewlineFold(source)
        self.front_matter, self.folded = split_front_matter(self.fold.text)
        self.sections = SectionBuilder(len(source))
        self.comments: list[Comment] = []

    def block(
        self, kind: BlockKind, lines: list[_Line], skip_first: int = 0, ordinal: str | None = None
    ) -> Block:
        prose = ProseBuilder()
        for index, line in enumerate(lines):
            text, start = line.text, line.start
            if index == 0 and skip_first:
                text, start = text[skip_first:].lstrip(), start + skip_first
                start += len(line.text[skip_first:]) - len(text)
            if prose.length:
                prose.add(" ", start - 1)
            prose.add(text, start)
        text, prose_map = prose.build()
        first, last = lines[0], lines[-1]
        return Block(
            kind,
            text,
            ProseMap(self.fold.runs_to_original(prose_map.runs)),
            self.fold.to_original(first.start),
            self.fold.end_to_original(last.start + len(last.text)),
            ordinal=ordinal,
        )

    def lines(self) -> list[_Line | None]:
        out: list[_Line | None] = []
        offset = 0
        for raw in self.folded.split("\n"):
            stripped = raw.strip()
            start = offset + (len(raw) - len(raw.lstrip()))
            offset += len(raw) + 1
            comment = _COMMENT_LINE.match(stripped)
            if comment:
                self.comments.append(
                    Comment(
                        comment.group(1).strip(),
                        self.fold.to_original(start),
                        self.fold.end_to_original(start + len(stripped)),
                    )
                )
                out.append(None)
            else:
                out.append(_Line(stripped, start) if stripped else None)
        return out

    def read(self) -> Document:
        groups = _paragraphs(self.lines())
        uses_marked_headings = any(marked_heading_level(g[0].text) is not None for g in groups[1:])
        title_done = False

        def is_last_group(position: int) -> bool:
            return position == len(groups) - 1

        contents: set[str] | None = None  # keys of contents entries while inside a contents list
        for index, paragraph in enumerate(groups):
            group: list[_Line] | None = paragraph
            if not title_done:
                self.sections.heading(self.block(BlockKind.HEADING, paragraph[:1]), 1)
                title_done = True
                group = paragraph[1:] or None
            if group is not None and contents is not None:
                group = self._contents_lines(group, contents)
                contents = None if group is not None else contents
            if group is not None and _is_contents_heading(group[0].text):
                self.sections.heading(self.block(BlockKind.HEADING, group[:1]), 2)
                contents = set()
                group = self._contents_lines(group[1:], contents)
                contents = None if group is not None else contents
            if group is None:
                continue
            first = group[0].text
            if (
                marked_heading_level(first) is None
                and not is_last_group(index)
                and _is_title_case_heading(first)
                and (len(group) == 1 or _starts_new_unit(group[1].text))
            ):
                # A title line is a subheading where numbered or capital headings are used, but
                # never deeper than one below the open section (a subtitle under the title).
                level = min(3 if uses_marked_headings else 2, self.sections.depth + 1)
                self.sections.heading(self.block(BlockKind.HEADING, group[:1]), level)
                group = group[1:]
            self._lines_with_headings(group)
        return Document(
            self.path, self.source, "text", self.sections.finish(), self.front_matter, self.comments
        )

    def _contents_lines(self, group: list[_Line], seen: set[str]) -> list[_Line] | None:
        """Consume contents entries; return the lines after them, or None if all were entries."""
        for position, line in enumerate(group):
            key = contents_entry_key(line.text)
            entry_like = bool(_PAGE_OR_LEADER.search(line.text)) or (
                marked_heading_level(line.text) is not None or _is_title_case_heading(line.text)
            )
            if not entry_like or key in seen:
                return group[position:]
            seen.add(key)
            self.sections.add(self.block(BlockKind.CONTENTS, [line]))
        return None

    def _lines_with_headings(self, group: list[_Line]) -> None:
        """Split a group at numbered, 'Section N:' and ALL-CAPS heading lines."""
        body: list[_Line] = []
        for line in group:
            level = marked_heading_level(line.text)
            if level is None:
                body.append(line)
                continue
            self._body(body)
            body = []
            self.sections.heading(self.block(BlockKind.HEADING, [line]), level)
        self._body(body)

    def _body(self, group: list[_Line]) -> None:
        item: list[_Line] = []
        item_marker = 0
        item_ordinal: str | None = None
        paragraph: list[_Line] = []
        for line in group:
            bullet = _BULLET.match(line.text)
            if bullet:
                if paragraph:
                    self.sections.add(self.block(BlockKind.PARAGRAPH, paragraph))
                    paragraph = []
                if item:
                    self.sections.add(
                        self.block(BlockKind.LIST_ITEM, item, item_marker, item_ordinal)
                    )
                item, item_marker, item_ordinal = [line], bullet.end(), bullet.group("ordinal")
            elif item:
                item.append(line)
            else:
                paragraph.append(line)
        if paragraph:
            self.sections.add(self.block(BlockKind.PARAGRAPH, paragraph))
        if item:
            self.sections.add(self.block(BlockKind.LIST_ITEM, item, item_marker, item_ordinal))


def read_text(path: str, source: str) -> Document:
    """Parse plain text ``source`` into a Document.

    Raises:
        InputError: the front matter is malformed.
    """
    return _TextReader(path, source).read()
