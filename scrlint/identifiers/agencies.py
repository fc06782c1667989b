"""The capitalised words a report uses for its own agencies and places.

A review of events in "Wrexley Vale" writes "Wrexley Vale Council", "Wrexley Vale Police" and
"lived in Wrexley Vale" many times; the entity recogniser sometimes takes such a place for a
person. No list can hold every town, but the report names its places inside its agencies'
names, so the words can be learnt from the report itself.

A word is learnt when a good share of its capitalised uses stand in an agency's name, after
"lived in" or before a place's description ("Hebbleton, a former mill town"): one stray "told
Kayden Police were coming" does not turn a child's name into a place.
"""

from __future__ import annotations

import re
from collections import Counter

from scrlint.document import Document
from scrlint.identifiers.text import CAPITALISED, capitalised_counts, prose
from scrlint.identifiers.words import AGENCY_HEADS, NEVER_NAMES, possessive_stripped, word_set

_HEADS = AGENCY_HEADS | word_set(
    """
    School Academy College Nursery Hospital Infirmary Surgery Practice Centre Ward Clinic Unit
    Primary Community Local Safeguarding Integrated Teaching General Royal Youth Recovery
    """
)
# The rest of an agency's name after a word: " Vale Council", " and Wrexley Police", "'s Team".
_TO_HEAD = re.compile(
    r"(?:['’]s)?(?:\s+(?:(?:and|&|upon|on|under)\s+)?[A-Z][\w'’-]*){0,3}?\s+"
    rf"(?:{'|'.join(sorted(_HEADS, key=len, reverse=True))})(?![\w-])"
)
# "lived in Northbridge", "moved from Ashcombe", "in Marston Edge" (not "in Kayden's room").
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:lived|living|lives|live|moved|moving|born|based|settled|housed|relocated|"
    r"resident|grew\s+up)\s+(?:back\s+)?(?:in|to|at|near|from)|in|around|across|outside|"
    r"throughout)"
    r"\s+(?:[A-Z][\w'’-]*\s+)?$"
)
# A place described in apposition: "Hebbleton, a former mill town,", "Ashby Moor, the estate
# where ..." (not "Jason Pike, a man from the area," nor "Amy Bell, a town councillor").
_PLACE_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*(?:a|an|the)\s+"
    r"(?:(?!(?:from|of|in|on|at|near|to|with|who|whose|for)\b)[a-z][\w'’-]*\s+){0,3}?"
    r"(?:town|village|city|estate|suburb|area|district|county|hamlet|borough|parish|region|"
    r"neighbourhood|port|resort)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|near|of|outside|north|south|east|west|where|which|that)\b)"
)
# A later place in a list after such a cue: "lived in Dublin, Cork and then Liverpool", "moved
# from Leeds to Hull". The list must end with its last place: "moved to Leeds, Kayden started
# school" and "moved to Leeds, Kayden and Tyler went to ..." name children.
_CUE = (
    r"\b(?:lived|living|lives|live|moved|moving|born|based|settled|housed|relocated|"
    r"grew\s+up)\s+(?:back\s+)?(?:in|to|at|near|from|between)"
)
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_LIST_BEFORE = re.compile(
    rf"{_CUE}\s+{_PLACE}(?:\s*,\s*(?:then\s+)?{_PLACE})*"
    r"(?:(?P<comma>\s*,\s*)|,?\s+(?:and|or|to)\s+)(?:then\s+)?$"
)
_LIST_JOINT = re.compile(r"(?:,|\band|\bor|\bto|\bthen)\s+$")
_ENDS = r"(?:\s*(?:[.,;:)]|$)|\s+(?:in|until|before|after|during|when|for|but)\b)"
_LIST_ENDS = re.compile(_ENDS)
_LIST_GOES_ON = re.compile(
    rf"(?:\s*,\s*(?:then\s+)?{_PLACE})*,?\s+(?:and|or)\s+(?:then\s+)?{_PLACE}(?={_ENDS})"
)
_SHARE = 4  # learnt when at least one use in this many is in an agency's name or a place


def agency_words(document: Document) -> frozenset[str]:
    """The words of the report's own agency and place names ("Wrexley", "Vale"). Cached."""
    key = "identifiers-agency-words"
    cached = document.derived.get(key)
    if isinstance(cached, frozenset):
        return cached
    text = prose(document)
    named: Counter[str] = Counter()
    for found in CAPITALISED.finditer(text):
        word = found.group()
        if word in NEVER_NAMES:
            continue
        bare = possessive_stripped(word)
        if bare in NEVER_NAMES:
            continue
        start, end = found.span()
        if _TO_HEAD.match(text, end) or (
            bare == word
            and (
                _PLACE_BEFORE.search(text, max(0, start - 50), start)
                or _PLACE_AFTER.match(text, end)
                or _in_place_list(text, start, end)
            )
        ):
            named[bare] += 1
    uses = capitalised_counts(document)
    learnt = frozenset(w for w, n in named.items() if n * _SHARE >= max(uses[w], 1))
    document.derived[key] = learnt
    return learnt


def _in_place_list(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is a later place in a list after "lived in" or the
    like; the cheap test of what comes just before it spares most words the long one."""
    if not _LIST_JOINT.search(text, max(0, start - 6), start):
        return False
    found = _LIST_BEFORE.search(text, max(0, start - 100), start)
    if found is None:
        return False
    after = _LIST_GOES_ON if found.group("comma") else _LIST_ENDS
    return bool(after.match(text, end))
