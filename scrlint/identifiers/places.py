"""Postcodes and street addresses: where a family lived, which a published report must not say.

A full postcode names a few dozen homes, so it is found by the Royal Mail's format (the
letters each position may hold, an inward code such as "2QT"); an outward code alone ("LS6")
names a district and is left alone. A street address is a house number, or a flat, before one
to three capitalised words and a street word ("14 Alder Close", "Flat 3, 27 Mill Road"), or a
named house before its street ("Ashgrove Cottage, Sike Lane"); a street named without a number
or a house ("off the Mill Road") does not single out a home.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.identifiers.model import Identifier, Kind

# Outward code: A9, A99, AA9, AA99, A9A, AA9A, with the letters each position may hold.
_OUTWARD = (
    r"(?:[A-PR-UWYZ]"
    r"(?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]))"
)
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE = re.compile(
    rf"(?<![\w/\-@.])(?:{_OUTWARD}(?P<space>[ \u00a0]?){_INWARD}|GIR(?P<gspace>[ \u00a0]?)0AA)"
    r"(?![\w/\-@])",
    re.IGNORECASE,
)

_WORD = r"(?:(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:['’]s)?(?:-[A-Z]?[a-z]+)*|St\.?)"
_SUFFIXES = (
    "Road|Street|Avenue|Close|Lane|Drive|Way|Crescent|Terrace|Gardens|Court|Place|Grove|Rise|"
    "View|Walk|Row|Square|Mews|Hill|Parade|Park|Green|Vale|Chase|Croft|Fold|Meadows|Mount|"
    "Heights|Villas|Cottages|Wharf|Yard|Boulevard|Broadway|Esplanade|Embankment|Approach|"
    "Circus|Wynd|Brow|Gate"
)
_ABBREVIATIONS = "Rd|St|Ave|Cres|Gdns|Sq"
_ADDRESS = re.compile(
    r"(?<![\w£$€.,:/\-])"
    r"(?:(?P<flat>(?:Flat|Apartment|Apt\.?|Unit)\s+\d{1,3}[A-Za-z]?,?\s+)"
    r"(?:\d{1,3}[A-Za-z]?,?\s+)?"
    r"|\d{1,3}[A-Za-z]?(?:\s?[-–]\s?\d{1,3}[A-Za-z]?)?\s+)"
    rf"(?P<name>(?:{_WORD}\s+){{1,3}})"
    rf"(?:(?P<suffix>{_SUFFIXES})\b|(?P<abbreviation>{_ABBREVIATIONS})(?:\.|\b))"
    r"(?![-'’])(?!\s+of\b)"
)
# A named house before a street, without a number: "Ashgrove Cottage, Sike Lane", "Hollins Farm,
# Moor Lane". A house name alone ("Rose Cottage") names no street and is left alone.
_HOUSES = "Cottage|Farm|Farmhouse|House|Lodge|Barn|Mill|Hall|Manor|Grange|Bungalow|Villa"
_HOUSE_ADDRESS = re.compile(
    rf"(?<![\w'’-])(?P<house>(?:{_WORD}\s+){{1,2}})(?:{_HOUSES}),\s+"
    rf"(?P<name>(?:{_WORD}\s+){{1,3}})(?:(?:{_SUFFIXES})\b|(?:{_ABBREVIATIONS})(?:\.|\b))"
    r"(?![-'’])(?!\s+of\b)"
)
_HOUSE_HEAD = re.compile(rf"\b(?:{_HOUSES}),")
# Words of a public building's name ("Town Hall, High Street"), a title ("Mrs Hall, Church
# Street" is a person) or a sentence's first word ("At Ashgrove Cottage, ..."), not a house's.
_NOT_HOUSE_NAME = frozenset(
    {
        "Town", "City", "Village", "Church", "Parish", "Community", "Civic", "County",
        "Council", "Guild", "Scout", "Memorial", "Sports", "Leisure", "Market", "Youth",
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "The", "At", "In", "To", "From", "On", "By",
        "Near", "Of", "And", "Then", "When", "While", "Whilst"
    }
)  # fmt: skip
# Words before a number that make it something other than a house number.
_NOT_HOUSE = re.compile(
    r"\b(?:sections?|s|ss|paragraphs?|paras?|pages?|p|pp|appendix|appendices|annex|chapters?|"
    r"findings?|recommendations?|tables?|figures?|fig|aged|age|ages|child|baby|sibling|adult|"
    r"address|property|ward|room|bed|bay|level|floor|years?|stage|tier|phase|episode|"
    r"part|question|point|route|bus|junction|platform|gate|step|item|schedule|rule|"
    r"regulation|article|version|day|week|month|hours?|minutes?|about|approximately|over|"
    r"under|around|some|nearly|almost|only|just|all|the|these|those|her|his|their)\.?\s*$",
    re.IGNORECASE,
)
# Capitalised words that make the phrase something other than a street.
_NOT_STREET = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "Children", "Children's", "Child", "Baby", "Sibling",
        "Siblings", "Adult", "Adults", "Social", "Services", "Service", "Health", "Police",
        "Hospital", "School", "Schools", "Team", "Teams", "Safeguarding", "Review", "Reviews",
        "Panel", "Board", "Boards", "Partnership", "Section", "Sections", "Stage", "Year",
        "Years", "Practice", "Practices", "Practitioners", "Agency", "Agencies", "Key",
        "Learning", "Lessons", "Finding", "Findings", "Recommendation", "Recommendations",
        "Minutes", "Weeks", "Months", "Days", "Hours"
    }
)  # fmt: skip
# Courts that are not streets: "3 Family Court hearings", "2 Crown Court trials".
_COURTS = frozenset(
    {
        "Family", "Crown", "Magistrates", "Magistrates'", "County", "High", "Youth",
        "Coroner's", "Coroners", "Appeal", "Supreme", "Juvenile", "Civil", "Criminal",
        "Combined", "Care"
    }
)  # fmt: skip


def postcodes(text: str) -> Iterator[Identifier]:
    """The full UK postcodes in ``text``, keyed in capitals without spaces.

    Written in one case ("LS6 2QT" or "ls6 2qt"); a mixed-case token is a word or a code of
    some other kind, and a postcode without its space is taken only in capitals.
    """
    for found in _POSTCODE.finditer(text):
        code = found.group()
        letters = "".join(c for c in code if c.isalpha())
        if not (letters.isupper() or letters.islower()):
            continue
        spaced = bool(found.group("space") or found.group("gspace"))
        if not spaced and not letters.isupper():
            continue
        key = "".join(code.split()).replace("\u00a0", "").upper()
        yield Identifier(Kind.POSTCODE, found.start(), found.end(), key)


def street_addresses(text: str) -> Iterator[Identifier]:
    """The street addresses in ``text`` with a house number or flat ("14 Alder Close")."""
    for found in _ADDRESS.finditer(text):
        if not found.group("flat") and _NOT_HOUSE.search(
            text, max(0, found.start() - 16), found.start()
        ):
            continue
        words = found.group("name").split()
        if any(word.rstrip(".") in _NOT_STREET for word in words):
            continue
        if found.group("suffix") == "Court" and words[-1] in _COURTS:
            continue
        if found.group().endswith(" St") and _saint_follows(text, found.end()):
            continue  # "14 High St Mary's" is not how addresses run; "St" starts a name here
        key = " ".join(found.group().lower().split())
        yield Identifier(Kind.STREET_ADDRESS, found.start(), found.end(), key)


def house_addresses(text: str) -> Iterator[Identifier]:
    """The streets in ``text`` after a named house ("Ashgrove Cottage, Sike Lane"); a leading
    word that names no house ("At", "The") is left out of the span."""
    if not _HOUSE_HEAD.search(text):  # most text names no house: skip the long pattern
        return
    for found in _HOUSE_ADDRESS.finditer(text):
        house = found.group("house").split()
        while house and house[0] in _NOT_HOUSE_NAME:
            house.pop(0)
        if not house or any(word in _NOT_HOUSE_NAME for word in house):
            continue
        if any(word.rstrip(".") in _NOT_STREET for word in found.group("name").split()):
            continue
        start = text.index(house[0], found.start())
        key = " ".join(text[start : found.end()].lower().split())
        yield Identifier(Kind.STREET_ADDRESS, start, found.end(), key)


def _saint_follows(text: str, end: int) -> bool:
    """Whether a capitalised name follows "St" directly ("St Aldric's"), making it Saint."""
    return bool(re.match(r"\s+[A-Z][a-z]", text[end : end + 4]))
