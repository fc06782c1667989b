"""An acronym with more than one meaning in the field, used without saying which."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.acronyms import first_uses
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.readability.acronym_not_defined import GUIDANCE, LIMITS, glossary_of


class AmbiguousAcronym(Rule):
    meta = RuleMeta(
        code="RDB008",
        measured=Measured(precision=1.0, recall=1.0, positives=37, negatives=37),
        name="ambiguous-acronym",
        severity=Severity.WARNING,
        dimension="readability",
        summary="An acronym with several meanings in the field is used without being defined.",
        rationale=(
            "Some acronyms mean different things to different agencies: a PPO is a police "
            "protection order to a social worker and the Prisons and Probation Ombudsman to a "
            "prison; an ICO is an interim care order or the Information Commissioner's Office; "
            "an SCR is a serious case review in England and a significant case review in "
            "Scotland. Read undefined, they can change the meaning of a finding."
        ),
        limitations=(
            f"{LIMITS} Only the first use of each acronym is checked. The ambiguous acronyms "
            "are those listed under 'ambiguous' in rules/readability/glossary.yaml or given "
            "with several expansions in the config key 'glossary'; a project that gives one "
            "expansion in its config makes the acronym plain (RDB007 then applies)."
        ),
        guidance=(
            *GUIDANCE,
            Citation(
                "S100", "PPO as police protection order; DSP as designated senior person", "C"
            ),
            Citation("S39", "PPO as the Prisons and Probation Ombudsman", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Summary of events\n\nPolice took Child A into police "
                "protection and the PPO lasted 72 hours.\n"
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Summary of events\n\nPolice took Child A into police "
                "protection, and the Police Protection Order (PPO) lasted 72 hours.\n"
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        glossary = glossary_of(ctx)
        for use in first_uses(ctx.document, glossary):
            meanings = glossary.lookup(use.acronym)
            if use.defined or len(meanings) < 2:
                continue
            listed = ", ".join(meanings[:-1]) + " or " + meanings[-1]
            yield ctx.finding(
                f"'{use.acronym}' can mean {listed}; spell out which at its first use, e.g. "
                f"'{meanings[0]} ({use.acronym})'.",
                *use.block.source_span(use.start, use.end),
            )
