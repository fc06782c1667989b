"""Example-based tests of the Markdown reader: front matter, sections, contents, lists, tables,
comments and CRLF sources."""

from __future__ import annotations

import pytest

from scrlint.document.markdown import read_markdown
from scrlint.document.model import Block, BlockKind, Document, Section
from scrlint.errors import InputError


def _read(source: str) -> Document:
    return read_markdown("review.md", source)


def _sections(document: Document) -> dict[str, Section]:
    return {section.title: section for section in document.sections()}


def _source_of(document: Document, block: Block, start: int = 0, end: int | None = None) -> str:
    s, e = block.source_span(start, end)
    return document.source[s:e]


# --------------------------------------------------------------------------- front matter


def test_front_matter_is_parsed_and_blanked_without_moving_offsets() -> None:
    source = (
        '---\ntitle: "Child A: a review"\nauthor: Board\npages: 12\n---\n\n# Heading\n\nBody.\n'
    )
    document = _read(source)
    assert document.front_matter == {"title": "Child A: a review", "author": "Board", "pages": 12}
    assert document.title == "Child A: a review"  # front matter wins over the H1
    texts = [(b.kind, b.text) for b in document.blocks()]
    assert texts == [(BlockKind.HEADING, "Heading"), (BlockKind.PARAGRAPH, "Body.")]
    heading, body = document.blocks()
    assert _source_of(document, heading) == "Heading"
    assert heading.start == source.index("# Heading")
    assert _source_of(document, body) == "Body."


def test_front_matter_in_a_crlf_document() -> None:
    source = "---\r\ntitle: Review\r\n---\r\n\r\n# Heading\r\n\r\nBody text.\r\n"
    document = _read(source)
    assert document.front_matter == {"title": "Review"}
    body = next(document.blocks(BlockKind.PARAGRAPH))
    assert body.text == "Body text."
    assert _source_of(document, body) == "Body text."


def test_empty_front_matter_and_dots_terminator() -> None:
    assert _read("---\n---\n# H\n").front_matter == {}
    assert _read("---\nyear: 2024\n...\n# H\n").front_matter == {"year": 2024}


