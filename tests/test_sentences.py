"""The shared sentence splitter."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from scrlint.sentences import sentence_spans


def _split(text: str, **options: bool) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, **options)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "On 3 March 2024 Dr. Shah saw Child A. Under s. 47 the CCG (e.g. its GP) was told. Done."
    assert _split(text) == [
        "On 3 March 2024 Dr. Shah saw Child A.",
        "Under s. 47 the CCG (e.g. its GP) was told.",
        "Done.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = 'Mother said "I was scared." The reviewer met Child A. He was nine.'
    assert _split(text) == [
        'Mother said "I was scared."',
        "The reviewer met Child A.",
        "He was nine.",
    ]


def test_semicolons_split_clauses_only_when_asked() -> None:
    text = "The review began on 1 May; it ended on 3 June."
    assert _split(text) == [text]
    assert _split(text, semicolons=True) == ["The review began on 1 May", "it ended on 3 June."]


@given(st.text(alphabet='ab .;"A1\n', max_size=60))
def test_spans_are_ordered_non_empty_and_inside_the_text(text: str) -> None:
    spans = sentence_spans(text, semicolons=True)
    assert all(0 <= a < b <= len(text) and text[a:b].strip() for a, b in spans)
    assert all(first[1] <= second[0] for first, second in itertools.pairwise(spans))


def test_a_possessive_before_a_stop_ends_the_sentence() -> None:
    text = "The coat was Mother's. Then he left, as set out in s. 47 of the Act."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The coat was Mother's.",
        "Then he left, as set out in s. 47 of the Act.",
    ]
