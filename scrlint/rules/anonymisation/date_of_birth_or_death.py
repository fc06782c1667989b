"""A full date of birth or death, which with little else identifies a child or a relative."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.structured import structured_identifiers
from scrlint.rule import Citation, Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import IdentifierRule


class DateOfBirthOrDeath(IdentifierRule):
    meta = RuleMeta(
        code="ANO003",
        name="date-of-birth-or-death",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A full date of birth or death (day, month and year) in a report for publication.",
        rationale=(
            "A child's full date of birth or death, beside the area and the agencies, is enough "
            "to identify the family. Published reports should keep 'personal and sensitive "
            "information about family members' out, and the month and year, or an age, tell "
            "the reader all the learning needs."
        ),
        limitations=(
            "A date counts only when a cue is about it: right before it ('born on', 'DOB:', "
            "'died in hospital on', 'the death of Child A on'), right after it ('3 July 2016 "
            "(DOB)'), or after a short subject ('On 3 July 2016 Baby T was born'); in a table, "
            "a 'DOB' label cell or column, or a next cell telling of the birth or death. A "
            "date joined to the cue by other words ('born at 34 weeks and seen on 5 July "
            "2016') is not taken, so a date of birth written in a roundabout way is missed. "
            "Month and year ('born in March 2016'), ages, and day and month without a year "
            "are allowed. Dates are read in UK order."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=59, negatives=429),
        guidance=(
            Citation(
                "S17",
                "personal and sensitive information about family members should not be included",
                "C",
            ),
            Citation("S44", "to protect the confidentiality of relevant family members", "C"),
            Citation("S38", "appropriately anonymised and sensitive to the child and family", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Background\n\nChild A was born on 3 July 2016 and lived with "
                "Mother and Sibling 1.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nChild A was born in July 2016 and lived with "
                "Mother and Sibling 1. The health visitor saw the family on 5 July 2016.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.DATE_OF_BIRTH, Kind.DATE_OF_DEATH})
    advice = "appears here; give only the month and year, or an age, instead of the full date."

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return structured_identifiers(ctx.document)
