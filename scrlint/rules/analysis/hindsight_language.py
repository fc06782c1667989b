"""Hindsight and outcome-bias wording: judging past practice by what is known now."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from scrlint.document import Block, Document
from scrlint.finding import Finding, Severity
from scrlint.roles import Role, role_blocks
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.analysis.lexicon import (
    EXPLANATION_RE,
    PURPOSE_RE,
    actor_kind,
    denied,
    reviewer_sentences,
)

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
# "should have", "should by then have", "needed to have" + a participle (groups: the modal, the
# adverbs, the participle, the word after it; or the participle after "should've").
_SHOULD_HAVE = re.compile(
    r"\b(should(?:\s+not|n[’']t)?|needed\s+to)\s+(?:(?:by|at)\s+(?:then|that\s+(?:time|point|stage))\s+)?"
    r"have\s+((?:(?:\w+ly|also|then|still|perhaps|again|at\s+least|by\s+then)\s+)*)(\w+)(?:\s+(\w+))?"
    r"|\bshould[’']ve\s+(\w+)",
    re.IGNORECASE,
)
_OBLIGATIONS = frozenset({"should have", "needed to have"})
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
_WHETHER = re.compile(
    r"\b(?:whether|to\s+what\s+extent|how\s+far)\b|\bwhat\s+(?:more|else)\b", re.IGNORECASE
)
# Phrases that a question of the terms of reference or a deadline can carry without judging.
_MODAL = frozenset(
    {
        "should have", "needed to have", "could have prevented", "would have prevented",
        "might have prevented", "could have changed the outcome", "could have done more",
        "avoidable",
    }
)  # fmt: skip
# Judgements that a family member's own decision can also receive ("Mother was wrong to …").
_OF_PRACTICE = frozenset({"wrong to", "the wrong decision"})
# Adverbs between a modal and "have": "might well have", "would almost certainly have".
_ADVERBS = (
    r"(?:(?:well|easily|probably|possibly|perhaps|almost|certainly|surely|likely|still|\w+ly)\s+)*"
)
# What a review would call the harm: "the death was avoidable", "the injuries were foreseeable".
_HARM = (
    r"(?:death|deaths|injur(?:y|ies)|harm|abuse|neglect|outcome|tragedy|assault|attack|"
    r"exploitation|incident|fire|overdose|killing|murder|suicide)"
    r"(?:\s+(?:to|of|for|suffered\s+by)(?:\s+\w+){1,2}?)?"
)
_WAS = (
    r"\s+(?:was|were|had\s+been|may\s+have\s+been|might\s+have\s+been|"
    r"(?:appears?|seems?|appeared|seemed)\s+to\s+have\s+been)\s+"
    r"(?:(?:\w+ly|both|therefore|also|all\s+too)\s+)*"
)
_CLEAR = (
    r"(?:(?:now|therefore|also|abundantly|quite|very|all\s+too|only\s+too|painfully|surely)\s+)*"
)

# (name shown in the message, expression). The name is the rule's own wording, never the
# report's text.
_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(expression, re.IGNORECASE))
    for name, expression in (
        ("ought to have", r"\bought\s+(?:(?:not|\w+ly)\s+)*to\s+have\b"),
        (
            "could have prevented",
            rf"\bcould\s+{_ADVERBS}have\s+(?:been\s+)?"
            r"(?:prevented|avoided|averted|foreseen|predicted|anticipated)\b",
        ),
        (
            "would have prevented",
            rf"\bwould\s+{_ADVERBS}have\s+(?:been\s+)?(?:prevented|avoided|averted)\b",
        ),
        (
            "might have prevented",
            rf"\bmight\s+{_ADVERBS}have\s+(?:been\s+)?(?:prevented|avoided|averted|foreseen)\b",
        ),
        # the counterfactual outcome: "might well have spared Baby T", "would still be alive"
        (
            "could have changed the outcome",
            rf"\b(?:could|would|might|may)\s+{_ADVERBS}have\s+(?:been\s+)?(?:spared|protected|"
            r"rescued|survived|different|(?:changed|altered)\s+(?:the\s+)?(?:outcome|course)|"
            r"made\s+(?:a|any|all\s+the)\s+(?:\w+\s+)?difference|saved\s+(?:\w+['’]s\s+)?"
            r"(?:li(?:fe|ves)|Child|Baby|him|her|them|the\s+(?:child|children|baby)))\b"
            r"|\b(?:would|might|could)\s+(?:\w+ly\s+)?(?:still\s+)?be\s+alive\b"
            r"|\b(?:would|might|could)\s+(?:\w+ly\s+)?(?:not|never)\s+have\s+(?:happened|occurred|"
            r"died|been\s+(?:harmed|hurt|injured|killed))\b",
        ),
        (
            "could have done more",
            r"\b(?:could|might)\s+(?:and\s+should\s+)?have\s+(?:done|acted)\s+"
            r"(?:more|better|sooner|earlier|differently)\b"
            r"|(?<!what\s)\bmore\s+could\s+(?:and\s+should\s+)?have\s+been\s+done\b",
        ),
        (
            "must have been obvious",
            r"\bmust\s+(?:surely\s+)?have\s+been\s+(?:\w+ly\s+)?(?:obvious|clear|apparent|evident|plain)\b",
        ),
        ("with hindsight", r"\b(?:with|in)\s+(?:the\s+(?:benefit|light)\s+of\s+)?hindsight\b"),
        ("in retrospect", r"\bin\s+retrospect\b"),
        # "knowing what we now know", "with the benefit of what is now known"
        (
            "what is now known",
            r"\bwhat\s+(?:\w+\s+){1,3}?(?:now|later|subsequently|since|afterwards)\s+(?:\w+\s+)?"
            r"know(?:n|s)?\b"
            r"|\bwith\s+(?:the\s+benefit\s+of\s+)?(?:later|subsequent)\s+(?:knowledge|information)\b"
            r"|\bnow\s+that\s+(?:we|it\s+is|the\s+(?:review|panel))\s+(?:\w+\s+)?know",
        ),
        # outcome bias: "the outcome shows that", "as later events proved"
        (
            "the outcome shows",
            r"\b(?:the\s+(?:tragic\s+|eventual\s+|final\s+|sad\s+|later\s+)?outcome"
            r"(?:\s+(?:for|in)(?:\s+\w+){1,3}?)?|(?:subsequent|later)\s+events|"
            r"what\s+(?:later\s+|subsequently\s+|eventually\s+)?happened(?:\s+(?:later|next|"
            r"subsequently|afterwards))?)\s+(?:(?:\w+ly|has|have|now)\s+)?(?:shows?|showed|shown|"
            r"proves?|proved|proven|demonstrates?|demonstrated|confirms?|confirmed|reveals?|revealed|"
            r"makes?\s+(?:it\s+)?clear|made\s+(?:it\s+)?clear)\s+that\b"
            r"|\bas\s+(?:subsequent\s+|later\s+)?events\s+(?:were\s+to\s+)?(?:show|showed|prove|"
            r"proved|demonstrate|demonstrated|confirm|confirmed|reveal|revealed)\b",
        ),
        (
            "hindsight shows",
            r"\bhindsight\s+(?:now\s+)?(?:shows|showed|reveals|revealed|tells|suggests|makes\s+clear)\b",
        ),
        (
            "it is clear that",
            rf"\bit\s+(?:is|has\s+(?:now\s+)?become|becomes)\s+{_CLEAR}(?:clear|apparent|"
            r"self-evident|undeniable|indisputable|inescapable|beyond\s+(?:any\s+)?doubt)\s+that\b",
        ),
        (
            "it is evident that",
            rf"\bit\s+(?:is|was|has\s+(?:now\s+)?become|had\s+become)\s+{_CLEAR}"
            r"(?:evident|obvious|plain)\s+that\b",
        ),
        ("there is no doubt that", r"\bthere\s+(?:is|can\s+be)\s+(?:little|no)\s+doubt\s+that\b"),
        ("obviously", r"\bobviously\b"),
        ("self-evidently", r"\b(?:self-evidently|patently|manifestly)\b"),
        (
            "clearly wrong",
            r"\b(?:clearly|plainly|obviously|evidently|patently|manifestly|demonstrably)\s+"
            r"(?:wrong|mistaken|flawed|misguided|misjudged|premature|ill-judged|ill-founded|"
            r"an?\s+(?:error|mistake|misjudgement)|the\s+wrong)\b",
        ),
        (
            "wrong to",
            r"\b(?:was|were|had\s+been)\s+(?:(?:\w+ly|also|therefore)\s+)?wrong\s+(?:not\s+)?to\b",
        ),
        (
            "the wrong decision",
            r"\b(?:was|were)\s+(?:(?:\w+ly|also)\s+)?the\s+wrong\s+(?:decision|call|choice|"
            r"course\s+of\s+action)\b|\bmade\s+(?:\w+ly\s+)?the\s+wrong\s+(?:decision|call|choice)\b",
        ),
        (
            "warning signs were ignored",
            r"\bwarning\s+signs?\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|have\s+been|went)\s+"
            r"(?:(?!not\b|never\b)\w+\s+)?(?:ignored|missed|overlooked|disregarded|unheeded|unnoticed)\b"
            r"|\b(?:ignored|missed|overlooked|disregarded)\s+(?:(?:the|these|those|clear|obvious|"
            r"several|many|all|numerous)\s+)*warning\s+signs?\b",
        ),
        (
            "red flags were missed",
            r"\bred\s+flags?\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|have\s+been|went)\s+"
            r"(?:(?!not\b|never\b)\w+\s+)?(?:ignored|missed|overlooked|disregarded|unheeded|unnoticed)\b"
            r"|\b(?:ignored|missed|overlooked|disregarded)\s+(?:(?:the|these|those|clear|obvious|"
            r"several|many|all|numerous)\s+)*red\s+flags?\b",
        ),
        (
            "the signs were missed",
            r"\b(?:signs?|signals?|indicators?|alarm\s+bells)(?:\s+of(?:\s+\w+){1,3}?)?\s+"
            r"(?:was|were|had\s+been|have\s+been|went)\s+(?:(?!not\b|never\b)\w+\s+)?"
            r"(?:ignored|missed|overlooked|disregarded|unheeded|unnoticed)\b"
            r"|\b(?:ignored|missed|overlooked|disregarded)\s+(?:(?:the|these|those|clear|obvious|"
            r"several|many|all|numerous|early)\s+)*(?:signs|signals|indicators|alarm\s+bells)\b",
        ),
        ("if only", r"\bif\s+only\b"),
        (
            "predictable and preventable",
            r"\bpredictable\s+and\s+preventable\b|\bpreventable\s+and\s+predictable\b",
        ),
        # "Child A's death was avoidable", "this was foreseeable", "a tragedy waiting to happen"
        (
            "avoidable",
            rf"\b{_HARM}{_WAS}(?:avoidable|preventable|foreseeable|predictable|inevitable)\b"
            rf"|\b(?:it|this|which|all\s+of\s+this){_WAS}(?:avoidable|preventable|foreseeable|"
            r"predictable)\b"
            r"|\ban?\s+(?:\w+\s+)?(?:avoidable|preventable|foreseeable)\s+(?:death|injury|tragedy)\b"
            r"|\b(?:accident|tragedy|disaster)\s+waiting\s+to\s+happen\b"
            r"|\bonly\s+a\s+matter\s+of\s+time\b",
        ),
    )
)
_MISSED_OPPORTUNITY = re.compile(
    r"\b(?:missed|lost|wasted|squandered)\s+(?:\w+\s+){0,2}?opportunit(?:y|ies)\b"
    r"|\b(?:missed|wasted|squandered)\s+(?:\w+\s+){0,2}?chances?\b|\blost\s+chances?\b"
    r"|\b(?:let\s+(?:slip|pass|go\s+of)|passed\s+up|did\s+not\s+(?:take|seize|grasp)|"
    r"failed\s+to\s+(?:take|seize|grasp|use))\s+(?:\w+\s+){0,2}?(?:opportunit(?:y|ies)|chances?)\b"
    r"|\b(?:opportunit(?:y|ies)|chances?)\s+(?:\w+\s+){0,8}?(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:missed|lost|wasted|squandered|let\s+slip|passed\s+up)\b"
    r"|\bopportunit(?:y|ies)\s+(?:\w+\s+){0,8}?went\s+(?:begging|unused|untaken)\b",
    re.IGNORECASE,
)
# Cheap first tests: substrings of the lower-cased sentence without one of which a phrase of the
# list cannot match, so that its expression is not run.
_PHRASE_CUES: dict[str, tuple[str, ...]] = {
    "ought to have": (" ought",),
    "could have prevented": ("prevent", "avoid", "avert", "foresee", "predict", "anticipat"),
    "would have prevented": ("prevent", "avoid", "avert"),
    "might have prevented": ("prevent", "avoid", "avert", "foresee"),
    "could have changed the outcome": (
        "spared", "protected", "rescued", "survived", "different", "outcome", "course",
        "difference", "saved", "alive", "happened", "occurred", "died", "harmed", "hurt",
        "injured", "killed",
    ),
    "could have done more": (" done", " acted"),
    "must have been obvious": ("must",),
    "with hindsight": ("hindsight",),
    "in retrospect": ("retrospect",),
    "what is now known": (" know",),
    "the outcome shows": ("show", "prov", "demonstrat", "confirm", "reveal", "clear"),
    "hindsight shows": ("hindsight",),
    "it is clear that": (
        "clear", "apparent", "self-evident", "undeniab", "indisputab", "inescapab", "doubt",
    ),
    "it is evident that": ("evident", "obvious", " plain"),
    "there is no doubt that": ("doubt",),
    "obviously": ("obviously",),
    "self-evidently": ("self-evidently", "patently", "manifestly"),
    "clearly wrong": (
        "wrong", "mistake", "flawed", "misguided", "misjudg", "premature", "ill-", "error",
    ),
    "wrong to": ("wrong",),
    "the wrong decision": ("wrong",),
    "warning signs were ignored": ("warning sign",),
    "red flags were missed": ("red flag",),
    "the signs were missed": (" sign", "indicator", "alarm bell"),
    "if only": ("if only",),
    "predictable and preventable": ("predictable and", "preventable and"),
    "avoidable": (
        "avoidab", "preventab", "foreseeab", "predictab", "inevitab", "waiting to happen",
        "matter of time",
    ),
}  # fmt: skip
_SHOULD_CUES = ("should", "needed to")
_MISSED_CUES = ("opportunit", "chance")


def first_test(cues: Iterable[str]) -> tuple[str, ...]:
    """The fewest of ``cues`` that every sentence matching one of them contains: a cue that
    contains another goes ("avoidab" goes with "avoid"), as fewer make the first test faster."""
    unique = set(cues)
    return tuple(sorted(c for c in unique if not any(o != c and o in c for o in unique)))


def cue_text(sentence: str) -> str:
    """``sentence`` lower-cased for the cue tests: spaces made single and one put in front, so that
    a cue can be a phrase ("if only") or start a word (" ought", not "brought")."""
    return " " + " ".join(sentence.lower().split())


def cued_sentences(document: Document, cues: Iterable[str]) -> list[tuple[Block, int, int, str]]:
    """The reviewer's sentences (see ``reviewer_sentences``) that contain one of ``cues``.

    All the sentences (as ``cue_text`` gives them) are searched at once, cue by cue, which is
    much faster than testing each sentence for each cue.
    """
    sentences = reviewer_sentences(document)
    key = "analysis-cue-texts"
    cached = document.derived.get(key)
    if isinstance(cached, tuple):
        joined, ends = cached
    else:
        texts = [cue_text(masked[start:end]) for _b, start, end, masked in sentences]
        joined = "\0".join(texts)
        ends = list(accumulate(len(text) + 1 for text in texts))  # sentence i's end, "\0" included
        document.derived[key] = (joined, ends)
    found: set[int] = set()
    for cue in cues:
        at = joined.find(cue)
        while at != -1:
            index = bisect_right(ends, at)
            found.add(index)
            at = joined.find(cue, ends[index])
    return [sentences[i] for i in sorted(found)]


_CUES = first_test(
    [*(cue for cues in _PHRASE_CUES.values() for cue in cues), *_SHOULD_CUES, *_MISSED_CUES]
)
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
    lower = cue_text(sentence)
    if not any(map(lower.__contains__, _CUES)) or sentence.rstrip().endswith("?"):
        return None
    found: list[tuple[int, str]] = []
    should = _should_have(sentence) if any(c in lower for c in _SHOULD_CUES) else None
    if should is not None:
        found.append(should)
    for name, expression in _PHRASES:
        if any(cue in lower for cue in _PHRASE_CUES[name]):
            match = expression.search(sentence)
            if match is not None:
                found.append((match.start(), name))
    if any(cue in lower for cue in _MISSED_CUES):
        missed = _MISSED_OPPORTUNITY.search(sentence)
        if missed is not None and not _BECAUSE.search(sentence):
            found.append((missed.start(), "missed opportunity"))
    if not found or PURPOSE_RE.search(sentence):
        return None
    found = [(at, name) for at, name in found if _judges(sentence, at, name, recommendation)]
    return min(found)[1] if found else None


def _judges(sentence: str, at: int, name: str, recommendation: bool) -> bool:
    """Whether the phrase ``name`` at ``at`` is the reviewer's judgement: not a question of the
    terms of reference, a deadline, a denial ("no evidence that … could have prevented") nor a
    family member's own decision ("Mother was wrong to …")."""
    if name in _MODAL and (
        recommendation or _WHETHER.search(sentence, 0, at) or _FUTURE.search(sentence)
    ):
        return False
    if denied(sentence, at):
        return False
    return name not in _OF_PRACTICE or actor_kind(sentence[:at]) != "family"


