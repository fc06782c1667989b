"""Property tests: every prose character of a Markdown document maps back to the exact source.

Documents are generated from random plain words (ASCII, accented and non-BMP characters, never
Markdown metacharacters) decorated with emphasis, links, inline code, entities, escapes, breaks,
tabs and comments, inside paragraphs, list items, blockquotes, ATX/setext headings and table
cells, with LF or CRLF line endings. The generator records what it wrote so that each property
can compare the parsed Document with the truth.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrlint.document.lines import LineIndex
from scrlint.document.markdown import read_markdown
from scrlint.document.model import Block, Document, Section

# --------------------------------------------------------------------------- generator

WORD_ALPHABET = (
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("éüñçßøåÉÖ")
    + ["😀", "𝒜", "𝔘", "🧒"]
)
WORD_CHARS = frozenset(WORD_ALPHABET)
WORD_RUN = re.compile("[" + re.escape("".join(WORD_ALPHABET)) + "]+")

# prose character -> the only source text that may produce it in generated documents
ENTITIES = {"&": "&amp;", "<": "&lt;", "©": "&copy;", "{": "&#123;"}
ESCAPES = {"*": "\\*", "_": "\\_"}
# '@' appears only inside inline code, link destinations and titles, comments and front matter
HIDDEN_MARK = "@"

words_st = st.text(alphabet=st.sampled_from(WORD_ALPHABET), min_size=1, max_size=7)
INLINE_SEPARATORS = [" ", "\t", "  "]


class _Writer:
    """Accumulates LF source and what the generator put in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.words: list[str] = []
        self.comments: list[tuple[str, int, int]] = []  # (text, start, end) in LF offsets
        self.counter = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def unique(self) -> int:
        self.counter += 1
        return self.counter


@dataclass
class Generated:
    source: str
    newline: str
    words: list[str]
    comments: list[tuple[str, int, int]]
    front_matter: dict[str, Any]
    ordinals: list[str]
    has_table: bool = False
    kinds: list[str] = field(default_factory=list)


def _draw_words(draw: st.DrawFn, w: _Writer, low: int = 1, high: int = 3) -> None:
    count = draw(st.integers(low, high))
    for k in range(count):
        if k:
            w.write(" ")
        word = draw(words_st)
        w.words.append(word)
        w.write(word)


def _draw_inline(draw: st.DrawFn, w: _Writer, *, first: bool, cell: bool) -> None:
    """Write one inline element: a word or a piece of inline markup."""
    choices = ["word", "word", "word", "emph", "strong", "link", "code", "entity", "escape"]
    if not first:
        choices.append("comment")  # at a line start '<!--' would open an HTML block
    if cell:
        choices.append("pipe")
    kind = draw(st.sampled_from(choices))
    if kind == "word":
        _draw_words(draw, w, 1, 1)
    elif kind in ("emph", "strong"):
        marker = "*" if kind == "emph" else "**"
        w.write(marker)
        _draw_words(draw, w)
        w.write(marker)
    elif kind == "link":
        w.write("[")
        _draw_words(draw, w)
        w.write(f'](http://example.org/x{HIDDEN_MARK}{w.unique()} "ti{HIDDEN_MARK}tle")')
    elif kind == "code":
        w.write(f"`{HIDDEN_MARK}code{w.unique()}{HIDDEN_MARK}`")
    elif kind == "entity":
        w.write(draw(st.sampled_from(sorted(ENTITIES.values()))))
    elif kind == "escape":
        w.write(draw(st.sampled_from(sorted(ESCAPES.values()))))
    elif kind == "pipe":
        w.write("\\|")
    else:
        text = f"{HIDDEN_MARK}c{w.unique()}{HIDDEN_MARK}"
        start = w.length
        w.write(f"<!-- {text} -->")
        w.comments.append((text, start, w.length))


def _draw_line(draw: st.DrawFn, w: _Writer, *, cell: bool = False) -> None:
    count = draw(st.integers(1, 4))
    for k in range(count):
        if k:
            w.write(draw(st.sampled_from(INLINE_SEPARATORS)))
        _draw_inline(draw, w, first=k == 0, cell=cell)


