"""The statement language: loading, and how sentences are recognised on the parse."""

from __future__ import annotations

from typing import Any

import pytest

from scrlint.document.markdown import read_markdown
from scrlint.errors import PackError
from scrlint.nlp import NlpLayer
from scrlint.statements import find_statement, load_statements
from scrlint.statements.loader import parse_statement
from scrlint.statements.model import Statement

NLP = NlpLayer()

INDEPENDENCE: dict[str, Any] = {
    "id": "test-independence",
    "summary": "the reviewer is independent",
    "trigger": r"independen|\bno\b|\bnot\b|never|neither",
    "concepts": {
        "actor": {"words": ["reviewer", "author"], "pronouns": ["she", "he"]},
        "independent": {"words": ["independent"], "exclude": ["independent reviewing officer"]},
        "involvement": {"words": ["involvement", "involve", "work", "manage"]},
    },
    "clauses": [
        {"subject": "actor", "head": "+independent"},
        {"subject": "actor", "head": "!involvement"},
    ],
}


def _statement(**changes: Any) -> Statement:
    return parse_statement({**INDEPENDENCE, **changes}, "test.yaml")


def _made(statement: Statement, *paragraphs: str) -> list[str]:
    document = read_markdown("t.md", "# Report\n\n" + "\n\n".join(paragraphs) + "\n")
    return [m.block.text[m.start : m.end] for m in find_statement(document, statement, NLP)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The reviewer is independent of the agencies involved.",
        "The reviewer has had no involvement with the family.",
        "The author has never worked for any of the agencies.",
        "Neither author had any involvement with Child K.",
        "The author did not supervise, commission or manage any service.",
        "The author is a consultant who has never worked in the area.",
    ],
)
def test_statement_is_recognised_in_many_wordings(sentence: str) -> None:
    assert _made(_statement(), sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The reviewer managed the team that worked with the family.",  # affirmed, not negated
        "The health visitor had no involvement after March.",  # no actor
        "Child J became more independent as he grew older.",  # no actor
        "The reviewer met the Independent Reviewing Officer.",  # excluded phrase
        "Mother told the reviewer that she was not involved with drug services.",  # not linked
    ],
)
def test_near_misses_are_not_recognised(sentence: str) -> None:
    assert _made(_statement(), sentence) == []


def test_pronoun_needs_an_antecedent_in_the_paragraph() -> None:
    statement = _statement()
    named = "Dr Osei is the lead reviewer. She has no involvement with the family."
    assert _made(statement, named) == ["She has no involvement with the family."]
    assert _made(statement, "She has no involvement with the family.") == []


def test_sentence_scoped_pronoun_needs_an_earlier_subject_in_the_sentence() -> None:
    concepts = dict(INDEPENDENCE["concepts"])
    concepts["actor"] = {**concepts["actor"], "pronoun-scope": "sentence"}
    statement = _statement(concepts=concepts)
    assert _made(statement, "Dr Osei is the reviewer. She has no involvement.") == []
    said = "The reviewer confirms that she has no involvement with the family."
    assert _made(statement, said) == [said]


def test_veto_and_none_terms_stop_a_sentence() -> None:
    vetoed = _statement(veto=[r"\bworking together\b"])
    assert _made(vetoed, "The reviewer is independent, as Working Together requires.") == []
    clauses = [{"subject": "actor", "head": "+independent", "none": ["involvement"]}]
    excluded = _statement(clauses=clauses)
    assert _made(excluded, "The reviewer is independent and has no involvement.") == []


def test_within_terms_must_sit_inside_the_head_phrase() -> None:
    concepts = {
        **INDEPENDENCE["concepts"],
        "family": {"words": ["family", "mother"]},
        "manage": {"words": ["manage", "supervise"]},
    }
    clauses = [{"subject": "actor", "head": "+manage", "within": ["family"]}]
    statement = _statement(concepts=concepts, clauses=clauses, trigger="manag|supervis")
    admitted = "The reviewer managed the team that worked with the family."
    assert _made(statement, admitted) == [admitted]
    assert _made(statement, "The reviewer managed the timetable; the family moved.") == []


def test_head_and_subject_dependency_roles() -> None:
    concepts = {**INDEPENDENCE["concepts"], "role": {"words": ["manager"]}}
    statement = _statement(
        concepts=concepts,
        trigger="manager",
        clauses=[{"subject": "actor", "head": "role", "head-deps": ["attr"]}],
    )
    assert _made(statement, "The reviewer was the team manager.") != []
    assert _made(statement, "The reviewer interviewed the team manager.") == []
    passive = _statement(
        trigger="accept",
        concepts={"finding": {"words": ["finding"]}, "accept": {"words": ["accept"]}},
        clauses=[{"subject": "finding", "subject-deps": ["nsubjpass"], "head": "accept"}],
    )
    assert _made(passive, "The findings are accepted in full.") != []
    assert _made(passive, "Father did not accept the findings of the assessment.") == []


