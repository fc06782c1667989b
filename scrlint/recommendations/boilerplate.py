"""Stock wording in a recommendation ("refresh training", "remind staff") and its specifics."""

from __future__ import annotations

import re

from scrlint.recommendations.measure import has_measure
from scrlint.recommendations.timescale import has_timescale

_BOILERPLATE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (term, re.compile(pattern, re.IGNORECASE))
    for term, pattern in (
        ("refresher training", r"\brefresher\s+(?:[\w'’-]+\s+){0,2}?training\b"),
        (
            "refresh training",
            r"\brefresh(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:training|knowledge|awareness)\b",
        ),
        (
            "remind staff",
            r"\bremind(?:s|ed|ing)?\s+(?:all\s+|the\s+|relevant\s+|frontline\s+)?(?:\w+\s+)?"
            r"(?:staff|practitioners|professionals|colleagues|workers|clinicians|agencies"
            r"|partners|managers|teams)\b|\b(?:be|are|is|being)\s+(?:\w+ly\s+)?reminded\b"
            r"|\bremind(?:s|ed|ing)?\s+(?:(?!to\b)[\w'’-]+\s+){1,4}?(?:of|about|that)\b",
        ),
        (
            "reiterate the importance of",
            r"\b(?:(?:reiterat|reinforc|emphasi[sz]|underlin)(?:e|es|ed|ing)|stress(?:es|ed|ing)?"
            r"|highlight(?:s|ed|ing)?)\s+"
            r"(?:to\s+(?:[\w'’-]+\s+){1,4}?)?the\s+(?:importance|need)\b",
        ),
        ("recirculate the policy", r"\bre-?circulat(?:e|es|ed|ing)\b"),
        (
            "raise awareness",
            r"\brais(?:e|es|ed|ing)\s+(?:\w+\s+)?awareness\b|\bawareness[\s-]raising\b",
        ),
        (
            "disseminate the learning",
            r"\bdisseminat(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:the\s+)?(?:learning|lessons|findings)\b"
            r"|\bcascad(?:e|es|ed|ing)\s+(?:the\s+)?(?:learning|lessons|(?:key\s+)?messages)\b"
            r"|\b(?:learning|lessons|findings|messages)\b[^.;\n]{0,40}?\b(?:be|is|are)\s+"
            r"(?:widely\s+|effectively\s+|fully\s+)?(?:disseminated|cascaded|shared|circulated"
            r"|communicated)\b",
        ),
        (
            "share the learning",
            r"\bshar(?:e|es|ed|ing)\s+(?:the\s+)?(?:learning|lessons|findings)\s+"
            r"(?:from|of|arising\s+from)\s+(?:this|the)\s+(?:review|report|case)\b",
        ),
        (
            "ensure staff are aware of procedures",
            # Awareness of, or compliance with, procedures or training in general.
            r"\b(?:aware|familiar|conversant)\s+(?:of|with)\s+(?:the\s+|their\s+|its\s+|all\s+)?"
            r"(?:relevant\s+|local\s+|existing\s+|current\s+|agency\s+|own\s+|[\w-]*agency\s+)*"
            r"(?:safeguarding\s+|child\s+protection\s+)?(?:policies|procedures|guidance|protocols"
            r"|responsibilities|duties|roles)\b"
            r"|\bup[\s-]to[\s-]date\s+with\s+(?:[\w'’-]+\s+){0,3}?training\b"
            r"|\bmandatory\s+(?:[\w-]+\s+){0,2}?training\b",
        ),
        (
            "update training to reflect the learning",
            r"\btraining\b[^.;\n]{0,60}?\b(?:reflect|incorporate|include|take\s+account\s+of)s?\s+"
            r"(?:the\s+)?(?:learning|lessons|findings|key\s+messages)\b"
            r"|\b(?:review|revis|updat|refresh)(?:e|es|ed|ing|s)?\s+(?:its|their|the|all)?\s*"
            r"(?:[\w'’-]+\s+){0,2}?training\b[^.;\n]{0,40}?\bfit\s+for\s+purpose\b",
        ),
        (
            "promote the training offer",
            r"\bpromot(?:e|es|ed|ing)\s+(?:its|their|the)?\s*(?:[\w'’-]+\s+){0,2}?training"
            r"(?:\s+offer)?\b|\btraining\s+offer\b",
        ),
        (
            "embed the learning",
            r"\bembed(?:s|ded|ding)?\s+(?:the\s+)?(?:learning|lessons)\b"
            r"|\b(?:learning|lessons)\b[^.;\n]{0,40}?\b(?:is|are|be|being)\s+(?:fully\s+)?embedded\b",
        ),
    )
)
_METHOD = re.compile(
    r"\b(?:workshops?|briefings?|seven-minute|7-minute|e-learning|webinars?|learning\s+events?"
    r"|sessions?|masterclass\w*|module|induction|supervision|conference|newsletter|toolkit"
    r"|podcast|simulation|case\s+studies|guidance\s+note|practice\s+(?:alert|note)s?|bulletins?"
    r"|memos?|(?:team|staff)\s+meetings?|in\s+writing|by\s+(?:letter|e-?mail))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)
_AUDIENCE = re.compile(
    r"\b(?:health\s+visitors?|school\s+nurses?|midwi(?:fe|ves)|gps?|general\s+practitioners?"
    r"|social\s+workers?|teachers?|head\s*teachers?|paediatricians?|police\s+officers?"
    r"|designated\s+safeguarding\s+leads?|dsls?|call\s+handlers?|family\s+support\s+workers?"
    r"|nursery\s+(?:nurses|staff)|emergency\s+department\s+staff|duty\s+(?:social\s+workers|"
    r"managers)|team\s+managers?|supervisors?|receptionists?|locums?|housing\s+officers?"
    r"|probation\s+officers?|youth\s+workers?)\b",
    re.IGNORECASE,
)


# A check that the action was done ("record that this has been done", "confirm to the Board").
_CHECK = re.compile(
    r"\b(?:record(?:s|ed|ing)?|confirm(?:s|ed|ing)?|sign(?:s|ed)?\s+to\s+confirm)\s+"
    r"(?:that|this|in\s+writing|to\s+the|completion|attendance|receipt)\b"
    r"|\bcheck(?:s|ed|ing)?\s+(?:compliance|that|whether)\b",
    re.IGNORECASE,
)
# Named content: a rule stated in a that-clause ("that checks must include the previous
# authority's history") or a document with a name of its own ("the step-up procedure"), not
# "the relevant policies and procedures".
_RULE_STATED = re.compile(
    r"\bthat\s+(?:[\w'’-]+\s+){1,6}?(?:must|should|is\s+to|are\s+to|needs?\s+to)\s+(?:not\s+)?"
    r"(?:be\s+)?[a-z]+",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"\b(?:the|its|their|this)\s+(?P<name>(?:[\w'’-]+\s+){1,3}?)"
    r"(?:procedures?|protocols?|pathways?|checklists?|polic(?:y|ies)|guidance|toolkits?|tools?"
    r"|templates?|flowcharts?|forms?)\b",
    re.IGNORECASE,
)
_GENERIC_NAME = frozenset(
    {
        "relevant", "local", "safeguarding", "existing", "current", "agency", "single-agency",
        "multi-agency", "internal", "appropriate", "national", "statutory", "own", "all", "new",
        "revised", "updated", "child", "children's", "protection", "partnership", "agency's",
        "organisational", "key", "various", "and", "of", "other", "these", "those", "same",
    }
)  # fmt: skip


def _names_content(text: str) -> bool:
    if _RULE_STATED.search(text):
        return True
    return any(
        any(word.lower() not in _GENERIC_NAME for word in found.group("name").split())
        for found in _DOCUMENT.finditer(text)
    )


def boilerplate(text: str) -> str | None:
    """The stock phrase a recommendation is built on ("refresh training" …), if any."""
    for term, pattern in _BOILERPLATE:
        if pattern.search(text):
            return term
    return None


def specifics(text: str) -> int:
    """How many kinds of specific detail a recommendation gives.

    Counted: a timescale, a measure or check, a number, a named method of delivery, a named
    audience (a role rather than "staff"), and named content (a rule stated in a that-clause or
    a document with a name of its own, not "the relevant procedures").
    """
    return sum(
        bool(found)
        for found in (
            has_timescale(text),
            has_measure(text) or _CHECK.search(text),
            _names_content(text),
            _NUMBER.search(text),
            _METHOD.search(text),
            _AUDIENCE.search(text),
        )
    )
