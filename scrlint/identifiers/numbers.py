"""NHS and National Insurance numbers: fixed shapes with checks that tell them from other codes.

An NHS number is ten digits whose last is a modulus-11 check digit, so about one random
ten-digit number in eleven passes; a number that fails the check is not an NHS number (case
and crime reference numbers, invented near misses). A National Insurance number is two prefix
letters, six digits and a suffix A to D; prefixes HMRC never issues (the specimen "QQ") are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.identifiers.model import Identifier, Kind

# Ten digits, each pair separated by at most one space or hyphen ("943 476 5919", "9434765919",
# "943-476-5919"), and not part of a longer run of digits, a decimal, a date or a reference.
NHS_SHAPE = re.compile(
    r"(?<![\w.,/£$€+\-])(?<!\d[ \-])"
    r"\d(?:[ \-]?\d){9}"
    r"(?![\w/])(?![ \-.,]?\d)"
)
_DIGIT = re.compile(r"\d")
_ISBN_BEFORE = re.compile(r"\bISBN(?:-10)?:?\s*$", re.IGNORECASE)
_NI = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2})[ \-]?(\d{2})[ \-]?(\d{2})[ \-]?(\d{2})[ \-]?([A-D])"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_NI_BAD_FIRST = frozenset("DFIQUV")
_NI_BAD_SECOND = frozenset("DFIOQUV")
_NI_BAD_PAIRS = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def digits(text: str) -> str:
    """The digits of ``text`` alone, e.g. the key of a number written with spaces."""
    return "".join(_DIGIT.findall(text))


def nhs_check_digit_valid(number: str) -> bool:
    """Whether ten digits end in a valid modulus-11 check digit (weights 10 down to 2).

    A remainder giving 11 means a check digit of 0; one giving 10 is never issued. Numbers of
    one repeated digit pass the arithmetic but are placeholders, not numbers.
    """
    if len(number) != 10 or not number.isdigit() or len(set(number)) == 1:
        return False
    weights = range(10, 1, -1)
    total = sum(int(digit) * weight for digit, weight in zip(number[:9], weights, strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(number[9])


def nhs_numbers(text: str) -> Iterator[Identifier]:
    """The NHS numbers in ``text``: ten digits in any spacing with a valid check digit.

    A number that could also be a phone number (a leading 0) is left to the caller, which
    knows the phone numbers too (see ``scrlint.identifiers.structured``).
    """
    for found in NHS_SHAPE.finditer(text):
        number = digits(found.group())
        if _ISBN_BEFORE.search(text, max(0, found.start() - 12), found.start()):
            continue  # an ISBN-10 has the same check digit
        if nhs_check_digit_valid(number):
            yield Identifier(Kind.NHS_NUMBER, found.start(), found.end(), number)


def ni_prefix_valid(prefix: str) -> bool:
    """Whether HMRC issues National Insurance numbers with this two-letter prefix."""
    prefix = prefix.upper()
    return (
        prefix[0] not in _NI_BAD_FIRST
        and prefix[1] not in _NI_BAD_SECOND
        and prefix not in _NI_BAD_PAIRS
    )


def ni_numbers(text: str) -> Iterator[Identifier]:
    """The National Insurance numbers in ``text`` ("AB 12 34 56 C", "ab123456c").

    The letters must share one case: "Ab123456C" is more likely a code of some other kind.
    """
    for found in _NI.finditer(text):
        letters = found.group(1) + found.group(5)
        if not (letters.isupper() or letters.islower()):
            continue
        if ni_prefix_valid(found.group(1)):
            key = re.sub(r"[ \-]", "", found.group()).upper()
            yield Identifier(Kind.NI_NUMBER, found.start(), found.end(), key)
