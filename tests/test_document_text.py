"""Example-based tests of the plain-text reader: inferred headings, contents lists, bullets,
comment lines and exact source maps (LF and CRLF)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from scrlint.document.model import Block, BlockKind, Document, Section
from scrlint.document.text import read_text
from scrlint.errors import InputError


def _read(source: str) -> Document:
    return read_text("review.txt", source)


def _sections(document: Document) -> dict[str, Section]:
    return {section.title: section for section in document.sections()}


def _levels(document: Document) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in document.sections()]


def _assert_maps_exactly(document: Document, block: Block) -> None:
    """Every character maps to itself, or (a space joining lines) to the whole line ending."""
    source = document.source
    spans = [block.source_span(k, k + 1) for k in range(len(block.text))]
    for k, char in enumerate(block.text):
        start, end = spans[k]
        piece = source[start:end]
        if char == " ":
            assert piece in (" ", "\t", "\n", "\r\n", "\r"), (block.text, k, piece)
        else:
            assert piece == char, (block.text, k, piece)
    for (_, end_before), (start_after, _) in pairwise(spans):
        assert end_before <= start_after
    if block.text:
        start, end = block.source_span()
        assert block.start <= start < end == block.end  # a list item's block has its marker
        first_word = block.text.split()[0]
        assert source[start : start + len(first_word)] == first_word


NUMBERED = """\
Child I: Local Child Safeguarding Practice Review

3. Introduction

The review was commissioned after the incident and looked at two years of agency contact.

3.1 Terms of reference

The terms of reference were agreed by the partnership in January of that year.

3.1.2 Scope of the review

The review covered the period from the child's birth to the incident.

4 Findings

The findings are set out below in order of importance for the partners.
"""


def test_numbered_headings_give_levels_two_three_and_four() -> None:
    document = _read(NUMBERED)
    assert _levels(document) == [
        ("Child I: Local Child Safeguarding Practice Review", 1),
        ("3. Introduction", 2),
        ("3.1 Terms of reference", 3),
        ("3.1.2 Scope of the review", 4),
        ("4 Findings", 2),
    ]
    by_title = _sections(document)
    assert by_title["3.1.2 Scope of the review"].parent is by_title["3.1 Terms of reference"]
    assert by_title["3.1 Terms of reference"].parent is by_title["3. Introduction"]
    assert by_title["3.1.2 Scope of the review"].path == (
        "3. Introduction > 3.1 Terms of reference > 3.1.2 Scope of the review"
    )
    title = by_title["Child I: Local Child Safeguarding Practice Review"]
    assert title.is_title
    assert by_title["3. Introduction"].key == "introduction"
    for block in document.blocks():
        _assert_maps_exactly(document, block)


def test_section_word_and_all_caps_headings() -> None:
    source = """\
Serious Case Review Into the Death of Child J

Section 3: Key practice episodes

The first episode began when the school contacted children's social care about bruising.

KEY FINDINGS

The partnership accepted every finding that the independent reviewer made.

Appendix A terms of reference

The terms were agreed in advance and revised once during the review period.
"""
    document = _read(source)
    assert _levels(document) == [
        ("Serious Case Review Into the Death of Child J", 1),
        ("Section 3: Key practice episodes", 2),
        ("KEY FINDINGS", 2),
        ("Appendix A terms of reference", 2),
    ]
    findings = _sections(document)["KEY FINDINGS"]
    assert [b.text for b in findings.blocks] == [
        "The partnership accepted every finding that the independent reviewer made."
    ]


def test_a_short_stand_alone_title_line_is_a_heading() -> None:
    source = """\
Review of Child K

Background

The family moved to the area when the child was two years old and registered with a GP.

Agency Involvement

Several agencies were involved with the family over the period under review.
"""
    document = _read(source)
    assert _levels(document) == [
        ("Review of Child K", 1),
        ("Background", 2),
        ("Agency Involvement", 2),
    ]
    assert [b.kind for b in _sections(document)["Background"].blocks] == [BlockKind.PARAGRAPH]


def test_title_lines_sit_below_numbered_headings_when_the_report_uses_them() -> None:
    source = """\
