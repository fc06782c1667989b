"""Stock wording in a recommendation ("refresh training", "remind staff") and its specifics."""

from __future__ import annotations

import re

from scrlint.recommendations.measure import has_measure
from scrlint.recommendations.timescale import has_timescale

_BOILERPLATE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (term, re.compile(pattern, re.IGNORECASE))
    for term, pattern in (
        ("refresher training", r"\brefresher\s+training\b"),
        (
            "refresh training",
            r"\brefresh(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:training|knowledge|awareness)\b",
        ),
        (
            "remind staff",
            r"\bremind(?:s|ed|ing)?\s+(?:all\s+|the\s+|relevant\s+|frontline\s+)?(?:\w+\s+)?"
            r"(?:staff|practitioners|professionals|colleagues|workers|clinicians|agencies"
            r"|partners|managers|teams)\b|\bbe\s+reminded\b"
            r"|\bremind(?:s|ed|ing)?\s+(?:(?!to\b)[\w'’-]+\s+){1,4}?(?:of|about|that)\b",
        ),
        (
            "reiterate the importance of",
            r"\breiterat(?:e|es|ed|ing)\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?the\s+importance\b",
        ),
        ("recirculate the policy", r"\bre-?circulat(?:e|es|ed|ing)\b"),
        (
            "raise awareness",
            r"\brais(?:e|es|ed|ing)\s+(?:\w+\s+)?awareness\b|\bawareness[\s-]raising\b",
        ),
        (
            "disseminate the learning",
            r"\bdisseminat(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:the\s+)?(?:learning|lessons|findings)\b"
            r"|\bcascad(?:e|es|ed|ing)\s+(?:the\s+)?(?:learning|lessons)\b"
            r"|\b(?:learning|lessons|findings)\b[^.;\n]{0,40}?\b(?:should|will|must|is\s+to|are\s+to"
            r"|to)\s+be\s+(?:widely\s+)?(?:disseminated|cascaded|shared|circulated)\b",
        ),
        (
            "share the learning",
            r"\bshar(?:e|es|ed|ing)\s+(?:the\s+)?(?:learning|lessons|findings)\s+"
            r"(?:from|of|arising\s+from)\s+(?:this|the)\s+(?:review|report|case)\b",
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
    r"|podcast|simulation|case\s+studies|guidance\s+note)\b",
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


def boilerplate(text: str) -> str | None:
    """The stock phrase a recommendation is built on ("refresh training" …), if any."""
    for term, pattern in _BOILERPLATE:
        if pattern.search(text):
            return term
    return None


def specifics(text: str) -> int:
    """How many kinds of specific detail a recommendation gives.

    Counted: a timescale, a measure or check, a number, a named method of delivery, and a named
    audience (a role rather than "staff").
    """
    return sum(
        bool(found)
        for found in (
            has_timescale(text),
            has_measure(text),
            _NUMBER.search(text),
            _METHOD.search(text),
            _AUDIENCE.search(text),
        )
    )
