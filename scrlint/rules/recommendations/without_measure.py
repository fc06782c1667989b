"""A recommendation that gives no expected outcome or measure."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.recommendations.measure import has_measure
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta


class RecommendationWithoutMeasure(Rule):
    meta = RuleMeta(
        code="REC003",
        name="recommendation-without-measure",
        severity=Severity.INFO,
        dimension="recommendations",
        summary="A recommendation gives no expected outcome or measure of success.",
        rationale=(
            "Recommendations should be 'designed to impact clearly on practice' and come with "
            "a way to evaluate that impact; the board's response must say how it will monitor "
            "their effectiveness. Without an outcome or measure, completing the task is taken "
            "for success."
        ),
        limitations=(
            "It looks for the words of an outcome or measure ('so that', 'measured by', "
            "'evidenced by', an audit that will show or test something, reporting results or "
            "progress to the partnership, a target or percentage, 'evaluate', 'monitor') in the "
            "recommendation and its action-plan row, and for a filled Measure/Outcome/Evidence "
            "cell. An evaluation that is the task itself ('commission an independent "
            "evaluation of the early help offer') is not a measure of it. It cannot judge "
            "whether the measure is a real outcome or only an output ('training delivered'): "
            "any content in the measure cell counts."
        ),
        guidance=(
            Citation("S75", "an impact evaluation strategy", "C"),
            Citation("S19", "how it proposes to monitor the effectiveness", "C"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=39, negatives=36),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB will revise the bruising "
                "protocol by March 2026.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB will revise the bruising "
                "protocol by March 2026 and audit 40 referrals to test whether it is used.\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for item in recommendations(ctx.document, ctx.profile):
            if item.measure or has_measure(item.full_text):
                continue
            yield ctx.finding(
                f"Recommendation {item.label} gives no expected outcome or measure: say what "
                "should change and how it will be evidenced (an audit result, data, feedback "
                "from families).",
                *item.span,
            )