Review of Child L

1. Background

Key Practice Episodes
The first episode began when the nursery noticed the child had lost weight.

The second episode followed a referral from the GP later that same year.
"""
    document = _read(source)
    by_title = _sections(document)
    assert by_title["Key Practice Episodes"].level == 3
    assert by_title["Key Practice Episodes"].parent is by_title["1. Background"]
    assert [b.text for b in by_title["Key Practice Episodes"].blocks] == [
        "The first episode began when the nursery noticed the child had lost weight.",
        "The second episode followed a referral from the GP later that same year.",
    ]


def test_a_title_line_in_the_last_paragraph_is_not_a_heading() -> None:
    source = "Review of Child L\n\nBackground\n\nSigned By The Chair\nJ. Smith, March 2024\n"
    document = _read(source)
    assert "Signed By The Chair" not in _sections(document)
    assert [b.text for b in _sections(document)["Background"].blocks] == [
        "Signed By The Chair J. Smith, March 2024"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "3. The board agreed the terms of reference.",
        "3.2 The board agreed the terms of reference.",
        "4 the board agreed the terms",  # numbered, but lower case: a sentence
        "The school referred the child on 3 March.",
        "This line is a sentence, and it ends with a comma,",
    ],
)
def test_a_numbered_sentence_or_ordinary_line_is_not_a_heading(line: str) -> None:
    source = f"Title of the Review\n\n1. Introduction\n\n{line}\n"
    document = _read(source)
    assert line not in _sections(document)
    blocks = list(_sections(document)["1. Introduction"].blocks)
    assert len(blocks) == 1
    assert blocks[0].kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    assert line.endswith(blocks[0].text)


def test_a_numbered_line_ending_in_a_page_number_is_not_a_heading() -> None:
    document = _read("Title of the Review\n\n1. Introduction\n\n2.1 Family history 14\n")
    assert "2.1 Family history 14" not in _sections(document)


# --------------------------------------------------------------------------- contents

LEADERS = """\
Child M: Safeguarding Practice Review

Contents

1. Introduction ........ 2
2. Background ........ 3
2.1 Family history ........ 4
3. Findings ........ 7

1. Introduction

This review was commissioned by the partnership after a serious incident.

2. Background

2.1 Family history

The family moved to the area in the year before the incident happened.

3. Findings

The findings follow.
"""


def test_a_contents_list_with_dot_leaders_is_not_sections() -> None:
    document = _read(LEADERS)
    by_title = _sections(document)
    contents = by_title["Contents"]
    assert contents.is_contents and contents.level == 2
    assert [(b.kind, b.text) for b in contents.blocks] == [
        (BlockKind.CONTENTS, "1. Introduction ........ 2"),
        (BlockKind.CONTENTS, "2. Background ........ 3"),
        (BlockKind.CONTENTS, "2.1 Family history ........ 4"),
        (BlockKind.CONTENTS, "3. Findings ........ 7"),
    ]
    assert contents.children == []
    # the real headings after the list are the sections
    assert _levels(document)[2:] == [
        ("1. Introduction", 2),
        ("2. Background", 2),
        ("2.1 Family history", 3),
        ("3. Findings", 2),
    ]
    assert by_title["2.1 Family history"].parent is by_title["2. Background"]
    for block in contents.blocks:
        _assert_maps_exactly(document, block)


def test_numbered_contents_entries_with_page_numbers() -> None:
    source = """\
Review of Services to Child N

CONTENTS

1 Introduction 3
2 The Family 5
3 Analysis 8

1 Introduction

This review was commissioned by the safeguarding partnership in the spring.

2 The Family

The family is described here in enough detail to understand the review.

3 Analysis

