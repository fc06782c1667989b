"""A real-looking personal name that is not a declared pseudonym."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.names import NEEDS, names
from scrlint.rule import Example, Measured, RuleContext, RuleMeta
from scrlint.rules.anonymisation.base import PUBLICATION_GUIDANCE, IdentifierRule


class PersonalName(IdentifierRule):
    meta = RuleMeta(
        code="ANO001",
        name="personal-name",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A real-looking personal name in a report for publication.",
        rationale=(
            "Published reviews are anonymised 'to protect the confidentiality of relevant "
            "family members', and 'personal and sensitive information about family members "
            "should not be included'. Published reports have carried children's and "
            "relatives' real names; pseudonyms ('Child A', 'Mr G') and roles ('Mother', "
            "'the maternal grandmother') carry the learning without them."
        ),
        limitations=(
            "A name is a title and a surname ('Mrs Okonjo'; 'Mr G' is a pseudonym), a name "
            "spaCy's small English model tags as a person in a sentence holding a capitalised "
            "word that is not a known role, agency, place, date or pseudonym, a full name "
            "written beside a family word ('her father, Darren Cole,'), and every later use of "
            "a name found so. Declared pseudonyms (config key `pseudonyms` or front matter), "
            "role labels, words of the report's own agency and place names, cited authors "
            "('Munro (2011)') and public figures ('Lord Laming') are allowed. A name the model "
            "does not tag and no pattern finds is missed, most often a first name on its own "
            "in a sentence that gives no other clue; a place the model takes for a person and "
            "the report never names in an agency can be flagged. Names written with a role go "
            "to named-practitioner and names beside a pseudonym to pseudonym-and-name. The "
            "message never repeats the name."
        ),
        measured=Measured(precision=1.0, recall=0.99, positives=82, negatives=429),
        guidance=PUBLICATION_GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Background\n\nChild A lived with Mother and her partner, "
                "Mr Jason Pike.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Background\n\nChild A lived with Mother and her partner, Mr G. "
                "Brandon et al. (2020) describe this pattern.\n",
                profile="lcspr@2023",
            ),
        ),
        needs=NEEDS,
    )
    kinds = frozenset({Kind.PERSON_NAME})
    advice = (
        "that is not a declared pseudonym: use a pseudonym such as 'Child A' or a role such as "
        "'the maternal grandmother', or declare it in `pseudonyms` if it is already invented."
    )

    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        return names(ctx.document, ctx.config, ctx.language())
