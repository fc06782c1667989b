"""PDF pages as text lines with their layout (position, font size, bold) and ruling lines.

PDFium (pypdfium2) is used because it reads characters with positions and fonts in C: about
a hundredth of a second per page, where pdfminer-based readers take ten times as long. PDFium
is not thread-safe, so every call into it holds one lock.

Characters are read in content-stream order, which is reading order for the usual producers,
and cut into fragments at a line change or a gap wider than two em (a table column, a tab
stop). Rotated text (a diagonal "DRAFT" watermark, a vertical margin label) is not read.
Fragments on the same baseline share a visual line; lines are numbered down each page from 1,
headers and footers included, and a character's column counts through its whole visual line.
"""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass, field

from scrlint.errors import InputError

MAX_PAGES = 5000
_LOCK = threading.Lock()
_GAP_EMS = 2.0
_WORD_GAP_EMS = 0.25  # a gap this wide between two characters is a space, drawn or not
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demibold", "demi")
_FORCE_BOLD_FLAG = 1 << 18
_BULLET_GLYPHS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•"}
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_MAX_SEGMENTS_PER_PAGE = 20000


@dataclass(slots=True)
class Fragment:
    """A run of text on one baseline: its characters, each with its column on the page line."""

    page: int
    text: str
    columns: list[int]  # per character of ``text``; placeholders until lines are numbered
    x0: float
    x1: float
    top: float  # distances from the top of the page
    bottom: float
    baseline: float
    size: float
    bold: bool
    italic: bool
    edges: list[tuple[float, float]] = field(repr=False)  # left and right of each character
    line: int = 0

    def centre(self, index: int) -> float:
        left, right = self.edges[index]
        return (left + right) / 2


@dataclass(frozen=True, slots=True)
class _Font:
    upright: bool
    bold: bool
    italic: bool


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    fragments: list[Fragment]
    # ruling segments (x0, y0, x1, y1) from the top of the page; horizontal or vertical
    rules: list[tuple[float, float, float, float]]


def read_pages(data: bytes, max_text: int) -> list[Page]:
    """Read every page's text fragments and ruling lines.

    Raises:
        InputError: not a PDF, corrupt, password-protected, too many pages, or more text than
            ``max_text`` characters.
    """
    import pypdfium2 as pdfium  # lazily: only PDF input pays for loading PDFium

    if b"%PDF-" not in data[:1024]:
        raise InputError("not a PDF file: it does not start with a PDF header")
    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if error.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
                raise InputError(
                    "the PDF is password-protected; remove the password and export it again"
                ) from None
            raise InputError("not a valid PDF: the file is damaged or truncated") from None
        try:
            count = len(document)
            if count > MAX_PAGES:
                raise InputError(
                    f"the PDF has {count} pages, over the limit of {MAX_PAGES}; refused as "
                    "too large to be a report"
                )
            reader = _PageReader(max_text)
            return [reader.page(document, index) for index in range(count)]
        except pdfium.PdfiumError:
            raise InputError("not a valid PDF: a page is damaged") from None
        finally:
            document.close()


