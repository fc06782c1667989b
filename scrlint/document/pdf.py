"""PDF reader: the pages are written out as Markdown and read by the Markdown reader.

Every rule then sees the same structure as for a ``.md`` report. Lines join into paragraphs
unless a wider gap, an indent, a list marker or a change of font separates them; a paragraph
runs on over a page break when its last line is full. Headings are the lines set larger than
the body text (the most common size) or bold throughout, short and not ending like a sentence;
a heading wrapped over two lines is one heading. Levels follow font size (larger is higher,
bold above regular, upright above italic) and numbering depth ("2.3" is below "2."). A PDF
without such lines gets headings from numbering alone, as the plain-text reader finds them.
Bulleted and numbered lines become list items (an item set further right than the one
before it is nested under it), ruled tables Markdown tables (the first row as
header). Headers, footers and page numbers - lines in the top or bottom tenth of the page
that repeat on at least half the pages, or stand alone on a page's first or last line like
"Page 3 of 12" - are dropped (pdf_furniture). A "Contents" page becomes a Contents section of
plain entries, leaders and page numbers dropped.

A hyphen at a line end is kept and the next line joined to it without a space ("multi-" +
"agency" reads "multi-agency"): a PDF cannot tell a word broken for the line from a compound,
so only a soft hyphen is removed ("safe\u00ad" + "guarding" reads "safeguarding").

The Document keeps an OriginMap from Markdown offsets to (page, line, character): lines are
counted down each page from 1, headers and footers included.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from scrlint.document.markdown import read_markdown
from scrlint.document.markdown_escape import escaped_pieces
from scrlint.document.model import Document, Origin, OriginMap
from scrlint.document.pdf_furniture import furniture_ids
from scrlint.document.pdf_layout import Fragment, Page, read_pages
from scrlint.document.pdf_tables import Table, split_tables
from scrlint.document.sections import CONTENTS_TITLES, contents_entry_key
from scrlint.document.text import marked_heading_level
from scrlint.errors import InputError

_BULLET = re.compile(r"^([•◦▪▫●○■□‣∙·–—*-])\s*(?=\S)")
_NUMBERED = re.compile(r"^(?:(\d{1,3})[.)](?:\s+|(?=[A-Z]))|\(?([a-z]|[ivx]{1,5})\)\s+)(?=\S)")
_HEADING_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S")
_LEADER = re.compile(r"\s*(?:[.·…_]\s*){2,}\s*(?:\d{1,4}|[ivxlc]{1,7})\s*$|\s+\d{1,4}\s*$", re.I)
_SENTENCE_END = ".,;:"
_MAX_HEADING_WORDS = 25
_MAX_BOLD_HEADING_WORDS = 20  # as many as a numbered heading line may have


@dataclass
class _Block:
    kind: str  # "heading", "paragraph", "item", "contents"
    lines: list[Fragment]
    marker: str = ""
    level: int = 0
    style: tuple[float, bool, bool] = (0.0, False, False)
    skip: int = 0  # characters of the first line taken by a list marker


@dataclass
class _Layout:
    body_size: float
    line_step: float
    right: dict[int, float] = field(default_factory=dict)  # right edge of text per page


def read_pdf(path: str, data: bytes, max_file_size: int) -> Document:
    """Parse a PDF given as bytes.

    Args:
        path: the name shown in findings.
        data: the file's bytes.
        max_file_size: the configured size limit; a PDF with more characters of text is
            refused (the text is what a bomb of compressed streams would inflate).

    Raises:
        InputError: not a PDF, corrupt, password-protected, no text layer, or too large.
    """
    pages = read_pages(data, max_file_size)
    if not any(f.text.strip() for page in pages for f in page.fragments):
        raise InputError(
            "the PDF has no text layer (it looks scanned); run OCR or export the text from the "
            "original document"
        )
    furniture = furniture_ids(pages)
    flows = [
        split_tables(
            Page(
                p.number,
                p.width,
                p.height,
                [f for f in p.fragments if id(f) not in furniture],
                p.rules,
            )
        )
        for p in pages
    ]
    writer = _Writer(_layout(flows))
    for flow in flows:
        writer.page(flow)
    document = read_markdown(path, writer.markdown())
    document.kind = "pdf"
    document.origins = OriginMap(writer.segments, _line_texts(pages))
    return document


def _line_texts(pages: list[Page]) -> dict[str, str]:
    """Each page line's text as it stands on the page ("p3:12"), headers and footers included."""
    lines: dict[tuple[int, int], list[str]] = {}
    for page in pages:
        for fragment in page.fragments:
            characters = lines.setdefault((fragment.page, fragment.line), [])
            for character, column in zip(fragment.text, fragment.columns, strict=True):
                characters.extend(" " * (column - len(characters)))
                characters[column - 1] = character
    return {f"p{page}:{line}": "".join(text) for (page, line), text in lines.items()}


