"""Whether a recommendation says by when: a date or a period, not one in the past."""

from __future__ import annotations

import re

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_NUMBER_WORDS = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty"
    r"|twenty-four|thirty|a|few|several"
)
_UNITS = (
    r"(?:working\s+|school\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?|quarters?|terms?)"
)
# A date: "March 2026", "31 July 2025", "by April", "in 2026", "Q3 2025", "spring 2026".
_DATE = re.compile(
    rf"\b(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|\b(?:by|before|from|in|during|until|till|end\s+of|start\s+of|beginning\s+of|early|late"
    rf"|mid-?)\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS})\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
    r"|(?i:\b(?:spring|summer|autumn|winter)\s+(?:term\s+)?(?:19|20)\d\d\b)"
    r"|(?i:\b(?:by|before|in|during|from|until|within|end\s+of)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?:19|20)\d\d|Q[1-4])\b)"
    r"|(?i:\bQ[1-4]\s+(?:of\s+)?(?:19|20)\d\d(?:/\d\d)?\b)"
)
# A date is a deadline after these words, whatever else the sentence says.
_DEADLINE = re.compile(
    r"(?i:\b(?:by|before|until|till|no\s+later\s+than|end\s+of|from|starting|commencing|due"
    r"|target(?:\s+date)?\s*:?|deadline\s*:?)\s+(?:the\s+)?)$"
)
# Otherwise a date near these words is when something happened, not when it will be done.
_PAST = re.compile(
    r"(?i:\b(?:was|were|had|has\s+been|have\s+been|died|death|born|birth|since|following|after"
    r"|occurred|happened|took\s+place|last|ago|previous(?:ly)?|between|incident|injur\w*"
    r"|admitted|referred|published|introduced|updated|issued)\b)"
)
# A period or frequency: "within six months", "by the end of the year", "quarterly".
_PERIOD = re.compile(
    rf"(?i:\bwithin\s+(?:the\s+)?(?:next\s+|first\s+)?(?:{_NUMBER_WORDS})\s+{_UNITS})"
    rf"|(?i:\b(?:in|over|during|for)\s+the\s+(?:next|coming|following|first)\s+"
    rf"(?:(?:{_NUMBER_WORDS})\s+)?{_UNITS})"
    rf"|(?i:\b(?:after|for|of|in)\s+(?:{_NUMBER_WORDS})\s+{_UNITS})"
    r"|(?i:\b(?:by|in|during|before)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b)"
    r"|(?i:\bthis\s+(?:financial\s+|calendar\s+|academic\s+)?year\b)"
    rf"|(?i:\b(?:{_NUMBER_WORDS})\s+{_UNITS}\s+(?:after|from|of|following)\s+)"
    r"|(?i:\b(?:by|before|at|until|from)\s+the\s+(?:end|start|beginning)\s+of\s+"
    r"(?:the\s+|this\s+|next\s+)?(?:current\s+|coming\s+)?"
    r"(?:year|month|quarter|financial\s+year|calendar\s+year|academic\s+year|school\s+year|term"
    r"|summer|spring|autumn|winter)\b)"
    rf"|(?i:\b(?:every|each)\s+(?:(?:{_NUMBER_WORDS}|other)\s+)?(?:days?|weeks?|months?"
    r"|quarters?|years?|terms?)\b)"
    r"|(?i:\b(?:quarterly|monthly|annually|yearly|bi-?annually|six-monthly|twice[\s-]yearly"
    r"|fortnightly|weekly)\b)"
    r"|(?i:\btwice\s+(?:a|each|per)\s+year\b|\bannual\s+(?:report|audit|review)\b)"
    r"|(?i:\b(?:immediately|with\s+immediate\s+effect|from\s+(?:now|today))\b)"
    r"|(?i:\b(?:at|by)\s+(?:its|their|the)\s+(?:next|following)\s+(?:meeting|board))"
    r"|(?i:\b(?:next|this|following)\s+(?:financial\s+year|academic\s+year|quarter)\b)"
)


def has_timescale(text: str) -> bool:
    """Whether ``text`` gives a date or a period ("by March 2025", "within six months").

    A date that tells when something happened ("since the death of Child A in March 2023") is
    not a timescale; one after "by", "before", "until" … always is.
    """
    if _PERIOD.search(text):
        return True
    for found in _DATE.finditer(text):
        before = text[max(0, found.start() - 80) : found.start()]
        before = re.split(r"[.;:\n]\s", before)[-1]
        if _DEADLINE.search(before) or re.match(
            r"(?i:by|before|until|till|end\s+of)\b", found.group()
        ):
            return True
        if not _PAST.search(before):
            return True
    return False
