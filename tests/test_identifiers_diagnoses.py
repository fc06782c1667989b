"""Exact rare diagnoses (ANO012): named rare conditions, and the common ones left alone."""

from __future__ import annotations

import pytest

from scrlint.config import Config
from scrlint.document.markdown import read_markdown
from scrlint.engine import Engine, Overrides
from scrlint.finding import Severity
from scrlint.identifiers.diagnoses import RARE_CONDITIONS, diagnoses_in, rare_diagnoses


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in diagnoses_in(text)]


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Child A has Dravet syndrome.", "Dravet syndrome"),
        ("He had Smith–Lemli–Opitz syndrome.", "Smith–Lemli–Opitz syndrome"),
        ("a diagnosis of Ehlers Danlos syndrome", "Ehlers Danlos syndrome"),
        ("He has Prader-Willi syndrome.", "Prader-Willi syndrome"),
        ("Huntington's disease ran in the family.", "Huntington's disease"),
        ("She was treated for Wilms' tumour.", "Wilms' tumour"),
        ("Baby T had trisomy 18.", "trisomy 18"),
        ("He has osteogenesis imperfecta type 1.", "osteogenesis imperfecta"),
        ("Child A was excluded from school; she has Rett syndrome.", "Rett syndrome"),
    ],
)
def test_rare_conditions(text: str, condition: str) -> None:
    assert _found(text) == [condition]


@pytest.mark.parametrize(
    "text",
    [
        "Child A has asthma, eczema, autism and ADHD.",
        "Sibling 1 has epilepsy and cerebral palsy; Sibling 2 has Down syndrome.",
        "Mother has a rare genetic condition and a life-limiting illness.",
        "Baby T had trisomy 21.",
        "Tests for osteogenesis imperfecta were negative.",
        "Glutaric aciduria was ruled out by the metabolic team.",
        "A referral was made to exclude Menkes disease.",
        "The West Midlands team and the Turner family were involved.",
        "Shaken baby syndrome and neonatal abstinence syndrome are not on the list.",
    ],
)
def test_not_rare_diagnoses(text: str) -> None:
    assert _found(text) == []


def test_the_list_holds_no_common_condition() -> None:
    folded = {condition.casefold() for condition in RARE_CONDITIONS}
    common = {"asthma", "autism", "adhd", "epilepsy", "cerebral palsy", "eczema", "down syndrome"}
    assert not folded & common


def test_document_offsets_and_keys() -> None:
    source = "# Review\n\n## Background\n\nChild A has *Dravet Syndrome*; Dravet  syndrome again.\n"
    document = read_markdown("r.md", source)
    found = rare_diagnoses(document)
    assert [source[i.start : i.end] for i in found] == ["Dravet Syndrome", "Dravet  syndrome"]
    assert {i.key for i in found} == {"dravet syndrome"}


def test_a_condition_whose_first_word_begins_with_a_digit_or_a_bracket_is_found() -> None:
    source = (
        "# Review\n\n## Background\n\nBaby R has 22q11.2 deletion syndrome; Sibling 1 has a bone "
        "disorder (osteogenesis imperfecta).\n"
    )
    document = read_markdown("r.md", source)
    found = [source[i.start : i.end] for i in rare_diagnoses(document)]
    assert found == ["22q11.2 deletion syndrome", "osteogenesis imperfecta"]


def test_a_report_without_any_named_condition_compiles_nothing() -> None:
    document = read_markdown("r.md", "# Review\n\n## Background\n\nChild A has asthma.\n")
    assert rare_diagnoses(document) == []


def test_the_finding_is_advice_and_never_names_the_condition(engine: Engine) -> None:
    text = "# Review\n\n## Background\n\nChild A has Dravet syndrome.\n"
    result = engine.check_text(text, "r.md", Config(), Overrides(profile="lcspr@2023"))
    [finding] = [f for f in result.findings if f.code == "ANO012"]
    assert finding.severity is Severity.INFO and finding.personal_data
    assert "Dravet" not in finding.message