def _draw_lines(draw: st.DrawFn, w: _Writer, continuation_prefix: str, max_lines: int = 3) -> None:
    """Write lines joined by soft or hard breaks; later lines start with ``continuation_prefix``."""
    count = draw(st.integers(1, max_lines))
    for k in range(count):
        if k:
            w.write(draw(st.sampled_from(["\n", "  \n", "\\\n"])))
            w.write(continuation_prefix)
        _draw_line(draw, w)


@st.composite
def documents(draw: st.DrawFn) -> Generated:
    w = _Writer()
    front_matter: dict[str, Any] = {}
    if draw(st.booleans()):
        value = f"T{HIDDEN_MARK}{draw(st.integers(0, 99))}"
        front_matter = {"title": value, "draft": True}
        w.write(f'---\ntitle: "{value}"\ndraft: true\n---\n\n')
    ordinals: list[str] = []
    kinds = draw(
        st.lists(
            st.sampled_from(
                ["paragraph", "atx", "setext", "bullets", "ordered", "quote", "table", "comment"]
            ),
            min_size=1,
            max_size=6,
        )
    )
    for index, kind in enumerate(kinds):
        if index:
            w.write("\n\n")
        if kind == "paragraph":
            _draw_lines(draw, w, "")
        elif kind == "atx":
            w.write("#" * draw(st.integers(1, 6)) + " ")
            _draw_line(draw, w)
            if draw(st.booleans()):
                w.write(" " + "#" * draw(st.integers(1, 3)))
        elif kind == "setext":
            _draw_lines(draw, w, "", max_lines=2)
            w.write("\n" + draw(st.sampled_from(["===", "---", "="])))
        elif kind in ("bullets", "ordered"):
            number = draw(st.integers(1, 12))
            items = draw(st.integers(1, 3))
            for k in range(items):
                if k:
                    w.write(draw(st.sampled_from(["\n", "\n\n"])))
                marker = "- " if kind == "bullets" else f"{number + k}. "
                if kind == "ordered":
                    ordinals.append(str(number + k))
                w.write(marker)
                _draw_lines(draw, w, " " * len(marker))
        elif kind == "quote":
            w.write("> ")
            # later lines carry the marker, with or without a space, or are lazy continuations
            _draw_lines(draw, w, draw(st.sampled_from(["> ", ">", ""])))
        elif kind == "table":
            columns = draw(st.integers(1, 3))
            rows = draw(st.integers(0, 2))
            for row in range(rows + 2):
                if row == 1:
                    w.write(
                        "|"
                        + "|".join(
                            draw(st.sampled_from([" --- ", " :-: ", "---", " --: "]))
                            for _ in range(columns)
                        )
                        + "|\n"
                    )
                    continue
                w.write("| ")
                for column in range(columns):
                    if column:
                        w.write(" | ")
                    count = draw(st.integers(1, 3))
                    for k in range(count):
                        if k:
                            w.write(draw(st.sampled_from([" ", "\t"])))
                        _draw_inline(draw, w, first=False, cell=True)
                w.write(draw(st.sampled_from([" |", ""])) + "\n")
        else:
            text = f"{HIDDEN_MARK}b{w.unique()}{HIDDEN_MARK}"
            start = w.length
            if draw(st.booleans()):
                w.write(f"<!-- {text} -->")
            else:
                w.write(f"<!--\n{text}\n-->")
            w.comments.append((text, start, w.length))
    w.write(draw(st.sampled_from(["", "\n", "\n\n"])))
    source = "".join(w.parts)
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    comments = w.comments
    if newline != "\n":

        def shift(offset: int) -> int:
            return offset + source.count("\n", 0, offset)

        comments = [(text, shift(s), shift(e)) for text, s, e in comments]
        source = source.replace("\n", newline)
    return Generated(
        source, newline, w.words, comments, front_matter, ordinals, "table" in kinds, kinds
    )


