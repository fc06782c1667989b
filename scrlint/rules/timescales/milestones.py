"""Find the dated milestones of a review (decision, completion, incident, notification) in prose.

A milestone is a date bound to a cue phrase in the same clause: "the LSCB decided on 21 June 2011
to hold a serious case review" binds 21 June 2011 to a decision. Each date goes to the nearest
cue and a review cue takes one date, so that "Following Child A's death on 3 May, the board
decided on 20 May to commission a review" binds the decision to 20 May. Patterns are regular
expressions with bounded repeats only.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from scrlint.dates import DateMention, find_dates
from scrlint.document import Block, BlockKind, Document
from scrlint.sentences import sentence_spans


class Kind(enum.StrEnum):
    """What a dated milestone marks."""

    START = "decision"  # the decision to review, initiation or commissioning
    END = "completion"  # completion, approval or sign-off of the report
    RAPID_END = "rapid review"  # the rapid review meeting, completion or sign-off
    NOTIFY = "notification"  # notification of the incident to the Panel, Ofsted or the LSCB
    INCIDENT = "incident"  # the death, injury or incident that led to the review
    AWARE = "awareness"  # when the local authority learned of it


@dataclass(frozen=True)
class Milestone:
    """A date in a sentence, and what it marks."""

    kind: Kind
    date: DateMention  # offsets within ``block.text``
    block: Block
    sentence: tuple[int, int]  # prose offsets of the sentence in ``block.text``

    @property
    def text(self) -> str:
        """The date as the report writes it."""
        return self.block.text[self.date.start : self.date.end]

    def source_span(self) -> tuple[int, int]:
        """The source span of the sentence holding the date."""
        return self.block.source_span(*self.sentence)


_W = r"[\w'’-]{1,30}"  # one word
_GAP = rf"(?:\W{{1,4}}{_W}){{0,8}}?\W{{1,4}}"  # up to eight words between two parts of a cue
_SHORT_GAP = rf"(?:\W{{1,4}}{_W}){{0,3}}?\W{{1,4}}"
_REVIEW = (
    r"(?:(?:serious\s+case|(?:local\s+)?child\s+safeguarding\s+practice|safeguarding\s+practice"
    r"|local|learning|multi-agency)\s+)?review\b|\bSCR\b|\bL?CSPR\b"
)
# "review" that is not the case review: a child protection review conference, a two-year
# review, an individual management review, the Child Safeguarding Practice Review Panel. A rapid
# review has cues of its own (RAPID_END), so that an LCSPR's rapid review is not its completion.
_NOT_THE_REVIEW_AFTER = re.compile(
    r"\s{0,3}(?:conference|panel|meeting\s+of\s+the\s+(?:plan|child)|health|appointment|of\s+the\s+"
    r"(?:plan|case|child))\b",
    re.IGNORECASE,
)
_NOT_THE_REVIEW_BEFORE = re.compile(
    r"\b(?:protection|looked[\s-]after|LAC|CLA|health|year|month|week|management|medication|"
    r"annual|statutory|case\s+conference|the\s+first|a\s+further|core\s+group|rapid)\s{1,3}$",
    re.IGNORECASE,
)
_REPORT = (
    r"(?:^|\b(?:this|the|our|its|their)\s{1,3})(?:(?:final|overview|draft|full|review)\s+)?"
    r"(?:report|executive\s+summary)\b"
)
# "... the Panel of the incident on 4 March": the incident belongs to the notification cue.
_OF_INCIDENT = (
    r"(?:\s{1,3}\([A-Za-z]{1,10}\))?"
    r"(?:\s{1,3}(?:of|about)\s{1,3}(?:the|this)\s{1,3}(?:serious\s{1,3})?incident\b)?"
)
_FINISHED = r"(?:completed|finalised|finalized|finished|approved|signed[\s-]off|endorsed)"
_DONE = (
    r"(?:completed|finalised|finalized|finished|concluded|approved|signed[\s-]off|endorsed|"
    r"accepted|ratified|submitted|presented|agreed|sent)"
)

_CUES: dict[Kind, tuple[str, ...]] = {
    Kind.START: (
        rf"\b(?:decided|decision|agreed|resolved){_GAP}to\s+(?:hold|undertake|conduct|commission|"
        rf"initiate|carry\s+out|begin|start|proceed\s+with){_SHORT_GAP}(?:{_REVIEW})",
        rf"(?:{_REVIEW})(?:\s{{1,3}}itself)?(?:,\s{{0,3}}|\s{{1,3}}(?:was|were|had\s+been|has\s+been)\s{{1,3}}|\s{{1,3}})"
        r"(?:formally\s+|first\s+)?(?:commissioned|initiated|started|began|begun|established|set\s+up"
        r"|convened)\b",
        rf"\b(?:commissioned|initiated|started|began|convened){_SHORT_GAP}(?:{_REVIEW})",
        rf"\bcriteria\s+for\s+(?:a|an|the){_SHORT_GAP}(?:{_REVIEW}){_SHORT_GAP}met\b",
        rf"\bmet\s{{1,3}}the\s{{1,3}}criteria\s{{1,3}}for\s{{1,3}}(?:a|an|the){_SHORT_GAP}(?:{_REVIEW})",
        rf"(?:{_REVIEW})\s{{1,3}}(?:should|would|must)\s{{1,3}}be\s{{1,3}}(?:held|undertaken|"
        r"conducted|carried\s+out|commissioned)\b",
    ),
    Kind.END: (
        rf"(?:{_REVIEW}|{_REPORT})(?:\s{{1,3}}(?:was|were|had\s+been|has\s+been|is))?"
        rf"(?:\s{{1,3}}(?:formally|finally|then|eventually))?\s{{1,3}}{_DONE}\b",
        rf"\bit\s{{1,3}}was\s{{1,3}}(?:{_FINISHED}|agreed|accepted|ratified)\b",
        # "The review was started on 8 January and completed on 11 July."
        rf"(?:{_REVIEW}|{_REPORT})[^.;]{{0,60}}?\band\s{{1,3}}(?P<cue>(?:was\s{{1,3}})?{_FINISHED})\b",
        # "The designated nurse completed this report"; "the" only with a word saying which report.
        rf"\b{_FINISHED}\s{{1,3}}(?:(?:this|its|their|my|our)(?:\s{{1,3}}(?:final|overview|draft))?|the"
        r"\s{1,3}(?:final|overview))\s{1,3}(?:report|review|executive\s+summary)\b",
        rf"\b(?:LSCB|board|partners|partnership|panel|executive|chair|reviewers?|authors?)"
        rf"(?:\s{{1,3}}{_W}){{0,2}}\s{{1,3}}{_DONE}\s{{1,3}}(?:it\b|(?:this|the|its|their)"
        rf"(?:\s{{1,3}}{_W}){{0,2}}?\s{{1,3}}(?:report|review)\b)",
        r"\b(?:completion|approval|sign-off|signing\s+off|endorsement)\s{1,3}of\s{1,3}(?:this|the)"
        rf"(?:\s{{1,3}}{_W}){{0,2}}?\s{{1,3}}(?:report|review)\b",
        r"\b(?:panel|reviewers?|review\s+team|authors?)(?:'s|’s)?\s{1,3}(?:completed|finished|"
        r"concluded)\s{1,3}(?:its|their|her|his)\s{1,3}work\b",
    ),
    Kind.RAPID_END: (
        r"\brapid\s+review\s{1,3}meeting\b",
        r"\b(?:met|meeting)\s{1,3}for\s{1,3}the\s{1,3}rapid\s+review\b",
        r"\brapid\s+review\s{1,3}(?:(?:was\s{1,3})?(?:held|completed|agreed|signed\s+off|approved)|took\s+place|"
        r"met|concluded)\b",
    ),
    Kind.NOTIFY: (
        rf"\b(?:notif(?:ied|y|ying|ication)|informed|told|alerted){_GAP}(?:panel|ofsted|secretary\s+of"
        r"\s+state|LSCB|local\s+safeguarding\s+children\s+board|DfE|department\s+for\s+education)\b"
        rf"{_OF_INCIDENT}",
        rf"\b(?:panel|ofsted|secretary\s+of\s+state|LSCB|local\s+safeguarding\s+children\s+board|DfE)"
        rf"(?:{_GAP}|\s{{1,3}})(?:was|were|had\s+been)\s{{1,3}}(?:notified|informed|told)\b",
        rf"\b(?:panel|ofsted){_SHORT_GAP}received\s{{1,3}}(?:the|a)\s{{1,3}}notification\b",
        r"\bserious\s+incident\s+notification\b",
    ),
    Kind.INCIDENT: (
        r"\b(?:incident|died|death|killed|injured|injury|injuries|assaulted|stabbed|shot|harmed|"
        r"overdose|drowned|collapsed|fractured?|burns|bleeding|drowsy|floppy|unresponsive)\b",
        r"\b(?:admitted|taken|rushed)\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:\w+\s{1,3}){0,3}?"
        r"(?:hospital|unit|ward|emergency\s+department)\b",
        r"\bbrought(?:\s{1,3}\w+){0,3}?\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:hospital|emergency)\b",
        r"\bfound\s{1,3}(?:dead|unresponsive|collapsed|with)\b",
    ),
    Kind.AWARE: (
        r"\b(?:became|become|becoming)\s{1,3}aware\b",
        rf"\b(?:was|were)\s{{1,3}}(?:first\s{{1,3}})?(?:told|informed|made\s+aware)\s{{1,3}}"
        rf"(?:of|about)\b{_OF_INCIDENT}",
        r"\bnot\s(?:\s{0,3}[\w'’-]{1,30}){0,8}?\s{1,3}until\b",
        r"\bonly\s(?:\s{0,3}[\w'’-]{1,30}){0,3}?\s{1,3}(?:learn(?:ed|t)|knew|found\s+out|heard)\b",
    ),
}
_PATTERNS: dict[Kind, tuple[re.Pattern[str], ...]] = {
    kind: tuple(re.compile(p, re.IGNORECASE) for p in patterns) for kind, patterns in _CUES.items()
}
_NOTIFY_WORD = re.compile(r"\bnotif|\bpanel\b", re.IGNORECASE)
# A date just after one of these is the date of a case event, not of a review milestone.
_EVENT_BEFORE = re.compile(
    r"\b(?:died|death|born|birth|incident|injur\w{0,4}|admitted|admission|assaulted|"
    r"attacked|harmed)\b[^.;,]{0,25}$",
    re.IGNORECASE,
)
_REVIEW_KINDS = frozenset({Kind.START, Kind.END, Kind.RAPID_END, Kind.NOTIFY})
_MAX_DISTANCE = 90
_BEFORE_PENALTY = 25


def _is_the_review(text: str, match: re.Match[str]) -> bool:
    """Whether a cue naming a "review" names the case review and not another kind."""
    review = re.search(r"review\b", match.group(), re.IGNORECASE)
    if review is None:
        return True
    at = match.start() + review.start()
    end = match.start() + review.end()
    return not (
        _NOT_THE_REVIEW_BEFORE.search(text, max(0, at - 30), at)
        or _NOT_THE_REVIEW_AFTER.match(text, end)
    )


def _cues(text: str, kinds: frozenset[Kind]) -> list[tuple[Kind, int, int]]:
    found = []
    for kind in kinds:
        for pattern in _PATTERNS[kind]:
            for match in pattern.finditer(text):
                if kind in (Kind.START, Kind.END) and not _is_the_review(text, match):
                    continue
                if kind is Kind.AWARE and _NOTIFY_WORD.search(match.group()):
                    continue
                # A pattern may mark the part of its match that the date belongs to.
                span = match.span("cue") if "cue" in pattern.groupindex else match.span()
                found.append((kind, *span))
    # "incident" inside "serious incident notification" is part of that cue, not an incident.
    return [
        cue
        for cue in found
        if cue[0] is not Kind.INCIDENT
        or not any(o[0] is not Kind.INCIDENT and o[1] <= cue[1] < o[2] for o in found)
    ]


def _distance(cue: tuple[Kind, int, int], date: DateMention) -> int:
    _kind, start, end = cue
    if date.start >= end:
        return date.start - end
    if date.end <= start:
        return start - date.end + _BEFORE_PENALTY
    return 0


def _event_date(text: str, cue: tuple[Kind, int, int], date: DateMention) -> bool:
    """Whether a date next to a review cue is really a case event ("after Child A died on")."""
    if cue[0] not in _REVIEW_KINDS:
        return False
    start = max(cue[2] if date.start >= cue[2] else 0, date.start - 40)
    return _EVENT_BEFORE.search(text, start, date.start) is not None


def _bind(
    text: str, dates: list[DateMention], kinds: frozenset[Kind]
) -> list[tuple[Kind, DateMention]]:
    """Pair the cues and dates of one clause, nearest first.

    Each date is used once. A review cue takes one date; an incident cue takes every date left
    near it ("injured on 3 January and again on 2 March"), since more incident dates only make
    the reading of a notification kinder.
    """
    cues = _cues(text, kinds)
    pairs = sorted(
        (distance, c, d)
        for c, cue in enumerate(cues)
        for d, date in enumerate(dates)
        if (distance := _distance(cue, date)) <= _MAX_DISTANCE
    )
    used_cues: set[int] = set()
    used_dates: set[int] = set()
    bound = []
    for _, c, d in pairs:
        if c in used_cues or d in used_dates or _event_date(text, cues[c], dates[d]):
            continue
        if cues[c][0] in _REVIEW_KINDS:
            used_cues.add(c)
        used_dates.add(d)
        bound.append((cues[c][0], dates[d]))
    return bound


def _shift(date: DateMention, offset: int) -> DateMention:
    return DateMention(
        date.start + offset, date.end + offset, date.value, date.precision, date.year_given
    )


def milestones(document: Document, kinds: frozenset[Kind]) -> list[Milestone]:
    """Every dated milestone of the given kinds in the document's prose, in document order."""
    found = []
    for block in document.blocks(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL):
        text = block.text
        dates = find_dates(text)
        if not dates:
            continue
        for start, end in sentence_spans(text, semicolons=True):
            inside = [_shift(d, -start) for d in dates if start <= d.start and d.end <= end]
            if not inside:
                continue
            for kind, date in _bind(text[start:end], inside, kinds):
                found.append(Milestone(kind, _shift(date, start), block, (start, end)))
    found.sort(key=lambda m: (m.block.start, m.date.start))
    return found
