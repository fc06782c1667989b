"""Whether a sentence frames guidance or a body as the report's own, or as history.

Reports mention other eras all the time ("Before 2019, reviews were commissioned by the LSCB"),
so the CIT rules only speak when a sentence presents the guidance or body as the one this review
works under, and stay quiet on any sign that it is describing the past or the future.
"""

from __future__ import annotations

import functools
import re

from scrlint.citations.finder import MONTH

_DATE = rf"(?:(?:[0-9]{{1,2}}\s+)?{MONTH}\s+)?(?:19|20)[0-9]{{2}}"

_HISTORY = re.compile(
    r"\b(?:"
    rf"(?:before|prior\s+to|until|till|up\s+to|since)\s+{_DATE}"
    r"|previous(?:ly)?|former(?:ly)?|historic(?:al|ally)?|legacy|the\s+old"
    r"|predecessors?|successors?|replac(?:ed|es|ing)|supersed(?:ed|es)|abolish(?:ed|es)|abolition"
    r"|ceased|introduc(?:ed|es)|came\s+into\s+(?:force|effect)|took\s+(?:over|on)|transferred"
    r"|became|merged|inherit(?:ed|s|ing)?|dissolved"
    r"|transition(?:al)?|renamed|no\s+longer|used\s+to|new\s+arrangements"
    r"|at\s+(?:the|that)\s+time|then\s+in\s+force|in\s+force\s+(?:at|when)|which\s+applied"
    r"|applied\s+(?:at|when|then)|as\s+it\s+then\s+was|the\s+then|then[-\s]current"
    r"|(?:was|were)\s+then|now\s+(?:the|an?|part\s+of|known\s+as|called|merged)"
    r"|had\s+(?:been\s+)?(?:commissioned|conducted|undertaken|carried\s+out|published|agreed)"
    r")\b",
    re.IGNORECASE,
)
# Looking ahead from the LSCB era to arrangements not yet in place.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|new|future|forthcoming|upcoming|prepar(?:ing|ation)|prepares?\s+for"
    r"|implement(?:ation|ed|ing)?|consultation|draft|planned|once|when)\b",
    re.IGNORECASE,
)
# Practice judged against the guidance of its day, not the review's own framework: practice or
# practitioners acting before the guidance is named, or a shortfall anywhere in the sentence.
_PRACTICE_ACTS = re.compile(
    r"\b(?:practitioners?|professionals|staff|agenc(?:y|ies)|practice(?!\s+(?:review|episode)))\b",
    re.IGNORECASE,
)
_SHORTFALL = re.compile(
    r"\b(?:should\s+have|did\s+not|didn't|was\s+not|wasn't|were\s+not|weren't|had\s+not|had\s+never"
    r"|failed\s+to|non-?compliant|not\s+compliant)\b",
    re.IGNORECASE,
)
_KINDS = r"(?:review|LCSPR|CSPR|SCR|report|response|IMR|summary)"
_MODIFIERS = (
    r"(?:(?:local|child|safeguarding|practice|serious|case|rapid|learning|health|overview|final"
    r"|independent|multi-agency|thematic|executive|summary|individual|management)\s+){0,4}"
)
_ITSELF = re.compile(
    rf"\b(?:this|the\s+present|the\s+current|our)\s+{_MODIFIERS}{_KINDS}\b"
    rf"|^\W*the\s+{_MODIFIERS}{_KINDS}\b",
    re.IGNORECASE,
)
# Looser, for guidance framing: any "the review" that is not "the review of" something.
_THE_REVIEW = re.compile(rf"\bthe\s+{_MODIFIERS}{_KINDS}\b(?!\s+of\b)", re.IGNORECASE)
_OWN_VERB = (
    r"(?:commission(?:ed|s)?|conduct(?:ed|s)?|undert(?:ook|aken|akes)|carried\s+out|initiated"
    r"|convened|agreed|approved|signed\s+off|oversaw|overseen|led|decided|requested|sponsored"
    r"|accepted|endorsed|notified)"
)
_BY = r"(?:jointly\s+)?(?:by|for|on\s+behalf\s+of)"
_NAME = r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
_FRAMING_CUE = (
    r"(?:under|in\s+accordance\s+with|(?:as\s+)?required\s+by|in\s+line\s+with|follow(?:s|ed|ing)?"
    r"|(?:as\s+)?set\s+out\s+in|pursuant\s+to|according\s+to|in\s+compliance\s+with"
    r"|compl(?:y|ies|ied)\s+with|meets\s+the\s+requirements\s+of|guided\s+by|as\s+per|per"
    r"|consistent\s+with|conforms?\s+to|governed\s+by)"
)
_FILLER = (
    r"(?:the|its|their|statutory|national|government|HM|guidance|requirements?|expectations"
    r"|principles|process|procedures?|framework|model|outline|approach|methodology|chapter"
    r"|section|paragraphs?|part|[0-9.]+|of|in|for|on|serious|case|reviews?|learning|and"
    r"|improvement)"
)
_FRAMED_BEFORE = re.compile(rf"\b{_FRAMING_CUE}\s+(?:{_FILLER}\s+){{0,6}}$", re.IGNORECASE)
_FRAMED_AFTER = re.compile(
    r"^\W{0,3}\s*(?:requires|required|sets\s+out|expects"
    r"|(?:is|was)\s+the\s+(?:statutory\s+)?(?:framework|guidance|basis)\s+(?:for|of))\b",
    re.IGNORECASE,
)
# ", written in line with ...", ", which follows ...": the guidance belongs to the noun before.
_ATTACHED = re.compile(
    r",\s*(?:which|that|\w+ed|written|drawn|made|undertaken|taken|done|set|built|kept)\b[^,]*$",
    re.IGNORECASE,
)
_OWN_VERB_ANYWHERE = re.compile(rf"\b{_OWN_VERB}\b", re.IGNORECASE)
_QUALIFIED = re.compile(
    r"\b(?:three|statutory|lead|delegated|this|our)\s+(?:local\s+)?$", re.IGNORECASE
)
_ACTS_AS = re.compile(rf"^\W*(?:have\s+|has\s+|had\s+|jointly\s+)?{_OWN_VERB}\b", re.IGNORECASE)
_ACTED_FOR = re.compile(rf"\b{_OWN_VERB}\s+{_BY}\s+{_NAME}$", re.IGNORECASE)
_DECIDED_BY = re.compile(rf"\bdecision\b.{{0,80}}\b(?:made|taken)\s+by\s+{_NAME}$", re.IGNORECASE)
_SUBJECT_ACTS = re.compile(
    rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,4}}?(?:has\s+|had\s+)?{_OWN_VERB}\b", re.IGNORECASE
)


