"""An exact rare diagnosis, which can identify a child on its own."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.diagnoses import rare_diagnoses
from scrlint.rule import Citation, Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import IdentifierRule


class RareDiagnosis(IdentifierRule):
    meta = RuleMeta(
        code="ANO012",
        name="rare-diagnosis",
        severity=Severity.INFO,
        dimension="publication-readiness",
        summary="An exact rare diagnosis is named.",
        rationale=(
            "Guidance gives 'the exact chronic health condition' as a detail to leave out of a "
            "published report: a rare named syndrome can point to one child in a town. A "
            "general description ('a rare genetic condition', 'a life-limiting condition') "
            "usually carries the learning. It is advice, because the condition is sometimes "
            "central to the learning and the family may agree to its being named."
        ),
        limitations=(
            "Reads a short, conservative list of about 130 rare conditions (eponymous "
            "syndromes, rare genetic, metabolic, neuromuscular and childhood cancers, such as "
            "'Dravet syndrome', 'osteogenesis imperfecta', 'Smith-Lemli-Opitz syndrome'), "
            "with any hyphens or dashes. Common conditions (asthma, autism, ADHD, epilepsy, "
            "cerebral palsy, Down syndrome) are never reported, nor a condition in a sentence "
            "that rules it out ('tests for osteogenesis imperfecta were negative'). Rare "
            "conditions not on the list, abbreviations ('OI', 'SMA') and misspellings are "
            "missed."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=24, negatives=429),
        guidance=(
            Citation("S17", "the exact chronic health condition", "C"),
            Citation(
                "S17",
                "personal and sensitive information about family members should not be included",
                "C",
            ),
        ),
        bad=(
            Example(
                "# Review\n\n## Background\n\nChild A has Dravet syndrome and attends a special "
                "school.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nChild A has a rare form of epilepsy and attends a "
                "special school. Tests for osteogenesis imperfecta were negative.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.RARE_DIAGNOSIS})
    advice = (
        "appears here and may identify the child: describe it in general terms ('a rare "
        "genetic condition') unless naming it is essential to the learning."
    )

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return rare_diagnoses(ctx.document)
