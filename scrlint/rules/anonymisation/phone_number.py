"""A phone number, which reaches one person or household."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.structured import structured_identifiers
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class PhoneNumber(IdentifierRule):
    meta = RuleMeta(
        code="ANO008",
        name="phone-number",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A UK phone number in a report for publication.",
        rationale=(
            "A family member's or practitioner's phone number reaches them directly. A "
            "published review must not carry 'personal and sensitive information about "
            "family members', and numbers copied from records carry no learning."
        ),
        limitations=(
            "UK numbers starting with 0 or +44, with spaces, hyphens, brackets or none "
            "('07700 900123', '0113 496 0000', '020 7946 0000', '+44 (0) 7700 900123'), of "
            "ten or eleven digits with a plausible area code. Dates, times, sums of money, NHS "
            "numbers (printed 3-3-4) and numbers right after 'case', 'crime reference' or "
            "'ref' are not taken. Foreign numbers, short codes ('116 123', '999') and numbers "
            "written in words are missed; an agency's public helpline is flagged like any "
            "other number."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=34, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nMother gave the school her new mobile number, "
                "07700 900123, in May 2020.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nMother gave the school her new mobile number in "
                "May 2020. The police log (crime reference 0113 496 0001) was shared.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.PHONE_NUMBER})
    advice = "appears here; remove it, or name the service it belongs to in general terms."

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return structured_identifiers(ctx.document)
