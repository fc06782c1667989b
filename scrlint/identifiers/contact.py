"""Phone numbers and email addresses: the ways a published report could reach a person.

A UK phone number begins with 0 or +44 and has ten or eleven digits once the international
prefix is folded in. Its first group is an area code of a plausible length ("020", "0113",
"01632", "07700"), which tells it from ten-digit NHS numbers written 3-3-4 and from
reference numbers; a number right after "case", "crime reference" or "ref" is a reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.identifiers.model import Identifier, Kind

_PHONE = re.compile(
    r"(?<![\w+/.\-£$€])"
    r"(?:(?:\+|00)\s?44[ \-]?(?:\(0\)[ \-]?)?|\(0(?=\d)|0)"
    r"\d(?:\)?[ \-]?\d){7,10}"
    r"(?![\w/])(?![ \-.,]?\d)"
)
_INTERNATIONAL = re.compile(r"^(?:\+|00)\s?44")
_GROUPS = re.compile(r"\d+")
# Reference numbers look like phone numbers; they follow these words ("incident log", but a
# "call log" or "phone log" lists phone numbers).
_REFERENCE_BEFORE = re.compile(
    r"\b(?:(?:case|crime|ref|reference|urn|cad|docket|incident|(?<!call\s)(?<!phone\s)log|serial)"
    r"(?:\s+(?:no|number|num|ref|reference|id))?"
    r"|(?:record|file|job|account|claim|invoice|order|nhs|patient|hospital|unit|chi|court)"
    r"\s+(?:no|number|num|ref|reference|id))"
    r"\.?\s*(?:[:#]|no\.?)?\s*$",
    re.IGNORECASE,
)
_EMAIL = re.compile(
    r"(?<![\w.+\-%'@])"
    r"[A-Za-z0-9](?:[A-Za-z0-9._%+'\-]*[A-Za-z0-9_%+\-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
    r"(?![\w\-@])"
)


def national_form(text: str) -> str | None:
    """The number as dialled within the UK ("01134960000"), or None if it is not a UK number.

    Checks the digit count for the kind of number (mobiles and London eleven digits; some
    area codes ten) and, when the number is written in groups, that the first group is an
    area code of a plausible length.
    """
    international = _INTERNATIONAL.match(text)
    rest = text[international.end() :] if international else text
    groups = _GROUPS.findall(rest)
    number = "".join(groups)
    if international:
        number = number if number.startswith("0") else "0" + number
        groups = []  # "+44 113 …" has no leading zero to measure an area code by
    if not number.startswith("0") or len(number) not in (10, 11) or number[1] not in "123578":
        return None
    if len(number) == 10 and number[1] not in "18":  # only some area codes are that short
        return None
    if len(groups) > 1:
        first = len(groups[0])
        if first == 3 and number[1] != "2":  # "020 7946 0000"; "012 345 6789" is no area code
            return None
        if not 3 <= first <= 6:
            return None
    return number


def phone_numbers(text: str) -> Iterator[Identifier]:
    """The UK phone numbers in ``text``, keyed by their national form."""
    for found in _PHONE.finditer(text):
        number = national_form(found.group())
        if number is None:
            continue
        if _REFERENCE_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            continue
        yield Identifier(Kind.PHONE_NUMBER, found.start(), found.end(), number)


def written_like_an_nhs_number(text: str) -> bool:
    """Whether ten digits are grouped 3-3-4, as NHS numbers are printed (never phone numbers)."""
    return [len(group) for group in _GROUPS.findall(text)] == [3, 3, 4]


def email_addresses(text: str) -> Iterator[Identifier]:
    """The email addresses in ``text``, keyed in lower case."""
    for found in _EMAIL.finditer(text):
        if ".." in found.group():
            continue
        yield Identifier(Kind.EMAIL_ADDRESS, found.start(), found.end(), found.group().lower())
