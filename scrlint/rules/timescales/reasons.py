"""Whether a report explains a delay: the timescale rules stay quiet when it does.

An explanation is a sentence about the review's timing that names a delay and its cause (there or
in the next sentence: "completed later than planned because the trial ..."), a pause or wait of
the review's work ("paused while the inquest ..."), or a changed timetable or the Panel or board
being told of the delay. A cause on its own is not enough: reports mention criminal proceedings,
the pandemic and "because" throughout their account of the case.
"""

from __future__ import annotations

import re

from scrlint.document import BlockKind, Document
from scrlint.sentences import sentence_spans

# Each of these says on its own that the timetable changed for a reason, or that it was reported.
STANDALONE_CUES: tuple[str, ...] = (
    r"\b(?:extended|revised|new)\s+(?:time\s*scales?|timetable|deadline)\b",
    r"\b(?:time\s*scales?|timetable|deadline)\s+(?:was|were|had\s+been)\s+(?:extended|revised)\b",
    r"\b(?:agreed|granted|requested|sought)\s+(?:an\s+|a\s+further\s+)?extension\b",
    r"\bextension\s+(?:\S+\s+){0,3}?(?:time\s*scale|timetable|deadline)",
    r"\b(?:informed|told|notified|advised|updated)\s+(?:\S+\s+){0,3}?(?:of|about)\s+(?:the\s+)?"
    r"(?:delay|revised|extended|new\s+time|reasons?)\b",
    r"\bheld\s+back\s+until\b",
    r"\bdelayed\s+(?:by|until|while|pending|because)\b",
)
# Each of these explains a delay when its sentence is about the review's own work.
PROCESS_CUES: tuple[str, ...] = (
    r"\b(?:paus(?:e|ed|ing)|suspend(?:ed)?|postpon(?:e|ed)|on\s+hold|in\s+abeyance)\b",
    r"\b(?:pandemic|covid(?:-19)?|lockdown|restrictions|illness|unwell|sick\s+leave)\b",
    r"\b(?:awaiting|waited\s+for|pending)\s+(?:\S+\s+){0,4}?(?:trial|inquest|criminal|verdict|"
    r"sentencing|charging|prosecution|coroner|police\s+investigation|outcome)\b",
    r"\buntil\s+(?:\S+\s+){0,4}?(?:trial|inquest|criminal\s+proceedings|verdict|sentencing|"
    r"charging\s+decision)\b",
    r"\b(?:due|owing)\s+to\b",
    r"\bas\s+a\s+result\s+of\b",
    r"\bbecause\s+of\b",
)
PROCESS_WORDS: tuple[str, ...] = (
    r"\b(?:review|report|reviewers?|author|panel|work|time\s*scales?|timetable|completion|"
    r"notification|target|months|practitioner\s+events?|learning\s+events?|board)\b",
)
# A sentence about the review's lateness ...
DELAY_CUES: tuple[str, ...] = (
    r"\bdelay(?:s|ed)?\b",
    r"\bover(?:ran|run|running)\b",
    r"\blater\s+than\b",
    r"\b(?:took|take|taken|taking)\s+longer\b",
    r"\blonger\s+than\b",
    r"\b(?:beyond|outside|exceed(?:ed|s)?)\s+(?:the\s+|its\s+)?(?:expected\s+|usual\s+|target\s+)?"
    r"(?:target|time\s*scales?|timetable|deadline|six|four|five|fifteen|\d{1,2})\b",
    r"\bnot\s+(?:\S+\s+){0,6}?until\b",
    r"\bbehind\s+schedule\b",
)
# ... that gives its cause, there or in the next sentence.
CAUSE_CUES: tuple[str, ...] = (
    r"\bbecause\b",
    r"\b(?:due|owing)\s+to\b",
    r"\bas\s+a\s+result\s+of\b",
    r"\b(?:caused|explained)\s+by\b",
    r"\barose\s+from\b",
    r"\breasons?\b",
    r"\bat\s+the\s+request\s+of\b",
    r"\bso\s+that\b",
    r"\bto\s+allow\b",
    r"\b(?:criminal|trial|inquest|coroner|prosecution|pandemic|covid(?:-19)?|lockdown|illness)\b",
)


def _compile(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)


_STANDALONE = _compile(STANDALONE_CUES)
_DELAY = _compile(DELAY_CUES)
_CAUSE = _compile(CAUSE_CUES)
_PROCESS_CUE = _compile(PROCESS_CUES)
_PROCESS = _compile(PROCESS_WORDS)


def _explains(sentence: str, following: str) -> bool:
    if not _PROCESS.search(sentence):
        return False
    if _PROCESS_CUE.search(sentence):
        return True
    return bool(_DELAY.search(sentence) and (_CAUSE.search(sentence) or _CAUSE.search(following)))


def gives_reason_for_delay(document: Document) -> bool:
    """Whether any paragraph, list item or table cell explains a delay."""
    for block in document.blocks(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL):
        text = block.text
        if _STANDALONE.search(text):
            return True
        spans = sentence_spans(text, semicolons=True)
        for (start, end), (after, stop) in zip(spans, [*spans[1:], (0, 0)], strict=True):
            if _explains(text[start:end], text[after:stop]):
                return True
    return False
