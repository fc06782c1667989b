"""A recommendation's content words, folded to rough stems, and how much two sets share."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from scrlint.recommendations.bodies import BODY, BODY_ACRONYM, CAPITALISED

# Words that carry no topic: function words, numbers, dates, modals.
_FUNCTION = frozenset(
    {
        "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an",
        "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "either", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we",
        "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will",
        "with", "within", "without", "would", "you", "your", "yet", "via", "per", "including",
        "include", "includes", "new", "use", "used", "using", "make", "made", "ensure", "ensures",
        "ensuring", "consider", "considered", "need", "needs", "needed", "way", "ways", "well",
        "every", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "twelve", "twenty", "thirty", "first", "second", "third", "end", "next", "year", "years",
        "month", "months", "week", "weeks", "day", "days", "time", "timely", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter", "quarter", "quarterly", "annually", "monthly",
        "eleven", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "half", "twice"
    }
)  # fmt: skip
# Words every case review uses, which tie a recommendation to no finding in particular.
_GENERIC = frozenset(
    {
        "report", "reports", "reported", "reporting", "recommend", "recommends", "recommended",
        "recommendation", "recommendations", "finding", "findings", "learning", "lesson",
        "lessons", "section", "paragraph", "review", "reviews", "reviewed", "agency", "agencies",
        "practice", "practitioner", "practitioners", "professional", "professionals",
        "partnership", "partnerships", "partner", "partners", "child", "children", "family",
        "families", "training", "staff", "service", "services", "safeguarding", "case", "cases",
        "work", "working", "local", "multi-agency", "relevant", "appropriate", "appropriately",
        "clear", "clearly", "support", "supported", "improve", "improved", "improvement",
        "effective", "effectively", "help", "important", "importance", "issue", "issues", "key",
        "process", "processes", "person", "people", "young", "board", "lead", "leads",
        "arrangements", "plan", "plans", "action", "actions", "always", "jointly", "together",
        "information", "sharing", "share", "shared", "risk", "risks", "concern", "concerns",
        "referral", "referrals", "refer", "referred", "assessment", "assessments", "assess",
        "assessed", "meeting", "meetings", "mother", "parent", "parents", "carer", "carers",
        "social", "care", "policy", "policies", "procedure", "procedures",
        "guidance", "record", "records", "recording", "worker", "workers", "team", "teams",
        "manager", "managers", "management", "decision", "decisions", "response", "contact",
        "contacts", "level", "levels", "system", "systems", "area", "national", "organisation",
        "organisations", "identified", "identify", "understanding", "experience", "life", "lives",
        "evidence", "impact", "outcome", "outcomes", "baby", "babies"
    }
)  # fmt: skip


def stem(word: str) -> str:
    """Fold a word to a rough stem so that "bruising", "bruised" and "bruises" meet.

    Two passes of suffix stripping, keeping at least four letters (three before "-ies"), after
    folding irregular forms ("children", "held"): "visitors" and "visiting" both become
    "visit", "escalation" and "escalate" "escalat", "babies" and "baby" "baby".
    """
    word = re.sub(r"['’]s$", "", word.lower().strip("'’-"))
    word = _IRREGULAR.get(word, word)
    for _ in range(2):
        for suffix in _SUFFIXES:
            # "babies" and "copies" keep a short stem: "baby", "copy"
            shortest = 3 if suffix in ("ies", "ied") else 4
            if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
                if suffix == "s" and word.endswith(("ss", "us", "is")):
                    continue
                word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
                break
    return word


_SUFFIXES = ("ing", "ies", "ied", "ions", "ion", "ors", "or", "ed", "es", "s", "e")
# Plurals and past forms that suffixes do not fold: "children" meets "child", "held" "hold".
_IRREGULAR = {
    "children": "child", "people": "person", "women": "woman", "men": "man",
    "held": "hold", "met": "meet", "seen": "see", "saw": "see", "told": "tell",
    "sent": "send", "kept": "keep", "brought": "bring", "written": "write", "wrote": "write",
    "given": "give", "gave": "give", "taken": "take", "took": "take", "made": "make",
    "done": "do", "did": "do", "known": "know", "knew": "know", "led": "lead", "found": "find",
    "spoken": "speak", "spoke": "speak", "thought": "think", "paid": "pay", "said": "say",
    "shown": "show", "understood": "understand", "chosen": "choose", "built": "build",
    "heard": "hear", "meant": "mean", "began": "begin", "begun": "begin", "ran": "run",
}  # fmt: skip
_FUNCTION_STEMS = frozenset(stem(word) for word in _FUNCTION)
_GENERIC_STEMS = frozenset(stem(word) for word in _GENERIC)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


def content_stems(text: str, *, specific: bool = False, drop_bodies: bool = False) -> set[str]:
    """The stems of ``text``'s content words (function words, numbers and dates left out).

    With ``specific``, words every review uses (agency, practice, child, family, training,
    staff, risk, referral …) are left out too. With ``drop_bodies``, agencies and roles are
    removed first, so that the same request to two agencies has the same words.
    """
    if drop_bodies:
        text = BODY_ACRONYM.sub(" ", BODY.sub(" ", text))
        text = CAPITALISED.sub(" ", text)
    stop = _FUNCTION_STEMS | _GENERIC_STEMS if specific else _FUNCTION_STEMS
    found = set()
    for word in _WORD.findall(text):
        if re.fullmatch(r"[A-Z]{2,}s?", word):  # "GP", "GPs", "ICB": an acronym, kept whole
            found.add(word.rstrip("s").lower())
        elif len(word) > 2 and word.lower() not in _FUNCTION:
            found.add(stem(word))
    return found - stop


def similarity(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """Jaccard similarity of two word sets (0 when both are empty)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def containment(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """The share of the smaller word set found in the other (0 when either is empty)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0
