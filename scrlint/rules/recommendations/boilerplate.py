"""A recommendation in stock wording ("refresh training", "remind staff") with nothing specific."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.recommendations.boilerplate import boilerplate, specifics
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

# A stock phrase with at least this many kinds of detail (date, check, number, method, named
# audience) is a specific recommendation that happens to use it.
MIN_SPECIFICS = 2


class BoilerplateRecommendation(Rule):
    meta = RuleMeta(
        code="REC007",
        name="boilerplate-recommendation",
        severity=Severity.WARNING,
        dimension="recommendations",
        summary="A recommendation is stock wording ('refresh training', 'remind staff').",
        rationale=(
            "The Wood review criticised the 'predictable, banal and repetitive' lessons of case "
            "reviews. 'Refresh training', 'remind staff of the policy' and 'disseminate the "
            "learning' appear in review after review and change little; a training or "
            "dissemination action needs its content, audience, method and a check."
        ),
        limitations=(
            "It finds stock phrases (refresh or refresher training, remind staff, reiterate or "
            "reinforce the importance of, recirculate, raise awareness, disseminate, cascade or "
            "share the learning, embed the learning, make staff aware of procedures or up to "
            "date with mandatory training, update training to reflect the findings, promote "
            "the training offer) and reports them unless the recommendation and its action-plan "
            f"row give at least {MIN_SPECIFICS} kinds of detail among a timescale, a measure or "
            "check, a number, a method of delivery (workshop, briefing, practice alert, team "
            "meeting …), a named audience (health visitors, GPs …) and named content (a rule "
            "stated in a that-clause, a procedure with a name of its own). Named content alone "
            "does not make it specific, and a topic ('on domestic abuse') is not named content."
        ),
        guidance=(
            Citation("S88", "predictable, banal and repetitive lessons", "C"),
            Citation("S83", "a critique of the 'SMART' approach", "C"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=50, negatives=50),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. All agencies should refresh training on "
                "domestic abuse.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB will refresh training for all 120 "
                "GPs on bruising in non-mobile babies through a half-day workshop by March "
                "2026, and audit referrals to test its impact.\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for item in recommendations(ctx.document, ctx.profile):
            phrase = boilerplate(item.text)
            if phrase is None or specifics(item.full_text) >= MIN_SPECIFICS:
                continue
            yield ctx.finding(
                f"Recommendation {item.label} is stock wording ('{phrase}') with nothing "
                "specific: name the content, the audience, the method and how its effect will "
                "be checked.",
                *item.span,
            )
