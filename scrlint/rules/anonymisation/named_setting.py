"""A school, nursery, GP practice, hospital or ward named in a report for publication."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.settings import named_settings
from scrlint.rule import Citation, Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import IdentifierRule


class NamedSetting(IdentifierRule):
    meta = RuleMeta(
        code="ANO010",
        name="named-setting",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A school, nursery, GP practice, hospital or ward is named.",
        rationale=(
            "A named primary school, nursery, surgery or ward narrows a family down to a few "
            "streets: local readers know who attended. Guidance asks that 'precise details "
            "about the case should be minimised'; the type of setting ('the primary school', "
            "'the GP practice', 'Hospital 1') carries the learning."
        ),
        limitations=(
            "A named setting is one to eight capitalised words ending in a setting's word "
            "(School, Academy, College, Nursery, Pre-school, Surgery, Medical Centre, Health "
            "Centre, Medical or Group Practice, Hospital, Infirmary, Ward) with at least one "
            "word that names rather than describes it: 'Brookfield Primary School', 'St "
            "Aldric's Hospital', 'Bluebell Ward'. Generic names ('the school', 'Royal "
            "Infirmary', 'Children's Ward'), pseudonyms ('Hospital 1', 'School B', 'Ward 7') "
            "and agencies ('Ashcombe Hospital NHS Foundation Trust', 'Ashcombe School Nursing "
            "Service') are allowed. A setting written in lower case, a later short form "
            "('staff at Brookfield'), children's centres, and settings whose name comes after "
            "the setting's word ('Hospital of St Cross') are missed."
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=91, negatives=429),
        guidance=(
            Citation("S17", "precise details about the case should be minimised", "C"),
            Citation("S44", "to protect the confidentiality of relevant family members", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Background\n\nChild A attended Brookfield Primary School from "
                "September 2019.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nChild A attended a local primary school (School "
                "B) from September 2019 and was seen at Hospital 1.\n",
                profile="lcspr@2023",
            ),
        ),
    )
    kinds = frozenset({Kind.SCHOOL, Kind.NURSERY, Kind.GP_PRACTICE, Kind.HOSPITAL, Kind.WARD})
    advice = (
        "appears here: name the type of setting instead ('the primary school', 'the GP "
        "practice', 'the children's ward') or a pseudonym ('Hospital 1')."
    )

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return named_settings(ctx.document)
