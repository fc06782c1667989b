"""Named settings: schools, nurseries, GP practices, hospitals and wards.

"Brookfield Primary School" or "Bluebell Ward" tells a local reader which family a review is
about; "the school", "the children's ward", "Hospital 1" and "School B" do not. A setting is
a run of capitalised words ending in a setting's word ("Primary School", "Surgery", "Ward")
with at least one word that names it rather than describes it ("Brookfield", "St Aldric's",
"Elm Tree"): "Royal Infirmary" and "Children's Hospital" describe. A setting's word followed
by an agency's word is an agency ("Ashcombe Hospital NHS Foundation Trust", "Ashcombe School
Nursing Service"), and one followed by a letter or number is a pseudonym ("Hospital 1").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.document import Document
from scrlint.identifiers.model import Identifier, Kind
from scrlint.identifiers.text import prose
from scrlint.identifiers.words import (
    AGENCY_HEADS,
    AGENCY_WORDS,
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    IDENTITY_WORDS,
    PROCESS_WORDS,
    ROLE_WORDS,
    possessive_stripped,
    word_set,
)

# Each setting's words, longest first within a kind.
_HEADS: tuple[tuple[Kind, str], ...] = (
    (
        Kind.GP_PRACTICE,
        r"Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er)|Medical\s+Practice|Medical\s+Group",
    ),
    (Kind.GP_PRACTICE, r"Group\s+Practice|Family\s+Practice|Surgery|(?P<bare>Practice)"),
    (Kind.NURSERY, r"Day\s+Nursery|Nursery|Pre-?[Ss]chool"),
    # "Greystone Primary" for the school, but not "Primary School" or "Primary Care".
    (Kind.SCHOOL, r"School|Academy|College|Primary(?!['’]?\s+[A-Z\d])"),
    (Kind.HOSPITAL, r"Hospital|Infirmary"),
    (Kind.WARD, r"Ward"),
)
# A cheap first test: every setting's word holds one of these.
_HEAD_SUBSTRINGS = (
    "School", "-school", "Preschool", "Academy", "College", "Nursery", "Surgery", "Practice",
    "Cent", "Medical", "Hospital", "Infirmary", "Ward", "Primary",
)  # fmt: skip
_HEAD = re.compile(
    "|".join(
        f"(?P<h{i}>(?<![\\w-])(?:{pattern})(?![\\w-]))" for i, (_k, pattern) in enumerate(_HEADS)
    )
)
# Words that describe a setting rather than name it, and kinds of school or programme written
# with capitals ("Forest School", "Sunday School", "Virtual School": "Oakfield Forest School" is
# still named by "Oakfield").
_DESCRIPTIVE = word_set(
    """
    Primary Junior Junior's Infant Infants Secondary High Grammar Community Catholic RC CE
    C Church England Methodist Anglican Special Free Sixth Form Day Children's Medical Health
    General District Royal Teaching University Memorial Cottage Maternity Paediatric
    Paediatrics Women's Men's Group Family Village Independent Boarding Residential Private
    State Comprehensive Local Nearest Mainstream Specialist Alternative Faith Pupil Referral
    Cardiac Plastic Neuro Minor Eye Dental Postnatal Antenatal Labour Neonatal Surgical
    Assessment Observation Acute Psychiatric Adolescent Delivery Isolation Dependency
    Transitional Short Stay Emergency Urgent Care Treatment Walk-in New Old Main Central
    Upper Lower North South East West Northern Southern Eastern Western Voluntary Aided
    Controlled Foundation Trust Academy College School Nursery Surgery Practice Hospital
    Infirmary Ward Hospitals Schools Colleges Academies Nurseries Surgeries Practices
    Forest Beach Outdoor Summer Holiday Saturday Sunday Home Virtual Supplementary Montessori
    Steiner Waldorf Language Dance Music Drama Ballet Riding Swimming Driving Sports Football
    Bible
    """
)
_NOT_PROPER = FUNCTION_WORDS | ROLE_WORDS | PROCESS_WORDS | CALENDAR_WORDS | IDENTITY_WORDS
_NOT_PROPER |= AGENCY_WORDS | _DESCRIPTIVE
_SAINT = frozenset({"St", "St.", "Saint"})
# A word of a setting's name: a capitalised word, "St.", or "of" ("Church of England"), or
# "and" between saints ("St Mary and St John").
_WORD_BEFORE = re.compile(r"([A-ZÀ-Ý][\w'’-]*|St\.|of|and|&)\s+$")
# A letter or number after the setting's word: a pseudonym ("Hospital 1", "School B", "Ward 7").
_LABEL_AFTER = re.compile(r"\s+(?:[A-Z]{1,2}\d?|\d{1,3}[A-Za-z]?)\b(?![a-z'’])")
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([A-Z][\w'’-]*)")
_AGENCY_AFTER = AGENCY_HEADS | frozenset(
    {"Nursing", "Governors", "Governing", "Safeguarding", "Federation", "Trust", "NHS", "Review"}
)
_HEAD_WORDS = frozenset(
    {"School", "Academy", "College", "Nursery", "Pre-school", "Preschool", "Surgery", "Practice"}
    | {"Hospital", "Infirmary", "Ward", "Medical", "Health", "Day", "Group", "Family"}
)
_REACH = 8  # words before the setting's word


def named_settings(document: Document) -> list[Identifier]:
    """Every named setting in ``document``, in order. Cached on the document."""
    key = "identifiers-settings"
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    found: list[Identifier] = []
    present = [word for word in _HEAD_SUBSTRINGS if word in prose(document)]
    for block in document.blocks() if present else ():
        if not any(word in block.text for word in present):
            continue
        for kind, start, end in settings_in(block.text):
            source_start, source_end = block.source_span(start, end)
            found.append(Identifier(kind, source_start, source_end, _key(block.text[start:end])))
    document.derived[key] = found
    return found


def settings_in(text: str) -> Iterator[tuple[Kind, int, int]]:
    """The named settings in ``text``: (kind, start, end)."""
    for head in _HEAD.finditer(text):
        if _LABEL_AFTER.match(text, head.end()) or _continues_as_agency(text, head.end()):
            continue
        start = _name_start(text, head.start(), bare=head.group("bare") is not None)
        if start is None:
            continue
        kind = _HEADS[int(str(head.lastgroup)[1:])][0]  # the outer group: "h4" is _HEADS[4]
        yield kind, start, head.end()


def _continues_as_agency(text: str, end: int) -> bool:
    """Whether the name goes on as an agency's, a document's or a longer setting's
    ("… Hospital NHS Trust", "… Practice Review", "King's College Hospital")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = possessive_stripped(after.group(1))
    return word in _AGENCY_AFTER or word in PROCESS_WORDS or word in _HEAD_WORDS


