"""What the words around a name say about it: that it is a practitioner's, or no person's at all.

A name with a practitioner's role written beside it ("social worker Tom Ellery", "Jane Ellery,
the health visitor,") is a practitioner's. A name is no person's when it is an author cited, part
of a street ("14 Mill Lane", "the Carr Lane flat"), a term or condition named after someone ("the
Fraser guidelines", "Rett syndrome"), a saint's or a public figure's name, or part of an agency's
name. Every finder asks these questions of what it finds, so they are answered here once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrlint.identifiers.authors import PUBLIC_TITLE
from scrlint.identifiers.first_names import FIRST_NAMES
from scrlint.identifiers.model import Kind
from scrlint.identifiers.names.mention import (
    APPOSITION_END,
    RANKS,
    SAINT_BEFORE,
    YEAR_AFTER,
    Known,
    Mention,
    Sentence,
    sentence_initial,
)
from scrlint.identifiers.practitioners import (
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_RE,
    ROLE_REACH,
    family_apposition,
)
from scrlint.identifiers.pseudonyms import is_label
from scrlint.identifiers.text import UPPER
from scrlint.identifiers.words import (
    AGENCY_HEADS,
    AGENCY_WORDS,
    FUNCTION_WORDS,
    NAME_WORD,
    STREET_WORDS,
    possessive_stripped,
)

# A house number before a street: "14 Mill Lane", "Flat 3, 27 Park Row".
_NUMBER_BEFORE = re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+$")
# Street and house words that are never surnames ("Lane", "Hill" and "Green" can be).
_STREETS = frozenset(
    {"Road", "Street", "Avenue", "Close", "Drive", "Crescent", "Grove", "Terrace", "Gardens"}
    | {"Mews", "Square", "Way", "Estate", "Parade", "Cottage", "Cottages", "Farm", "Farmhouse"}
    | {"Bungalow"}
)
# Words before a street's name that a person's name does not take: "the Carr Lane flat".
_STREET_BEFORE = re.compile(r"\b(?:the|on|off|along|in|into|near|opposite|via)\s+$", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(rf"([{UPPER}][\w'’-]*)\s+$")
# An author cited without a year: "As Ferguson argues, ...".
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
_ARGUES_AFTER = re.compile(
    r"\s+(?:argue[sd]?|note[sd]?|suggest(?:s|ed)?|observe[sd]?|writes|wrote|describe[sd]?|"
    r"contends|contended|conclude[sd]?|points\s+out|pointed\s+out|puts\s+it|put\s+it)\b"
)
# A term named after a person: "Clare's Law", "Valentine's Day", "Maslow's hierarchy", "Gillick
# competent", "the Fraser guidelines", "the Apgar score". "Kayden's test" may be his own, so most
# lower-case words count only without a possessive.
_TERM_AFTER = re.compile(
    r"['’]s\s+(?:Law|Day|Rule|Principle|Test)\b"
    r"|['’]s\s+(?:[a-z]+\s+)?(?:theory|hierarchy|framework|triangle|model|approach|paradigm)\b"
    r"|\s+(?i:competen(?:t|ce|cy)|guidelines?|principles?|criteria|test|scale|score|ruling|"
    r"judge?ment|protocol|model|method|approach|manoeuvre|classification|procedure|technique)\b"
)
# A condition named after a person: "Rett syndrome", "Crohn's disease", "Wolf-Hirschhorn
# syndrome", "Duchenne muscular dystrophy" (not "Kayden's muscular dystrophy", which is his).
_CONDITION = (
    r"(?i:syndrome|disease|dystrophy|palsy|anomaly|sequence|lymphoma|sarcoma|ataxia|"
    r"encephalopathy|encephalitis|myopathy|neuropathy|malformation)\b"
)
_CONDITION_AFTER = re.compile(
    rf"(?:[-\u2010\u2013][{UPPER}][\w'’]*)*"
    rf"(?:['’]s?\s+{_CONDITION}|\s+(?:(?i:muscular|myotonic)\s+)?{_CONDITION})"
)
# A review or report named after its author: "the Munro review", "the Laming Inquiry".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_EPONYM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:review|report|inquiry|enquiry|principles|recommendations)\b", re.IGNORECASE
)
_PUBLIC_BEFORE = re.compile(rf"\b(?:{PUBLIC_TITLE})\.?\s+(?:{NAME_WORD}\s+)?$")
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([A-Z][\w'’-]*)")
_WHOSE = re.compile(r"\bwhose\b", re.IGNORECASE)
# What a role used as a title may follow: "with key worker Amy", "and support worker Jodie".
_TITLE_ROLE_BEFORE = re.compile(
    r"[,;]\s+$|\b(?:with|by|from|to|for|and|or|of|between|alongside|including)\s+$", re.IGNORECASE
)
_GROUP_ROLE = re.compile(r"(?:s|staff|police)\s*$", re.IGNORECASE)  # roles of several people
# A role in apposition starts with a determiner, a capital or the role itself ("Jane Ellery,
# the health visitor", "(Child A's social worker)"), not a verb ("Mrs Dunn, called the police").
_APPOSITION_START = re.compile(
    r"\s*[,(]\s*(?:(?:who\s+(?:was|is)|the|a|an|her|his|their|its|our|then|now|also)\b|[A-Z]"
    rf"|(?i:{ROLE_RE.pattern}))"
)


def mention_at(
    sentence: Sentence, start: int, end: int, words: tuple[str, ...], known: Known, finder: str
) -> Mention | None:
    """The mention of a name at [start, end), unless its context says it is something else;
    a practitioner's if a role is written beside it. ``finder`` is a key of ``RANKS``."""
    text = sentence.text
    if excluded_context(text, start, end, known):
        return None
    if (
        len(words) == 1
        and (not sentence.prose or sentence_initial(text, start))
        and known.common_word(words[0])
    ):
        return None
    if finder == "entity" and _street_alone(words):
        return None
    kind = (
        Kind.PRACTITIONER_NAME
        if practitioner(text, start, end, single=len(words) == 1)
        else Kind.PERSON_NAME
    )
    return Mention(sentence, start, end, words, kind, RANKS[finder])