def _layout(flows: list[list[Fragment | Table]]) -> _Layout:
    sizes: Counter[float] = Counter()
    steps: Counter[float] = Counter()
    right: dict[int, float] = {}
    previous: Fragment | None = None
    for flow in flows:
        for item in flow:
            if isinstance(item, Table):
                previous = None
                continue
            sizes[round(item.size * 2) / 2] += len(item.text)
            right[item.page] = max(right.get(item.page, 0.0), item.x1)
            if previous is not None and previous.page == item.page:
                step = item.baseline - previous.baseline
                if 0 < step < 2 * item.size and abs(item.size - previous.size) < 0.5:
                    steps[round(step * 2) / 2] += 1
            previous = item
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    step = steps.most_common(1)[0][0] if steps else body * 1.2
    return _Layout(body, step, right)


def _heading_style(fragment: Fragment, layout: _Layout) -> bool:
    larger = fragment.size >= layout.body_size + 0.75
    return larger or (fragment.bold and fragment.size >= layout.body_size - 0.5)


def _list_marker(text: str) -> tuple[str, int] | None:
    """The Markdown marker and the length of the list marker that starts ``text``."""
    bullet = _BULLET.match(text)
    if bullet:
        return "- ", bullet.end()
    numbered = _NUMBERED.match(text)
    if numbered:
        if numbered.group(1):
            return f"{int(numbered.group(1))}. ", numbered.end()
        return "- ", 0
    return None


