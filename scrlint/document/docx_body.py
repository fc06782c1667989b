"""The Word body as the reader and ``scrlint annotate`` both see it: paragraphs in reading order,
tables as rows of cells, and each paragraph's text with its tracked changes accepted.

One walk serves both, so the paragraph and character the reader gives a finding are the ones
annotate anchors its comment on.
"""

from __future__ import annotations

from collections.abc import Iterator

from docx.oxml.ns import qn
from lxml import etree

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
        "w:commentReference",
        "w:footnoteRef",
        "w:endnoteRef",
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
_DELETED_ROW = f"{qn('w:trPr')}/{qn('w:del')}"
_CONTAINERS = frozenset(qn(tag) for tag in ("w:sdt", "w:sdtContent", "w:customXml", "w:ins"))
# A footnote or endnote reference in the body, and the kind of note it names.
REFERENCE_KINDS = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}

# A table's rows, each a list of cells, each the list of the cell's paragraphs.
Table = list[list[list[etree._Element]]]


def body_blocks(parent: etree._Element) -> Iterator[etree._Element | Table]:
    """Yield the body's paragraphs and tables in reading order, through content controls,
    custom XML and tracked insertions; a table's deleted rows are left out."""
    for child in parent:
        if child.tag == _P:
            yield child
        elif child.tag == _TBL:
            yield [
                [list(tc.iter(_P)) for tc in _children(tr, _TC)]
                for tr in _children(child, _TR)
                if tr.find(_DELETED_ROW) is None
            ]
        elif child.tag in _CONTAINERS:
            yield from body_blocks(child)


def body_paragraphs(body: etree._Element) -> Iterator[etree._Element]:
    """Yield the body's paragraphs in the order the reader numbers them from 1.

    A table's paragraphs come row by row, cell by cell; a table nested in a cell is read as
    part of that cell's text.
    """
    for block in body_blocks(body):
        if isinstance(block, list):
            yield from (p for row in block for cell in row for p in cell)
        else:
            yield block


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def text_pieces(element: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Yield the elements that give ``element`` its text, each with its text, in order.

    Tracked changes count as accepted; a tab or break is one character. A footnote or endnote
    reference is yielded with no text, to mark where it stands. Joined, the pieces are the text
    whose characters an Origin counts.
    """
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == _T:
            yield child, child.text or ""
        elif tag in _CHARACTERS:
            yield child, _CHARACTERS[tag]
        elif tag in REFERENCE_KINDS:
            yield child, ""
        else:
            yield from text_pieces(child)


def paragraph_text(element: etree._Element) -> str:
    """An element's text as if its tracked changes were accepted."""
    return "".join(text for _node, text in text_pieces(element))


def note_references(element: etree._Element) -> Iterator[tuple[int, str]]:
    """Yield (characters before it, "footnote:ID") for each note reference in ``element``."""
    position = 0
    for node, text in text_pieces(element):
        if node.tag in REFERENCE_KINDS:
            yield position, f"{REFERENCE_KINDS[node.tag]}:{node.get(qn('w:id'))}"
        position += len(text)
