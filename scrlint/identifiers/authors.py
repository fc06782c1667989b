"""Authors of cited research and public figures: named in a report, but not identifiers.

A review cites "Brandon et al. (2020)" and "Munro (2011)", refers to "Lord Laming" and
"Professor Munro", and recalls national cases such as "Victoria Climbié". None of these
identifies the child or family, so the name finders leave them out; a surname cited with a
year anywhere in the report is left out everywhere ("as Munro argued").
"""

from __future__ import annotations

import re

from scrlint.document import Document
from scrlint.identifiers.text import capitalised_counts, prose
from scrlint.identifiers.words import NAME_WORD, NEVER_NAMES

_YEAR = r"(?:19|20)\d\d[a-z]?\b"
_AUTHOR = rf"(?:(?:van|von|de|der|du|le|la)\s+)?{NAME_WORD}"
# Where a citation ends: "(2011", ", 2011", "et al" or an author's initials. NOTE: each starts
# with a literal, which lets the regular expression engine skip ahead; a leading \b would make
# it ten times slower.
_ANCHORS = (
    re.compile(rf"\(\s*{_YEAR}"),
    re.compile(rf",\s*{_YEAR}"),
    re.compile(r"et\.?\s+al\b"),
    re.compile(r",\s+(?:[A-Z]\.\s*){1,3}(?=[,(&]|and\b|\d)"),  # "Brandon, M., Sidebotham, P."
)
# The authors before it: "Brandon, Sidebotham and Bailey (2012)", "Munro's (2011)",
# "Brandon et al. (2020)", "(Munro, 2011)", "(Brandon et al., 2020".
_AUTHORS_BEFORE = re.compile(
    rf"({_AUTHOR}(?:\s*(?:,|and|&)\s*{_AUTHOR})*)"
    r"(?:\s+et\.?\s+al\.?|\s+and\s+(?:colleagues|others))?(?:['’]s)?\s*$"
)
_REACH = 120  # characters of authors before a citation's year
# "Lord Laming", "Professor Eileen Munro", "Sir Martin Narey", "Dame Rachel de Souza".
PUBLIC_TITLE = r"Lord|Lady|Sir|Dame|Baroness|Baron|Prof|Professor|Justice|Judge|HHJ|Cllr|Councillor"
_PUBLIC_WORDS = PUBLIC_TITLE.split("|")
_PUBLIC = re.compile(rf"(?:{PUBLIC_TITLE})\.?\s+((?:{_AUTHOR}\s+){{0,2}}{NAME_WORD})")
# Children whose deaths led to national inquiries or reviews, cited as context.
NATIONAL_CASES = frozenset(
    {
        "Victoria Climbié", "Victoria Climbie", "Peter Connelly", "Daniel Pelka", "Hamzah Khan",
        "Keanu Williams", "Khyra Ishaq", "Arthur Labinjo-Hughes", "Star Hobson", "Logan Mwangi",
        "Finley Boden", "Sara Sharif", "Maria Colwell", "Jasmine Beckford", "Kimberley Carlile",
        "Tyra Henry", "Ainlee Walker", "Ainlee Labonte", "Lauren Wright", "Holly Wells",
        "Jessica Chapman", "Baby Peter", "Tia Sharp", "Kyra Ishaq",
    }
)  # fmt: skip


def cited_names(document: Document) -> frozenset[str]:
    """The name words the report uses for authors, public figures and national cases. Cached."""
    key = "identifiers-cited-names"
    cached = document.derived.get(key)
    if isinstance(cached, frozenset):
        return cached
    text = prose(document)
    words: set[str] = set()
    anchors = (found for expression in _ANCHORS for found in expression.finditer(text))
    for anchor in anchors:
        authors = _AUTHORS_BEFORE.search(text, max(0, anchor.start() - _REACH), anchor.start())
        if authors:
            words.update(_names_in(authors.group(1)))
    counts = capitalised_counts(document)
    if any(title in counts for title in _PUBLIC_WORDS):
        for found in _PUBLIC.finditer(text):
            if found.start() == 0 or not text[found.start() - 1].isalpha():
                words.update(_names_in(found.group(1)))
    for name in NATIONAL_CASES:
        if all(word in counts for word in name.split()) and name in text:
            words.update(name.split())
    learnt = frozenset(words)
    document.derived[key] = learnt
    return learnt


def _names_in(text: str) -> list[str]:
    return [word for word in re.findall(NAME_WORD, text) if word not in NEVER_NAMES]
