"""A report's recommendations as the rules read them, and the drafts they are built from."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from scrlint.document import Block, Section


@dataclass(frozen=True)
class Row:
    """A data row of an action-plan table, its cells sorted by what their column holds."""

    cells: tuple[Block, ...]
    number: str | None
    text_cell: Block  # where the row states its recommendation or action
    recommendation: str  # the Recommendation cell, without its number
    action: str
    owner: str
    timescale: str
    measure: str

    @property
    def text(self) -> str:
        """The words of the row that say what is to be done."""
        return "\n".join(t for t in (self.recommendation, self.action) if t)


@dataclass(frozen=True)
class Recommendation:
    """One recommendation: its text, where it is, its number and its action-plan rows."""

    number: str | None  # the number the report gives it ("3", "R3", "12.3" -> "3", "3", "12.3")
    blocks: tuple[Block, ...]  # the blocks it is written in, its own text first
    text: str  # its words: the blocks' text without the leading number, sub-items on new lines
    rows: tuple[Row, ...] = ()
    context: str = ""  # headings it sits under inside the recommendations section
    label: str = ""  # how a message names it: its number, or its position if numbers repeat

    @property
    def span(self) -> tuple[int, int]:
        """The source span of its own text (the first block)."""
        return self.blocks[0].source_span()

    @property
    def owner(self) -> str:
        return "; ".join(r.owner for r in self.rows if r.owner)

    @property
    def timescale(self) -> str:
        return "; ".join(r.timescale for r in self.rows if r.timescale)

    @property
    def measure(self) -> str:
        return "; ".join(r.measure for r in self.rows if r.measure)

    @property
    def row_text(self) -> str:
        """Every cell of its rows as written (numbers and finding references included)."""
        return "\n".join(c.text for r in self.rows for c in r.cells)

    @property
    def full_text(self) -> str:
        """Its text and its rows' action, owner, timescale and measure (not their numbers)."""
        parts = [self.text]
        for row in self.rows:
            parts.extend((row.text, row.owner, row.timescale, row.measure))
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Recommendations:
    """The recommendations of a document, and the sections they were found in."""

    items: tuple[Recommendation, ...]
    sections: tuple[Section, ...]  # recommendations sections, then action-plan sections

    def __iter__(self) -> Iterator[Recommendation]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass
class Draft:
    """A recommendation while it is assembled: blocks and rows are added as they are read."""

    number: str | None
    blocks: list[Block]
    texts: list[str]
    context: str
    rows: list[Row] = field(default_factory=list)
    label_only: bool = False  # a bare "Recommendation 1" whose text follows in paragraphs
    has_body: bool = False

    @property
    def start(self) -> int:
        return self.blocks[0].start if self.blocks else 0
