"""Split a block's prose into sentences and give each the text that dates it.

A light splitter is enough here: the CIT rules read one sentence at a time for framing words and
dates, and need no parse (so they run without spaCy).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from scrlint.document import Block, BlockKind, Document
from scrlint.sentences import sentence_spans

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a block: prose offsets [start, end) in ``block.text``.

    ``setting`` is the text beside it that dates what it describes: the sentence before it in
    the block and the other cells of its table row. ``headings`` are the titles of the sections
    it sits in (not the report's title), which may date it too.
    """

    block: Block
    start: int
    end: int
    setting: str
    headings: str

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


def _headings(block: Block) -> str:
    titles = []
    section = block.section
    while section is not None and section.level > 0:
        if not section.is_title:
            titles.append(section.title)
        section = section.parent
    return "\n".join(titles)


def _rows(document: Document) -> dict[int, str]:
    """The text of each table row, by the source line it is on."""
    rows: dict[int, list[str]] = {}
    for block in document.blocks(BlockKind.TABLE_CELL):
        rows.setdefault(document.position(block.start).line, []).append(block.text)
    return {line: "\n".join(cells) for line, cells in rows.items()}


def sentences(document: Document) -> Iterator[Sentence]:
    """Yield the sentences of the document's paragraphs, list items and table cells."""
    rows = _rows(document)
    for block in document.blocks(*_PROSE):
        headings = _headings(block)
        row = (
            rows.get(document.position(block.start).line, "")
            if block.kind is BlockKind.TABLE_CELL
            else ""
        )
        previous = ""
        for start, end in sentence_spans(block.text):
            yield Sentence(block, start, end, f"{previous}\n{row}", headings)
            previous = block.text[start:end]