Text here.
"""
    document = _read(source)
    contents = _sections(document)["CONTENTS"]
    assert contents.is_contents
    assert [b.text for b in contents.blocks] == [
        "1 Introduction 3",
        "2 The Family 5",
        "3 Analysis 8",
    ]
    assert all(b.kind is BlockKind.CONTENTS for b in contents.blocks)
    assert _levels(document)[2:] == [("1 Introduction", 2), ("2 The Family", 2), ("3 Analysis", 2)]
    assert not any(s.is_contents for s in document.sections() if s is not contents)


def test_unnumbered_contents_entries_with_page_numbers() -> None:
    source = """\
Serious Case Review: Child O

Table of Contents
Introduction 2
Background 4
Findings and Recommendations 9

Introduction

The review began in May and it covered two years of contact with the family.

Background

The family lived in the area.

Findings and Recommendations

The findings follow.
"""
    document = _read(source)
    by_title = _sections(document)
    assert by_title["Table of Contents"].is_contents
    assert [b.text for b in by_title["Table of Contents"].blocks] == [
        "Introduction 2",
        "Background 4",
        "Findings and Recommendations 9",
    ]
    assert _levels(document)[2:] == [
        ("Introduction", 2),
        ("Background", 2),
        ("Findings and Recommendations", 2),
    ]


def test_contents_ends_at_a_repeated_entry_in_the_same_group() -> None:
    source = (
        "Review of Child P\n\nContents\nIntroduction 2\nFindings 5\nIntroduction\n"
        "The review started in the spring and finished in the autumn of the same year.\n\n"
        "Findings\n\nThe findings are set out in the order the panel agreed them.\n"
    )
    document = _read(source)
    by_title = _sections(document)
    assert [b.text for b in by_title["Contents"].blocks] == ["Introduction 2", "Findings 5"]
    assert "Introduction" in by_title
    assert [b.text for b in by_title["Introduction"].blocks] == [
        "The review started in the spring and finished in the autumn of the same year."
    ]


# --------------------------------------------------------------------------- bullets

BULLETS = """\
Review of Child Q

Actions

The partnership agreed these actions at its meeting in March of that year:
- train every front-line practitioner
  in the new threshold document
• audit the referrals made
– review supervision
(a) lettered action that
continues on a second line
1) numbered action
2. another numbered action
"""


def test_bullets_become_list_items_with_continuation_lines_joined() -> None:
    document = _read(BULLETS)
    blocks = list(_sections(document)["Actions"].blocks)
    assert [(b.kind, b.text, b.ordinal) for b in blocks] == [
        (
            BlockKind.PARAGRAPH,
            "The partnership agreed these actions at its meeting in March of that year:",
            None,
        ),
        (
            BlockKind.LIST_ITEM,
            "train every front-line practitioner in the new threshold document",
            None,
        ),
        (BlockKind.LIST_ITEM, "audit the referrals made", None),
        (BlockKind.LIST_ITEM, "review supervision", None),
        (BlockKind.LIST_ITEM, "lettered action that continues on a second line", "a"),
        (BlockKind.LIST_ITEM, "numbered action", "1"),
        (BlockKind.LIST_ITEM, "another numbered action", "2"),
    ]
    for block in blocks:
        _assert_maps_exactly(document, block)
    first_item = blocks[1]
    k = first_item.text.index("in the new")
    start, end = first_item.source_span(k, k + len("in the new"))
    assert BULLETS[start:end] == "in the new"
    # the joining space stands for the line break and the indentation after it
    start, end = first_item.source_span(k - 1, k)
    assert BULLETS[start:end] == " "
    assert BULLETS[first_item.start : first_item.start + 7] == "- train"  # with its marker
    assert first_item.source_span(0, 5) == (first_item.start + 2, first_item.start + 7)


# --------------------------------------------------------------------------- comments


def test_comment_lines_are_collected_and_are_not_prose() -> None:
    source = """\
Review of Child R

Background

<!-- scrlint-disable passive-voice -->
The child was seen by the health visitor on several occasions that year.
  <!-- scrlint-enable passive-voice -->

