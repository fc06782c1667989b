"""The analysis rules' shared words, their phrase finders, and the edition-aware severities."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.config import Config
from scrlint.engine import Engine, Overrides
from scrlint.errors import PackError
from scrlint.packs.loader import load_packs
from scrlint.quotes import masked_quotations, quoted_spans
from scrlint.rules.analysis.findings_not_numbered import labelled
from scrlint.rules.analysis.hindsight_language import hindsight_phrase
from scrlint.rules.analysis.lexicon import (
    EXPLANATION_RE,
    PURPOSE_RE,
    actor_kind,
    denied,
    last_actor,
)
from scrlint.rules.analysis.practitioner_named import named_practitioners


def test_quotations_are_blanked_keeping_offsets() -> None:
    text = "Mother said “they should have come” and the GP's 'careless' note; Father's view."
    masked = masked_quotations(text)
    assert len(masked) == len(text)
    assert "should have" not in masked and "careless" not in masked
    assert "GP's" in masked and "Father's view" in masked
    assert [text[s:e] for s, e in quoted_spans(text)] == ["“they should have come”", "'careless'"]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("The health visitor", "practitioner"),
        ("the family's social worker", "practitioner"),
        ("Children's social care", "practitioner"),
        ("the MASH", "practitioner"),
        ("Mother", "family"),
        ("the multi-agency safeguarding hub", "practitioner"),
        ("the front door", "practitioner"),
        ("the care coordinator", "practitioner"),
        ("the head of year", "practitioner"),
        ("Mr K", "family"),
        ("Child A", "family"),
        ("The referral form", None),
    ],
)
def test_actor_kind(phrase: str, kind: str | None) -> None:
    assert actor_kind(phrase) == kind


def test_a_pronoun_goes_back_past_possessors() -> None:
    assert last_actor("The health visitor should have recorded Mr K's details, and") == (
        "practitioner"
    )
    assert last_actor("The health visitor arranged to see Mother, but") == "family"
    assert last_actor("Mother phoned the MASH, and", agencies_only=True) == "practitioner"
    assert last_actor("Nothing was known, and") is None


@pytest.mark.parametrize(
    ("sentence", "purpose"),
    [
        ("This review does not seek to blame individual practitioners.", True),
        ("Its purpose is not to apportion blame.", True),
        ("The reviewer has tried to avoid hindsight bias.", True),
        ("Practitioners did not have the benefit of hindsight.", True),
        ("No single agency was at fault.", True),
        ("The panel was careful not to judge the GP with the benefit of hindsight.", True),
        ("It is not the role of this review to decide whether anyone is culpable.", True),
        ("The review asked whether the delay was negligent.", True),
        ("The social worker's role was unclear and the manager was at fault.", False),
        ("The GP did not refer and is to blame.", False),
        ("With hindsight, the plan was closed too early.", False),
        ("Practice is judged on what was known then, not on what we now know.", True),
        ("The panel has guarded against outcome bias.", True),
        ("In retrospect, the plan was closed too early.", False),
    ],
)
def test_statements_of_purpose(sentence: str, purpose: bool) -> None:
    assert bool(PURPOSE_RE.search(sentence)) is purpose


@pytest.mark.parametrize(
    ("sentence", "word", "denies"),
    [
        ("The reviewer found no evidence that any practitioner acted carelessly.", "care", True),
        ("The panel does not consider that the injuries were avoidable.", "avoid", True),
        ("It is unlikely that a referral would have changed the outcome.", "would", True),
        ("No practitioner acted carelessly.", "care", True),
        ("There was no evidence of a bruise, but the GP acted carelessly.", "care", False),
        ("The GP acted carelessly.", "care", False),
    ],
)
def test_a_denial_reaches_to_the_end_of_its_clause(sentence: str, word: str, denies: bool) -> None:
    assert denied(sentence, sentence.index(word)) is denies


@pytest.mark.parametrize(
    ("sentence", "explains"),
    [
        ("The visit was short because the team had three vacancies.", True),
        ("High caseloads meant that records were brief.", True),
        ("Practice was influenced by the custody process.", True),
        ("The health visitor visited on 2 March.", False),
        ("The social worker was meant to visit weekly.", False),
    ],
)
def test_explanatory_constructions(sentence: str, explains: bool) -> None:
    assert bool(EXPLANATION_RE.search(sentence)) is explains


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("Finding 1: Fathers were not assessed.", True),
        ("Finding one: fathers were not assessed.", True),
        ("6.1 Fathers were not assessed.", True),
        ("3. Fathers were not assessed.", True),
        ("Learning point 3. Fathers were not assessed.", True),
        ("Key issue 2 (fathers).", True),
        ("Secondly, fathers were not assessed.", True),
        ("Finding a way to involve fathers was hard.", False),
        ("12 visits were made.", False),
        ("2019 was the year the plan closed.", False),
    ],
)
def test_finding_labels(text: str, numbered: bool) -> None:
    assert labelled(text) is numbered


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The GP should have referred Baby T.", "should have"),
        ("The plan should not have been closed.", "should have"),
        ("Care leavers should have access to a midwife.", None),
        ("Care leavers should have dedicated support from a midwife.", None),
        ("This was a missed opportunity.", "missed opportunity"),
        ("This was a missed opportunity, as the letter went to an old address.", None),
        ("It is now clear that the risk was high.", "it is clear that"),
        ("What should have happened?", None),
        ("The review asked whether the death could have been prevented.", None),
        ("In hindsight, the referral was too late.", "with hindsight"),
        ("In retrospect, the plan was closed too soon.", "in retrospect"),
        ("Knowing what we now know, the referral was late.", "what is now known"),
        ("It is plain that the conference was late.", "it is evident that"),
        ("A visit might well have spared Baby T the injuries.", "could have changed the outcome"),
        ("Child A's death was avoidable.", "avoidable"),
        ("Baby T's death was not preventable.", None),
        ("The review asked whether the death was avoidable.", None),
        ("It is unlikely that a referral would have changed the outcome.", None),
        ("The outcome shows that agencies underestimated the risk.", "the outcome shows"),
        ("The outcome of the assessment showed that Mother needed help.", None),
        ("The nursery was wrong to accept the account.", "wrong to"),
        ("Mother was wrong to think the school would not help.", None),
        ("The officer needed to have shared the log.", "needed to have"),
        ("Practitioners needed to have access to the record.", None),
        ("The police let slip a chance to act.", "missed opportunity"),
        ("The chance was lost because the letter went astray.", None),
    ],
)
def test_hindsight_phrases(sentence: str, phrase: str | None) -> None:
    assert hindsight_phrase(sentence) == phrase


def test_should_have_in_a_recommendation_sets_a_deadline() -> None:
    sentence = "All staff should have completed the training."
    assert hindsight_phrase(sentence) == "should have"
    assert hindsight_phrase(sentence, recommendation=True) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dr Okafor did not examine the bruise.", "Dr Okafor"),
        ("The case was held by social worker Jane Ellery.", "Jane Ellery"),
        ("Mrs Lyle, the head teacher, was told.", "Mrs Lyle"),
        ("Dr A and Social Worker 1 saw Child A.", None),
        ("Mrs Lyle, the maternal grandmother, was told.", None),
        ("Mother's partner, Dr Lyle, was told.", None),
        ("Mrs Lyle was told.", None),
    ],
)
def test_named_practitioners(sentence: str, name: str | None) -> None:
    found = [sentence[s:e] for s, e in named_practitioners(sentence)]
    assert found[:1] == ([name] if name else [])


@pytest.mark.parametrize("code", ["ANA005", "ANA006", "ANA007"])
def test_hindsight_and_blame_are_advice_for_2010_reports(engine: Engine, code: str) -> None:
    text = "# Review\n\n## Analysis\n\nDr Okafor failed to refer Baby T and should have known.\n"

    def severities(profile: str) -> list[str]:
        result = engine.check_text(text, "r.md", Config(), Overrides(profile=profile))
        return [str(f.severity) for f in result.findings if f.code == code]

    assert severities("lcspr@2023") == ["warning"]
    assert severities("overview@2010") == ["info"]


def test_personal_data_is_not_in_the_message(engine: Engine) -> None:
    text = "# Review\n\n## Analysis\n\nDr Okafor failed to refer Baby T.\n"
    result = engine.check_text(text, "r.md", Config(), Overrides(profile="lcspr@2023"))
    [finding] = [f for f in result.findings if f.code == "ANA007"]
    assert finding.personal_data and "Okafor" not in finding.message


_RULE = """code: ANA904
name: good-practice-or-child-section
kind: statement
statement: good-practice
satisfied-by-section: [{role}]
severity: info
dimension: analysis
summary: A test rule.
message: Nothing says it {{where}}.
rationale: A test rule.
limitations: A test rule.
guidance: [{{source: S87, text: conditions supporting good practice}}]
examples:
  bad: [{{text: "# R"}}]
  good: [{{text: "# R"}}]
"""


def _section_rule(tmp_path: Path, role: str) -> Path:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "ANA904-good-practice-or-child-section.yaml").write_text(
        _RULE.format(role=role), encoding="utf-8"
    )
    return folder


def test_a_section_of_the_named_role_with_content_makes_the_statement(tmp_path: Path) -> None:
    engine = Engine()
    config = Config(rule_paths=(_section_rule(tmp_path, "child"),))
    overrides = Overrides(profile="lcspr@2023", select=("ANA904",))

    def codes(body: str) -> set[str]:
        text = f"# Review\n\n## Findings\n\nFinding 1: fathers were missed.\n\n{body}"
        return {f.code for f in engine.check_text(text, "r.md", config, overrides).findings}

    assert codes("") == {"ANA904"}
    assert codes("## Lived experience\n\nChild J loved football and cooked for his sister.\n") == (
        set()
    )
    assert codes("## Lived experience\n\nNothing is known about Child J's days.\n") == {"ANA904"}


def test_satisfied_by_section_names_a_known_role(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="satisfied-by-section"):
        load_packs([(_section_rule(tmp_path, "chronology"), "test")])
