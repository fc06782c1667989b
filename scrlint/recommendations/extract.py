"""Find a report's recommendations once: list items, numbered paragraphs and action-plan rows.

A recommendation is a top-level list item or a numbered paragraph ("1.", "Recommendation 1:",
"R1", "12.3") in a recommendations section, or a data row of an action-plan table. Sub-bullets
and the indented paragraphs of a list item belong to it. A row that shares a recommendation's
number, or most of its words, is that recommendation's row: its owner, timescale and measure
cells count as part of it. A section with no list and no numbered paragraph has its
recommending paragraphs ("It is recommended that …", "The ICB should …") as recommendations.

Not recommendations: questions ("How can the Board be assured …?"), and actions reported as done
or under way ("The ICB has written to every practice", "Children's Services is auditing …"),
which rapid reviews list among their immediate actions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from scrlint.document import Block, BlockKind, Document, Section
from scrlint.profiles import Profile
from scrlint.recommendations.wording import (
    IMPERATIVES,
    content_stems,
    is_placeholder,
    names_body,
)
from scrlint.roles import Role, role_sections

_LABEL = re.compile(
    r"^\s*(?:(?:recommendation|rec\.?)\s*(?P<a>\d+(?:\.\d+)*[a-z]?)\b|R(?P<b>\d+(?:\.\d+)*[a-z]?)\b"
    r"|(?P<c>\d{1,2}(?:\.\d{1,2})+)\.?(?=\s)|(?P<d>\d{1,2})[.)](?=\s))"
    r"\s*(?:[:.\-–—)]\s*)?",
    re.IGNORECASE,
)
_HEADING_LABEL = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:recommendation|rec\.?)\s*(?P<n>\d+(?:\.\d+)*[a-z]?)\b"
    r"|^\s*R(?P<r>\d+)\b",
    re.IGNORECASE,
)
_MARKER = re.compile(
    r"^(?:[-*+•–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlc]+[.)])(?:\s+[*_\[`]*)?$"
)
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
_RECOMMENDING = re.compile(
    r"\b(?:should|must|shall|ought\s+to|needs?\s+to|recommend(?:s|ed|ing)?|suggest(?:s|ed)?\s+that"
    r"|(?:is|are)\s+(?:asked|required|expected|invited|requested)\s+to|will)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:should|must|shall|will|would|ought|needs?\s+to|to\s+be|(?:is|are)\s+to"
    r"|recommend\w*|plans?\s+to|intends?\s+to|is\s+asked|are\s+asked"
    r"|(?:agreed|committed|undertaken|decided|promised)\s+to)\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|already|recently|since|also|just|been)\s+)*(?!to\b)"
    r"[a-z]+(?:ed|en|wn|t|ne|ld|ght|de|ung|un|id)\b"
    r"|^(?i:on|in|since|during|between)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2}\s+)?\d{4}\b"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?(?!(?:no|some|any|every)thing\b)"
    r"[a-z]{3,}ing\b"
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t)\b",
)

# A paragraph that introduces the list rather than recommending ("The review makes five
# recommendations.", "These recommendations are addressed to the LSCB.").
_INTRODUCES = re.compile(
    r"^\W*(?:(?:the|these|this|our|its|all|following|such)\s+)?(?:\w+\s+){0,2}?"
    r"recommendations?\s+(?:below|above|are|is|were|in\s+this|made|that\s+follows?"
    r"|which\s+follow|should\s+be\s+read|set\s+out|listed|have|has|here)\b"
    r"|\b(?:makes?|made|sets?\s+out|offers?|lists?|contains?|has|have)\s+(?:the\s+following\s+"
    r"|these\s+|this\s+)?(?:\w+\s+)?recommendations?\b"
    r"|\bthe\s+following\s+recommendations?\b|\bthis\s+section\b",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "shall", "should", "can", "cannot", "could", "may", "might",
        "must", "ought"
    }
)  # fmt: skip

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

    index: int  # 1-based position among the report's recommendations
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


def recommendations(document: Document, profile: Profile) -> Recommendations:
    """Return the recommendations of ``document`` under ``profile``, found at most once."""
    key = ("recommendations", profile.id)
    cached = document.derived.get(key)
    if isinstance(cached, Recommendations):
        return cached
    found = _Finder(document, profile).run()
    document.derived[key] = found
    return found


@dataclass
class _Draft:
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


class _Finder:
    def __init__(self, document: Document, profile: Profile) -> None:
        self.document = document
        self.rec_sections = role_sections(document, profile, Role.RECOMMENDATIONS)
        self.plan_sections = role_sections(document, profile, Role.ACTION_PLAN)
        self.plan_ids = {id(s) for top in self.plan_sections for s in top.walk()}

    def run(self) -> Recommendations:
        drafts: list[_Draft] = []
        for section in self.rec_sections:
            drafts.extend(self._from_section(section))
        drafts = _without_restatements([d for d in drafts if _is_recommendation(d)])
        rows = list(self._rows())
        standalone = _pair(drafts, rows)
        drafts.extend(standalone)
        drafts.sort(key=lambda d: d.start)
        numbers = [d.number for d in drafts]
        numbered = None not in numbers and len(set(numbers)) == len(numbers)
        items = tuple(
            Recommendation(
                index=i,
                number=d.number,
                blocks=tuple(d.blocks),
                text="\n".join(t for t in d.texts if t),
                rows=tuple(d.rows),
                context=d.context,
                label=d.number if numbered and d.number else str(i),
            )
            for i, d in enumerate(drafts, start=1)
        )
        return Recommendations(items, (*self.rec_sections, *self.plan_sections))

    # -- lists and numbered paragraphs --------------------------------------------------------

    def _from_section(self, top: Section) -> list[_Draft]:
        drafts: list[_Draft] = []
        paragraphs: list[tuple[Block, str]] = []
        base_indent = min(
            (self._marker(b)[1] for b in top.all_blocks() if self._listed(b)), default=0
        )
        for section in top.walk():
            if id(section) in self.plan_ids:
                continue
            context = _context(section, top)
            current: _Draft | None = None
            group = ""  # a top-level item such as "Children's social care:" heading sub-items
            heading = _HEADING_LABEL.match(section.title) if section is not top else None
            if heading:
                current = _Draft(heading.group("n") or heading.group("r"), [], [], context)
                current.label_only = True
                drafts.append(current)
            for block in section.blocks:
                if block.kind is BlockKind.LIST_ITEM:
                    marked, indent = self._marker(block)
                    if not marked:
                        if current is not None:
                            current.blocks.append(block)
                            current.texts.append(block.text)
                        continue
                    if indent <= base_indent + 1:
                        if _is_group_label(block.text):
                            group, current = block.text.rstrip(":"), None
                            continue
                        group = ""
                        current = self._start(block, context)
                        drafts.append(current)
                    elif group:
                        current = self._start(block, f"{context}\n{group}")
                        drafts.append(current)
                    elif current is not None:
                        current.blocks.append(block)
                        current.texts.append(block.text)
                elif block.kind is BlockKind.PARAGRAPH:
                    label = _LABEL.match(block.text)
                    if label:
                        current = self._start(block, context)
                        current.label_only = _bare_label(block.text[label.end() :])
                        drafts.append(current)
                    elif current is not None and current.label_only:
                        if not current.has_body:
                            # the finding belongs on the body, not on the bare label
                            current.blocks, current.has_body = [], True
                        current.blocks.append(block)
                        current.texts.append(block.text)
                    else:
                        current = None
                        paragraphs.append((block, context))
                elif block.kind is not BlockKind.TABLE_CELL:
                    current = None
        drafts = [d for d in drafts if d.blocks]
        if drafts:
            return drafts
        return [
            _Draft(None, [block], [block.text], context)
            for block, context in paragraphs
            if _reads_as_recommendation(block.text)
        ]

    def _start(self, block: Block, context: str) -> _Draft:
        label = _LABEL.match(block.text)
        number = block.ordinal
        text = block.text
        if label:
            number = next((g for g in label.group("a", "b", "c", "d") if g), number)
            text = block.text[label.end() :]
        return _Draft(number, [block], [text], context)

    def _listed(self, block: Block) -> bool:
        return block.kind is BlockKind.LIST_ITEM and self._marker(block)[0]

    def _marker(self, block: Block) -> tuple[bool, int]:
        """Whether a list item's line starts with its own marker, and how far it is indented."""
        start = block.source_span()[0]
        source = self.document.source
        prefix = source[source.rfind("\n", 0, start) + 1 : start].expandtabs(4)
        indent = len(prefix) - len(prefix.lstrip(" >"))
        return bool(_MARKER.match(prefix.strip(" >\t"))), indent

    # -- action-plan tables -------------------------------------------------------------------

    def _rows(self) -> Iterator[Row]:
        yield from self._table_rows()
        for top in self.plan_sections:
            for block in top.all_blocks():
                if block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
                    row = _field_row(block)
                    if row is not None:
                        yield row

    def _table_rows(self) -> Iterator[Row]:
        seen: set[int] = set()
        for top in (*self.rec_sections, *self.plan_sections):
            cells = [b for b in _table_blocks(top) if id(b) not in seen]
            seen.update(id(b) for b in cells)
            for header, body in _tables(self.document, cells):
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