def test_subject_swallowed_by_an_opening_phrase_is_still_the_subject() -> None:
    statement = _statement(
        trigger="cried",
        concepts={"child": {"regex": [r"(?-i:\bChild [A-Z]\b)"]}, "cry": {"words": ["cry"]}},
        clauses=[{"subject": "child", "subject-deps": ["nsubj"], "head": "cry"}],
    )
    # the parser reads "Child J" as the object of "At"; the verb after it has no subject
    assert _made(statement, "At the medical Child J cried and refused to be examined.") != []
    # a real object of the opening phrase, with the verb's own subject
    assert _made(statement, "With Child H the teacher cried.") == []


def test_only_trigger_sentences_are_parsed() -> None:
    parsed: list[str] = []

    class Counting(NlpLayer):
        def parse(self, texts: Any, needs: Any) -> list[Any]:
            parsed.extend(texts)
            return super().parse(texts, needs)

    layer = Counting()
    document = read_markdown(
        "t.md", "# Report\n\nThe family moved in 2019. The reviewer is independent.\n"
    )
    find_statement(document, _statement(), layer)
    assert parsed == ["The reviewer is independent."]


def test_results_are_cached_on_the_document() -> None:
    document = read_markdown("t.md", "# Report\n\nThe reviewer is independent.\n")
    statement = _statement()
    first = find_statement(document, statement, NLP)
    assert any(key[0] == "statement" for key in document.derived if isinstance(key, tuple))
    assert find_statement(document, statement, NLP) == first


def test_bad_statements_name_the_file_and_the_problem() -> None:
    with pytest.raises(PackError, match=r"^test\.yaml: clauses name unknown concepts \['nobody'\]"):
        _statement(clauses=[{"head": "nobody"}])
    with pytest.raises(PackError, match=r"^test\.yaml: .*trigger"):
        _statement(trigger=7)
    with pytest.raises(PackError, match=r"^test\.yaml"):
        _statement(concepts={"actor": {"colour": ["red"]}})


def test_every_bundled_statement_loads() -> None:
    statements = load_statements()
    assert {"independence", "family-involvement", "equality-considered"} <= set(statements)
    assert all(s.clauses for s in statements.values())


def test_dependents_must_sit_directly_under_the_head() -> None:
    statement = _statement(
        trigger="nurse",
        concepts={
            "actor": {"words": ["author"]},
            "role": {"words": ["nurse"]},
            "definite": {"patterns": [[{"LOWER": "the", "DEP": "det"}]]},
        },
        clauses=[{"subject": "actor", "head": "role", "dependents": ["definite"]}],
    )
    assert _made(statement, "The author is the named nurse.") != []
    assert _made(statement, "The author is a nurse in the community team.") == []


CHILD_FELT: dict[str, Any] = {
    "id": "test-child-felt",
    "summary": "the child's feelings",
    "trigger": r"\bfe(?:lt|el|d)\b",
    "concepts": {
        "child": {
            "regex": [r"\bChild [A-Z]\b"],
            "pronouns": ["she", "he", "her", "him"],
            "rivals": {"mother": ["she", "her"], "father": ["he", "him", "his"]},
        },
        "mother": {"words": ["mother", "grandmother"]},
        "father": {"words": ["father"]},
        "feel": {"words": ["feel"]},
        "fed": {"words": ["feed"]},
    },
    "clauses": [
        {"subject": "child", "subject-deps": ["nsubj"], "head": "feel"},
        {"head": "fed", "within": ["child"]},
    ],
}


def _felt(*paragraphs: str) -> list[str]:
    return _made(parse_statement({**CHILD_FELT}, "test.yaml"), *paragraphs)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Child A was nine. She felt frightened at home.",
        "Child A said she felt frightened at home.",
        "Child A lived with Mother. She felt frightened at home.",  # Mother does not lead
        "Child J is close to his grandmother. He felt safe with her.",  # she/her only
    ],
)
def test_pronoun_stands_for_the_concept_unless_a_rival_takes_it(paragraph: str) -> None:
    assert _felt(paragraph) != [], paragraph


@pytest.mark.parametrize(
    "paragraph",
    [
        "Child A was nine. Mother said she felt tired.",  # the governing subject is a rival
        "Child A was nine. Mother met the reviewer. She felt judged.",  # a rival leads since
        "Child A lived with Mother and Father. Father said that he felt ignored.",
        "Mother told Child A that she felt tired.",
    ],
)
def test_rival_takes_a_subject_pronoun(paragraph: str) -> None:
    assert _felt(paragraph) == [], paragraph


def test_rival_does_not_take_an_object_pronoun() -> None:
    said = "Mother fed her every evening."
    assert _felt("Child A was a baby.", said) == []  # another paragraph: no antecedent
    assert _felt("Child A was a baby. " + said) == [said]


def test_a_plural_rival_does_not_take_a_singular_pronoun() -> None:
    both = "Child A was nine. Her grandmothers both said that she felt safe with them."
    assert _felt(both) != []
    assert _felt("Child A was nine. Her grandmother said that she felt safe with her.") == []


def test_rivals_must_be_concepts() -> None:
    concepts = dict(CHILD_FELT["concepts"])
    concepts["child"] = {**concepts["child"], "rivals": {"nobody": ["she"]}}
    with pytest.raises(PackError, match=r"rivals name unknown concepts \['nobody'\]"):
        parse_statement({**CHILD_FELT, "concepts": concepts}, "test.yaml")
