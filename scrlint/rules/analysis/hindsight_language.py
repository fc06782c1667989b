"""Hindsight and outcome-bias wording: judging past practice by what is known now."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.roles import Role, role_blocks
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.analysis.lexicon import EXPLANATION_RE, PURPOSE_RE, reviewer_sentences

REFORMULATE = (
    "ask what made the action seem reasonable at the time, and what organisational factors "
    "(caseload, tools, supervision, IT, policy) shaped it"
)

# Past participles that follow "should have" in a judgement ("should have known").
_IRREGULAR = frozenset(
    {
        "been", "done", "made", "seen", "known", "taken", "given", "had", "gone", "sought",
        "brought", "thought", "told", "kept", "held", "met", "sent", "spent", "found", "heard",
        "left", "led", "read", "run", "set", "put", "shown", "spoken", "written", "got",
        "gotten", "understood", "taught", "built", "felt", "paid", "said", "stood", "begun",
        "chosen", "drawn", "driven", "fallen", "forgotten", "hidden", "risen", "thrown",
        "withdrawn", "undertaken", "become", "come", "caught", "dealt", "fed", "fought", "laid",
        "lost", "meant", "overseen", "foreseen", "withheld", "upheld", "mistaken", "overtaken",
        "broken", "proven", "grown", "let", "cut", "hit", "shut", "spread", "struck", "woken",
        "worn", "won", "sat", "learnt",
    }
)  # fmt: skip
# Participles that also describe a thing an agency should provide: "should have dedicated
# support", "should have supervised contact" (a present obligation, not a judgement).
_ADJECTIVAL = frozenset(
    {
        "dedicated", "limited", "supervised", "protected", "updated", "named", "allocated",
        "designated", "assigned", "agreed", "increased", "improved", "specialised", "tailored",
        "integrated", "structured", "enhanced", "extended", "reduced", "regular",
        "ringfenced", "ring-fenced", "timed", "qualified", "trained", "experienced",
        "accredited",
    }
)  # fmt: skip
_SHOULD_HAVE = re.compile(
    r"\bshould(?:\s+not|n[’']t)?\s+have\s+((?:(?:\w+ly|also|then|still|perhaps|again|at\s+least)"
    r"\s+)*)(\w+)(?:\s+(\w+))?"
    r"|\bshould[’']ve\s+(\w+)",
    re.IGNORECASE,
)
_DETERMINER = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "my",
        "our", "your", "any", "some",
    }
)  # fmt: skip
_FUTURE = re.compile(
    r"\b(?:in\s+future|going\s+forward|from\s+now\s+on|by\s+the\s+end\s+of\s+(?:this|next|the)\s+"
    r"(?:\w+\s+)?(?:year|month|quarter)|within\s+(?:the\s+next\s+)?\w+\s+(?:weeks|months|years))\b",
    re.IGNORECASE,
)
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
# Phrases that a question of the terms of reference or a deadline can carry without judging.
_MODAL = frozenset(
    {"should have", "could have prevented", "would have prevented", "might have prevented"}
)

# (name shown in the message, expression). The name is the rule's own wording, never the
# report's text.
_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(expression, re.IGNORECASE))
    for name, expression in (
        ("ought to have", r"\bought\s+(?:not\s+)?to\s+have\b"),
        ("could have prevented", r"\bcould\s+have\s+(?:been\s+)?(?:prevented|avoided)\b"),
        ("would have prevented", r"\bwould\s+have\s+(?:been\s+)?(?:prevented|avoided)\b"),
        ("might have prevented", r"\bmight\s+have\s+(?:been\s+)?(?:prevented|avoided)\b"),
        ("with hindsight", r"\b(?:with|in)\s+(?:the\s+(?:benefit|light)\s+of\s+)?hindsight\b"),
        (
            "hindsight shows",
            r"\bhindsight\s+(?:now\s+)?(?:shows|showed|reveals|revealed|tells|suggests|makes\s+clear)\b",
        ),
        ("it is clear that", r"\bit\s+is\s+(?:now\s+|therefore\s+|also\s+)?clear\s+that\b"),
        (
            "it is evident that",
            r"\bit\s+(?:is|was)\s+(?:now\s+|therefore\s+|also\s+)?(?:evident|obvious)\s+that\b",
        ),
        ("obviously", r"\bobviously\b"),
        (
            "warning signs were ignored",
            r"\bwarning\s+signs?\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|have\s+been|went)\s+"
            r"(?:\w+\s+)?(?:ignored|missed|overlooked|disregarded|unheeded|unnoticed)\b"
            r"|\b(?:ignored|missed|overlooked|disregarded)\s+(?:(?:the|these|those|clear|obvious|"
            r"several|many|all|numerous)\s+)*warning\s+signs?\b",
        ),
        (
            "red flags were missed",
            r"\bred\s+flags?\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|have\s+been|went)\s+"
            r"(?:\w+\s+)?(?:ignored|missed|overlooked|disregarded|unheeded|unnoticed)\b"
            r"|\b(?:ignored|missed|overlooked|disregarded)\s+(?:(?:the|these|those|clear|obvious|"
            r"several|many|all|numerous)\s+)*red\s+flags?\b",
        ),
        ("if only", r"\bif\s+only\b"),
        (
            "predictable and preventable",
            r"\bpredictable\s+and\s+preventable\b|\bpreventable\s+and\s+predictable\b",
        ),
    )
)
_MISSED_OPPORTUNITY = re.compile(
    r"\bmissed\s+(?:\w+\s+){0,2}?opportunit(?:y|ies)\b"
    r"|\bopportunit(?:y|ies)\s+(?:\w+\s+){0,8}?(?:was|were|had\s+been|have\s+been)\s+missed\b",
    re.IGNORECASE,
)
# A cheap first test (substrings of the lower-cased sentence): no sentence without one of these
# can use a phrase of the list.
_CUES = (
    "should", "ought", "prevent", "avoid", "hindsight", "clear", "evident", "obvious",
    "warning sign", "red flag", "if only", "opportunit",
)  # fmt: skip
# What explains a missed opportunity in the same sentence: the analysis cues, and a causal
# "as", "since" or "given" ("…, as no one had the records").
_BECAUSE = re.compile(
    rf"{EXPLANATION_RE.pattern}|\bsince\b|\bgiven\b"
    r"|(?<!such\s)\bas\s+(?!(?:well|part|soon|far|long|much|many|if|though|follows|"
    r"appropriate|an?\s+(?:\w+\s+)?opportunit|a\s+whole|an?\s+example)\b)",
    re.IGNORECASE,
)


def hindsight_phrase(sentence: str, *, recommendation: bool = False) -> str | None:
    """The first hindsight phrase of the rule's list that ``sentence`` uses, or None.

    ``sentence`` should have its quotations blanked already. In a ``recommendation``, "should
    have" sets a future obligation ("all staff should have completed the training by …").
    """
    lower = sentence.lower()
    if not any(cue in lower for cue in _CUES) or sentence.rstrip().endswith("?"):
        return None
    if PURPOSE_RE.search(sentence):
        return None
    found: list[tuple[int, str]] = []
    should = _should_have(sentence)
    if should is not None:
        found.append((should, "should have"))
    for name, expression in _PHRASES:
        match = expression.search(sentence)
        if match is not None:
            found.append((match.start(), name))
    missed = _MISSED_OPPORTUNITY.search(sentence)
    if missed is not None and not _BECAUSE.search(sentence):
        found.append((missed.start(), "missed opportunity"))
    modal = [
        (at, name)
        for at, name in found
        if name in _MODAL
        and (recommendation or _WHETHER.search(sentence, 0, at) or _FUTURE.search(sentence))
    ]
    found = [f for f in found if f not in modal]
    return min(found)[1] if found else None


def _should_have(sentence: str) -> int | None:
    """Where "should have" + past participle starts ("should have referred", not "should have
    access to" nor "should have dedicated support")."""
    for match in _SHOULD_HAVE.finditer(sentence):
        word = (match.group(2) or match.group(4) or "").lower()
        following = (match.group(3) or "").lower()
        if word in _IRREGULAR:
            return match.start()
        if not word.endswith("ed") or len(word) < 4:
            continue
        if word in _ADJECTIVAL and following and following not in _DETERMINER:
            continue
        return match.start()
    return None


class HindsightLanguage(Rule):
    meta = RuleMeta(
        code="ANA005",
        name="hindsight-language",
        severity=Severity.WARNING,
        dimension="analysis",
        summary="A sentence judges past practice with hindsight or outcome-bias wording.",
        rationale=(
            "Reviews are to understand practice 'from the viewpoint of the individuals and "
            "organisations involved at the time rather than using hindsight', and those leading "
            "them 'minimise the influence of hindsight and outcome bias'. 'Should have', 'a "
            "missed opportunity' with no reason, and 'it is clear that' judge decisions by an "
            "outcome nobody knew then. The 2006/2010 executive summary template asked about "
            "hindsight, so for those profiles the rule is advice (info)."
        ),
        limitations=(
            "It matches a fixed list of phrases in the reviewer's own prose: block quotations, "
            "text in quotation marks, questions, questions of the terms of reference "
            "('whether … could have been prevented') and statements about avoiding hindsight "
            "are skipped. 'Should have' counts only before a past participle, so 'should have "
            "access to' and 'should have dedicated support' pass, and not in recommendations or "
            "action plans, where it sets a deadline. 'Missed opportunity' counts "
            "only when the sentence gives no reason; a reason in the next sentence is not seen."
        ),
        guidance=(
            Citation("S16", "minimise the influence of hindsight and outcome bias", "C"),
            Citation("S87", "knowing what happened later in the case", "C"),
            Citation("S50", "without fear of being blamed", "C-sec"),
            Citation(
                "S39",
                "With hindsight could or should different decisions … have been taken",
                "C-local",
            ),
        ),
        bad=(
            Example(
                "# Review\n\n## Analysis\n\nThe health visitor should have referred Baby T to "
                "the paediatrician. This was a missed opportunity.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Analysis\n\nThe health visitor did not refer Baby T, because the "
                "bruising protocol was not in use in her team. Care leavers should have access "
                "to a named midwife.\n",
                profile="lcspr@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=40, negatives=36),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        recommending: set[int] | None = None
        for block, start, end, masked in reviewer_sentences(ctx.document):
            phrase = hindsight_phrase(masked[start:end])
            if phrase == "should have":
                if recommending is None:
                    recommending = {
                        id(b)
                        for b in role_blocks(
                            ctx.document, ctx.profile, Role.RECOMMENDATIONS, Role.ACTION_PLAN
                        )
                    }
                if id(block) in recommending:
                    phrase = hindsight_phrase(masked[start:end], recommendation=True)
            if phrase is not None:
                yield ctx.finding(
                    f"'{phrase}' judges past practice with hindsight; {REFORMULATE}.",
                    *block.source_span(start, end),
                )