def _pair(drafts: list[_Draft], rows: list[Row]) -> list[_Draft]:
    """Attach rows to the recommendations they carry out; return the rows left as their own."""
    numbers = [d.number for d in drafts if d.number]
    by_number = (
        {d.number: d for d in drafts if d.number} if len(numbers) == len(set(numbers)) else {}
    )
    words = [content_stems(" ".join(d.texts)) for d in drafts]
    standalone: dict[str, _Draft] = {}
    alone: list[_Draft] = []
    for row in rows:
        owner = _by_number(by_number, row.number) or _by_words(drafts, words, row)
        if owner is not None:
            owner.rows.append(row)
            continue
        base = _base(row.number) if row.number else None
        if base is not None and base in standalone:
            standalone[base].rows.append(row)
            continue
        draft = _Draft(base, [row.text_cell], [row.text], "", [row])
        alone.append(draft)
        if base is not None:
            standalone[base] = draft
    return alone


def _by_number(by_number: dict[str, _Draft], number: str | None) -> _Draft | None:
    if number is None:
        return None
    return by_number.get(number) or by_number.get(_base(number))


def _by_words(drafts: list[_Draft], words: list[set[str]], row: Row) -> _Draft | None:
    """The recommendation holding most of the row's words (at least two, and 60% of them)."""
    wanted = content_stems(row.text)
    best, best_share = None, 0.0
    for draft, have in zip(drafts, words, strict=True):
        shared = len(wanted & have)
        share = shared / len(wanted) if wanted else 0.0
        if shared >= 2 and share >= 0.6 and share > best_share:
            best, best_share = draft, share
    return best


