"""Finding the text in quotation marks, shared by the rules that leave quoted words alone."""

from __future__ import annotations

import pytest

from scrlint.quotes import masked_quotations, quoted_spans


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("She said “we were never told” twice.", ["“we were never told”"]),
        ('He called it "a one-off" and left.', ['"a one-off"']),
        ("A \u2018scare quote\u2019 here.", ["\u2018scare quote\u2019"]),
        ("The 'subject' of the review.", ["'subject'"]),
        ("The review of 'the case' and 'the subject'.", ["'the case'", "'the subject'"]),
    ],
)
def test_quotations_are_found_with_their_marks(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


@pytest.mark.parametrize(
    "text",
    [
        "Mother's partner and the children's father",  # apostrophes, not quotes
        "The GP’s note and the HV’s visit",
        "It's the school's and the nursery's view",  # an apostrophe never opens a quotation
        "“an opening mark\non one line and a closing mark on the next”",
        "“" + "x" * 601 + "”",  # longer than a quotation can be: a stray mark
        "Ends without closing “the quote",
    ],
)
def test_apostrophes_and_stray_marks_are_not_quotations(text: str) -> None:
    assert quoted_spans(text) == []


def test_a_closing_quote_precedes_no_letter() -> None:
    assert _quoted("The 'careless' note; Father's view.") == ["'careless'"]
    assert _quoted("The 'children's' view") == []


def test_masking_blanks_quotations_and_keeps_offsets() -> None:
    text = "Mother said “they should have come”, and the GP's note said 'careless'."
    masked = masked_quotations(text)
    assert len(masked) == len(text)
    assert "should have" not in masked and "careless" not in masked
    assert masked.index("and the GP's note") == text.index("and the GP's note")
