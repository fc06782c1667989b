"""A recommendation that does not say which agency, body or role is to act."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.recommendations.addressee import has_addressee
from scrlint.recommendations.bodies import names_body
from scrlint.recommendations.cells import is_vague_owner
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta


class RecommendationWithoutAddressee(Rule):
    meta = RuleMeta(
        code="REC001",
        name="recommendation-without-addressee",
        severity=Severity.WARNING,
        dimension="recommendations",
        summary="A recommendation does not name the agency, body or role that is to act.",
        rationale=(
            "Recommendations must 'translate into specific actions with accountable owners'. "
            "'It is recommended that training is reviewed' or 'All agencies should …' leaves "
            "no one accountable, so no one acts and no one can be asked whether they did."
        ),
        limitations=(
            "The actor is read from the words before the first 'should', 'must', 'will', 'is "
            "asked to' … of each sentence, from a 'by' agent after a passive ('should be "
            "revised by the ICB'), from an action-plan owner cell, and from a heading such as "
            "'Recommendations for the police'. An agency counts when it is in a list of bodies "
            "and roles or is a capitalised name ('Thornbury Council'); an unusual role missing "
            "from the list is taken for no addressee. Vague collectives ('all agencies', "
            "'practitioners', 'staff', 'partners', 'services') do not count. A passive whose "
            "subject is a body ('GPs should be made aware') does not name who acts. An "
            "addressee given only in an introduction ('these recommendations are for the "
            "LSCB') is not read."
        ),
        guidance=(
            Citation("S75", "specific actions with accountable owners", "C"),
            Citation("S19", "actions by the board and its agencies", "C"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=55, negatives=55),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. It is recommended that the pre-birth "
                "protocol is revised by March 2026.\n",
                profile="lcspr@2023",
            ),
            Example(
                "# Review\n\n## Recommendations\n\n1. All agencies should audit their "
                "pre-birth referrals by June 2026.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. The ICB should revise the pre-birth "
                "protocol by March 2026.\n",
                profile="lcspr@2023",
            ),
            Example(
                "# Review\n\n## Recommendations\n\n1. The pre-birth protocol should be revised "
                "by the Partnership by March 2026.\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for item in recommendations(ctx.document, ctx.profile):
            if item.owner and not is_vague_owner(item.owner):
                continue
            if has_addressee(item.text) or _heading_addresses(item.context):
                continue
            yield ctx.finding(
                f"Recommendation {item.label} names no addressee: say which agency, board or "
                "role is to act ('all agencies', 'practitioners' or 'staff' alone do not say "
                "who).",
                *item.span,
            )


def _heading_addresses(context: str) -> bool:
    """Whether a heading over the recommendation names a body ("Recommendations for the ICB")."""
    return any(names_body(title) for title in context.splitlines())
