"""Names after a title: "Mrs Okonjo", "Dr Helen Marsh", "PC Rogers", "Ward Sister Kelly".

A title says that the words after it are a name, so titles are read before any pattern or the
recogniser. A professional title makes a practitioner's name unless a family word is beside it;
an honorific, a personal name unless a practitioner's role is; a public figure's title ("Lord
Laming") counts only beside a role. A one-letter name ("Mr G") is a pseudonym, not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.identifiers.authors import PUBLIC_TITLE
from scrlint.identifiers.model import Kind
from scrlint.identifiers.names.context import in_agency_name, practitioner
from scrlint.identifiers.names.mention import (
    HONORIFIC,
    PARTICLE_TEXT,
    PROFESSIONAL,
    RANKS,
    YEAR_AFTER,
    Known,
    Mention,
    Sentence,
    name_words,
)
from scrlint.identifiers.practitioners import ROLE_BEFORE, ROLE_REACH, family_apposition
from scrlint.identifiers.words import NAME_WORD

_TITLE = re.compile(
    rf"\b(?:(?P<honorific>{HONORIFIC})|(?P<professional>{PROFESSIONAL})|(?P<public>{PUBLIC_TITLE}))"
    rf"\.?\s+(?=(?:{PARTICLE_TEXT})?{NAME_WORD})"
)
# Whose relative "Sister" is: "her Sister Amy", "Mother's Sister Amy".
_POSSESSOR_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|my|our|your|the|a)|['’]s)\s+$", re.IGNORECASE
)


def titled(sentence: Sentence, known: Known) -> Iterator[Mention]:
    """ "Mrs Okonjo", "Dr Helen Marsh", "PC Rogers"; public figures ("Lord Laming") are left
    out unless a practitioner's role is written beside them."""
    text = sentence.text
    for found in _TITLE.finditer(text):
        if found.group("honorific") and _TITLE.match(text, found.end()):
            continue  # "Mr Justice Hale" is a judge: the next title decides
        words = name_words(text, found.end(), known, surname=True)
        if not words:
            continue
        end = words[-1][1]
        if in_agency_name(text, end) or YEAR_AFTER.match(text, end):
            continue
        names = tuple(text[s:e] for s, e in words)
        start = found.start()
        if found.group("professional") == "Sister" and not _nursing_sister(found, end, names):
            continue
        if found.group("public"):
            if not practitioner(text, start, end, single=False):
                continue
            kind = Kind.PRACTITIONER_NAME
        elif found.group("professional"):
            family = family_apposition(text, start, end)
            kind = Kind.PERSON_NAME if family else Kind.PRACTITIONER_NAME
        else:
            kind = (
                Kind.PRACTITIONER_NAME
                if practitioner(text, start, end, single=False)
                else Kind.PERSON_NAME
            )
        yield Mention(sentence, start, end, names, kind, RANKS["titled"], titled=True)


def _nursing_sister(title: re.Match[str], end: int, names: tuple[str, ...]) -> bool:
    """Whether "Sister" before a name is a nurse's title ("Sister Ann Kelly", "Ward Sister
    Kelly", "Sister Kelly, the ward manager,") rather than a relative ("her Sister Amy",
    "Sister Amy said")."""
    text, start = title.string, title.start()
    if _POSSESSOR_BEFORE.search(text, max(0, start - 8), start):
        return False
    return (
        len(names) > 1
        or bool(ROLE_BEFORE.search(text, max(0, start - ROLE_REACH), title.end()))
        or practitioner(text, start, end, single=False)
    )
