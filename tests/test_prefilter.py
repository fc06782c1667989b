"""The raw-text prefilter: never rules out a sentence a parse could accept, rules out the rest."""

from __future__ import annotations

from typing import Any

import pytest

from scrlint.statements.loader import parse_statement
from scrlint.statements.prefilter import Prefilter


def _prefilter(concepts: dict[str, Any], clauses: list[dict[str, Any]]) -> Prefilter:
    raw = {"id": "t", "summary": "t", "trigger": ".", "concepts": concepts, "clauses": clauses}
    return Prefilter(parse_statement(raw, "test"))


LEAD = _prefilter(
    {
        "actor": {"words": ["reviewer", "i"], "pronouns": ["she"]},
        "act": {"words": ["lead", "manage", "say", "analysis"]},
    },
    [{"subject": "actor", "head": "act"}],
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The reviewer led the team.",  # irregular past
        "The reviewers manage it.",  # plural and present
        "The reviewer's manager said so.",  # possessive, irregular
        "The reviewer managed the analyses.",  # e dropped; Latin plural
        "I was managing the team.",  # one-letter word, exactly
        "Me? I'm the reviewer and I manage nothing.",
    ],
)
def test_inflected_and_irregular_forms_pass(sentence: str) -> None:
    assert LEAD.may_match(sentence, frozenset())


@pytest.mark.parametrize(
    "sentence",
    [
        "The social worker led the team.",  # no actor
        "It is the reviewer's view.",  # no act: "is" is not the word "i"
        "The reviewing officer managed it.",  # "reviewing" is not an inflection of "reviewer"
    ],
)
def test_sentences_missing_a_needed_concept_are_ruled_out(sentence: str) -> None:
    assert not LEAD.may_match(sentence, frozenset())


def test_pronouns_count_only_with_an_antecedent() -> None:
    assert not LEAD.may_match("She managed the team.", frozenset())
    assert LEAD.may_match("She managed the team.", frozenset({"actor"}))


def test_token_patterns_without_a_word_are_assumed_present() -> None:
    prefilter = _prefilter(
        {"thing": {"patterns": [[{"POS": "NOUN"}]]}, "act": {"words": ["manage"]}},
        [{"subject": "thing", "head": "act"}],
    )
    assert prefilter.may_match("Anyone managed it.", frozenset())
    assert not prefilter.may_match("Anyone did it.", frozenset())


def test_none_terms_do_not_rule_a_sentence_out() -> None:
    prefilter = _prefilter(
        {"act": {"words": ["manage"]}, "veto": {"words": ["never"]}},
        [{"head": "act", "none": ["veto"]}],
    )
    assert prefilter.may_match("She managed it.", frozenset())
