"""A practitioner identified by name rather than by role."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.names import NEEDS, names
from scrlint.rule import Citation, Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import IdentifierRule


class NamedPractitioner(IdentifierRule):
    meta = RuleMeta(
        code="ANO011",
        name="named-practitioner",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A practitioner is named in a report for publication.",
        rationale=(
            "A named practitioner identifies the family to anyone who knows the area, and "
            "exposes the practitioner to blame in a report meant for system learning. Roles "
            "('the health visitor') and pseudonyms ('Social Worker 1') are enough; precise "
            "details about the case 'should be minimised'."
        ),
        limitations=(
            "A practitioner's name is a name with a professional title ('Dr Marsh', 'PC "
            "Rogers', 'Nurse Bell'), or a name with a role right before it ('social worker "
            "Tom Ellery') or in apposition after it ('Jane Ellery (health visitor)', 'Mrs Lyle, "
            "the head teacher,'); once named so, later uses of the name count too. Names come "
            "from titles, patterns and spaCy's small English model, as for personal-name. "
            "Family members in apposition ('Mrs Lyle, the maternal grandmother') and public "
            "figures ('Professor Munro', 'Lord Laming') are left out. A practitioner named "
            "with no role nearby is reported by personal-name instead. The message never "
            "repeats the name."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=51, negatives=429),
        guidance=(
            Citation("S17", "precise details about the case should be minimised", "C"),
            Citation("S44", "to protect the confidentiality of relevant family members", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Background\n\nThe case was allocated to social worker Tom "
                "Ellery in March 2020.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nThe case was allocated to a social worker (Social "
                "Worker 1) in March 2020. Dr A saw Child A twice.\n",
                profile="lcspr@2023",
            ),
        ),
        needs=NEEDS,
    )
    kinds = frozenset({Kind.PRACTITIONER_NAME})
    advice = (
        "appears here: refer to the practitioner by role ('the social worker') or by a "
        "pseudonym ('Social Worker 1')."
    )

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return names(ctx.document, ctx.config, ctx.language())
