"""A report with more recommendations than can be prioritised and followed up."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.rule import Citation, Example, Measured, Option, Rule, RuleContext, RuleMeta

_ELEVEN = (
    "The ICB will audit bruising referrals by March 2026.",
    "The ICB will revise the locum induction pack by March 2026.",
    "Children's social care will audit pre-birth assessments by June 2026.",
    "Children's social care will revise its step-down protocol by June 2026.",
    "The police will revise custody guidance by April 2026.",
    "The police will audit NRM referrals by July 2026.",
    "Schools will record every late collection from September 2026.",
    "The Partnership will publish a neglect strategy by May 2026.",
    "The Partnership will commission an advocacy service by October 2026.",
    "The early help service will offer every father a contact by June 2026.",
    "Health visitors will record every adult in the household from April 2026.",
)


class TooManyRecommendations(Rule):
    meta = RuleMeta(
        code="REC008",
        name="too-many-recommendations",
        severity=Severity.WARNING,
        dimension="recommendations",
        summary="The report makes more recommendations than the limit (10 by default).",
        rationale=(
            "Findings and recommendations should be prioritised. Long lists dilute attention, "
            "repeat one another across agencies and are hard to monitor; research on SCR "
            "recommendations counted them per review for this reason."
        ),
        limitations=(
            "It counts top-level recommendations (sub-items belong to their recommendation; "
            "an action-plan row that carries out a listed recommendation is not counted "
            "again). A list repeated under a later heading with the same numbers (a summary) "
            "is counted once. It cannot tell whether many recommendations were needed."
        ),
        guidance=(
            Citation("S16", "findings prioritised", "C"),
            Citation("S83", "recommendations counted per review", "U"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=35, negatives=35),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n"
                + "".join(f"{n}. {text}\n" for n, text in enumerate(_ELEVEN, start=1)),
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n"
                + "".join(f"{n}. {text}\n" for n, text in enumerate(_ELEVEN[:5], start=1)),
                profile="lcspr@2023",
            ),
        ),
        options={
            "max-recommendations": Option(
                10, "Most recommendations a report may make.", {"type": "integer", "minimum": 1}
            )
        },
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        limit = int(ctx.options["max-recommendations"])
        found = recommendations(ctx.document, ctx.profile)
        if len(found) <= limit:
            return
        heading = next((s.heading for s in found.sections if s.heading is not None), None)
        span = heading.source_span() if heading is not None else found.items[0].span
        yield ctx.finding(
            f"The report makes {len(found)} recommendations, more than the {limit} expected: "
            "prioritise the few that will change practice most, and merge the rest.",
            *span,
        )
