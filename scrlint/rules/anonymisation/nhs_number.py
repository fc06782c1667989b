"""An NHS number, which identifies one patient in every health record in England."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.structured import structured_identifiers
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class NhsNumber(IdentifierRule):
    meta = RuleMeta(
        code="ANO004",
        name="nhs-number",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="An NHS number in a report for publication.",
        rationale=(
            "An NHS number identifies one person for life. It has no place in a published "
            "review, which must not carry 'personal and sensitive information about family "
            "members'; a report copied from health records can carry one over by mistake."
        ),
        limitations=(
            "Ten digits in any spacing ('943 476 5919', '9434765919') whose last digit is a "
            "valid modulus-11 check digit; a number that fails the check is not one, and "
            "neither is a run of ten digits inside a longer number. A number starting with 0 "
            "counts only when printed 3-3-4 or just after 'NHS', since it is more often a "
            "phone number. An NHS number that happens to fail the check because it was "
            "mistyped is missed, as are numbers from other systems (hospital or CHI numbers)."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=29, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nThe referral gave Child A's NHS number, "
                "943 476 5919.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nThe referral gave Child A's NHS number. The "
                "ambulance log was 943 476 5918.\n",
                profile="lcspr@2023",
                note="the second number fails the modulus-11 check",
            ),
        ),
    )
    kinds = frozenset({Kind.NHS_NUMBER})
    advice = "appears here; remove it: a published report never needs one."

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return structured_identifiers(ctx.document)