@functools.cache
def term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Match any of ``terms`` as whole words, plural allowed; capitals-only terms match case."""
    parts = [
        term if term.isupper() else "(?i:" + r"\s+".join(map(re.escape, term.split())) + ")"
        for term in terms
    ]
    return re.compile(rf"\b(?:{'|'.join(parts)})s?\b")


def is_historical(text: str) -> bool:
    """Whether the sentence signals the past: "before 2019", "formerly", "(now the ICB)"..."""
    return _HISTORY.search(text) is not None


def looks_ahead(text: str) -> bool:
    """Whether the sentence looks forward to arrangements not yet in place."""
    return _FUTURE.search(text) is not None


def judges_practice(text: str, start: int) -> bool:
    """Whether the sentence judges practice against the guidance cited at ``start`` rather than
    framing the review: practice acts before the guidance is named, or falls short of it."""
    return bool(_PRACTICE_ACTS.search(text[:start]) or _SHORTFALL.search(text))


def refers_to_itself(text: str) -> bool:
    """Whether the sentence speaks of this review or report ("This review", "The LCSPR")."""
    return _ITSELF.search(text) is not None


def frames_citation(text: str, start: int, end: int) -> bool:
    """Whether the guidance at [start, end) is what this review follows: the sentence speaks of
    the review (or its commissioning) and puts "under", "in line with"... just before the
    guidance, outside a clause about something else, or "... requires" just after it."""
    if not (_THE_REVIEW.search(text) or refers_to_itself(text) or _OWN_VERB_ANYWHERE.search(text)):
        return False
    before = text[max(0, start - 160) : start]
    if _FRAMED_BEFORE.search(before):
        attached = _ATTACHED.search(before)
        return attached is None or refers_to_itself(attached.group())
    return _FRAMED_AFTER.search(text[end:]) is not None


def names_as_own(text: str, start: int, end: int) -> bool:
    """Whether the term at [start, end) is the review's own: "the three safeguarding partners",
    "this LCSPR", "the safeguarding partners agreed", "on behalf of the safeguarding partners"."""
    before = text[max(0, start - 80) : start]
    return bool(
        _QUALIFIED.search(before) or _ACTS_AS.search(text[end:]) or _ACTED_FOR.search(before)
    )


def commissioned_by(text: str, start: int, end: int) -> bool:
    """Whether the body at [start, end) commissioned or ran this review (the sentence says so)."""
    before = text[max(0, start - 160) : start]
    acts = (
        _ACTED_FOR.search(before) or _DECIDED_BY.search(before) or _SUBJECT_ACTS.search(text[end:])
    )
    return acts is not None and refers_to_itself(text)