class _Writer:
    """Builds blocks from the fragments of each page and writes them as Markdown."""

    def __init__(self, layout: _Layout) -> None:
        self.layout = layout
        self.blocks: list[_Block | Table] = []
        self.contents = False
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[tuple[int, Origin, int]] = []
        # Each open list level: where its items start on the page, and where their text
        # starts in the Markdown.
        self.list_levels: list[tuple[float, int]] = []

    # -- blocks --------------------------------------------------------------------------------

    def page(self, flow: list[Fragment | Table]) -> None:
        first = True
        for item in flow:
            if isinstance(item, Table):
                self._table(item)
                continue
            if self.contents and not self._contents_entry(item, first):
                self.contents = False
            if not self.contents:
                self._line(item, first)
            first = False

    def _table(self, table: Table) -> None:
        last = self.blocks[-1] if self.blocks else None
        if (
            isinstance(last, Table)
            and last.page + 1 == table.page
            and len(last.columns) == len(table.columns)
            and all(abs(a - b) < 2 for a, b in zip(last.columns, table.columns, strict=True))
        ):
            header = [" ".join(f.text for f in cell) for cell in last.rows[0]]
            rows = table.rows
            if rows and [" ".join(f.text for f in cell) for cell in rows[0]] == header:
                rows = rows[1:]
            if rows and not rows[0][0] and any(rows[0]):  # a row broken over the page
                for cell, more in zip(last.rows[-1], rows.pop(0), strict=True):
                    cell.extend(more)
            last.rows.extend(rows)
            last.page = table.page
            return
        self.blocks.append(table)
        self.contents = False

    def _contents_entry(self, fragment: Fragment, first: bool) -> bool:
        """Add a line of a contents page; False when the contents have ended."""
        block = self.blocks[-1]
        assert isinstance(block, _Block)
        if first and not _LEADER.search(fragment.text):
            return False
        same_line = block.lines[-1].page == fragment.page and block.lines[-1].line == fragment.line
        if block.kind == "contents" and (same_line or not _LEADER.search(_joined(block.lines))):
            block.lines.append(fragment)
        else:
            self.blocks.append(_Block("contents", [fragment]))
        return True

    def _line(self, fragment: Fragment, first_on_page: bool) -> None:
        last = self.blocks[-1] if self.blocks else None
        if isinstance(last, _Block) and self._continues(last, fragment, first_on_page):
            last.lines.append(fragment)
            return
        style = _style(fragment)
        marker = _list_marker(fragment.text)
        numbered_heading = marker is None or _HEADING_NUMBER.match(fragment.text)
        if _heading_style(fragment, self.layout) and numbered_heading:
            block = _Block("heading", [fragment], style=style)
        elif marker:
            block = _Block("item", [fragment], marker[0], style=style, skip=marker[1])
        else:
            block = _Block("paragraph", [fragment], style=style)
        self.blocks.append(block)
        if contents_entry_key(fragment.text) in CONTENTS_TITLES and len(fragment.text.split()) < 4:
            block.kind = "heading"
            self.contents = True

    def _continues(self, block: _Block, fragment: Fragment, first_on_page: bool) -> bool:
        previous = block.lines[-1]
        layout = self.layout
        style = _style(fragment)
        if block.kind == "heading":
            return (
                style == block.style
                and previous.page == fragment.page
                and 0 < fragment.baseline - previous.baseline <= 1.6 * fragment.size
            )
        if _heading_style(fragment, layout) and not _heading_style(previous, layout):
            return False
        if abs(style[0] - block.style[0]) >= 0.75 or _list_marker(fragment.text):
            return False
        em = fragment.size
        if first_on_page:
            full = previous.x1 >= layout.right.get(previous.page, 0.0) - 4 * em
            return (
                previous.page + 1 == fragment.page
                and full
                and fragment.x0 <= block.lines[0].x0 + em * 2
            )
        step = fragment.baseline - previous.baseline
        if not 0 < step <= max(layout.line_step, em) * 1.3:
            return False
        if block.kind == "item":
            return fragment.x0 > block.lines[0].x0 + em * 0.5 or abs(fragment.x0 - previous.x0) < em
        return fragment.x0 <= previous.x0 + em or len(block.lines) == 1

    # -- headings ------------------------------------------------------------------------------

    def _levels(self) -> None:
        headings = [b for b in self.blocks if isinstance(b, _Block) and b.kind == "heading"]
        for block in headings:
            text = _joined(block.lines)
            words = len(text.split())
            contents = contents_entry_key(text) in CONTENTS_TITLES
            larger = block.style[0] >= self.layout.body_size + 0.75
            if not contents and (
                not any(c.isalpha() for c in text)
                or words > (_MAX_HEADING_WORDS if larger else _MAX_BOLD_HEADING_WORDS)
                or (not larger and text[-1] in _SENTENCE_END)
            ):
                block.kind = "paragraph"
        headings = [b for b in headings if b.kind == "heading"]
        for block in headings:
            if contents_entry_key(_joined(block.lines)) in CONTENTS_TITLES:
                block.level = 2
        headings = [b for b in headings if not b.level]
        if not headings:
            self._numbered_headings()
            return
        ranks = sorted({b.style for b in headings}, key=lambda s: (-s[0], not s[1], s[2]))
        for block in headings:
            block.level = ranks.index(block.style) + 1
        numbered = [(b, _HEADING_NUMBER.match(_joined(b.lines))) for b in headings]
        tops = [b.level for b, n in numbered if n and "." not in n.group(1)]
        if tops:
            base = min(tops)
            for block, number in numbered:
                if number:
                    block.level = max(block.level, base + number.group(1).count("."))
        for block in headings:
            block.level = min(block.level, 6)

    def _numbered_headings(self) -> None:
        for block in self.blocks:
            if isinstance(block, _Block) and block.kind in ("paragraph", "heading"):
                level = (
                    marked_heading_level(_joined(block.lines)) if len(block.lines) == 1 else None
                )
                if level or contents_entry_key(_joined(block.lines)) in CONTENTS_TITLES:
                    block.kind, block.level = "heading", level or 2
                else:
                    block.kind = "paragraph"

    # -- Markdown ------------------------------------------------------------------------------

    def markdown(self) -> str:
        self._levels()
        for block in self.blocks:
            if isinstance(block, Table):
                self.list_levels.clear()
                self._write_table(block)
            elif block.kind == "contents":
                self.list_levels.clear()
                self._write_contents(block)
            else:
                self._write_block(block)
        return "".join(self.parts)

    def _raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _text(self, fragment: Fragment, start: int = 0, end: int | None = None) -> None:
        """Write a fragment's text (escaped), recording where each character came from."""
        text = fragment.text[start:end]
        columns = fragment.columns[start:end]
        for piece, index in escaped_pieces(text):
            run = 0
            for offset in range(1, len(piece) + 1):
                if (
                    offset == len(piece)
                    or columns[index + offset] != columns[index + offset - 1] + 1
                ):
                    origin = Origin(columns[index + run], page=fragment.page, line=fragment.line)
                    self.segments.append((self.length, origin, offset - run))
                    self._raw(piece[run:offset])
                    run = offset

    def _mark(self, fragment: Fragment) -> None:
        origin = Origin(fragment.columns[0], page=fragment.page, line=fragment.line)
        self.segments.append((self.length, origin, 0))

    def _lines(
        self, lines: list[Fragment], skip: int = 0, cell: tuple[float, float] | None = None
    ) -> None:
        """Write lines joined by spaces, or by nothing where a line ends inside a word.

        ``cell`` is the left and right border of the table cell that holds the lines.
        """
        for index, fragment in enumerate(lines):
            start = skip if index == 0 else 0
            end = len(fragment.text) - fragment.text.endswith("\xad")
            if index and not _run_on(lines, index, cell):
                self._raw(" ")
            self._text(fragment, start, end)

    def _write_block(self, block: _Block) -> None:
        self._mark(block.lines[0])
        if block.kind == "item":
            self._raw(self._list_indent(block.lines[0], block.marker) + block.marker)
        else:
            self.list_levels.clear()
            if block.kind == "heading":
                self._raw("#" * block.level + " ")
        self._lines(block.lines, block.skip)
        self._raw("\n\n")

    def _list_indent(self, first: Fragment, marker: str) -> str:
        """The indent that nests a list item under the items set further left before it.

        An item set at least half an em right of the item before it is one level below it;
        one set level with an earlier item is that item's sibling.
        """
        tolerance = first.size / 2
        levels = self.list_levels
        while levels and levels[-1][0] > first.x0 + tolerance:
            levels.pop()
        if levels and levels[-1][0] >= first.x0 - tolerance:
            levels.pop()
        indent = levels[-1][1] if levels else 0
        levels.append((first.x0, indent + len(marker)))
        return " " * indent

    def _write_contents(self, block: _Block) -> None:
        leader = _LEADER.search(_joined(block.lines))
        cut = leader.start() if leader else len(_joined(block.lines))
        self._mark(block.lines[0])
        self._raw("- ")
        offset = 0
        for fragment in block.lines:
            if offset >= cut:
                break
            self._raw(" " if offset else "")
            self._text(fragment, 0, min(len(fragment.text), cut - offset))
            offset += len(fragment.text) + 1
        self._raw("\n\n")

    def _write_table(self, table: Table) -> None:
        width = max(len(row) for row in table.rows)
        for index, row in enumerate(table.rows):
            for column, cell in enumerate([*row, *[[]] * (width - len(row))]):
                self._raw("| ")
                if column + 1 < len(table.columns):
                    self._lines(cell, cell=(table.columns[column], table.columns[column + 1]))
                self._raw(" ")
            self._raw("|\n")
            if index == 0:
                self._raw("|" + " --- |" * width + "\n")
        self._raw("\n")