# --------------------------------------------------------------------------- helpers

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _parse(generated: Generated) -> Document:
    return read_markdown("generated.md", generated.source)


def _char_spans(block: Block) -> list[tuple[int, int]]:
    return [block.source_span(k, k + 1) for k in range(len(block.text))]


def _context(generated: Generated, block: Block) -> str:
    return f"block {block.kind} {block.text!r} in {generated.source!r}"


def _expected_positions(source: str) -> list[tuple[int, int, int]]:
    """(line, column, utf16_column) of every offset, by walking the text one character at a time.

    CR, LF and CRLF each end a line; the offset between the CR and LF of a CRLF is still on the
    line the pair ends.
    """
    out: list[tuple[int, int, int]] = []
    line, column, utf16 = 1, 1, 0
    for index in range(len(source) + 1):
        out.append((line, column, utf16))
        if index == len(source):
            break
        char = source[index]
        if char == "\n" or (char == "\r" and source[index + 1 : index + 2] != "\n"):
            line, column, utf16 = line + 1, 1, 0
        else:
            column += 1
            utf16 += 2 if ord(char) > 0xFFFF else 1
    return out


# --------------------------------------------------------------------------- properties


@PROPERTY_SETTINGS
@given(documents())
def test_every_plain_word_maps_to_its_exact_source(generated: Generated) -> None:
    document = _parse(generated)
    found: list[str] = []
    for block in document.blocks():
        for match in WORD_RUN.finditer(block.text):
            start, end = block.source_span(match.start(), match.end())
            assert generated.source[start:end] == match.group(), _context(generated, block)
            found.append(match.group())
    # every word written is in the prose, once, in document order: none lost, none invented
    assert found == generated.words


@PROPERTY_SETTINGS
@given(documents(), st.randoms(use_true_random=False))
def test_any_prose_range_maps_to_an_ordered_span_covering_its_characters(
    generated: Generated, rnd: random.Random
) -> None:
    document = _parse(generated)
    source = generated.source
    for block in document.blocks():
        text = block.text
        if not text:
            assert block.source_span() == (block.start, block.end)
            continue
        spans = _char_spans(block)
        context = _context(generated, block)
        for (start, end), char in zip(spans, text, strict=True):
            assert block.start <= start < end <= block.end <= len(source), context
            if char == "\n":  # a hard break is the line ending, all of it (CRLF too)
                assert source[start:end] == generated.newline, context
            elif char == " ":  # a space, or a soft break standing for the whole line ending
                assert source[start:end] in (" ", generated.newline), context
            elif char == "\t":
                assert source[start:end] == "\t", context
        for (_, end_before), (start_after, _) in pairwise(spans):
            assert end_before <= start_after, context  # characters keep their order
        length = len(text)
        ranges = [(0, length), (0, 0), (length, length)]
        for _ in range(25):
            i, j = sorted((rnd.randint(0, length), rnd.randint(0, length)))
            ranges.append((i, j))
        for i, j in ranges:
            start, end = block.source_span(i, j)
            assert 0 <= start <= end <= len(source), (i, j, context)
            if i < j:
                # exactly from the first character's source to the last one's
                assert (start, end) == (spans[i][0], spans[j - 1][1]), (i, j, context)
                for k in range(i, j):
                    assert start <= spans[k][0] and spans[k][1] <= end, (i, j, k, context)
            else:
                # an empty range is an insertion point between its neighbours
                assert start == end, (i, j, context)
                if i > 0:
                    assert spans[i - 1][1] <= start, (i, context)
                if i < length:
                    assert start <= spans[i][0], (i, context)


