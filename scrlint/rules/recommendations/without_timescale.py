"""A recommendation with no date or period for its completion."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.recommendations.timescale import has_timescale
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta


class RecommendationWithoutTimescale(Rule):
    meta = RuleMeta(
        code="REC004",
        name="recommendation-without-timescale",
        severity=Severity.WARNING,
        dimension="recommendations",
        summary="A recommendation gives no timescale, in its text or its action-plan row.",
        rationale=(
            "An action with an owner but no date cannot be followed up: the board cannot tell "
            "whether it is late. A date or a period ('by March 2026', 'within six months', "
            "'quarterly') makes progress checkable; 'as soon as possible' does not."
        ),
        limitations=(
            "It looks for dates ('31 July 2025', 'by March 2026'), periods ('within six "
            "months', 'in the next 12 months', 'by the end of the year'), frequencies "
            "('quarterly', 'every six months') and a filled Timescale/Target date cell; 'TBC', "
            "'ongoing', 'as soon as possible' or 'practicable', 'at the earliest opportunity', "
            "'without delay', 'promptly' and 'in a timely manner' do not count. A date near "
            "words of the past ('since the death of Child A in March 2023', 'last updated in "
            "2019') is taken for when something happened, unless "
            "'by', 'before' or 'until' comes before it. A period that describes a practice "
            "standard ('visit within five working days') is taken for a timescale."
        ),
        guidance=(
            Citation("S75", "specific actions with accountable owners", "C"),
            Citation("S83", "the 'SMART' approach to recommendations and action plans", "C"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=53, negatives=53),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB will revise the bruising "
                "protocol as soon as possible.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB will revise the bruising "
                "protocol within six months.\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for item in recommendations(ctx.document, ctx.profile):
            if item.timescale or has_timescale(item.full_text):
                continue
            yield ctx.finding(
                f"Recommendation {item.label} gives no timescale: add a date or period ('by "
                "March 2026', 'within six months'), in the text or the action plan.",
                *item.span,
            )
