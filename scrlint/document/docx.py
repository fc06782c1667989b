"""Word (.docx) reader: the document is written out as Markdown and read by the Markdown reader.

Every rule then sees the same structure as for a ``.md`` report. Headings come from heading
styles (Title, Heading 1-6, styles based on them) and outline levels; a document with none of
those gets headings from numbering and formatting instead (a numbered or ALL-CAPS short line,
as the plain-text reader finds them, or a short line that is bold throughout). List paragraphs
become ``-`` or numbered items (a list that starts again keeps its number), paragraphs in the
Quote styles become block quotations, tables become Markdown tables (the first row as header).
Tracked changes are read as if accepted: inserted text is kept, deleted text dropped. Comments,
text boxes, headers, footers and footnotes are not read (python-docx exposes no footnotes).

The Document keeps an OriginMap from Markdown offsets to (paragraph, character) in the Word
file: paragraphs are counted from 1 in reading order over the whole body, empty ones and those
in table cells included.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.styles.style import CharacterStyle
from docx.text.paragraph import Paragraph
from lxml import etree

from scrlint.document.docx_body import Table, body_blocks, note_references, paragraph_text
from scrlint.document.docx_notes import read_notes
from scrlint.document.markdown import read_markdown
from scrlint.document.markdown_escape import escaped_pieces
from scrlint.document.model import Document, Origin, OriginMap
from scrlint.document.text import marked_heading_level as numbered_heading_level
from scrlint.errors import InputError

# A .docx larger than this many times its size when unpacked is refused as a zip bomb.
UNPACKED_RATIO = 50
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_BOLD_HEADING_WORDS = 12
_QUOTE_STYLES = frozenset({"quote", "intense quote"})
_LIST_STYLE_LEVEL = re.compile(r"^list (?:bullet|number) ([2-9])$", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^heading ([1-9])$", re.IGNORECASE)
_SENTENCE_END = ".,;:"


def read_docx(path: str, data: bytes, max_file_size: int) -> Document:
    """Parse a Word document given as bytes.

    Args:
        path: the name shown in findings.
        data: the file's bytes.
        max_file_size: the configured size limit; the unpacked size may be up to
            ``UNPACKED_RATIO`` times the file size or this limit, whichever is larger.

    Raises:
        InputError: the file is an old .doc, password-protected, corrupt, or a zip bomb.
    """
    word = _open(data, max(UNPACKED_RATIO * len(data), max_file_size))
    writer = _MarkdownWriter(word)
    try:
        writer.write_body()
    except (KeyError, ValueError, etree.LxmlError):
        raise InputError("not a valid Word document (.docx): its content is broken") from None
    document = read_markdown(path, writer.markdown())
    document.kind = "docx"
    document.origins = OriginMap(writer.segments, writer.texts)
    return document


def _open(data: bytes, max_unpacked: int) -> docx.document.Document:
    if data.startswith(_OLE_SIGNATURE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(
                "the Word document is password-protected; remove the password and save it again"
            )
        raise InputError("an old binary Word document (.doc); open it in Word and save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(
            "not a valid Word document (.docx): the file is not a zip archive"
        ) from None
    if unpacked > max_unpacked:
        raise InputError(
            f"the Word document unpacks to {unpacked} bytes, over the limit of {max_unpacked}; "
            "refused as a possible zip bomb"
        )
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError):
        raise InputError(
            "not a valid Word document (.docx): its parts are missing or broken"
        ) from None


def _chain(style: CharacterStyle | None) -> Iterator[CharacterStyle]:
    seen = 0
    while style is not None and seen < 20:  # NOTE: a style may name itself as its base
        yield style
        style = style.base_style
        seen += 1


def _first_value(elements: list[etree._Element], tag: str) -> str | None:
    """The ``w:val`` of the first numbering property ``tag`` set on any of ``elements``."""
    path = f"{qn('w:pPr')}/{qn('w:numPr')}/{qn(tag)}"
    for element in elements:
        found = element.find(path)
        if found is not None:
            return str(found.get(qn("w:val"), "0"))
    return None


def _on(element: etree._Element | None) -> bool | None:
    if element is None:
        return None
    return element.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


class _MarkdownWriter:
    """Writes a Word body as Markdown, recording where each piece of text came from."""

    def __init__(self, word: docx.document.Document) -> None:
        self.word = word
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[tuple[int, Origin, int]] = []
        self.paragraph = 0
        self.counters: dict[tuple[str, int], int] = {}  # by (list counted in, level)
        self.restarted: set[tuple[str, int]] = set()  # lists whose start override was used
        self.list_columns: list[int] = []  # where each open list level's text starts
        self.chains: dict[str | None, tuple[CharacterStyle, ...]] = {}
        self.styled_headings = any(self._styled_level(p) for p in word.paragraphs)
        self.notes = read_notes(word)
        self.texts: dict[str, str] = {}  # each paragraph's text, by "¶N"
        try:
            self.numbering: etree._Element | None = word.part.numbering_part.element
        except (KeyError, NotImplementedError):  # python-docx's way of saying "no numbering part"
            self.numbering = None

    def markdown(self) -> str:
        return "".join(self.parts)

    def _raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _text(self, text: str, paragraph: int, first: int) -> None:
        self.segments.append((self.length, Origin(first, paragraph), 0))
        for piece, index in escaped_pieces(text):
            self.segments.append((self.length, Origin(first + index, paragraph), len(piece)))
            self._raw(piece)

    # -- body ----------------------------------------------------------------------------------

    def write_body(self) -> None:
        for block in body_blocks(self.word.element.body):
            if isinstance(block, list):
                self._table(block)
            else:
                self._paragraph(Paragraph(block, self.word._body))

    def _read(self, element: etree._Element) -> tuple[str, int]:
        """Number the next paragraph; return its stripped text and its first character."""
        self.paragraph += 1
        raw = paragraph_text(element)
        text = raw.strip()
        if text:
            self.texts[f"¶{self.paragraph}"] = raw
        return text, raw.index(text[0]) + 1 if text else 0

    def _paragraph(self, paragraph: Paragraph) -> None:
        text, first = self._read(paragraph._p)
        if not text:
            return
        number = self._numbering(paragraph)
        level = self._heading_level(paragraph, text, number)
        self.segments.append((self.length, Origin(first, self.paragraph), 0))  # markup before it
        if number is not None and not level:
            marker = self._marker(*number)
            self._raw(self._list_indent(self._depth(paragraph, number[1]), marker) + marker)
        else:
            self.list_columns.clear()
            if level:
                self._raw("#" * level + " ")
            elif self._is_quotation(paragraph):
                self._raw("> ")
        self._text(text, self.paragraph, first)
        self._raw("\n\n")
        self._notes(paragraph._p)

    def _notes(self, paragraph: etree._Element) -> None:
        """Write the notes a paragraph cites after it; their text points at the reference."""
        for before, note in note_references(paragraph):
            if note in self.notes:
                self.segments.append((self.length, Origin(before + 1, self.paragraph), 0))
                for piece, _ in escaped_pieces(self.notes[note]):
                    self._raw(piece)
                self._raw("\n\n")

    def _table(self, table: Table) -> None:
        rows: list[list[list[tuple[str, int, int]]]] = []
        for row in table:
            cells: list[list[tuple[str, int, int]]] = []
            for cell in row:
                texts = [(*self._read(p), self.paragraph) for p in cell]
                cells.append([(text, paragraph, first) for text, first, paragraph in texts if text])
            rows.append(cells)
        if not rows:
            return
        width = max(len(row) for row in rows)
        for index, row in enumerate(rows):
            for cell in [*row, *[[]] * (width - len(row))]:
                self._raw("| ")
                for n, (text, paragraph, first) in enumerate(cell):
                    self._raw(" " if n else "")
                    self._text(text, paragraph, first)
                self._raw(" ")
            self._raw("|\n")
            if index == 0:
                self._raw("|" + " --- |" * width + "\n")
        self._raw("\n")

    # -- headings and lists --------------------------------------------------------------------

    def _styles(self, paragraph: Paragraph) -> tuple[CharacterStyle, ...]:
        """The paragraph's style and those it is based on, looked up once per style id.

        python-docx finds a paragraph's default style by scanning every style, which took
        90% of the time to read a long report.
        """
        style_id = paragraph._p.style
        if style_id not in self.chains:
            try:
                self.chains[style_id] = tuple(_chain(paragraph.style))
            except (KeyError, ValueError):
                self.chains[style_id] = ()
        return self.chains[style_id]

    def _is_quotation(self, paragraph: Paragraph) -> bool:
        """Whether the paragraph has Word's Quote or Intense Quote style (or one based on them)."""
        return any((s.name or "").lower() in _QUOTE_STYLES for s in self._styles(paragraph))

    def _styled_level(self, paragraph: Paragraph) -> int | None:
        """The level given by a heading style or an outline level, else None."""
        styles = self._styles(paragraph)
        for style in styles:
            name = style.name or ""
            if name.lower() == "title":
                return 1
            match = _HEADING_STYLE.match(name)
            if match:
                return min(int(match.group(1)), 6)
        for element in [paragraph._p, *(s.element for s in styles)]:
            outline = element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if outline is not None:
                value = int(outline.get(qn("w:val"), "9"))
                return min(value + 1, 6) if value < 9 else None
        return None

    def _heading_level(
        self, paragraph: Paragraph, text: str, number: tuple[str, int] | None
    ) -> int | None:
        level = self._styled_level(paragraph)
        if level or self.styled_headings:
            return level
        if number is None:
            level = numbered_heading_level(text)
            if level:
                return level
        bold = (
            len(text.split()) <= _MAX_BOLD_HEADING_WORDS
            and text[-1] not in _SENTENCE_END
            and self._bold_throughout(paragraph)
        )
        if not bold:
            return None
        return 2 + (number[1] if number else 0)

    def _bold_throughout(self, paragraph: Paragraph) -> bool:
        styles = self._styles(paragraph)
        style_bold = next((s.font.bold for s in styles if s.font.bold is not None), False)
        runs = [r for r in paragraph._p.iter(qn("w:r")) if paragraph_text(r).strip()]
        for run in runs:
            if any(a.tag in (qn("w:del"), qn("w:moveFrom")) for a in run.iterancestors()):
                continue
            bold = _on(run.find(f"{qn('w:rPr')}/{qn('w:b')}"))
            if not (style_bold if bold is None else bold):
                return False
        return bool(runs)

    def _numbering(self, paragraph: Paragraph) -> tuple[str, int] | None:
        """(numbering id, level) of a numbered or bulleted paragraph, else None."""
        styles = self._styles(paragraph)
        # The paragraph's own numbering wins; what it leaves out (often the list, when only
        # the level is set) comes from its style.
        elements = [paragraph._p, *(s.element for s in styles)]
        num_id = _first_value(elements, "w:numId")
        if num_id is not None:
            return None if num_id == "0" else (num_id, int(_first_value(elements, "w:ilvl") or 0))
        names = [(s.name or "").lower() for s in styles]
        if any(n.startswith("list bullet") for n in names):
            return "bullet", 0
        if any(n.startswith("list number") for n in names):
            return "number", 0
        return None

    def _depth(self, paragraph: Paragraph, level: int) -> int:
        """How deep a list item is nested: its numbering level, else its style's ("List
        Bullet 2" is one level down), as Word writes lists either way."""
        if level:
            return level
        for style in self._styles(paragraph):
            match = _LIST_STYLE_LEVEL.match(style.name or "")
            if match:
                return int(match.group(1)) - 1
        return 0

    def _list_indent(self, depth: int, marker: str) -> str:
        """The indent that nests an item ``depth`` levels down under the items before it.

        A level cannot be skipped: an item two levels below the last is nested one level.
        """
        del self.list_columns[depth:]
        indent = self.list_columns[-1] if self.list_columns else 0
        self.list_columns.append(indent + len(marker))
        return " " * indent

    def _format(self, num_id: str, level: int) -> tuple[str, str, int, bool]:
        """A numbering level's format, the list it counts in, its start, and whether it
        starts again there.

        Lists that share an abstract definition count on from one another, as Word and
        LibreOffice number them, unless a list overrides its level's start ("4." after a
        paragraph, or "1." for a new list).
        """
        if num_id in ("bullet", "number") or self.numbering is None:
            return ("bullet" if num_id == "bullet" else "decimal"), num_id, 1, False
        num = next(
            (n for n in self.numbering.iterchildren(qn("w:num")) if n.get(qn("w:numId")) == num_id),
            None,
        )
        if num is None:
            return "decimal", num_id, 1, False
        reference = num.find(qn("w:abstractNumId"))
        abstract = reference.get(qn("w:val")) if reference is not None else None
        restart = num.find(
            f"{qn('w:lvlOverride')}[@{qn('w:ilvl')}='{level}']/{qn('w:startOverride')}"
        )
        lvl = [
            lvl
            for definition in self.numbering.iterchildren(qn("w:abstractNum"))
            if abstract is not None and definition.get(qn("w:abstractNumId")) == abstract
            for lvl in definition.iterchildren(qn("w:lvl"))
            if lvl.get(qn("w:ilvl")) == str(level)
        ]
        fmt = lvl[0].find(qn("w:numFmt")) if lvl else None
        start = restart if restart is not None else lvl[0].find(qn("w:start")) if lvl else None
        return (
            fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
            f"abstract:{abstract}" if abstract is not None else num_id,
            int(start.get(qn("w:val"), "1")) if start is not None else 1,
            restart is not None,
        )

    def _marker(self, num_id: str, level: int) -> str:
        fmt, counted_in, start, restarts = self._format(num_id, level)
        if fmt in ("bullet", "none"):
            return "- "
        for key in [k for k in self.counters if k[0] == counted_in and k[1] > level]:
            del self.counters[key]
        if restarts and (num_id, level) not in self.restarted:
            self.restarted.add((num_id, level))
            self.counters.pop((counted_in, level), None)
        count = self.counters.get((counted_in, level), start - 1) + 1
        self.counters[(counted_in, level)] = count
        return f"{count}. "
