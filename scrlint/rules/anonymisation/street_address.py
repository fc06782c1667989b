"""A street address with a house number, which points to one home."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.structured import structured_identifiers
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class StreetAddress(IdentifierRule):
    meta = RuleMeta(
        code="ANO007",
        name="street-address",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A street address with a house or flat number in a report for publication.",
        rationale=(
            "A house number and street point to one home, and neighbours know who lived "
            "there. Published reports are anonymised 'to protect the confidentiality of "
            "relevant family members'; a role label ('Address 1') or 'the family home' is "
            "enough for the learning."
        ),
        limitations=(
            "A house number (or 'Flat 3,' with or without a number) before one to three "
            "capitalised words and a street word such as Road, Street, Close, Lane, Avenue, "
            "Court, Gardens or Rd, St, Ave ('14 Alder Close', 'Flat 3, 27 Mill Road'). A "
            "street without a number ('off the Mill Road') is allowed, and so are numbers "
            "after words such as 'Section', 'Finding', 'aged' or 'Address'. A house name "
            "(Cottage, Farm, House, Lodge, ...) before a street counts without a number "
            "('Rose Cottage, Mill Lane'); a house name alone, streets with other endings and "
            "addresses in headings are missed; 'Family Court' and 'Crown Court' after a "
            "number are not taken for streets."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=28, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nIn 2019 Mother and Child A moved to 14 Alder "
                "Close.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nIn 2019 Mother and Child A moved to a house off "
                "the Mill Road (Address 2). Section 47 enquiries began in 2020.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.STREET_ADDRESS})
    advice = (
        "appears here; remove it, or describe the home in general terms ('the family home', "
        "'Address 1')."
    )

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return structured_identifiers(ctx.document)