def test_a_thematic_break_is_not_front_matter() -> None:
    document = _read("----\n\nText.\n")
    assert document.front_matter == {}
    assert [b.text for b in document.blocks()] == ["Text."]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("---\ntitle: Review\n\n# Heading\n\nBody.\n", "no closing '---'"),
        ("---\ntitle: [unclosed\n---\n# H\n", "malformed front matter"),
        ("---\ntitle: a: b\n---\n# H\n", "malformed front matter"),
        ("---\n- a list\n- not a mapping\n---\n# H\n", "must be a mapping"),
        ("---\njust a string\n---\n# H\n", "must be a mapping"),
    ],
)
def test_bad_front_matter_is_an_input_error_on_one_line(source: str, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        _read(source)
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and message.strip() == message


# --------------------------------------------------------------------------- sections

OUTLINE = """\
# Child A: local child safeguarding practice review

Opening words.

## Introduction

Intro text.

Background
----------

Background text.

### Family history

History text.

#### Early years

Early text.

### Agency involvement

Agency text.

Findings
--------

Findings text.
"""


def test_atx_and_setext_headings_build_the_section_tree() -> None:
    document = _read(OUTLINE)
    sections = list(document.sections())
    assert [(s.title, s.level) for s in sections] == [
        ("Child A: local child safeguarding practice review", 1),
        ("Introduction", 2),
        ("Background", 2),
        ("Family history", 3),
        ("Early years", 4),
        ("Agency involvement", 3),
        ("Findings", 2),
    ]
    by_title = _sections(document)
    title = by_title["Child A: local child safeguarding practice review"]
    assert title.is_title and title.parent is document.root
    assert by_title["Introduction"].parent is title
    assert by_title["Background"].parent is title
    assert by_title["Family history"].parent is by_title["Background"]
    assert by_title["Early years"].parent is by_title["Family history"]
    assert by_title["Agency involvement"].parent is by_title["Background"]
    assert by_title["Findings"].parent is title
    assert [c.title for c in by_title["Background"].children] == [
        "Family history",
        "Agency involvement",
    ]


def test_section_paths_leave_out_the_lone_title() -> None:
    by_title = _sections(_read(OUTLINE))
    assert by_title["Introduction"].path == "Introduction"
    assert by_title["Early years"].path == "Background > Family history > Early years"
    assert by_title["Agency involvement"].path == "Background > Agency involvement"
    # the title section itself still has its own name as its path
    title = by_title["Child A: local child safeguarding practice review"]
    assert title.path == title.title


def test_two_top_level_headings_are_both_in_paths() -> None:
    document = _read("# Part one\n\n## Alpha\n\n# Part two\n\n## Beta\n")
    by_title = _sections(document)
    assert not by_title["Part one"].is_title and not by_title["Part two"].is_title
    assert by_title["Alpha"].path == "Part one > Alpha"
    assert by_title["Beta"].path == "Part two > Beta"


def test_section_spans_and_blocks() -> None:
    document = _read(OUTLINE)
    by_title = _sections(document)
    background = by_title["Background"]
    assert background.start == OUTLINE.index("Background\n---")
    assert background.end == OUTLINE.index("Findings\n---")
    assert [b.text for b in background.blocks] == ["Background text."]
    assert [b.text for b in background.all_blocks()] == [
        "Background text.",
        "History text.",
        "Early text.",
        "Agency text.",
    ]
    assert by_title["Findings"].end == len(OUTLINE)
    # the text before the first subsection belongs to the title section
    title = by_title["Child A: local child safeguarding practice review"]
    assert [b.text for b in title.blocks] == ["Opening words."]
    assert document.section_at(OUTLINE.index("Early text.")) is by_title["Early years"]
    assert document.section_at(OUTLINE.index("Agency text.")) is by_title["Agency involvement"]


def test_setext_heading_maps_only_its_text() -> None:
    document = _read("Intro\n\nThe  Background\n===\n\nText.\n")
    heading = next(document.blocks(BlockKind.HEADING))
    assert heading.text == "The  Background"
    assert _source_of(document, heading) == "The  Background"


def test_atx_closing_hashes_are_not_part_of_the_title() -> None:
    document = _read("## Findings and analysis ##\n\nText.\n")
    heading = next(document.blocks(BlockKind.HEADING))
    assert heading.text == "Findings and analysis"
    assert _source_of(document, heading) == "Findings and analysis"


# --------------------------------------------------------------------------- contents

CONTENTS_DOC = """\
# Child B review

## Contents

1. Introduction
2. The review process
3. Findings

## Introduction

Intro.

## The review process

Process.

## Findings

Findings.
"""


def test_a_contents_section_is_marked_and_its_items_are_contents_blocks() -> None:
    document = _read(CONTENTS_DOC)
    by_title = _sections(document)
    contents = by_title["Contents"]
    assert contents.is_contents
    assert [b.kind for b in contents.blocks] == [BlockKind.CONTENTS] * 3
    assert [b.ordinal for b in contents.blocks] == ["1", "2", "3"]
    assert not any(s.is_contents for s in document.sections() if s is not contents)
    # contents entries are not counted as prose and are not list items
    assert list(document.blocks(BlockKind.LIST_ITEM)) == []
    assert contents.word_count() == 0


@pytest.mark.parametrize("title", ["Table of contents", "CONTENTS", "Contents page"])
def test_contents_titles_are_recognised_in_any_form(title: str) -> None:
    document = _read(f"# R\n\n## {title}\n\n- A\n\n## A\n\nText.\n")
    assert _sections(document)[title].is_contents


def test_an_unheaded_list_naming_later_headings_is_contents() -> None:
    source = """\
# Child C review

- Introduction ........ 2
- Key practice episodes ........ 4
- Findings ........ 9

## Introduction

Intro.

## Key practice episodes

Episodes.

## Findings

Findings.
"""
    document = _read(source)
    title = _sections(document)["Child C review"]
    assert [b.kind for b in title.blocks] == [BlockKind.CONTENTS] * 3
    assert not title.is_contents  # the section itself is the report, not a contents section


def test_an_ordinary_list_is_not_contents() -> None:
    source = """\
# Child D review

- the school raised concerns
- the health visitor saw the family
- Findings

## Findings

Text.
"""
    document = _read(source)
    kinds = [b.kind for b in _sections(document)["Child D review"].blocks]
    assert kinds == [BlockKind.LIST_ITEM] * 3


def test_fewer_than_three_matching_items_are_not_contents() -> None:
    document = _read("# R\n\n- Alpha\n- Beta\n\n## Alpha\n\nx\n\n## Beta\n\ny\n")
    assert [b.kind for b in _sections(document)["R"].blocks] == [BlockKind.LIST_ITEM] * 2


# --------------------------------------------------------------------------- lists


def test_list_items_carry_the_ordinal_of_ordered_lists() -> None:
    source = "3. third point\n4. fourth point\n\n- a bullet\n\n7) seventh\n"
    document = _read(source)
    items = list(document.blocks(BlockKind.LIST_ITEM))
    assert [(b.text, b.ordinal) for b in items] == [
        ("third point", "3"),
        ("fourth point", "4"),
        ("a bullet", None),
        ("seventh", "7"),
    ]
    for item in items:
        assert _source_of(document, item) == item.text


def test_nested_and_multi_line_list_items() -> None:
    source = "1. first line\n   continues here\n   - nested *item*\n2. second\n"
    document = _read(source)
    items = list(document.blocks(BlockKind.LIST_ITEM))
    assert [(b.text, b.ordinal) for b in items] == [
        ("first line continues here", "1"),
        ("nested item", None),
        ("second", "2"),
    ]
    first = items[0]
    assert _source_of(document, first) == "first line\n   continues here"
    k = first.text.index("continues")
    assert _source_of(document, first, k, k + len("continues")) == "continues"
    nested = items[1]
    assert _source_of(document, nested, 7, 11) == "item"


def test_blockquote_lines_map_past_their_markers() -> None:
    source = "> The child said\n> *nothing* at all.\n"
    document = _read(source)
    (quote,) = document.blocks()
    assert quote.kind is BlockKind.BLOCKQUOTE
    assert quote.text == "The child said nothing at all."
    k = quote.text.index("nothing")
    assert _source_of(document, quote, k, k + 7) == "nothing"
    assert _source_of(document, quote) == "The child said\n> *nothing* at all."


# --------------------------------------------------------------------------- tables

TABLE = """\
| Agency | Contacts \\| visits | Notes |
| --- | :-: | --- |
| Health  | 3 \\| 2 | seen &amp; weighed |
| School | 1 | *absent* \\| late |
"""


def test_table_cells_map_exactly_including_escaped_pipes() -> None:
    document = _read(TABLE)
    cells = list(document.blocks(BlockKind.TABLE_CELL))
    assert [(c.text, c.header) for c in cells] == [
        ("Agency", True),
        ("Contacts | visits", True),
        ("Notes", True),
        ("Health", False),
        ("3 | 2", False),
        ("seen & weighed", False),
        ("School", False),
        ("1", False),
        ("absent | late", False),
    ]
    for cell in cells:
        # the cell's text spans exactly its content, without the surrounding pipes or spaces
        whole = _source_of(document, cell)
        assert whole.replace("\\|", "|").replace("&amp;", "&").replace("*", "") == cell.text
        start, end = cell.source_span()
        assert cell.start <= start < end == cell.end
        assert cell.text.startswith("absent") or start == cell.start
        for k, char in enumerate(cell.text):
            piece = _source_of(document, cell, k, k + 1)
            expected = {"|": "\\|", "&": "&amp;"}.get(char, char)
            assert piece == expected, (cell.text, k)
    contacts = cells[1]
    k = contacts.text.index("visits")
    start, end = contacts.source_span(k, k + len("visits"))
    assert TABLE[start:end] == "visits"
    assert start == TABLE.index("visits")


def test_a_pipe_only_cell_and_a_row_without_a_closing_pipe() -> None:
    source = "| a | b |\n| - | - |\n| \\| | x \\|\n"
    document = _read(source)
    cells = [c for c in document.blocks(BlockKind.TABLE_CELL) if not c.header]
    assert [c.text for c in cells] == ["|", "x |"]
    assert _source_of(document, cells[0]) == "\\|"
    assert _source_of(document, cells[1]) == "x \\|"
    assert _source_of(document, cells[1], 0, 1) == "x"


# --------------------------------------------------------------------------- comments

COMMENTED = """\
# Review

<!-- scrlint-disable passive-voice -->

A paragraph <!-- inline note --> with a comment.

<!--
scrlint-enable
passive-voice
-->

| a <!-- in cell --> | b |
| - | - |
"""


def test_html_comments_are_collected_with_exact_offsets() -> None:
    document = _read(COMMENTED)
    assert [c.text for c in document.comments] == [
        "scrlint-disable passive-voice",
        "inline note",
        "scrlint-enable\npassive-voice",
        "in cell",
    ]
    for comment in document.comments:
        raw = COMMENTED[comment.start : comment.end]
        assert raw.startswith("<!--") and raw.endswith("-->")
        assert raw[4:-3].strip() == comment.text
    assert document.comments[0].start == COMMENTED.index("<!-- scrlint-disable")
    assert document.comments[1].start == COMMENTED.index("<!-- inline")
    # comments are never prose
    texts = [b.text for b in document.blocks()]
    assert "A paragraph  with a comment." in texts
    assert not any("<!--" in t or "note" in t or "scrlint" in t for t in texts)


def test_comments_in_a_crlf_document_have_offsets_into_the_crlf_source() -> None:
    crlf = COMMENTED.replace("\n", "\r\n")
    document = _read(crlf)
    for comment in document.comments:
        raw = crlf[comment.start : comment.end]
        assert raw.startswith("<!--") and raw.endswith("-->")
    # the text of a comment is read with its line endings folded to '\n'
    assert [c.text for c in document.comments] == [c.text for c in _read(COMMENTED).comments]
    assert document.comments[2].start == crlf.index("<!--\r\nscrlint-enable")


# --------------------------------------------------------------------------- CRLF

RICH = """\
# Child E review

## Key   episodes

The *social worker* visited on 3 May &amp; 9 May.<TWO SPACES>
She noted \\*concerns\\* in
[the plan](http://example.org "Plan") and `code` too.

- first item
  continues
- second item

> quoted words
> more words

| Agency | Role |
| --- | --- |
| Police | lead \\| support |
""".replace("<TWO SPACES>", "  ")  # a hard break


def test_crlf_documents_give_identical_blocks_and_exact_offsets() -> None:
    lf = _read(RICH)
    crlf_source = RICH.replace("\n", "\r\n")
    crlf = _read(crlf_source)
    lf_blocks, crlf_blocks = list(lf.blocks()), list(crlf.blocks())
    assert [(b.kind, b.text, b.ordinal, b.header) for b in crlf_blocks] == [
        (b.kind, b.text, b.ordinal, b.header) for b in lf_blocks
    ]
    assert [(s.title, s.level, s.path) for s in crlf.sections()] == [
        (s.title, s.level, s.path) for s in lf.sections()
    ]

    def crlf_offset(lf_offset: int) -> int:
        return lf_offset + RICH.count("\n", 0, lf_offset)

    for lf_block, crlf_block in zip(lf_blocks, crlf_blocks, strict=True):
        assert crlf_block.start == crlf_offset(lf_block.start)
        assert crlf_block.end == crlf_offset(lf_block.end)
        for k, char in enumerate(crlf_block.text):
            lf_start, lf_end = lf_block.source_span(k, k + 1)
            start, end = crlf_block.source_span(k, k + 1)
            lf_piece, piece = RICH[lf_start:lf_end], crlf_source[start:end]
            # the same source, except that a line ending is the whole '\r\n'
            assert piece == lf_piece.replace("\n", "\r\n"), (crlf_block.text, k, char)
            assert start == crlf_offset(lf_start)


def test_crlf_hard_and_soft_breaks_map_to_the_whole_line_ending() -> None:
    source = "one  \r\ntwo\\\r\nthree\r\nfour\r\n"
    document = _read(source)
    (paragraph,) = document.blocks()
    assert paragraph.text == "one\ntwo\nthree four"
    breaks = [k for k, char in enumerate(paragraph.text) if char in "\n "]
    for k in breaks:
        assert _source_of(document, paragraph, k, k + 1) == "\r\n"
    k = paragraph.text.index("two")
    assert _source_of(document, paragraph, k - 1, k + 3) == "\r\ntwo"


def test_positions_of_crlf_blocks() -> None:
    crlf = RICH.replace("\n", "\r\n")
    document = _read(crlf)
    block = next(b for b in document.blocks() if b.text.startswith("The social worker"))
    k = block.text.index("concerns")
    start, _ = block.source_span(k, k + 8)
    position = document.position(start)
    assert position.line == 6
    assert crlf.splitlines()[5][position.column - 1 :].startswith("concerns")


def test_entities_escapes_and_links_in_a_paragraph() -> None:
    source = 'Seen &amp; heard &copy; \\* [the plan](http://example.org/p "t") `x=1` end'
    document = _read(source)
    (paragraph,) = document.blocks()
    assert paragraph.text == "Seen & heard © * the plan  end"
    assert _source_of(document, paragraph, 5, 6) == "&amp;"
    assert _source_of(document, paragraph, 13, 14) == "&copy;"
    assert _source_of(document, paragraph, 15, 16) == "\\*"
    k = paragraph.text.index("the plan")
    assert _source_of(document, paragraph, k, k + 8) == "the plan"
    # a range over an entity and its neighbours covers the entity's whole markup
    assert _source_of(document, paragraph, 0, 12) == "Seen &amp; heard"
    # an insertion point after a trailing entity goes after it, not before it
    tail = _read("Rock &amp;")
    (block,) = tail.blocks()
    assert block.source_span(len(block.text), len(block.text)) == (10, 10)