@PROPERTY_SETTINGS
@given(documents())
def test_entities_and_escapes_map_to_their_whole_markup(generated: Generated) -> None:
    document = _parse(generated)
    source = generated.source
    counts = dict.fromkeys([*ENTITIES, *ESCAPES, "|"], 0)
    for block in document.blocks():
        context = _context(generated, block)
        for k, char in enumerate(block.text):
            start, end = block.source_span(k, k + 1)
            markup = source[start:end]
            if char in ENTITIES:
                assert markup == ENTITIES[char], context
            elif char in ESCAPES:
                assert markup == ESCAPES[char], context
            elif char == "|":  # only ever written as an escaped pipe in a table cell
                assert markup == "\\|", context
            elif char in WORD_CHARS:
                assert markup == char, context
            if char in counts:
                counts[char] += 1
    # and each one written is in the prose exactly once
    for char, markup in [*ENTITIES.items(), *ESCAPES.items(), ("|", "\\|")]:
        assert counts[char] == source.count(markup), (char, generated.source)


@PROPERTY_SETTINGS
@given(documents())
def test_code_urls_and_comments_never_reach_the_prose(generated: Generated) -> None:
    document = _parse(generated)
    for block in document.blocks():
        assert HIDDEN_MARK not in block.text, _context(generated, block)
        assert "example.org" not in block.text, _context(generated, block)
        assert "<!--" not in block.text and "-->" not in block.text, _context(generated, block)
    # comments are collected instead, with offsets exactly around '<!-- ... -->'
    assert [(c.text, c.start, c.end) for c in document.comments] == generated.comments
    for comment in document.comments:
        raw = generated.source[comment.start : comment.end]
        assert raw.startswith("<!--") and raw.endswith("-->")
    assert document.front_matter == generated.front_matter
    assert [b.ordinal for b in document.blocks() if b.ordinal is not None] == generated.ordinals


@PROPERTY_SETTINGS
@given(documents())
def test_positions_follow_cr_lf_and_crlf_line_ends(generated: Generated) -> None:
    document = _parse(generated)
    source = generated.source
    expected = _expected_positions(source)
    for offset in range(len(source) + 1):
        position = document.position(offset)
        assert (position.offset, position.line, position.column, position.utf16_column) == (
            offset,
            *expected[offset],
        ), (offset, source)
    lines = re.split(r"\r\n|\r|\n", source)
    assert document.lines.line_count == len(lines)
    for number, text in enumerate(lines, start=1):
        assert document.lines.line_text(number) == text
    # a word's position is on the line that holds it, and its text starts at that column
    for block in document.blocks():
        for match in WORD_RUN.finditer(block.text):
            start, _ = block.source_span(match.start(), match.end())
            position = document.position(start)
            line = lines[position.line - 1]
            assert line[position.column - 1 :].startswith(match.group())
            prefix = line[: position.column - 1]
            assert position.utf16_column == len(prefix.encode("utf-16-le")) // 2


_LINE_PIECES = [*WORD_ALPHABET, " ", "\t", "\r", "\n", "\r\n", "\r\r", "\n\r"]


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=60).map("".join))
def test_positions_with_mixed_line_ends(source: str) -> None:
    document = Document("mixed.txt", source, "text", Section("", 0, None, 0, len(source)))
    expected = _expected_positions(source)
    for offset in range(len(source) + 1):
        position = document.position(offset)
        assert (position.line, position.column, position.utf16_column) == expected[offset]
    # out-of-range offsets clamp to the text
    assert document.position(-5) == document.position(0)
    assert document.position(len(source) + 5) == document.position(len(source))
    index = LineIndex(source)
    lines = re.split(r"\r\n|\r|\n", source)
    assert index.line_count == len(lines)
    for number, text in enumerate(lines, start=1):
        assert index.line_text(number) == text
        assert source[index.line_start(number) : index.line_end(number)] == text


def test_non_bmp_characters_count_two_utf16_units() -> None:
    source = "a😀𝒜b\r\n😀x"
    document = Document("x.md", source, "markdown", Section("", 0, None, 0, len(source)))
    assert document.position(source.index("b")).utf16_column == 5
    assert document.position(source.index("b")).column == 4
    x = source.index("x")
    assert (
        document.position(x).line,
        document.position(x).column,
        document.position(x).utf16_column,
    ) == (2, 2, 2)
