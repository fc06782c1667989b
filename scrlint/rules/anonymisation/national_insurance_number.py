"""A National Insurance number, which identifies one adult to HMRC and the DWP for life."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.structured import structured_identifiers
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class NationalInsuranceNumber(IdentifierRule):
    meta = RuleMeta(
        code="ANO005",
        name="national-insurance-number",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A National Insurance number in a report for publication.",
        rationale=(
            "A National Insurance number identifies a parent or carer for life. A published "
            "review must not carry 'personal and sensitive information about family members', "
            "and a number copied from benefit or housing records has no learning in it."
        ),
        limitations=(
            "Two prefix letters, six digits and a suffix A to D, in any spacing ('AB 12 34 56 "
            "C', 'AB123456C'), all in capitals or all in lower case. Prefixes HMRC never "
            "issues (first letter D, F, I, Q, U or V; second letter D, F, I, O, Q, U or V; "
            "BG, GB, KN, NK, NT, TN, ZZ) are left alone, so the specimen 'QQ 12 34 56 C' is "
            "not flagged. A number without its suffix letter, or a temporary reference number, "
            "is missed; a reference code of the same shape would be flagged."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=25, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nMother's National Insurance number (JG 10 37 59 "
                "A) was on the housing form.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nMother's National Insurance number was on the "
                "housing form; the guidance shows the specimen QQ 12 34 56 C.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.NI_NUMBER})
    advice = "appears here; remove it: a published report never needs one."

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return structured_identifiers(ctx.document)