def _name_start(text: str, head: int, *, bare: bool = False) -> int | None:
    """Where the setting's name begins, or None when no word before ``head`` names it.

    "Practice" alone needs two words before it ("Elm Tree Practice"): "Good Practice" and
    "Reflective Practice" are not settings.
    """
    words: list[tuple[int, str]] = []
    position = head
    while len(words) < _REACH:
        found = _WORD_BEFORE.search(text, max(0, position - 40), position)
        if found is None:
            break
        word = found.group(1)
        if word in ("and", "&") and (not words or words[0][1] not in _SAINT):
            break
        words.insert(0, (found.start(1), word))
        position = found.start(1)
    # Leading words that neither name nor describe the setting: "At", "Mother", "of".
    while words and not _may_begin(words[0][1]):
        words.pop(0)
    if not any(_proper(word) for _start, word in words) or (bare and len(words) < 2):
        return None
    return words[0][0]


def _may_begin(word: str) -> bool:
    """Whether a setting's name may begin with ``word`` (not a role, a date or "When")."""
    return word in _SAINT or _proper(word) or possessive_stripped(word) in _DESCRIPTIVE


def _proper(word: str) -> bool:
    """Whether ``word`` names rather than describes ("Brookfield", "Aldric's", "Elm")."""
    bare = possessive_stripped(word).rstrip(".")
    return (
        bare not in _NOT_PROPER
        and bare not in _SAINT
        and bool(re.fullmatch(r"[A-ZÀ-Ý][a-zß-ÿ]+(?:[-'’][A-Za-zß-ÿ]+)*", bare))
    )


def _key(name: str) -> str:
    folded = " ".join(name.replace("’", "'").casefold().split())
    return folded.removeprefix("the ")
