"""Practitioners written by name: a title and surname, or a name right beside a role.

Shared by the rule that warns when a practitioner is named beside a failure and by the rule
that finds practitioners' names in a report meant for publication, so that both read a name
and its role the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.identifiers.text import LOWER, UPPER
from scrlint.rules.analysis.lexicon import FAMILY_RE, ROLES, any_of

# Roles the analysis rules do not look for, but that make a name beside them a practitioner's.
_MORE_ROLES = (
    r"\bparamedics?\b",
    r"\bambulance\s+(?:crew|staff|technicians?)\b",
    r"\bPCSOs?\b",
    r"\bpolice\s+community\s+support\s+officers?\b",
    r"\bward\s+sisters?\b",
    r"\bsisters?\s+in\s+charge\b",
    r"\bmatrons?\b",
    r"\b(?:teaching|classroom|healthcare|health\s+care)\s+assistants?\b",
    r"\b(?:learning\s+)?mentors?\b",
    r"\bSENCOs?\b",
    r"\bchildminders?\b",
    r"\b(?:dentist|pharmacist|surgeon|obstetrician|radiologist|sonographer|psychologist|"
    r"psychiatrist|counsellor|dietitian|dietician|physiotherapist|optometrist|audiologist|"
    r"chaplain|interpreter)s?\b",
)
ROLE_RE = any_of((*ROLES, *_MORE_ROLES))
# A surname or first name: a capital and lower-case letters ("Okafor", "O'Neill", "Hale-Smith",
# "Dąbrowski"); a single letter or a digit is a pseudonym ("Dr A", "Social Worker 1") and never
# matches.
NAME = rf"(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
TITLE = (
    r"(?:Dr|Doctor|Nurse|Sister|Matron|Midwife|PC|DC|DS|DI|DCI|PCSO|Sgt|Sergeant|Constable|Inspector|"
    r"Detective\s+(?:Constable|Sergeant|Inspector)|Police\s+Constable|Prof|Professor)"
)
TITLED = re.compile(rf"\b{TITLE}\.?\s+({NAME}(?:\s+{NAME})?)\b")
HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+({NAME})\b")
FULL = re.compile(rf"\b(?=({NAME}\s+{NAME})\b)")  # overlapping: "Visitor Sarah Mott"
# A role right before a name ("social worker Jane Ellery", "the head teacher, Mrs Lyle", "crew
# member Jo Bell"), or before the setting it is at and a comma ("the key worker at Elm Tree
# Nursery, Amy Bell,") ...
ROLE_BEFORE = re.compile(
    rf"(?:{ROLE_RE.pattern})(?:\s+members?)?"
    r"(?:\s+(?:at|of|from|for)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s*,\s*"
    r"|\s*,?\s*)$",
    re.IGNORECASE,
)
# ... or in apposition right after it ("Mrs Lyle, the head teacher", "Jane Ellery (social worker)").
ROLE_AFTER = re.compile(
    r"(?:\s*[,(]\s*(?:who\s+(?:was|is)\s+)?(?:(?:the|a|an|her|his|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"|\s+(?:the|a|an)\s+(?:[\w'’-]+\s+)?)"
    rf"(?:{ROLE_RE.pattern})",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"\s*,\s*([^,]{1,60}),")
ROLE_REACH = 60  # how far from a name its role may be written
_FAMILY_BEFORE = re.compile(rf"(?:{FAMILY_RE.pattern})\s*,?\s*$", re.IGNORECASE)
NOT_NAMES = frozenset(
    {
        "The", "A", "An", "And", "Or", "But", "If", "On", "In", "At", "After", "Before", "When",
        "During", "However", "This", "That", "There", "It", "He", "She", "They", "Her", "His",
        "Their", "Child", "Baby", "Sibling", "Young", "Person", "Mother", "Father", "Social",
        "Worker", "Workers", "Health", "Visitor", "Visitors", "Visiting", "Nurse", "Nurses",
        "Practitioner", "Practitioners", "Consultant", "Specialist", "Lead", "Manager", "Team",
        "Service", "Services", "Officer", "Officers", "Adviser", "Advisor", "Partnership",
        "Trust", "Hospital", "Council", "Police", "School", "Practice", "Surgery", "Centre",
        "Unit", "Designated", "Named", "Safeguarding", "Children", "Community", "Family",
        "Early", "Help", "Duty", "Senior", "Principal", "Assistant", "Deputy", "Head",
        "Teacher", "Review", "Panel", "Board", "Local", "County", "Borough", "City", "District",
        "North", "South", "East", "West", "General", "Emergency", "Department", "Ward",
        "Clinic", "Midwife", "Midwives", "Paediatrician", "Registrar", "Care", "Agency",
        "Office", "Group", "Authority", "Court", "Judge", "Foundation", "Primary", "Secondary",
        "Academy", "Nursery", "Constable", "Sergeant", "Inspector", "Detective", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "Finding", "Recommendation", "Learning", "Key", "Episode",
        "Appendix", "Section", "Table", "Figure", "England", "Wales", "NHS", "GP", "Mr", "Mrs",
        "Ms", "Miss", "Dr", "Doctor", "Professor", "Prof", "Ofsted", "Working", "Together",
        "Government", "Medical", "Road", "Street", "Lane", "House", "Park", "Green", "Hill",
    }
)  # fmt: skip


def named_practitioners(sentence: str) -> Iterator[tuple[int, int]]:
    """The spans of practitioners' names in ``sentence`` (a title and surname, or a name beside
    a role), leaving out family members and pseudonyms."""
    for found in TITLED.finditer(sentence):
        if real(found.group(1)) and not family_apposition(sentence, found.start(), found.end()):
            yield found.span()
    for pattern in (HONORIFIC, FULL):
        for found in pattern.finditer(sentence):
            if not real(found.group(1)) or family_apposition(sentence, found.start(), found.end(1)):
                continue
            start, end = found.start(), found.end(1)
            if role_beside(sentence, start, end):
                yield (found.start(1) if pattern is FULL else start), end


def role_beside(sentence: str, start: int, end: int) -> bool:
    """Whether a practitioner's role is written right before or right after the name at
    [start, end): "social worker Jane Ellery", "Mrs Lyle, the head teacher"."""
    before = max(0, start - ROLE_REACH)
    return bool(
        ROLE_BEFORE.search(sentence, before, start)
        or ROLE_AFTER.match(sentence, end, end + ROLE_REACH)
    )


def real(name: str) -> bool:
    """Whether no word of ``name`` is a word of roles, agencies, places or dates."""
    return not any(part in NOT_NAMES for part in name.split())


def family_apposition(sentence: str, start: int, end: int) -> bool:
    """Whether the name is a family member's: "Mrs Lyle, the maternal grandmother, …" or
    "Mother's partner, Dr Lyle, …" (but not "the ward sister, Amy Bell, …")."""
    before = max(0, start - ROLE_REACH)
    if _FAMILY_BEFORE.search(sentence, before, start):
        return not ROLE_BEFORE.search(sentence, before, start)
    apposition = _APPOSITION.match(sentence, end)
    return bool(
        apposition
        and FAMILY_RE.search(apposition.group(1))
        and not ROLE_RE.search(apposition.group(1))
    )
