"""A practitioner identified by name in the same sentence as a failure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.analysis.lexicon import FAMILY_RE, ROLES, any_of, reviewer_sentences

_ROLE_RE = any_of(ROLES)
# A surname or first name: a capital and lower-case letters ("Okafor", "O'Neill", "Hale-Smith");
# a single letter or a digit is a pseudonym ("Dr A", "Social Worker 1") and never matches.
_NAME = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_TITLE = (
    r"(?:Dr|Doctor|Nurse|Sister|Matron|Midwife|PC|DC|DS|DI|DCI|Sgt|Sergeant|Constable|Inspector|"
    r"Detective\s+(?:Constable|Sergeant|Inspector)|Police\s+Constable|Prof|Professor)"
)
_TITLED = re.compile(rf"\b{_TITLE}\.?\s+({_NAME}(?:\s+{_NAME})?)\b")
_HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+({_NAME})\b")
_FULL = re.compile(rf"\b(?=({_NAME}\s+{_NAME})\b)")  # overlapping: "Visitor Sarah Mott"
# A role right before a name ("social worker Jane Ellery", "the head teacher, Mrs Lyle") ...
_ROLE_BEFORE = re.compile(rf"(?:{_ROLE_RE.pattern})\s*,?\s*$", re.IGNORECASE)
# ... or in apposition right after it ("Mrs Lyle, the head teacher", "Jane Ellery (social worker)").
_ROLE_AFTER = re.compile(
    r"(?:\s*[,(]\s*(?:who\s+(?:was|is)\s+)?(?:(?:the|a|an|her|his|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"|\s+(?:the|a|an)\s+(?:[\w'’-]+\s+)?)"
    rf"(?:{_ROLE_RE.pattern})",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r"\s*,\s*([^,]{1,60}),")
_ROLE_REACH = 60  # how far from a name its role may be written
_FAMILY_BEFORE = re.compile(rf"(?:{FAMILY_RE.pattern})\s*,?\s*$", re.IGNORECASE)
_NOT_NAMES = frozenset(
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
_FAILURE = re.compile(
    r"\b(?:failed\s+to|fail(?:ure|ures|ing)\s+to|did\s+not|didn['’]t|had\s+not|missed|"
    r"should(?:\s+not)?\s+have|ought\s+to\s+have|neglected\s+to|omitted|omission|errors?|"
    r"mistakes?|overlooked)\b",
    re.IGNORECASE,
)
# A cheap first test: substrings of the lower-cased sentence that every failure phrase contains.
_FAILURE_CUES = (
    "fail", "not", "n't", "n’t", "missed", "should", "ought", "neglected", "omi", "error",
    "mistake", "overlooked",
)  # fmt: skip
_PRAISE = re.compile(
    r"\b(?:good\s+practice|excellent|commend\w*|prais\w*|thorough\w*|diligen\w*|persist\w*|"
    r"tenaci\w*|exemplary|credit|went\s+(?:above\s+and\s+)?beyond|thank\w*|congratulat\w*|"
    r"conscientious\w*|(?:did\s+not|didn['’]t|never)\s+hesitate|without\s+hesitat\w*)\b",
    re.IGNORECASE,
)
# The author's or chair's independence statement names them beside "did not" on purpose.
_AUTHORSHIP = re.compile(
    r"\b(?:author|reviewers?|chair(?:person)?|independence|involvement|"
    r"independent(?!\s+(?:reviewing|domestic|sexual|visitor|advocate|social|school))|"
    r"line[- ]manag\w*|employed|employment|worked\s+for)\b",
    re.IGNORECASE,
)


def named_practitioners(sentence: str) -> Iterator[tuple[int, int]]:
    """The spans of practitioners' names in ``sentence`` (a title and surname, or a name beside
    a role), leaving out family members and pseudonyms."""
    for found in _TITLED.finditer(sentence):
        if _real(found.group(1)) and not _family_apposition(sentence, found.start(), found.end()):
            yield found.span()
    for pattern in (_HONORIFIC, _FULL):
        for found in pattern.finditer(sentence):
            if not _real(found.group(1)) or _family_apposition(
                sentence, found.start(), found.end(1)
            ):
                continue
            start, end = found.start(), found.end(1)
            before = max(0, start - _ROLE_REACH)
            if _ROLE_BEFORE.search(sentence, before, start) or _ROLE_AFTER.match(
                sentence, end, end + _ROLE_REACH
            ):
                yield (found.start(1) if pattern is _FULL else start), end


def _real(name: str) -> bool:
    return not any(part in _NOT_NAMES for part in name.split())


def _family_apposition(sentence: str, start: int, end: int) -> bool:
    """Whether the name is a family member's: "Mrs Lyle, the maternal grandmother, …" or
    "Mother's partner, Dr Lyle, …"."""
    if _FAMILY_BEFORE.search(sentence, max(0, start - _ROLE_REACH), start):
        return True
    apposition = _APPOSITION.match(sentence, end)
    return bool(
        apposition
        and FAMILY_RE.search(apposition.group(1))
        and not _ROLE_RE.search(apposition.group(1))
    )


class PractitionerNamedBesideFailure(Rule):
    meta = RuleMeta(
        code="ANA007",
        name="practitioner-named-beside-failure",
        severity=Severity.WARNING,
        dimension="analysis",
        summary="A practitioner is named in the same sentence as a failure.",
        rationale=(
            "Reviews are not there to hold individuals to account, and practitioners should "
            "contribute 'without fear of being blamed for actions they took in good faith'. "
            "Naming a practitioner beside an error invites blame, identifies them in a "
            "published report, and moves attention from the system to the person."
        ),
        limitations=(
            "A name is a title and surname ('Dr', 'Nurse', 'Sister', 'PC', 'DC', 'Sergeant'), "
            "or 'Mr', 'Mrs', 'Ms' or a first name and surname right beside a role ('Mrs Lyle, the "
            "head teacher', 'social worker Jane Ellery'). Pseudonyms ('Dr A', 'Social Worker 1', "
            "'HV1'), family members in apposition, sentences of praise and statements of the "
            "author's independence are skipped. A name without a title or role, or a name in "
            "one sentence and the failure in the next, is not seen. The message never repeats "
            "the name."
        ),
        guidance=(
            Citation("S62", "not conducted to hold individuals, organisations or agencies to", "C"),
            Citation("S50", "without fear of being blamed", "C-sec"),
            Citation("S46", "not part of any disciplinary process", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Analysis\n\nDr Okafor failed to refer Baby T to the "
                "paediatrician.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Analysis\n\nThe GP (GP 1) did not refer Baby T, because the "
                "locum induction did not cover the bruising protocol. Dr A saw Baby T twice.\n",
                profile="lcspr@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=38, negatives=37),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for block, start, end, masked in reviewer_sentences(ctx.document):
            sentence = masked[start:end]
            lower = sentence.lower()
            if not any(cue in lower for cue in _FAILURE_CUES):
                continue
            if not _FAILURE.search(sentence) or _PRAISE.search(sentence):
                continue
            if _AUTHORSHIP.search(sentence):
                continue
            name = next(named_practitioners(sentence), None)
            if name is not None:
                yield ctx.finding(
                    "A practitioner is named beside a failure; refer to practitioners by role or "
                    "pseudonym ('the GP', 'Social Worker 1') and explain the practice rather than "
                    "the person.",
                    *block.source_span(start + name[0], start + name[1]),
                    personal_data=True,
                )
