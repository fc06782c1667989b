"""A recommendation whose main action cannot be observed ("consider", "be aware", "remind")."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.recommendations.weak_actions import vague_action
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta


class RecommendationVagueAction(Rule):
    meta = RuleMeta(
        code="REC002",
        name="recommendation-vague-action",
        severity=Severity.WARNING,
        dimension="recommendations",
        summary="A recommendation's main action cannot be observed ('consider', 'be aware').",
        rationale=(
            "No one can check that an agency has 'considered' or been 'mindful'. Specific "
            "actions (audit, revise, commission, implement, report) can be seen to be done, "
            "which is what an action plan and its monitoring need."
        ),
        limitations=(
            "The main action is the verb after the first 'should', 'must', 'will', 'is asked "
            "to' … of the first sentence that has one, or the first word of an imperative "
            "('Consider …'). A vague verb in a subordinate clause ('revise the protocol so "
            "that practitioners consider …') is not the main action and is not reported. "
            "States of mind count as vague (recognise, understand, appreciate, acknowledge, "
            "value, take into account, be alert, sensitive or curious), as does a request with "
            "no modal ('GPs are reminded of …'). A vague recommendation built on another verb "
            "('seek assurance', 'look at') is not recognised."
        ),
        guidance=(
            Citation("S75", "recommendations that translate into specific actions", "C"),
            Citation("S83", "critique of the 'SMART' approach to recommendations", "C"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=54, negatives=53),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB should consider reviewing the "
                "bruising protocol.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB should revise the bruising "
                "protocol so that practitioners consider a referral for every bruise.\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for item in recommendations(ctx.document, ctx.profile):
            term = vague_action(item.text)
            if term is None:
                continue
            yield ctx.finding(
                f"The main action of recommendation {item.label}, '{term}', cannot be observed: "
                "name an action whose completion can be checked (audit, revise, commission, "
                "implement, report).",
                *item.span,
            )
