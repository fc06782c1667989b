"""Word (.docx) reader: the document is written out as Markdown and read by the Markdown reader.

Every rule then sees the same structure as for a ``.md`` report. Headings come from heading
styles (Title, Heading 1-6, styles based on them) and outline levels; a document with none of
those gets headings from numbering and formatting instead (a numbered or ALL-CAPS short line,
as the plain-text reader finds them, or a short line that is bold throughout). List paragraphs
become ``-`` or numbered items, tables become Markdown tables (the first row as header).
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

from scrlint.document.markdown import read_markdown
from scrlint.document.model import Document, Origin, OriginMap
from scrlint.document.text import marked_heading_level as numbered_heading_level
from scrlint.errors import InputError

# A .docx larger than this many times its size when unpacked is refused as a zip bomb.
UNPACKED_RATIO = 50
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_BOLD_HEADING_WORDS = 12
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Not text, or text that accepting the tracked changes removes.
_SKIPPED = frozenset(
    qn(tag)
    for tag in (
        "w:del",
        "w:moveFrom",
        "w:delText",
        "w:instrText",
        "w:delInstrText",
        "w:txbxContent",
        "w:pPr",
        "w:rPr",
        "w:footnoteReference",
        "w:endnoteReference",
        "w:commentReference",
    )
) | {_MC_FALLBACK}
_CHARACTERS = {
    qn("w:tab"): " ",
    qn("w:br"): " ",
    qn("w:cr"): " ",
    qn("w:noBreakHyphen"): "-",
    qn("w:softHyphen"): "",
}
_T = qn("w:t")
_P = qn("w:p")
_TBL = qn("w:tbl")
_TR = qn("w:tr")
_TC = qn("w:tc")
_CONTAINERS = frozenset(qn(tag) for tag in ("w:sdt", "w:sdtContent", "w:customXml", "w:ins"))
_HEADING_STYLE = re.compile(r"^heading ([1-9])$", re.IGNORECASE)
_ESCAPED = re.compile(r"[\\`*_\[\]<>&|#~!]")
_LINE_START = re.compile(r"^(?:[-+=]|\d+(?=[.)]))")
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
    document.origins = OriginMap(writer.segments)
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


def _escape(text: str) -> Iterator[tuple[str, int]]:
    """Yield Markdown pieces for ``text`` with the index of the character each one starts at."""
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


def _text(element: etree._Element) -> str:
    """Return an element's text as if its tracked changes were accepted."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == _T:
                parts.append(child.text or "")
            elif tag in _CHARACTERS:
                parts.append(_CHARACTERS[tag])
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _chain(style: CharacterStyle | None) -> Iterator[CharacterStyle]:
    seen = 0
    while style is not None and seen < 20:  # NOTE: a style may name itself as its base
        yield style
        style = style.base_style
        seen += 1


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
        self.counters: dict[tuple[str, int], int] = {}
        self.styled_headings = any(self._styled_level(p) for p in word.paragraphs)
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
        for piece, index in _escape(text):
            self.segments.append((self.length, Origin(first + index, paragraph), len(piece)))
            self._raw(piece)

    # -- body ----------------------------------------------------------------------------------

    def write_body(self) -> None:
        self._blocks(self.word.element.body)

    def _blocks(self, parent: etree._Element) -> None:
        for child in parent:
            if child.tag == _P:
                self.paragraph += 1
                self._paragraph(Paragraph(child, self.word._body))
            elif child.tag == _TBL:
                self._table(child)
            elif child.tag in _CONTAINERS:
                self._blocks(child)

    def _paragraph(self, paragraph: Paragraph) -> None:
        raw = _text(paragraph._p)
        text = raw.strip()
        if not text:
            return
        first = raw.index(text[0]) + 1
        number = self._numbering(paragraph)
        level = self._heading_level(paragraph, text, number)
        self.segments.append((self.length, Origin(first, self.paragraph), 0))  # markup before it
        if level:
            self._raw("#" * level + " ")
        elif number is not None:
            self._raw(self._marker(*number))
        self._text(text, self.paragraph, first)
        self._raw("\n\n")

    def _table(self, table: etree._Element) -> None:
        rows: list[list[list[tuple[str, int, int]]]] = []
        for tr in table.iter(_TR):
            if tr.find(f"{qn('w:trPr')}/{qn('w:del')}") is not None:
                continue
            row: list[list[tuple[str, int, int]]] = []
            for tc in tr.iterchildren(_TC):
                cell: list[tuple[str, int, int]] = []
                for p in tc.iter(_P):
                    self.paragraph += 1
                    raw = _text(p)
                    text = raw.strip()
                    if text:
                        cell.append((text, self.paragraph, raw.index(text[0]) + 1))
                row.append(cell)
            rows.append(row)
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

    @staticmethod
    def _styled_level(paragraph: Paragraph) -> int | None:
        """The level given by a heading style or an outline level, else None."""
        try:
            styles = list(_chain(paragraph.style))
        except (KeyError, ValueError):
            styles = []
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

    @staticmethod
    def _bold_throughout(paragraph: Paragraph) -> bool:
        try:
            styles = list(_chain(paragraph.style))
        except (KeyError, ValueError):
            styles = []
        style_bold = next((s.font.bold for s in styles if s.font.bold is not None), False)
        runs = [r for r in paragraph._p.iter(qn("w:r")) if _text(r).strip()]
        for run in runs:
            if any(a.tag in (qn("w:del"), qn("w:moveFrom")) for a in run.iterancestors()):
                continue
            bold = _on(run.find(f"{qn('w:rPr')}/{qn('w:b')}"))
            if not (style_bold if bold is None else bold):
                return False
        return bool(runs)

    def _numbering(self, paragraph: Paragraph) -> tuple[str, int] | None:
        """(numbering id, level) of a numbered or bulleted paragraph, else None."""
        try:
            styles = list(_chain(paragraph.style))
        except (KeyError, ValueError):
            styles = []
        for element in [paragraph._p, *(s.element for s in styles)]:
            num_pr = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is None:
                continue
            num_id = num_pr.find(qn("w:numId"))
            ilvl = num_pr.find(qn("w:ilvl"))
            value = num_id.get(qn("w:val"), "0") if num_id is not None else "0"
            if value == "0":
                return None
            return value, int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
        names = [(s.name or "").lower() for s in styles]
        if any(n.startswith("list bullet") for n in names):
            return "bullet", 0
        if any(n.startswith("list number") for n in names):
            return "number", 0
        return None

    def _format(self, num_id: str, level: int) -> tuple[str, int]:
        """The number format and start value of a numbering level."""
        if num_id in ("bullet", "number") or self.numbering is None:
            return ("bullet" if num_id == "bullet" else "decimal"), 1
        abstract = next(
            (
                a.get(qn("w:val"))
                for num in self.numbering.iterchildren(qn("w:num"))
                if num.get(qn("w:numId")) == num_id
                for a in num.iterchildren(qn("w:abstractNumId"))
            ),
            None,
        )
        lvl = [
            lvl
            for definition in self.numbering.iterchildren(qn("w:abstractNum"))
            if abstract is not None and definition.get(qn("w:abstractNumId")) == abstract
            for lvl in definition.iterchildren(qn("w:lvl"))
            if lvl.get(qn("w:ilvl")) == str(level)
        ]
        if not lvl:
            return "decimal", 1
        fmt = lvl[0].find(f"{qn('w:numFmt')}")
        start = lvl[0].find(f"{qn('w:start')}")
        return (
            fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
            int(start.get(qn("w:val"), "1")) if start is not None else 1,
        )

    def _marker(self, num_id: str, level: int) -> str:
        fmt, start = self._format(num_id, level)
        if fmt in ("bullet", "none"):
            return "- "
        for key in [k for k in self.counters if k[0] == num_id and k[1] > level]:
            del self.counters[key]
        count = self.counters.get((num_id, level), start - 1) + 1
        self.counters[(num_id, level)] = count
        return f"{count}. "
