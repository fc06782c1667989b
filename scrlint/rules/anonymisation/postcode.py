"""A full postcode, which narrows a family's home down to a street."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.structured import structured_identifiers
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class Postcode(IdentifierRule):
    meta = RuleMeta(
        code="ANO006",
        name="postcode",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A full UK postcode in a report for publication.",
        rationale=(
            "A full postcode covers a few dozen homes; with a child's age or the month of an "
            "incident it identifies the family. Published reports are anonymised 'to protect "
            "the confidentiality of relevant family members'."
        ),
        limitations=(
            "A full postcode in the Royal Mail format ('LS6 2QT', 'M1 1AE', 'SW1A 1AA'), in "
            "capitals or in lower case, and without its space only in capitals. An outward "
            "code alone ('LS6') names a district and is allowed. The format is checked, not "
            "that the postcode exists, so an invented postcode is flagged too, and a reference "
            "code shaped exactly like a postcode would be."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=27, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nThe family moved to a flat near LS6 2QT in 2019.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nThe family moved to a flat in the LS6 area of the "
                "city in 2019.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.POSTCODE})
    advice = (
        "appears here; remove it, or describe the area in general terms ('an estate in the "
        "north of the city')."
    )

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return structured_identifiers(ctx.document)
