"""Markdown reader: markdown-it-py tokens to sections and blocks with exact source maps.

markdown-it-py gives line maps only on block tokens, so inline positions are recovered here:
each content line of an inline token is aligned with its source line, and the inline rules that
consume markup (escapes, entities, code, links, images, HTML) are wrapped to record the source
span they consumed. Nothing is ever searched for in the whole file.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from scrlint.document.lines import LineIndex
from scrlint.document.model import (
    Block,
    BlockKind,
    Comment,
    Document,
    ProseBuilder,
    ProseMap,
)
from scrlint.document.sections import SectionBuilder
from scrlint.document.source import NewlineFold, split_front_matter

_RECORDED_RULES = (
    "escape",
    "backticks",
    "strikethrough",
    "emphasis",
    "link",
    "image",
    "autolink",
    "html_inline",
    "entity",
)
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)

InlineRule = Callable[[StateInline, bool], bool]


def _recording(rule: InlineRule) -> InlineRule:
    """Wrap an inline rule so that its first token records the source span the rule consumed."""

    def recorded(state: StateInline, silent: bool) -> bool:
        start, count, pending = state.pos, len(state.tokens), bool(state.pending)
        matched = rule(state, silent)
        if matched and not silent:
            # A push flushes pending text into a token of its own first; skip that one.
            first = count + (1 if pending else 0)
            if first < len(state.tokens):
                state.tokens[first].meta["src"] = (start, state.pos)
        return matched

    return recorded


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.disable("text_join")  # keep entities and escapes as their own tokens, with spans
    for name in _RECORDED_RULES:
        rule = next(r.fn for r in md.inline.ruler.__rules__ if r.name == name)
        md.inline.ruler.at(name, _recording(rule))
    return md


_MD = _parser()


def _bounds(lines: LineIndex, line: int) -> tuple[int, int]:
    """Start and end offsets of 0-based ``line`` (markdown-it's numbering)."""
    return lines.line_start(line + 1), lines.line_end(line + 1)


def _line_aligned_map(
    content: str, lines: LineIndex, text: str, first: int, last: int
) -> Callable[[int], int]:
    """Map offsets in an inline token's content to folded source offsets, line by line."""
    content_starts: list[int] = []
    anchors: list[tuple[int, int, int]] = []  # (source offset of stripped start, lead, line start)
    offset = 0
    src_line = first
    for piece in content.split("\n"):
        content_starts.append(offset)
        offset += len(piece) + 1
        stripped = piece.lstrip(" \t")
        lead = len(piece) - len(stripped)
        found = None
        for line in range(src_line, max(last, src_line + 1)):
            if line >= lines.line_count:
                break
            start, end = _bounds(lines, line)
            pos = text.rfind(stripped, start, end) if stripped else end
            if pos >= 0:
                found = (pos, start)
                src_line = line + 1
                break
        if found is None:
            start, end = _bounds(lines, min(src_line, lines.line_count - 1))
            found = (max(start, end - len(stripped)), start)
            src_line += 1
        anchors.append((found[0], lead, found[1]))

    def to_source(index: int) -> int:
        k = bisect.bisect_right(content_starts, index) - 1
        pos, lead, line_start = anchors[k]
        column = index - content_starts[k]
        if column >= lead:
            return pos + column - lead
        return max(line_start, pos - (lead - column))

    return to_source


def _cell_spans(row: str, row_start: int) -> list[tuple[int, int]]:
    """Split a table row into cell spans (folded offsets), honouring escaped pipes."""
    spans: list[tuple[int, int]] = []
    text = row.strip()
    base = row_start + (len(row) - len(row.lstrip()))
    if text.startswith("|"):
        text, base = text[1:], base + 1
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cell_start = 0
    i = 0
    while i <= len(text):
        if i == len(text) or (text[i] == "|" and (i == 0 or text[i - 1] != "\\")):
            raw = text[cell_start:i]
            lead = len(raw) - len(raw.lstrip())
            spans.append((base + cell_start + lead, base + cell_start + len(raw.rstrip())))
            cell_start = i + 1
        i += 1
    return spans


def _cell_map(folded: str, span: tuple[int, int]) -> Callable[[int], int]:
    """Map a cell's content (with '\\|' unescaped) to folded source offsets.

    An unescaped '|' maps to the start of its '\\|', so that it spans the whole escape.
    """
    positions: list[int] = []
    i, end = span
    while i < end:
        positions.append(i)
        i += 2 if folded.startswith("\\|", i) else 1
    positions.append(end)
    return lambda index: positions[min(index, len(positions) - 1)]


class _InlineWalker:
    """Turns an inline token's children into prose runs in folded-source offsets."""

    def __init__(self, comments: list[tuple[str, int, int]]) -> None:
        self.comments = comments

    def walk(self, token: Token, to_source: Callable[[int], int]) -> ProseBuilder:
        prose = ProseBuilder()
        content = token.content
        cursor = 0
        link_ends: list[int] = []
        skip_to_close = 0
        for child in token.children or []:
            kind = child.type
            span = child.meta.get("src")
            if skip_to_close:
                if kind == "link_close":
                    skip_to_close -= 1
                continue
            if kind == "text":
                if not child.content:
                    continue
                pos = content.find(child.content, cursor)
                if pos < 0:
                    pos = cursor
                start = to_source(pos)
                end = to_source(pos + len(child.content))
                if end - start == len(child.content):
                    prose.add(child.content, start)
                else:  # the text holds an escaped pipe of a table cell: '|' maps to all of '\\|'
                    for j, char in enumerate(child.content):
                        prose.add(char, to_source(pos + j), to_source(pos + j + 1))
                cursor = pos + len(child.content)
            elif kind == "text_special" and span is not None:
                prose.add(child.content, to_source(span[0]), to_source(span[1] - 1) + 1)
                cursor = span[1]
            elif kind in ("softbreak", "hardbreak"):
                pos = content.find("\n", cursor)
                if pos < 0:
                    continue
                newline = to_source(pos)
                prose.add(" " if kind == "softbreak" else "\n", newline, newline + 1)
                cursor = pos + 1
            elif kind == "link_open" and span is not None:
                if child.markup == "autolink" or child.info == "auto":
                    skip_to_close = 1  # an autolink's text is its URL: not prose
                    cursor = span[1]
                else:
                    link_ends.append(span[1])
            elif kind == "link_close" and link_ends:
                cursor = max(cursor, link_ends.pop())
            elif kind == "html_inline" and span is not None:
                for match in _COMMENT.finditer(child.content):
                    self.comments.append(
                        (
                            match.group(1),
                            to_source(span[0] + match.start()),
                            to_source(span[0] + match.end() - 1) + 1,
                        )
                    )
                cursor = span[1]
            elif kind in ("code_inline", "image") and span is not None:
                cursor = span[1]
        return prose


def read_markdown(path: str, source: str) -> Document:
    """Parse Markdown ``source`` into a Document.

    Raises:
        InputError: the front matter is malformed.
    """
    fold = NewlineFold(source)
    front_matter, folded = split_front_matter(fold.text)
    lines = LineIndex(folded)
    raw_comments: list[tuple[str, int, int]] = []
    walker = _InlineWalker(raw_comments)
    sections = SectionBuilder(len(source))

    def make_block(
        kind: BlockKind,
        token: Token,
        to_source: Callable[[int], int],
        block_span: tuple[int, int],
        **extra: Any,
    ) -> Block:
        prose = walker.walk(token, to_source)
        text, prose_map = prose.build()
        runs = fold.runs_to_original(prose_map.runs)
        return Block(
            kind,
            text,
            ProseMap(runs),
            fold.to_original(block_span[0]),
            fold.end_to_original(block_span[1]),
            **extra,
        )

    tokens = _MD.parse(folded)
    containers: list[str] = []
    ordinals: list[str | None] = []
    header_row = False
    row_cells: list[tuple[int, int]] = []
    cell_index = 0
    for i, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            containers.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif kind == "list_item_open":
            ordinals.append(token.info or None)
        elif kind == "list_item_close":
            ordinals.pop()
        elif kind == "thead_open":
            header_row = True
        elif kind == "thead_close":
            header_row = False
        elif kind == "tr_open" and token.map:
            start, end = _bounds(lines, token.map[0])
            row_cells = _cell_spans(folded[start:end], start)
            cell_index = 0
        elif kind == "html_block" and token.map:
            start = lines.line_start(token.map[0] + 1)
            for match in _COMMENT.finditer(token.content):
                raw_comments.append((match.group(1), start + match.start(), start + match.end()))
        elif kind == "inline" and token.map:
            parent = tokens[i - 1].type
            first, last = token.map
            block_span = (lines.line_start(first + 1), _bounds(lines, last - 1)[1])
            if parent in ("th_open", "td_open"):
                cell = row_cells[cell_index] if cell_index < len(row_cells) else block_span
                cell_index += 1
                sections.add(
                    make_block(
                        BlockKind.TABLE_CELL,
                        token,
                        _cell_map(folded, cell),
                        cell,
                        header=header_row,
                    )
                )
                continue
            to_source = _line_aligned_map(token.content, lines, folded, first, last)
            if parent == "heading_open":
                level = int(tokens[i - 1].tag[1])
                sections.heading(make_block(BlockKind.HEADING, token, to_source, block_span), level)
            elif containers and containers[-1] == "blockquote_open":
                sections.add(make_block(BlockKind.BLOCKQUOTE, token, to_source, block_span))
            elif ordinals:
                sections.add(
                    make_block(
                        BlockKind.LIST_ITEM, token, to_source, block_span, ordinal=ordinals[-1]
                    )
                )
            else:
                sections.add(make_block(BlockKind.PARAGRAPH, token, to_source, block_span))
    comments = [
        Comment(text.strip(), fold.to_original(s), fold.end_to_original(e))
        for text, s, e in raw_comments
    ]
    comments.sort(key=lambda c: c.start)
    return Document(path, source, "markdown", sections.finish(), front_matter, comments)