def _should_have(sentence: str) -> tuple[int, str] | None:
    """Where "should have" (or "needed to have") + past participle starts, with its name
    ("should have referred", not "should have access to" nor "should have dedicated
    support")."""
    for match in _SHOULD_HAVE.finditer(sentence):
        word = (match.group(3) or match.group(5) or "").lower()
        following = (match.group(4) or "").lower()
        name = (
            "needed to have" if (match.group(1) or "").lower().startswith("need") else "should have"
        )
        if word in _IRREGULAR:
            return match.start(), name
        if not word.endswith("ed") or len(word) < 4:
            continue
        if word in _ADJECTIVAL and following and following not in _DETERMINER:
            continue
        return match.start(), name
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
            "It matches a fixed list of phrases in the reviewer's own prose (obligations in the "
            "past, 'in retrospect', 'knowing what we now know', certainty such as 'it is plain "
            "that', the counterfactual outcome such as 'might have spared' or 'was avoidable', "
            "'the outcome shows that', 'was wrong to', missed or lost chances): block "
            "quotations, text in quotation marks, questions, questions of the terms of reference "
            "('whether … could have been prevented'), a reviewer's denial or doubt earlier in the "
            "clause ('no evidence that', 'it is unlikely that') and statements about avoiding "
            "hindsight are skipped. 'Should have' and 'needed to have' count only before a past "
            "participle, so 'should have access to' and 'should have dedicated support' pass, and "
            "not in recommendations or action plans, where they set a deadline. 'Was wrong to' is "
            "not counted after a family member. 'Missed opportunity' counts only when the "
            "sentence gives no reason; a reason in the next sentence is not seen. A judgement "
            "without such wording ('the decision was premature') is not seen."
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
        measured=Measured(precision=1.0, recall=1.0, positives=55, negatives=51),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        recommending: set[int] | None = None
        for block, start, end, masked in cued_sentences(ctx.document, _CUES):
            phrase = hindsight_phrase(masked[start:end])
            if phrase in _OBLIGATIONS:
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
