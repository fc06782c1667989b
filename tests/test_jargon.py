"""The jargon table (rules/readability/jargon.yaml): it loads, and bad tables are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.errors import PackError
from scrlint.jargon import load_jargon, load_jargon_file, parse_jargon

SPEC_TERMS = {
    "disguised compliance", "professional curiosity", "toxic trio", "start again syndrome",
    "rule of optimism", "drift", "threshold", "step down", "hard to reach", "non-engagement",
    "lack of engagement", "failure to thrive", "think family", "trilogy of risk",
}  # fmt: skip
ADDED_TERMS = {"adultification"}  # beyond the spec's list: a term of art in recent reviews


def test_bundled_table_has_the_terms_and_finds_them() -> None:
    table = load_jargon()
    assert {t.name for t in table.terms} == SPEC_TERMS | ADDED_TERMS
    assert not any(t.pattern.search("The baby drifted off to sleep.") for t in table.terms)
    assert table.explained("She cancelled five home visits.")
    assert not table.explained("Mother showed X.")


@pytest.mark.parametrize(
    "text",
    [
        "Mother's disguised-compliance", "professionally curious", "the Toxic Trio",
        "start again syndrome", "the rule of optimism", "drift and delay", "case drift",
        "did not meet threshold", "thresholds were not met", "stepped down", "a step-down",
        "hard-to-reach", "non-engagement", "lack of engagement", "failure to thrive",
        "Think Family", "the trilogy of risk", "adultified",
    ],
)  # fmt: skip
def test_every_term_passes_the_trigger(text: str) -> None:
    table = load_jargon()
    assert any(t.pattern.search(text) for t in table.terms), text
    assert table.may_use_a_term(text)


def test_term_specific_explanations() -> None:
    terms = {t.name: t for t in load_jargon().terms}
    step_down = terms["step down"].explained_by
    trio = terms["toxic trio"].evidence
    assert step_down is not None and step_down.match(" to early help")
    assert trio is not None and trio.search("Father drank heavily.")


def test_a_term_naming_what_the_sentence_before_described() -> None:
    named_before = load_jargon().named_before
    assert named_before is not None
    assert named_before.search("This is sometimes called ")
    assert named_before.search("which is known as the ")
    # naming without a description before it: "what is called" points forward
    assert not named_before.search("All three elements of what is sometimes called the ")


def test_invalid_tables_are_refused(tmp_path: Path) -> None:
    table = {
        "terms": [{"name": "x", "pattern": "(unclosed", "explain": "y"}],
        "cues": ["a"],
        "trigger": ["x"],
        "after_term": "b",
        "discussed": "c",
    }
    with pytest.raises(PackError, match=r"terms\[0\]\.pattern: invalid regular expression"):
        parse_jargon(table, "j.yaml")
    with pytest.raises(PackError, match=r"j\.yaml: cues"):
        parse_jargon({**table, "cues": []}, "j.yaml")
    bad = tmp_path / "jargon.yaml"
    bad.write_text("terms: [\n", encoding="utf-8")
    with pytest.raises(PackError, match="cannot read the jargon table"):
        load_jargon_file(bad)
