"""Names that the words beside them show to be people's, found without the recogniser.

A full name beside a practitioner's role ("social worker Tom Ellery") or a family word ("her
father, Darren Cole,", "Ann Bell, a family friend,"), and a name of one word or more beside an age
or a relative ("Hope, then aged six,", "Bartek's mother"). The words beside it say that it is a
person's name, so no language model is needed, and they are surer than the recogniser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.identifiers.model import Kind
from scrlint.identifiers.names.context import excluded_context, practitioner
from scrlint.identifiers.names.mention import (
    APPOSITION_END,
    RANKS,
    Known,
    Mention,
    Sentence,
    name_words,
    name_words_before,
)
from scrlint.identifiers.practitioners import FULL, ROLE_RE
from scrlint.identifiers.words import NAME_WORD

# A family member described, then named: "her father, Darren Cole," "his aunt (Sue Bell)", "her
# closest friend, Aoife Nic Giolla,".
_FAMILY_WORDS = (
    r"mother|father|mum|dad|brother|sister|sibling|half-brother|half-sister|stepbrother|"
    r"stepsister|grandmother|grandfather|grandma|grandad|granny|nan|aunt|auntie|uncle|cousin|"
    r"partner|ex-partner|boyfriend|girlfriend|husband|wife|stepfather|stepmother|step-father|"
    r"step-mother|stepdad|friend|neighbour|son|daughter|lodger|carer|niece|nephew|godmother|"
    r"godfather"
)
_DESCRIBED = re.compile(
    rf"\b(?:(?i:his|her|their|the|a)|Child\s+[A-Z]['’]s|Mother['’]s|Father['’]s)\s+"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?"
    rf"(?:{_FAMILY_WORDS})\s*(?:,|\(|\bcalled\b|\bnamed\b)\s*"
)
# What shows that the name just before it is a relative's, a friend's or a child's: a family
# word in apposition ("Ann Bell, a family friend,"), an age ("Hope, then aged six,") or a
# relative ("Bartek's mother"; not "Northshire's partner agencies").
_FAMILY_AFTER = re.compile(
    rf",\s*(?:the|a|an|his|her|their|{NAME_WORD}['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_FAMILY_WORDS})\s*[,)]"
)
_AGED_AFTER = re.compile(r"\s*[,(]\s*(?:then\s+|now\s+)?aged\s+(?:about\s+)?(?:\d|[a-z]+\b)")
_RELATIVE_AFTER = re.compile(
    r"['’]s\s+(?:(?:new|older|younger|elder|twin|baby|maternal|paternal)\s+)*"
    rf"(?:{_FAMILY_WORDS})\b(?!\s+(?:agenc|organisation|service|charit))"
)


def patterned(sentence: Sentence, known: Known) -> Iterator[Mention]:
    """A full name beside a role ("social worker Tom Ellery") or a family word ("her father,
    Darren Cole,"), found without the recogniser."""
    text = sentence.text
    for found in FULL.finditer(text):
        start, end = found.start(1), found.end(1)
        words = name_words(text, start, known, limit=2)
        if len(words) != 2 or words[-1][1] != end or excluded_context(text, start, end, known):
            continue
        if practitioner(text, start, end, single=False):
            names = tuple(text[s:e] for s, e in words)
            yield Mention(sentence, start, end, names, Kind.PRACTITIONER_NAME, RANKS["pattern"])
    for found in _DESCRIBED.finditer(text):
        words = name_words(text, found.end(), known)
        if not words:
            continue
        start, end = words[0][0], words[-1][1]
        if not APPOSITION_END.match(text, end) or excluded_context(text, start, end, known):
            continue
        if len(words) == 1 and known.common_word(text[start:end]):
            continue
        names = tuple(text[s:e] for s, e in words)
        yield Mention(sentence, start, end, names, Kind.PERSON_NAME, RANKS["pattern"])
    yield from _described_after(sentence, known)


def _described_after(sentence: Sentence, known: Known) -> Iterator[Mention]:
    """A name followed by what only a person has: a family word in apposition, an age or a
    relative. A full name is needed before a family word ("Kayden, his friend, ..." may be
    spoken to Kayden); one word is enough before an age or a relative, even a word the report
    also writes in lower case ("Hope, then aged six,")."""
    text = sentence.text
    cues = [
        (found, 2) for found in _FAMILY_AFTER.finditer(text) if not ROLE_RE.search(found.group())
    ]
    cues += [(found, 1) for found in _AGED_AFTER.finditer(text)]
    cues += [(found, 1) for found in _RELATIVE_AFTER.finditer(text)]
    for found, least in cues:
        words = name_words_before(text, found.start(), known)
        if len(words) < least:
            continue
        start, end = words[0][0], words[-1][1]
        if excluded_context(text, start, end, known):
            continue
        names = tuple(text[s:e] for s, e in words)
        yield Mention(sentence, start, end, names, Kind.PERSON_NAME, RANKS["pattern"])
