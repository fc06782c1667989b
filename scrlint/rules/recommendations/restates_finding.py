"""A recommendation that only asks that something be ensured, with no say on how."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.recommendations.weak_actions import main_action_is_ensure
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

# The "how" that turns "ensure that X happens" into an action: a concrete step, a means, or a
# check whose result is reported.
_MECHANISM = re.compile(
    r"\b(?:audit(?:s|ed|ing)?|revis(?:e|es|ed|ing)|publish(?:es|ed|ing)?|commission(?:s|ed|ing)?"
    r"|implement(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|amend(?:s|ed|ing)?"
    r"|develop(?:s|ed|ing)?|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|set(?:ting)?\s+up"
    r"|appoint(?:s|ed|ing)?|issu(?:e|es|ed|ing)\b(?!\s+(?:are|is|were|was|of|raised|identified))"
    r"|launch(?:es|ed|ing)?|pilot(?:s|ed|ing)?|design(?:s|ed|ing)?|rewrit(?:e|es|ten|ing)"
    r"|replac(?:e|es|ed|ing)|draft(?:s|ed|ing)?|evaluat(?:e|es|ed|ing|ion)|test(?:s|ed|ing)?"
    r"|dip[\s-]sampl\w*|by\s+means\s+of|through\s+(?!this\b|which\b)\w+"
    r"|by\s+(?!being\b)\w+ing|via\s+(?:a|an|the|its|their)"
    # "using the checklist" is a means; "adults using its service" are service users
    r"|using\s+(?:a|an|the|its|their|new)\b(?!\s+(?:[\w'’-]+\s+){0,2}?services?\b)"
    r"|measured|evidenced|report(?:s|ed|ing)?\s+(?:the\s+)?(?:results|findings|progress|compliance)"
    r"|(?:results|findings|progress|compliance)\s+(?:are|is|will\s+be)\s+reported"
    r"|report(?:s|ed|ing)?\b[^.;\n]{0,80}?\bto\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:partnership|board|lscb|lscp|safeguarding\s+partners|committee|sub-?group|panel))\b",
    re.IGNORECASE,
)


class RecommendationRestatesFinding(Rule):
    meta = RuleMeta(
        code="REC006",
        name="recommendation-restates-finding",
        severity=Severity.WARNING,
        dimension="recommendations",
        summary="A recommendation only asks that something be ensured and says nothing of how.",
        rationale=(
            "'Ensure that pre-birth assessments are completed in a timely manner' turns a "
            "finding into an instruction without saying what will change to make it happen. "
            "Commentators on SCR quality singled out such mirror recommendations; an action "
            "plan needs the mechanism (a revised protocol, an audit, a report) to act on."
        ),
        limitations=(
            "It reads recommendations whose main action (after 'should', 'must', 'will' … or as "
            "an imperative) is 'ensure' or 'make sure', and accepts them when any sentence names "
            "a concrete step (audit, revise, commission, implement, introduce, issue, 'by "
            "adding …', 'through supervision') or a check whose result is reported. "
            "'Revise the protocol to ensure …' is not reported: 'ensure' is not its main "
            "action. A mechanism given in words outside these ('ask every GP at the six-week "
            "check') is not recognised."
        ),
        guidance=(
            Citation("S99", "recommendations that merely restate a finding", "C"),
            Citation("S75", "recommendations that translate into specific actions", "C"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=35, negatives=35),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. Children's social care should ensure "
                "that pre-birth assessments are completed in a timely manner.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. Children's social care should ensure "
                "that the new pre-birth protocol is audited in June 2026 and that the results "
                "are reported to the Partnership.\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for item in recommendations(ctx.document, ctx.profile):
            if not main_action_is_ensure(item.text):
                continue
            text = item.text
            if _MECHANISM.search(text):
                continue
            yield ctx.finding(
                f"Recommendation {item.label} only asks that something be ensured: say how "
                "(the change to be made, who checks it and how).",
                *item.span,
            )
