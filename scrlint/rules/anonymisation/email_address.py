"""An email address, which names and reaches one person."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.structured import structured_identifiers
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class EmailAddress(IdentifierRule):
    meta = RuleMeta(
        code="ANO009",
        name="email-address",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="An email address in a report for publication.",
        rationale=(
            "An email address usually carries a person's name and reaches them directly. A "
            "published review refers to family members by pseudonym and to practitioners by "
            "role, and must not carry 'personal and sensitive information about family "
            "members'."
        ),
        limitations=(
            "Any address of the form name@domain, in the prose, in link targets ('mailto:') "
            "and anywhere else in the file, front matter included. An agency's general "
            "address is flagged like a personal one; addresses disguised as 'name at domain "
            "dot org' are missed."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=27, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nThe social worker emailed Mother at "
                "tamsin.hale@example.org on 3 March.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nThe social worker emailed Mother on 3 March; "
                "the partnership's Twitter account is @NorthshireSCP.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.EMAIL_ADDRESS})
    advice = "appears here; remove it, or name the role or agency instead."

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return structured_identifiers(ctx.document)
