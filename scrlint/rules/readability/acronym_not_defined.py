"""An acronym used with no definition at its first use."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.acronyms import Glossary, first_uses, glossary_for
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

GUIDANCE = (
    Citation("S55", "jargon and acronyms that make it difficult to distinguish key events", "C"),
    Citation("S19", 'QM 16: "Is the LSCB response written in plain English?"', "C"),
)
LIMITS = (
    "An acronym is a word of two or more capitals, which may hold '&', '-', digits or one "
    "lower-case letter ('A&E', 'CP-IS', 'DfE', 'S47'). A definition is recognised in the forms "
    "'Full Name (ACR)', 'ACR (Full Name)', 'Full Name, or ACR', 'ACR stands for …' and 'ACR - "
    "Full Name', when the full name's initials spell the acronym, it is the glossary's "
    "expansion, or the brackets describe it in words; an expansion in another form, or in the "
    "sentence before, is not seen. The report's glossary or list of abbreviations (a section "
    "so headed) counts as a definition wherever it is. Headings, a list of references, "
    "pseudonym letters ('Child AB'), roman numerals, postcodes and capitalised words for "
    "emphasis (an unknown English word used once, or a run of capitalised words) are not read "
    "as acronyms; so an unknown acronym that is also an English word and is used once is "
    "missed, and a person's initials used twice are taken for an acronym."
)


def glossary_of(ctx: RuleContext) -> Glossary:
    """The bundled glossary with the project's ``glossary`` config entries."""
    return glossary_for(ctx.config.glossary if ctx.config is not None else {})


class AcronymNotDefined(Rule):
    meta = RuleMeta(
        code="RDB007",
        measured=Measured(precision=1.0, recall=1.0, positives=37, negatives=42),
        name="acronym-not-defined",
        severity=Severity.INFO,
        dimension="readability",
        summary="An acronym is used without being spelled out at its first use.",
        rationale=(
            "Families, board members and the public read reviews. The Panel found reports hard "
            "to follow because of 'jargon and acronyms that make it difficult to distinguish "
            "the key events'. Spelling an acronym out at its first use, or listing it in a "
            "glossary, costs a few words. A few acronyms that every reader knows (NHS, GP, UK) "
            "need no definition."
        ),
        limitations=(
            f"{LIMITS} Only the first use of each acronym is checked. Ambiguous acronyms (PPO, "
            "SCR, CP, …) are reported by RDB008 instead. The config key 'glossary' adds "
            "expansions; the common list is in rules/readability/glossary.yaml."
        ),
        guidance=GUIDANCE,
        bad=(
            Example(
                "# Review\n\n## Summary of events\n\nIn May the school referred Child A to "
                "CAMHS. CAMHS offered an appointment in August.\n"
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Summary of events\n\nIn May the school referred Child A to "
                "Child and Adolescent Mental Health Services (CAMHS). CAMHS offered an "
                "appointment in August. The GP was not told.\n"
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        glossary = glossary_of(ctx)
        for use in first_uses(ctx.document, glossary):
            meanings = glossary.lookup(use.acronym)
            if use.defined or len(meanings) > 1 or use.acronym in glossary.common:
                continue
            if meanings:
                message = (
                    f"'{use.acronym}' is not defined at its first use; write "
                    f"'{meanings[0]} ({use.acronym})', or list it in the report's glossary."
                )
            else:
                # NOTE: an acronym the glossaries do not know may be someone's initials, so it is
                # not repeated in the message (personal data is never echoed).
                message = (
                    "This acronym is not defined at its first use; spell it out followed by the "
                    "acronym in brackets, or list it in the report's glossary."
                )
            yield ctx.finding(
                message,
                *use.block.source_span(use.start, use.end),
            )
