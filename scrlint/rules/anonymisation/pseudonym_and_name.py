"""A real-looking name written beside a pseudonym for the same person."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.names import pseudonym_clashes
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class PseudonymAndName(IdentifierRule):
    meta = RuleMeta(
        code="ANO002",
        name="pseudonym-and-name",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A real-looking name is given beside a pseudonym for the same person.",
        rationale=(
            "A pseudonym protects a family only if the real name never appears beside it: "
            "'Child A (Kayden)' undoes the anonymisation for every later 'Child A'. Published "
            "reports are anonymised 'to protect the confidentiality of relevant family "
            "members', and drafts that began with real names often keep one in brackets."
        ),
        limitations=(
            "Finds a name in brackets after a pseudonym or family role ('Child A (Kayden)', "
            "'Mother (Ms Tamsin Hale)'), a pseudonym in brackets after a name ('Kayden (Child "
            "A)'), and 'known as', 'referred to as', 'whose name is', 'called' or a name in "
            "commas right after one ('Mother, Tamsin Hale, said'). Declared pseudonyms, "
            "labels, roles, places, dates and identities ('Mother (Polish)') are not names. A "
            "name given in another sentence ('Child A is Kayden') is missed here; "
            "personal-name reports it. It needs no language model."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=26, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nChild A (Kayden) lived with Mother and Sibling 1.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nChild A (aged 4) lived with Mother (Polish) and "
                "Sibling 1.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.PSEUDONYM_CLASH})
    advice = "gives away who the pseudonym stands for: remove the name and use the pseudonym alone."

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return pseudonym_clashes(ctx.document, ctx.config)
