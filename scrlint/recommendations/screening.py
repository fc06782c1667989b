"""Tell recommendations from what sits among them in a recommendations section.

Not recommendations: questions ("How can the Board be assured …?"), actions reported as done or
under way ("The ICB has written to every practice"), paragraphs that introduce the list ("The
review makes five recommendations."), labels that head sub-items ("Children's social care:"),
and a summary list that repeats earlier recommendations under their numbers.
"""

from __future__ import annotations

import re

from scrlint.recommendations.bodies import names_body
from scrlint.recommendations.clauses import IMPERATIVES
from scrlint.recommendations.model import Draft
from scrlint.recommendations.stems import containment, content_stems

_RECOMMENDING = re.compile(
    r"\b(?:should|must|shall|ought\s+to|needs?\s+to|recommend(?:s|ed|ing)?|suggest(?:s|ed)?\s+that"
    r"|(?:is|are)\s+(?:asked|required|expected|invited|requested)\s+to|will)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:should|must|shall|will|would|ought|needs?\s+to|to\s+be|(?:is|are)\s+to"
    r"|recommend\w*|plans?\s+to|intends?\s+to|is\s+asked|are\s+asked"
    r"|(?:agreed|committed|undertaken|decided|promised)\s+to"
    r"|(?:is|are)\s+(?:\w+ly\s+)?(?:sought|requested|required|needed|expected)|seeks?)\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|already|recently|since|also|just|been)\s+)*(?!to\b)"
    r"[a-z]+(?:ed|en|wn|t|ne|ld|ght|de|ung|un|id)\b"
    r"|^(?i:on|in|since|during|between)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2}\s+)?\d{4}\b"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?(?!(?:no|some|any|every)thing\b)"
    r"[a-z]{3,}ing\b"
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t)\b",
)

# A paragraph that introduces the list rather than recommending ("The review makes five
# recommendations.", "These recommendations are addressed to the LSCB.").
_INTRODUCES = re.compile(
    r"^\W*(?:(?:the|these|this|our|its|all|following|such)\s+)?(?:\w+\s+){0,2}?"
    r"recommendations?\s+(?:below|above|are|is|were|in\s+this|made|that\s+follows?"
    r"|which\s+follow|should\s+be\s+read|set\s+out|listed|have|has|here)\b"
    r"|\b(?:makes?|made|sets?\s+out|offers?|lists?|contains?|has|have)\s+(?:the\s+following\s+"
    r"|these\s+|this\s+)?(?:\w+\s+)?recommendations?\b"
    r"|\bthe\s+following\s+recommendations?\b|\bthis\s+section\b",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "shall", "should", "can", "cannot", "could", "may", "might",
        "must", "ought"
    }
)  # fmt: skip


def is_recommendation(draft: Draft) -> bool:
    """Whether a draft is a recommendation, not a question or a report of work done."""
    text = " ".join(draft.texts).strip()
    if not text or text.endswith("?"):
        return False
    return not _reports_done(text)


def _reports_done(text: str) -> bool:
    """Whether the first sentence reports an action taken or under way, not one to take."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    return not _FUTURE.search(first) and bool(_DONE.search(first))


def reads_as_recommendation(text: str) -> bool:
    """Whether an unnumbered paragraph reads as a recommendation (used when nothing is listed).

    It does when its first sentence recommends ("should", "must", "It is recommended that" …),
    opens with an imperative, or is a bare noun phrase ("Refresher training on neglect for all
    staff."); not when it introduces the list ("The review makes five recommendations.").
    """
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    if first.rstrip().endswith(("?", ":")) or _reports_done(first) or _INTRODUCES.search(first):
        return False
    word = re.match(r"[A-Za-z-]+", first)
    if word and word.group().lower() in IMPERATIVES:
        return True
    found = _RECOMMENDING.search(first)
    if found:
        return len(first[: found.start()].split()) <= 15
    return _noun_phrase(first)


def _noun_phrase(sentence: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", sentence)]
    return 0 < len(words) <= 20 and not any(
        w in _AUXILIARIES
        or w.endswith("ed")
        or (w.endswith("s") and (w[:-1] in IMPERATIVES or w[:-2] in IMPERATIVES))
        for w in words
    )


def is_group_label(text: str) -> bool:
    """ "Children's social care:" heading sub-items, as opposed to "The ICB should:"."""
    text = text.strip()
    return (
        text.endswith(":")
        and len(text.split()) <= 6
        and not _RECOMMENDING.search(text)
        and names_body(text)
    )


def without_restatements(drafts: list[Draft]) -> list[Draft]:
    """Drop a recommendation repeated under a later heading with its number (a summary list)."""
    kept: list[Draft] = []
    for draft in drafts:
        words = content_stems(" ".join(draft.texts))
        repeated = any(
            earlier.number == draft.number
            and earlier.context != draft.context
            and containment(words, content_stems(" ".join(earlier.texts))) >= 0.6
            for earlier in kept
            if draft.number
        )
        if not repeated:
            kept.append(draft)
    return kept
