"""Read a recommendations section's list items and numbered paragraphs as recommendations.

A recommendation is a top-level list item or a numbered paragraph ("1.", "Recommendation 1:",
"R1", "12.3"); its sub-bullets and indented paragraphs belong to it. A subsection headed
"Recommendation 3" holds one recommendation, and a top-level item such as "Children's social
care:" heads the sub-items under it.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from scrlint.document import Block, BlockKind, Document, Section
from scrlint.recommendations.model import Draft
from scrlint.recommendations.screening import is_group_label, reads_as_recommendation

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


def section_drafts(document: Document, top: Section, skip: AbstractSet[int]) -> list[Draft]:
    """The recommendations written as list items or numbered paragraphs in ``top``.

    Subsections whose ``id`` is in ``skip`` (action plans, read as tables) are left out. When
    nothing is listed or numbered, the paragraphs that read as recommendations are returned.
    """
    source = document.source
    drafts: list[Draft] = []
    paragraphs: list[tuple[Block, str]] = []
    base_indent = min(
        (_marker(source, b)[1] for b in top.all_blocks() if _listed(source, b)), default=0
    )
    for section in top.walk():
        if id(section) in skip:
            continue
        context = _context(section, top)
        current: Draft | None = None
        group = ""  # a top-level item such as "Children's social care:" heading sub-items
        heading = _HEADING_LABEL.match(section.title) if section is not top else None
        if heading:
            current = Draft(heading.group("n") or heading.group("r"), [], [], context)
            current.label_only = True
            drafts.append(current)
        for block in section.blocks:
            if block.kind is BlockKind.LIST_ITEM:
                marked, indent = _marker(source, block)
                if not marked:
                    if current is not None:
                        current.blocks.append(block)
                        current.texts.append(block.text)
                    continue
                if indent <= base_indent + 1:
                    if is_group_label(block.text):
                        group, current = block.text.rstrip(":"), None
                        continue
                    group = ""
                    current = _start(block, context)
                    drafts.append(current)
                elif group:
                    current = _start(block, f"{context}\n{group}")
                    drafts.append(current)
                elif current is not None:
                    current.blocks.append(block)
                    current.texts.append(block.text)
            elif block.kind is BlockKind.PARAGRAPH:
                label = _LABEL.match(block.text)
                if label:
                    current = _start(block, context)
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
        Draft(None, [block], [block.text], context)
        for block, context in paragraphs
        if reads_as_recommendation(block.text)
    ]


def _start(block: Block, context: str) -> Draft:
    label = _LABEL.match(block.text)
    number = block.ordinal
    text = block.text
    if label:
        number = next((g for g in label.group("a", "b", "c", "d") if g), number)
        text = block.text[label.end() :]
    return Draft(number, [block], [text], context)


def _listed(source: str, block: Block) -> bool:
    return block.kind is BlockKind.LIST_ITEM and _marker(source, block)[0]


def _marker(source: str, block: Block) -> tuple[bool, int]:
    """Whether a list item's line starts with its own marker, and how far it is indented."""
    start = block.source_span()[0]
    prefix = source[source.rfind("\n", 0, start) + 1 : start].expandtabs(4)
    indent = len(prefix) - len(prefix.lstrip(" >"))
    return bool(_MARKER.match(prefix.strip(" >\t"))), indent


def _bare_label(rest: str) -> bool:
    """Whether what follows a paragraph's number is only a title ("Recommendation 1: Fathers")."""
    rest = rest.strip()
    return not rest or (len(rest.split()) < 8 and not rest.endswith((".", "!", "?", ";")))


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