def _joined(lines: list[Fragment]) -> str:
    return " ".join(f.text for f in lines).strip()


def _style(fragment: Fragment) -> tuple[float, bool, bool]:
    """Size (to half a point), bold, italic: what tells heading levels apart."""
    return round(fragment.size * 2) / 2, fragment.bold, fragment.italic


def _run_on(lines: list[Fragment], index: int, cell: tuple[float, float] | None) -> bool:
    """Whether line ``index`` continues the word that ends the line before it.

    After a hyphen that ends a word it does (the hyphen is kept). In a table cell, a lone word
    that fills the cell so that not even the next line's first letter would have fitted was
    broken for the cell's width ("Recommen" + "dation"), as word processors do with a word
    wider than its cell. A complete word that leaves less room than one letter reads as joined
    to the next line's word: the page cannot tell the two apart.
    """
    previous, fragment = lines[index - 1], lines[index]
    text = previous.text
    if text.endswith(("\xad", "-")) and text[-2:-1].isalpha():
        return True
    if cell is None or " " in text or "-" in text:  # a word processor breaks there first
        return False
    if not (text[-1].isalpha() and fragment.text[0].islower()):
        return False
    left, right = cell
    padding = max(0.0, min(line.x0 for line in lines) - left)
    first, last = fragment.edges[0]
    return previous.x1 + (last - first) > right - padding + 0.5