class _PageReader:
    def __init__(self, max_text: int) -> None:
        self.max_text = max_text
        self.total = 0

    def page(self, document: object, index: int) -> Page:
        import pypdfium2 as pdfium

        assert isinstance(document, pdfium.PdfDocument)
        page = document[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                count = textpage.count_chars()
                self.total += count
                if self.total > self.max_text:
                    raise InputError(
                        f"the PDF holds more than {self.max_text} characters of text, over the "
                        "max-file-size limit; refused as too large"
                    )
                fragments = _fragments(textpage, index + 1, count, height)
            finally:
                textpage.close()
            rules = _rules(page, height)
        finally:
            page.close()
        _number_lines(fragments)
        return Page(index + 1, width, height, fragments, rules)


class _Builder:
    """Collects characters into a fragment."""

    def __init__(self, page: int) -> None:
        self.page = page
        self.done: list[Fragment] = []
        self.chars: list[str] = []
        self.edges: list[tuple[float, float]] = []
        self.sizes: dict[float, int] = {}
        self.bold = self.italic = True
        self.x0 = self.x1 = self.top = self.bottom = self.baseline = 0.0
        self.space = False

    def add(
        self, text: str, box: tuple[float, float, float, float], size: float, font: _Font
    ) -> None:
        left, top, right, bottom = box
        if self.chars:
            em = max(size, 1.0)
            if (
                abs(bottom - self.baseline) > 0.5 * em
                or left < self.x1 - em
                or left - self.x1 > _GAP_EMS * em
            ):
                self.close()
        if not self.chars:
            self.x0, self.top, self.bottom, self.baseline = left, top, bottom, bottom
        elif self.space or left - self.x1 > _WORD_GAP_EMS * max(size, 1.0):
            self.chars.append(" ")
            self.edges.append((self.x1, left))
        self.space = False
        for char in text:
            self.chars.append(char)
            self.edges.append((left, right))
        self.x1 = max(self.x1, right) if len(self.chars) > len(text) else right
        self.top, self.bottom = min(self.top, top), max(self.bottom, bottom)
        self.sizes[round(size, 1)] = self.sizes.get(round(size, 1), 0) + 1
        self.bold = self.bold and font.bold
        self.italic = self.italic and font.italic

    def close(self) -> None:
        if self.chars:
            size = max(self.sizes.items(), key=lambda item: (item[1], item[0]))[0]
            text = "".join(self.chars)
            self.done.append(
                Fragment(
                    self.page,
                    text,
                    [0] * len(text),
                    self.x0,
                    self.x1,
                    self.top,
                    self.bottom,
                    self.baseline,
                    size,
                    self.bold,
                    self.italic,
                    self.edges,
                )
            )
        self.chars, self.edges, self.sizes = [], [], {}
        self.bold = self.italic = True
        self.space = False


def _fragments(textpage: object, page: int, count: int, height: float) -> list[Fragment]:
    import pypdfium2.raw as raw

    handle = textpage.raw  # type: ignore[attr-defined]
    rect = raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    fonts: dict[int | None, _Font] = {}
    builder = _Builder(page)
    # Bound once: this loop runs for every character of the report.
    unicode_of, object_of = raw.FPDFText_GetUnicode, raw.FPDFText_GetTextObject
    box_of, size_of = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    address = ctypes.c_void_p
    for index in range(count):
        code = unicode_of(handle, index)
        char = chr(code) if 0 < code < 0x110000 else "\ufffd"
        if char in "\r\n":
            builder.close()
            continue
        if char.isspace():
            builder.space = bool(builder.chars)
            continue
        if char == "\x02":  # PDFium's mark for a hyphen drawn at a line end
            char = "-"
        elif ord(char) < 32:
            continue
        obj = object_of(handle, index)
        key = ctypes.cast(obj, address).value
        style = fonts.get(key)
        if style is None:
            style = fonts[key] = _style(obj)
        if not style.upright or not box_of(handle, index, rect_ref):
            continue
        builder.add(
            _LIGATURES.get(char) or _BULLET_GLYPHS.get(char) or char,
            (rect.left, height - rect.top, rect.right, height - rect.bottom),
            size_of(handle, index),
            style,
        )
    builder.close()
    return builder.done


def _style(obj: object) -> _Font:
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    upright = True
    if raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        upright = abs(matrix.b) < 1e-3 and abs(matrix.c) < 1e-3 and matrix.a > 0 and matrix.d > 0
    font = raw.FPDFTextObj_GetFont(obj)
    if not font:
        return _Font(upright, False, False)
    length = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    raw.FPDFFont_GetBaseFontName(font, buffer, length)
    name = buffer.value.decode("latin-1").lower()
    bold = (
        any(word in name for word in _BOLD_NAMES)
        or raw.FPDFFont_GetWeight(font) >= 600
        or bool(raw.FPDFFont_GetFlags(font) & _FORCE_BOLD_FLAG)
    )
    angle = ctypes.c_int()
    slanted = bool(raw.FPDFFont_GetItalicAngle(font, ctypes.byref(angle))) and angle.value != 0
    italic = "italic" in name or "oblique" in name or slanted
    return _Font(upright, bold, italic)


def _number_lines(fragments: list[Fragment]) -> None:
    """Number the visual lines of a page from the top and give each character its column."""
    ordered = sorted(fragments, key=lambda f: (f.baseline, f.x0))
    line = 0
    current: list[Fragment] = []
    for fragment in ordered:
        if current and fragment.baseline - current[0].baseline > 0.4 * max(fragment.size, 1.0):
            _columns(current)
            current = []
        if not current:
            line += 1
        fragment.line = line
        current.append(fragment)
    _columns(current)


def _columns(line: list[Fragment]) -> None:
    column = 1
    for fragment in sorted(line, key=lambda f: f.x0):
        fragment.columns = list(range(column, column + len(fragment.text)))
        column += len(fragment.text) + 1


def _rules(page: object, height: float) -> list[tuple[float, float, float, float]]:
    """Horizontal and vertical line segments drawn on the page (table borders)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    assert isinstance(page, pdfium.PdfPage)
    rules: list[tuple[float, float, float, float]] = []
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH]):
        handle = obj.raw
        if not raw.FPDFPageObj_GetMatrix(handle, ctypes.byref(matrix)):
            continue
        points: list[tuple[float, float]] = []
        for index in range(raw.FPDFPath_CountSegments(handle)):
            segment = raw.FPDFPath_GetPathSegment(handle, index)
            if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                continue
            point = (
                matrix.a * x.value + matrix.c * y.value + matrix.e,
                height - (matrix.b * x.value + matrix.d * y.value + matrix.f),
            )
            kind = raw.FPDFPathSegment_GetType(segment)
            if kind == raw.FPDF_SEGMENT_LINETO and points:
                _add_rule(rules, points[-1], point)
            if kind == raw.FPDF_SEGMENT_LINETO or kind == raw.FPDF_SEGMENT_MOVETO:
                points.append(point)
            if raw.FPDFPathSegment_GetClose(segment) and len(points) > 1:
                _add_rule(rules, points[-1], points[0])
            if kind == raw.FPDF_SEGMENT_MOVETO:
                points = [point]
            if len(rules) > _MAX_SEGMENTS_PER_PAGE:
                return rules
    return rules


def _add_rule(
    rules: list[tuple[float, float, float, float]],
    a: tuple[float, float],
    b: tuple[float, float],
) -> None:
    (x0, y0), (x1, y1) = sorted((a, b))
    if abs(y1 - y0) < 1.0 and x1 - x0 >= 5.0:
        rules.append((x0, (y0 + y1) / 2, x1, (y0 + y1) / 2))
    elif abs(x1 - x0) < 1.0 and abs(y1 - y0) >= 5.0:
        rules.append(((x0 + x1) / 2, min(y0, y1), (x0 + x1) / 2, max(y0, y1)))
