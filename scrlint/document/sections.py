"""Build the section tree from headings, and recognise contents lists."""

from __future__ import annotations

import re

from scrlint.document.model import Block, BlockKind, Section, normalise_title

CONTENTS_TITLES = frozenset({"contents", "table of contents", "contents page", "list of contents"})
_PAGE_REF = re.compile(r"(?:\s*\.{2,}\s*|\s+)(?:page\s+)?\d{1,3}\s*$", re.IGNORECASE)
_MIN_CONTENTS_ENTRIES = 3


def contents_entry_key(text: str) -> str:
    """Fold a contents entry ("3.1 Methodology ....... 7") to a heading key."""
    return normalise_title(_PAGE_REF.sub("", text.strip()))


class SectionBuilder:
    """Receives headings and blocks in document order and nests them into sections."""

    def __init__(self, source_length: int) -> None:
        self._length = source_length
        self.root = Section("", 0, None, 0, source_length)
        self._stack = [self.root]

    @property
    def depth(self) -> int:
        """The level of the innermost open section (0 before any heading)."""
        return self._stack[-1].level

    def heading(self, block: Block, level: int) -> Section:
        while self._stack[-1].level >= level:
            self._stack.pop().end = block.start
        parent = self._stack[-1]
        section = Section(block.text, level, block, block.start, self._length, parent=parent)
        block.section = section
        parent.children.append(section)
        self._stack.append(section)
        return section

    def add(self, block: Block) -> None:
        section = self._stack[-1]
        block.section = section
        section.blocks.append(block)

    def finish(self) -> Section:
        """Close open sections, mark contents lists, and return the root."""
        sections = list(self.root.walk())
        top = [s for s in self.root.children if s.level == 1]
        if len(top) == 1 and self.root.children[0] is top[0]:
            top[0].is_title = True
        last_heading: dict[str, int] = {}  # heading key -> where its last occurrence starts
        for section in sections:
            if section.heading is not None:
                last_heading[section.key] = section.start
        for section in sections:
            if section.heading is not None and section.key in CONTENTS_TITLES:
                section.is_contents = True
                for block in section.all_blocks():
                    block.kind = BlockKind.CONTENTS
                continue
            _mark_unheaded_contents(section, last_heading)
        return self.root


def _mark_unheaded_contents(section: Section, last_heading: dict[str, int]) -> None:
    """Mark a run of list items or lines naming later headings as a contents list."""
    run: list[Block] = []
    for block in section.blocks:
        if block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) and (
            last_heading.get(contents_entry_key(block.text), -1) > block.start
        ):
            run.append(block)
            continue
        if len(run) >= _MIN_CONTENTS_ENTRIES:
            break
        run = []
    if len(run) >= _MIN_CONTENTS_ENTRIES:
        for block in run:
            block.kind = BlockKind.CONTENTS
