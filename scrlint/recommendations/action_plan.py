"""Read action plans: the rows of their tables, and rows written out as "Action: … Owner: …".

Each column is sorted by its header into the recommendation, the action, its owner, its
timescale and its measure; a row's number ("1", "R1", "Action 1:") ties it to a recommendation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from scrlint.document import Block, BlockKind, Document, Section
from scrlint.recommendations.cells import is_placeholder
from scrlint.recommendations.model import Row

_ROW_NUMBER = re.compile(
    r"^\s*(?:(?:recommendation|rec\.?|action)\s*|R)?(?P<n>\d+(?:\.\d+)*[a-z]?)\b\s*[:.)]?\s*",
    re.IGNORECASE,
)
# "(Finding 1)", "see findings 2 and 3" after a row's number.
_FINDING_REFERENCE = re.compile(r"^\(?(?:see\s+)?findings?\s+[\d\s,and&-]+\)?\s*", re.IGNORECASE)
# In an Action cell a number must look like one: "1.", "R1", "Action 1:" (not "20 cases …").
_ACTION_NUMBER = re.compile(
    r"^\s*(?:(?:(?:recommendation|rec\.?|action)\s*|R)(?P<a>\d+(?:\.\d+)*[a-z]?)\b\s*[:.)]?"
    r"|(?P<b>\d+(?:\.\d+)*[a-z]?)[:.)])\s*",
    re.IGNORECASE,
)

# Column kinds of an action-plan table, tried in this order on the header's words.
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("number", r"^\W*(?:rec\.?\s*)?(?:no\.?|number|#|ref\.?|reference|item)\W*$"),
        ("recommendation", r"recommend|^\W*rec\W*$"),
        ("status", r"status|progress|\brag\b|update|complete[d]?\b"),
        (
            "timescale",
            r"timescale|time\s*frame|by\s+when|date|deadline|\bwhen\b|completion|target\s*$",
        ),
        (
            "measure",
            r"measure|evidence|outcome|how\s+(?:will|do|would)\s+(?:we|you)\s+know|success|impact"
            r"|indicator|monitor|assurance|kpi",
        ),
        ("owner", r"owner|lead|responsib|\bwho\b|accountable|agenc|by\s+whom|action\s+by"),
        ("action", r"action|what|task|activit|steps?"),
    )
)


def plan_rows(
    document: Document, rec_sections: Sequence[Section], plan_sections: Sequence[Section]
) -> Iterator[Row]:
    """The action-plan rows in both kinds of section: table rows, then rows written out."""
    yield from _table_rows(document, (*rec_sections, *plan_sections))
    for top in plan_sections:
        for block in top.all_blocks():
            if block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
                row = _field_row(block)
                if row is not None:
                    yield row


def _table_rows(document: Document, sections: Iterable[Section]) -> Iterator[Row]:
    seen: set[int] = set()
    for top in sections:
        cells = [b for b in _table_blocks(top) if id(b) not in seen]
        seen.update(id(b) for b in cells)
        for header, body in _tables(document, cells):
            kinds = [_column_kind(c.text) for c in header]
            if "recommendation" not in kinds and "action" not in kinds:
                continue
            for row in body:
                made = _row(row, kinds)
                if made is not None:
                    yield made


def _table_blocks(top: Section) -> Iterator[Block | None]:
    """The section's table cells in order, with None where other prose splits two tables."""
    for block in top.all_blocks():
        yield block if block.kind is BlockKind.TABLE_CELL else None


def _tables(
    document: Document, blocks: Iterable[Block | None]
) -> Iterator[tuple[list[Block], list[list[Block]]]]:
    """Group cells into tables of (header cells, rows of cells); a row is one source line."""
    header: list[Block] = []
    rows: list[list[Block]] = []
    line = -1
    for block in [*blocks, None]:
        if block is None or (block.header and rows):
            if header and rows:
                yield header, rows
            header, rows, line = [], [], -1
            if block is None:
                continue
        here = document.lines.position(block.start).line
        if block.header:
            header.append(block)
        elif here != line:
            rows.append([block])
        else:
            rows[-1].append(block)
        line = here


def _column_kind(header: str) -> str:
    for kind, pattern in _COLUMNS:
        if pattern.search(header):
            return kind
    return "other"


def _row(cells: list[Block], kinds: list[str]) -> Row | None:
    if all(is_placeholder(c.text) for c in cells):
        return None
    by_kind: dict[str, list[Block]] = {}
    for cell, kind in zip(cells, kinds, strict=False):
        by_kind.setdefault(kind, []).append(cell)

    def text_of(kind: str) -> str:
        return "; ".join(c.text for c in by_kind.get(kind, []) if not is_placeholder(c.text))

    def first(kind: str) -> Block | None:
        return next(iter(by_kind.get(kind, [])), None)

    number = None
    recommendation, action = text_of("recommendation"), text_of("action")
    if found := _ROW_NUMBER.match(text_of("number")):
        number = found.group("n")
    elif found := _ROW_NUMBER.match(recommendation):
        number, recommendation = found.group("n"), recommendation[found.end() :]
    elif found := _ACTION_NUMBER.match(action):
        number, action = found.group("a") or found.group("b"), action[found.end() :]
    recommendation = _FINDING_REFERENCE.sub("", recommendation).strip()
    if len(recommendation.split()) >= 3:
        text_cell = first("recommendation")
    else:
        # a short Recommendation cell is a heading for the row; its Action says what is to be done
        text_cell = first("action") if action else first("recommendation")
        action = action or recommendation
        recommendation = ""
    return Row(
        cells=tuple(cells),
        number=number,
        text_cell=text_cell or cells[0],
        recommendation=recommendation,
        action=action,
        owner=text_of("owner"),
        timescale=text_of("timescale"),
        measure=text_of("measure"),
    )


_FIELD_ROW = re.compile(
    r"^\s*(?:recommendation|rec\.?|action)\s*(?P<n>\d+(?:\.\d+)*[a-z]?)\b\s*[:.)]?\s+",
    re.IGNORECASE,
)
_FIELD = re.compile(r"(?:^|(?<=[.;]\s))(?P<key>[A-Z][A-Za-z /'’()-]{1,40}):\s+")


def _field_row(block: Block) -> Row | None:
    """An action-plan row written out as text: "Recommendation 1. Action: … Owner: … ."."""
    head = _FIELD_ROW.match(block.text)
    if head is None:
        return None
    body = block.text[head.end() :]
    fields = list(_FIELD.finditer(body))
    if len(fields) < 2:
        return None
    values: dict[str, list[str]] = {}
    for found, following in zip(fields, [*fields[1:], None], strict=True):
        end = following.start() if following is not None else len(body)
        value = body[found.end() : end].strip().rstrip(".;").strip()
        if not is_placeholder(value):
            values.setdefault(_column_kind(found.group("key")), []).append(value)

    def text_of(kind: str) -> str:
        return "; ".join(values.get(kind, []))

    return Row(
        cells=(block,),
        number=head.group("n"),
        text_cell=block,
        recommendation=text_of("recommendation"),
        action=text_of("action"),
        owner=text_of("owner"),
        timescale=text_of("timescale"),
        measure=text_of("measure"),
    )