def _street_alone(words: Sequence[str]) -> bool:
    """Whether the recogniser's "person" is more likely a street: "Carr Lane was closed" ends in
    a street word, and no word of it is a common first name ("Amy Lane" is a person)."""
    return (
        len(words) > 1
        and possessive_stripped(words[-1]) in STREET_WORDS
        and not any(possessive_stripped(word) in FIRST_NAMES for word in words[:-1])
    )


def practitioner(text: str, start: int, end: int, *, single: bool) -> bool:
    """Whether a practitioner's role is written beside the name at [start, end).

    A role before a one-word name is enough only when written as a title ("Key worker Amy
    ran", not "told the health visitor Kayden had a bruise"); a role after it must be in
    apposition and not someone else's ("Mr Pike, whose probation officer ...").
    """
    if family_apposition(text, start, end):
        return False
    role = ROLE_BEFORE.search(text, max(0, start - ROLE_REACH), start)
    if role is not None and (not single or _role_as_title(role)):
        return True
    after = ROLE_AFTER.match(text, end, end + ROLE_REACH)
    if after is None or _WHOSE.search(after.group()):
        return False
    if re.match(r"\s*[,(]", after.group()):
        return bool(_APPOSITION_START.match(text, end))
    return bool(APPOSITION_END.match(text, after.end()))


def _role_as_title(role: re.Match[str]) -> bool:
    """Whether one practitioner's role stands right before a name as a title does: with no
    comma or determiner, at the start of a clause or after a preposition ("Key worker Amy
    ran", "sessions with support worker Jodie"). "the health visitor Kayden" may be
    "told the health visitor [that] Kayden ...", and "staff Amy and Jo" are several."""
    text, start = role.string, role.start()
    return (
        "," not in role.group()
        and not _GROUP_ROLE.search(role.group())
        and (
            sentence_initial(text, start)
            or bool(_TITLE_ROLE_BEFORE.search(text, max(0, start - 16), start))
        )
    )


def excluded_context(text: str, start: int, end: int, known: Known) -> bool:
    """Whether the words around [start, end) make it an author, a saint's name, a public
    figure, a street, a term or condition named after someone ("Fraser guidelines", "Rett
    syndrome") or part of an agency's name rather than a person's."""
    words = text[start:end].split()
    last = possessive_stripped(words[-1])
    return bool(
        last in _STREETS
        or (last in STREET_WORDS and _street(text, start, words))
        or _TERM_AFTER.match(text, end)
        or _CONDITION_AFTER.match(text, end)
        or known.in_condition(text, start, end)
        or (_AS_BEFORE.search(text, max(0, start - 4), start) and _ARGUES_AFTER.match(text, end))
        or SAINT_BEFORE.search(text, max(0, start - 8), start)
        or (_THE_BEFORE.search(text, max(0, start - 5), start) and _EPONYM_AFTER.match(text, end))
        or _PUBLIC_BEFORE.search(text, max(0, start - 40), start)
        or YEAR_AFTER.match(text, end)
        or in_agency_name(text, end)
        or is_label(text[start:end])
    )


def _street(text: str, start: int, words: list[str]) -> bool:
    """Whether a name ending in a street word that may be a surname ("Lane", "Court") is a
    street's: "14 Mill Lane", "on Tenter Lane", "the Carr Lane flat", "Church Lane" (with
    "Church", which is no name, left out of the name), but not "Amy Lane"."""
    if len(words) == 1:  # "The Lane family" is a person's; "Church Lane" is not
        before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        return before is not None and before.group(1) not in FUNCTION_WORDS
    return bool(
        _NUMBER_BEFORE.search(text, max(0, start - 12), start)
        or _STREET_BEFORE.search(text, max(0, start - 9), start)
    )


def in_agency_name(text: str, end: int) -> bool:
    """Whether the word after ``end`` continues an agency, setting or street name."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = possessive_stripped(after.group(1))
    return word in AGENCY_HEADS or word in AGENCY_WORDS or word in STREET_WORDS
