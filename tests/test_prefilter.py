"""The raw-text prefilter: never rules out a sentence a parse could accept, rules out the rest."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from scrlint.nlp import NlpLayer
from scrlint.sentences import sentence_spans
from scrlint.statements import load_statements
from scrlint.statements.loader import parse_statement, statement_root
from scrlint.statements.prefilter import LemmaForms, Prefilter

LAYER = NlpLayer()
pytestmark = pytest.mark.skipif(not LAYER.available, reason="needs the spaCy model")


@pytest.fixture(scope="module")
def forms() -> LemmaForms:
    return LemmaForms(LAYER.pipeline())


def _prefilter(
    forms: LemmaForms, concepts: dict[str, Any], clauses: list[dict[str, Any]]
) -> Prefilter:
    raw = {"id": "t", "summary": "t", "trigger": ".", "concepts": concepts, "clauses": clauses}
    return Prefilter(parse_statement(raw, "test"), forms)


@pytest.fixture(scope="module")
def lead(forms: LemmaForms) -> Prefilter:
    return _prefilter(
        forms,
        {
            "actor": {"words": ["reviewer", "i"], "pronouns": ["she"]},
            "act": {"words": ["lead", "employ", "say"], "phrases": ["line-manage"]},
        },
        [{"subject": "actor", "head": "act"}],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The reviewer led the team.",  # irregular past, from the model's exception table
        "The reviewers employed nobody.",  # plural; "employed" keeps its y
        "The reviewer's manager said so.",
        "The reviewer line-managed them.",  # a phrase by its first token
        "I was leading the team.",
    ],
)
def test_inflected_and_irregular_forms_pass(lead: Prefilter, sentence: str) -> None:
    assert lead.may_match(sentence, frozenset())


@pytest.mark.parametrize(
    "sentence",
    [
        "The social worker led the team.",  # no actor
        "It is the reviewer's view.",  # no act; "it" and "is" are not "i"
        "The reviewing officer led it.",  # "reviewing" is not a form of "reviewer"
    ],
)
def test_sentences_missing_a_needed_concept_are_ruled_out(lead: Prefilter, sentence: str) -> None:
    assert not lead.may_match(sentence, frozenset())


def test_pronouns_count_only_with_an_antecedent(lead: Prefilter) -> None:
    assert not lead.may_match("She led the team.", frozenset())
    assert lead.may_match("She led the team.", frozenset({"actor"}))


def test_token_patterns_without_a_word_are_assumed_present(forms: LemmaForms) -> None:
    prefilter = _prefilter(
        forms,
        {"thing": {"patterns": [[{"POS": "NOUN"}]]}, "act": {"words": ["manage"]}},
        [{"subject": "thing", "head": "act"}],
    )
    assert prefilter.may_match("Anyone managed it.", frozenset())
    assert not prefilter.may_match("Anyone did it.", frozenset())


def test_none_terms_do_not_rule_a_sentence_out(forms: LemmaForms) -> None:
    prefilter = _prefilter(
        forms,
        {"act": {"words": ["manage"]}, "veto": {"words": ["never"]}},
        [{"head": "act", "none": ["veto"]}],
    )
    assert prefilter.may_match("She managed it.", frozenset())


def test_every_token_the_lexicon_can_match_is_seen_by_the_prefilter(forms: LemmaForms) -> None:
    """On the bundled reports, each token whose lower form or lemma is a concept word of a
    bundled statement is among that word's spellings, and the prefilter's tokens are the
    parse's: the prefilter loses nothing."""
    root = Path(__file__).parent.parent
    texts = [
        paragraph[start:end]
        for report in sorted(root.glob("fixtures/reports/*/*.md"))
        for paragraph in report.read_text(encoding="utf-8").split("\n\n")
        for start, end in sentence_spans(paragraph)
    ][::2]
    words = {
        word.lower()
        for statement in load_statements(statement_root()).values()
        for concept in statement.concepts.values()
        for word in (*concept.words, *(forms.first_token(p) for p in concept.phrases))
    }
    checked = 0
    for doc in LAYER.parse(texts, {"pos", "parse"}):
        for token in doc:
            for word in {token.lower_, token.lemma_.lower()} & words:
                checked += 1
                spelled = token.lower_ in forms.of(word) or any(
                    re.fullmatch(e, token.lower_) for e in forms.expressions(word)
                )
                assert spelled, (word, token.text)
            assert token.lower_ in forms.tokens(doc.text)
    assert checked > 1000
