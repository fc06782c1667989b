"""Two recommendations that say nearly the same thing."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import Recommendation, recommendations
from scrlint.recommendations.request import Request, request
from scrlint.recommendations.stems import containment, similarity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

THRESHOLD = 0.7  # Jaccard overlap of two recommendations' words
# One recommendation restated inside a longer one: this share of the shorter one's words, when
# it has at least SUBSET_WORDS of them.
SUBSET_THRESHOLD = 0.8
SUBSET_WORDS = 4
MIN_WORDS = 2
# Main verbs that ask for the same thing.
_SAME_ACTION = (
    frozenset({"revis", "updat", "amend", "refresh", "rewrit", "chang"}),
    frozenset({"develop", "produc", "creat", "writ", "draft", "design"}),
    frozenset({"introduc", "implement", "establish", "set", "launch", "put"}),
    frozenset({"provid", "deliver", "offer", "run"}),
    frozenset({"ensur", "make"}),
    frozenset({"issu", "publish", "circulat", "distribut"}),
)
_CANONICAL = {word: min(group) for group in _SAME_ACTION for word in group}


class NearDuplicateRecommendation(Rule):
    meta = RuleMeta(
        code="REC009",
        name="near-duplicate-recommendation",
        severity=Severity.WARNING,
        dimension="recommendations",
        summary="A recommendation repeats an earlier one with trivial changes.",
        rationale=(
            "The same action restated, or the same text addressed to two agencies in separate "
            "items, inflates the list, splits ownership and is monitored twice. Merge them into "
            "one recommendation with joint owners, or say how they differ."
        ),
        limitations=(
            "Each recommendation is read without its addressee (the subject before 'should', "
            "the agent of a passive, any agency or role), dates, numbers and common words, with "
            "words folded to a rough stem; a light verb before a noun naming an action ('carry "
            "out an audit', 'make joint visits') reads as that action. Two are near duplicates "
            "when they ask for the same action (the same main verb or a near-synonym, or each "
            "one's verb among the other's words) and their words overlap by at least "
            f"{THRESHOLD:.0%} (Jaccard), or at least {SUBSET_THRESHOLD:.0%} of the shorter "
            f"one's words (of {SUBSET_WORDS} or more) are in the longer. Rewording with other "
            "words for the action ('review and include X' for 'revise to include X', 'set a "
            "maximum' for 'limit') is missed; a short recommendation restated inside a longer "
            "one that adds further actions is reported."
        ),
        guidance=(
            Citation("S83", "duplicates across agencies", "U"),
            Citation("S16", "findings prioritised", "C"),
        ),
        measured=Measured(precision=1.0, recall=0.94, positives=35, negatives=35),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB will audit the use of the "
                "bruising protocol in general practice by June 2026.\n2. Thornbury Police will "
                "audit the use of the bruising protocol in general practice by June 2026.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB will revise the bruising protocol "
                "by March 2026.\n2. The ICB will audit the use of the bruising protocol by "
                "June 2026.\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        items = list(recommendations(ctx.document, ctx.profile))
        asks = [_canonical(request(item.text)) for item in items]
        for later in range(1, len(items)):
            for earlier in range(later):
                if _duplicates(asks[earlier], asks[later]):
                    yield _finding(ctx, items[later], items[earlier])
                    break


def _duplicates(a: Request, b: Request) -> bool:
    if len(a.words) < MIN_WORDS or len(b.words) < MIN_WORDS or not _same_action(a, b):
        return False
    if similarity(a.words, b.words) >= THRESHOLD:
        return True
    shorter = min(len(a.words), len(b.words))
    return shorter >= SUBSET_WORDS and containment(a.words, b.words) >= SUBSET_THRESHOLD


def _same_action(a: Request, b: Request) -> bool:
    """Whether they ask for the same action: the same main verb (or near-synonyms), or each
    one's verb among the other's words ("follow up … by telephone" and "telephone … to follow
    up")."""
    if not a.main or not b.main:
        return True
    return bool(a.actions & b.actions) or (a.main in b.words and b.main in a.words)


def _canonical(ask: Request) -> Request:
    """The request, with each verb of a group of near-synonyms replaced by one of them."""

    def fold(words: frozenset[str]) -> frozenset[str]:
        return frozenset(_CANONICAL.get(word, word) for word in words)

    return Request(fold(ask.actions), _CANONICAL.get(ask.main, ask.main), fold(ask.words))


def _finding(ctx: RuleContext, item: Recommendation, earlier: Recommendation) -> Finding:
    return ctx.finding(
        f"Recommendation {item.label} repeats recommendation {earlier.label} with little "
        "change: merge them (with joint owners if need be) or say how they differ.",
        *item.span,
    )