def _base(number: str) -> str:
    """ "1a", "1.2" -> "1": rows that carry out one recommendation in parts."""
    return re.split(r"[.a-z]", number, maxsplit=1)[0] or number


# -- which drafts are recommendations -----------------------------------------------------------


def _is_recommendation(draft: _Draft) -> bool:
    text = " ".join(draft.texts).strip()
    if not text or text.endswith("?"):
        return False
    return not _reports_done(text)


def _reports_done(text: str) -> bool:
    """Whether the first sentence reports an action taken or under way, not one to take."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    return not _FUTURE.search(first) and bool(_DONE.search(first))


def _reads_as_recommendation(text: str) -> bool:
    """Whether an unnumbered paragraph reads as a recommendation (used when nothing is listed).

    It does when its first sentence recommends ("should", "must", "It is recommended that" …),
    opens with an imperative, or is a bare noun phrase ("Refresher training on neglect for all
    staff."); not when it introduces the list ("The review makes five recommendations.").
    """
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    if first.rstrip().endswith(("?", ":")) or _reports_done(first) or _INTRODUCES.search(first):
        return False
    word = re.match(r"[A-Za-z-]+", first)
    if word and word.group().lower() in IMPERATIVES:
        return True
    found = _RECOMMENDING.search(first)
    if found:
        return len(first[: found.start()].split()) <= 15
    return _noun_phrase(first)


def _noun_phrase(sentence: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", sentence)]
    return 0 < len(words) <= 20 and not any(
        w in _AUXILIARIES
        or w.endswith("ed")
        or (w.endswith("s") and (w[:-1] in IMPERATIVES or w[:-2] in IMPERATIVES))
        for w in words
    )


def _bare_label(rest: str) -> bool:
    """Whether what follows a paragraph's number is only a title ("Recommendation 1: Fathers")."""
    rest = rest.strip()
    return not rest or (len(rest.split()) < 8 and not rest.endswith((".", "!", "?", ";")))


def _is_group_label(text: str) -> bool:
    """ "Children's social care:" heading sub-items, as opposed to "The ICB should:"."""
    text = text.strip()
    return (
        text.endswith(":")
        and len(text.split()) <= 6
        and not _RECOMMENDING.search(text)
        and names_body(text)
    )


def _context(section: Section, top: Section) -> str:
    """The headings between the recommendations section and ``section``, and its own title."""
    titles = []
    node: Section | None = section
    while node is not None:
        titles.append(node.title)
        if node is top:
            break
        node = node.parent
    return "\n".join(reversed(titles))


def _without_restatements(drafts: list[_Draft]) -> list[_Draft]:
    """Drop a recommendation repeated under a later heading with its number (a summary list)."""
    kept: list[_Draft] = []
    for draft in drafts:
        words = content_stems(" ".join(draft.texts))
        repeated = any(
            earlier.number == draft.number
            and earlier.context != draft.context
            and _overlap(words, content_stems(" ".join(earlier.texts))) >= 0.6
            for earlier in kept
            if draft.number
        )
        if not repeated:
            kept.append(draft)
    return kept


def _overlap(a: set[str], b: set[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0
