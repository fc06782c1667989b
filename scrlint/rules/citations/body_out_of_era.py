"""A health body named as current in a report of an era when it did not exist."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.citations.dates import mentions_date_in
from scrlint.citations.era import ReportEra, report_era
from scrlint.citations.framing import is_historical, term_pattern
from scrlint.citations.sentences import Sentence, sentences
from scrlint.citations.table import Body, load_table
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

_GLOSSARY = re.compile(r"\b(?:glossary|abbreviations|acronyms|terms used)\b", re.IGNORECASE)


def _message(term: str, body: Body, era: ReportEra, current: list[Body]) -> str:
    names = " or ".join(f"the {b.name} ({b.abbreviation})" for b in current)
    roles = "; ".join(b.role for b in current)
    ended = body.era.end is not None and era.period.start > body.era.end
    history = f", or frame the {body.abbreviation} as history ('the then {body.abbreviation}')"
    return (
        f"'{term}' in a report under Working Together {era.own_text}: {body.history}, so it "
        f"cannot be named as a current body. Name {names} instead ({roles})"
        f"{history if ended else ''}."
    )


def _out_of_era(sentence: Sentence, body: Body) -> tuple[int, int] | None:
    """The first mention of ``body`` in the sentence, unless the sentence places it in the past
    or dates what it describes within the body's lifetime."""
    match = term_pattern((body.name, body.abbreviation)).search(sentence.text)
    if match is None or is_historical(sentence.text):
        return None
    context = f"{sentence.text}\n{sentence.setting}\n{sentence.headings}"
    return None if mentions_date_in(context, body.era) else match.span()


class BodyOutOfEra(Rule):
    meta = RuleMeta(
        code="CIT003",
        name="body-out-of-era",
        severity=Severity.WARNING,
        dimension="publication-readiness",
        summary="A health body is named as current in a report of an era when it did not exist.",
        rationale=(
            "The NHS commissioner on the LSCB and then among the safeguarding partners changed "
            "twice: primary care trusts to March 2013, clinical commissioning groups to June "
            "2022, integrated care boards from 1 July 2022. A 2023 review that gives actions to "
            "a CCG, or a 2010 report that names an ICB, points recommendations at a body that "
            "cannot act on them and suggests text carried over from another report."
        ),
        limitations=(
            "Checks primary care trusts, clinical commissioning groups and integrated care "
            "boards (full name or abbreviation) against the eras in "
            "rules/citations/instruments.yaml and the period of the profile's Working Together "
            "edition: a PCT from the 2018 profiles on, a CCG under the 2023 profiles, an ICB "
            "under the 2010 and 2013 profiles. A mention is left alone when its sentence frames "
            "it as history ('formerly', 'the then', 'at the time', 'predecessor', '(now the "
            "ICB)', 'until 2022') or when a date within the body's lifetime appears in the "
            "sentence, the sentence before it, its table row or the headings above it; so a "
            "current mention that follows a sentence about earlier events is missed. Glossary "
            "entries are skipped (a definition does not say the body exists now). Only one "
            "mention per body per sentence is reported. Other bodies (LSCB, SHA, ICS) are not "
            "checked here. Nothing is checked under the generic profile, and a response is "
            "checked only if it names an LSCB as current."
        ),
        guidance=(
            Citation("S90", 'CCGs were "replaced by the Integrated Care Board in July 2022"', "C"),
            Citation("S73", "WT 2023: the ICB is a safeguarding partner", "C"),
            Citation("S91", "Children Act 2004 s.13(3)(e): the PCT as an LSCB partner", "C"),
        ),
        bad=(
            Example(
                "# Rapid Review: Baby N\n\n## Immediate actions\n\n"
                "The CCG will add the bruising protocol to the locum induction pack by "
                "31 March 2024.\n",
                profile="rapid-review@2023",
            ),
        ),
        good=(
            Example(
                "# Rapid Review: Baby N\n\n## Immediate actions\n\n"
                "The ICB will add the bruising protocol to the locum induction pack by "
                "31 March 2024. In 2021 the CCG, which the ICB replaced, had issued the "
                "protocol.\n\n## Chronology\n\n- 14 May 2019: the CCG's designated nurse "
                "attended the strategy meeting.\n",
                profile="rapid-review@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=0.98, positives=58, negatives=59),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        table = load_table()
        era = report_era(ctx.profile, ctx.document, table)
        if era is None:
            return
        absent = [b for b in table.bodies if not b.era.overlaps(era.period)]
        current = [b for b in table.bodies if b.era.overlaps(era.period)]
        if not absent:
            return
        for sentence in sentences(ctx.document):
            if _GLOSSARY.search(sentence.headings):
                continue  # a definition names a body; it does not say the body exists now
            for body in absent:
                span = _out_of_era(sentence, body)
                if span is None:
                    continue
                start, end = span
                yield ctx.finding(
                    _message(sentence.text[start:end], body, era, current),
                    *sentence.block.source_span(sentence.start + start, sentence.start + end),
                )
