"""Named settings (ANO010): schools, nurseries, GP practices, hospitals and wards."""

from __future__ import annotations

import pytest

from scrlint.config import Config
from scrlint.document.markdown import read_markdown
from scrlint.engine import Engine, Overrides
from scrlint.identifiers import Kind
from scrlint.identifiers.settings import named_settings, settings_in


def _found(text: str) -> list[tuple[Kind, str]]:
    return [(kind, text[start:end]) for kind, start, end in settings_in(text)]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "Kayden attended Brookfield Primary School until June.",
            Kind.SCHOOL,
            "Brookfield Primary School",
        ),
        ("At Calderford High School he was excluded.", Kind.SCHOOL, "Calderford High School"),
        ("He joined Westfield Academy in Year 7.", Kind.SCHOOL, "Westfield Academy"),
        ("She went to Northbridge College.", Kind.SCHOOL, "Northbridge College"),
        (
            "St Mary and St John CE Primary School",
            Kind.SCHOOL,
            "St Mary and St John CE Primary School",
        ),
        ("She took him to Little Acorns Nursery.", Kind.NURSERY, "Little Acorns Nursery"),
        ("He went to Little Stars Pre-school.", Kind.NURSERY, "Little Stars Pre-school"),
        ("He was registered at Elm Tree Surgery.", Kind.GP_PRACTICE, "Elm Tree Surgery"),
        (
            "Mother moved to Riverside Medical Practice.",
            Kind.GP_PRACTICE,
            "Riverside Medical Practice",
        ),
        ("She was seen at Park Lane Health Centre.", Kind.GP_PRACTICE, "Park Lane Health Centre"),
        ("The family joined the Elm Tree Practice.", Kind.GP_PRACTICE, "Elm Tree Practice"),
        ("He was admitted to St Aldric's Hospital.", Kind.HOSPITAL, "St Aldric's Hospital"),
        (
            "He was taken to Calderford Royal Infirmary.",
            Kind.HOSPITAL,
            "Calderford Royal Infirmary",
        ),
        ("He was seen at King's College Hospital.", Kind.HOSPITAL, "King's College Hospital"),
        ("He was moved to Bluebell Ward.", Kind.WARD, "Bluebell Ward"),
        ("Foxglove Medical Group took the family on.", Kind.GP_PRACTICE, "Foxglove Medical Group"),
        ("Staff at Hazelmere Primary saw him.", Kind.SCHOOL, "Hazelmere Primary"),
        # a kind of school is still named by a proper name before it
        ("He went to Oakfield Forest School.", Kind.SCHOOL, "Oakfield Forest School"),
    ],
)
def test_named_settings(text: str, kind: Kind, name: str) -> None:
    assert _found(text) == [(kind, name)]


@pytest.mark.parametrize(
    "text",
    [
        "He went to the school, the hospital and the children's ward.",
        "He was on Ward 7 of Hospital 1 and attended School B.",
        "The Royal Infirmary and the Children's Hospital are descriptions.",
        "Primary School staff and the Secondary School were told.",
        "Northshire Teaching Hospitals NHS Foundation Trust took part.",
        "Ashcombe Hospital NHS Foundation Trust took part.",
        "Ashcombe School Nursing Service took part.",
        "Oakfield Academy Trust runs the school.",
        "The Child Safeguarding Practice Review Panel was told.",
        "Good Practice and Reflective Practice are not surgeries.",
        "The Royal College of Paediatrics and Child Health is cited.",
        "Designated Nurse Practice is a heading.",
        "Northshire Primary Care Trust and the Primary Mental Health Team took part.",
        # kinds of school or programme written with capitals
        "The Forest School sessions calmed Child A.",
        "Sunday School was run by the church, and the Virtual School head was told.",
        "Child A was taught at Home School, then at a Special School.",
        "Summer School and Beach School were offered.",
    ],
)
def test_not_named_settings(text: str) -> None:
    assert _found(text) == []


def test_the_name_does_not_reach_back_past_a_sentence_or_a_list() -> None:
    assert _found("He was Child A. Brookfield Primary School staff saw him.") == [
        (Kind.SCHOOL, "Brookfield Primary School")
    ]
    assert _found("Kayden and Brookfield Primary School") == [
        (Kind.SCHOOL, "Brookfield Primary School")
    ]


def test_offsets_and_keys() -> None:
    source = (
        "# Review\n\n## Background\n\nHe attended *Brookfield Primary School*; the Brookfield "
        "primary school.\n"
    )
    document = read_markdown("r.md", source)
    [found] = named_settings(document)
    assert source[found.start : found.end] == "Brookfield Primary School"
    assert found.key == "brookfield primary school"


def test_message_names_the_kind_and_never_the_setting(engine: Engine) -> None:
    text = "# Review\n\n## Background\n\nBaby T was moved to Bluebell Ward.\n"
    result = engine.check_text(text, "r.md", Config(), Overrides(profile="lcspr@2023"))
    [finding] = [f for f in result.findings if f.code == "ANO010"]
    assert finding.personal_data
    assert finding.message.startswith("A named ward ")
    assert "Bluebell" not in finding.message