The end of the report.
"""
    document = _read(source)
    assert [c.text for c in document.comments] == [
        "scrlint-disable passive-voice",
        "scrlint-enable passive-voice",
    ]
    for comment in document.comments:
        raw = source[comment.start : comment.end]
        assert raw.startswith("<!--") and raw.endswith("-->")
    assert document.comments[1].start == source.index("<!-- scrlint-enable")
    texts = [b.text for b in document.blocks()]
    assert not any("<!--" in text or "scrlint" in text for text in texts)
    assert "The child was seen by the health visitor on several occasions that year." in texts


# --------------------------------------------------------------------------- source maps

MIXED = """\
Review of Child S

1. Introduction

The review began in the spring of that year and looked at contact with\t
   the family over two years,   with gaps.

- a bullet item that
  continues here
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_prose_maps_exactly_back_to_the_source(newline: str) -> None:
    source = MIXED.replace("\n", newline)
    document = _read(source)
    for block in document.blocks():
        _assert_maps_exactly(document, block)
    paragraph = next(document.blocks(BlockKind.PARAGRAPH))
    assert paragraph.text == (
        "The review began in the spring of that year and looked at contact with "
        "the family over two years,   with gaps."
    )
    k = paragraph.text.index("the family")
    start, end = paragraph.source_span(k, k + len("the family"))
    assert source[start:end] == "the family"
    assert document.position(start).line == 6
    assert document.position(start).column == 4


def test_crlf_text_gives_the_same_blocks_with_shifted_offsets() -> None:
    lf = _read(MIXED)
    crlf_source = MIXED.replace("\n", "\r\n")
    crlf = _read(crlf_source)
    assert [(b.kind, b.text, b.ordinal) for b in crlf.blocks()] == [
        (b.kind, b.text, b.ordinal) for b in lf.blocks()
    ]
    assert _levels(crlf) == _levels(lf)
    for lf_block, crlf_block in zip(lf.blocks(), crlf.blocks(), strict=True):
        shift = MIXED.count("\n", 0, lf_block.start)
        assert crlf_block.start == lf_block.start + shift


def test_a_line_join_after_trailing_spaces_maps_to_the_whole_crlf() -> None:
    source = (
        "Title Line Here\r\n\r\n"
        "The first line of the paragraph runs on and on   \r\nsecond line\r\n"
    )
    document = _read(source)
    paragraph = next(document.blocks(BlockKind.PARAGRAPH))
    k = paragraph.text.index(" second")
    start, end = paragraph.source_span(k, k + 1)
    assert source[start:end] == "\r\n"
    start, end = paragraph.source_span(k, k + len(" second"))
    assert source[start:end] == "\r\nsecond"


def test_front_matter_in_plain_text() -> None:
    source = "---\ntitle: Child T\n---\nReview of Child T\n\nBody of the report goes here.\n"
    document = _read(source)
    assert document.front_matter == {"title": "Child T"}
    assert document.title == "Child T"
    heading = next(document.blocks(BlockKind.HEADING))
    assert heading.text == "Review of Child T"
    assert heading.start == source.index("Review")
    with pytest.raises(InputError):
        _read("---\ntitle: Child T\nReview of Child T\n")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The review began in May. It covered\ntwo years of contact with the family.",
        "Child A lived with Mother and\nher partner in a rented flat.",
    ],
)
def test_a_short_first_line_of_a_wrapped_paragraph_is_not_a_heading(paragraph: str) -> None:
    document = _read(f"REPORT\n\n{paragraph}\n\nMore text follows here.\n")
    assert [s.title for s in document.sections()] == ["REPORT"]
    (block, _more) = list(document.blocks(BlockKind.PARAGRAPH))
    assert block.text == paragraph.replace("\n", " ")


def test_a_subtitle_under_the_title_is_one_level_down() -> None:
    document = _read(
        "SERIOUS CASE REVIEW: CHILD K\n\nNorthshire Local Safeguarding Children Board\n\n"
        "1. Introduction\n\nThe review began in May 2015 and ended in November.\n"
    )
    assert _levels(document)[:2] == [
        ("SERIOUS CASE REVIEW: CHILD K", 1),
        ("Northshire Local Safeguarding Children Board", 2),
    ]
