"""An Act or edition of Working Together cited with a year it never had."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from scrlint.citations.finder import find_acts, find_working_together
from scrlint.citations.table import Table, load_table
from scrlint.document import Block, BlockKind
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

_SIC = re.compile(r"\s*[\[(]sic[\])]", re.IGNORECASE)


def _act_problems(block: Block, table: Table) -> Iterator[tuple[str, int, int]]:
    for cite in find_acts(block.text, table.acts, table.abbreviations):
        if _SIC.match(block.text, cite.end):
            continue
        act = table.acts[cite.name]
        for year in cite.years:
            alternative = table.miscitations.get((act.name, year))
            if alternative is None and not act.is_wrong_year(year, table.complete_to):
                continue
            if alternative is None:
                alternative = " or ".join(f"the {act.name} Act {y}" for y in act.usual)
            message = f"There is no {act.name} Act {year}; did you mean {alternative}?"
            yield message, cite.start, cite.end


def _edition_problems(block: Block, table: Table) -> Iterator[tuple[str, int, int]]:
    editions = ", ".join(str(e.year) for e in table.editions)
    for cite in find_working_together(block.text):
        if _SIC.match(block.text, cite.end):
            continue
        for year in cite.years:
            in_force = table.edition_in_force(year)
            if not table.no_such_edition(year) or in_force is None:
                continue
            message = (
                f"There is no {year} edition of Working Together to Safeguard Children; did you "
                f"mean Working Together {in_force.year}, the edition in force in {year}? "
                f"(Editions: {editions}.)"
            )
            yield message, cite.start, cite.end


class InstrumentDoesNotExist(Rule):
    meta = RuleMeta(
        code="CIT001",
        name="instrument-does-not-exist",
        severity=Severity.WARNING,
        dimension="publication-readiness",
        summary="An Act or an edition of Working Together is cited with a year it never had.",
        rationale=(
            "A wrong year sends readers to the wrong law, and in a published review it undermines "
            'trust in the analysis. The classic slip is "Mental Health Act 2005": there is no '
            "such Act (detention is under the Mental Health Act 1983; the 2005 Act is the Mental "
            "Capacity Act), yet the wording appears in reproductions of Working Together's own "
            "review criteria."
        ),
        limitations=(
            "Only Acts named in rules/citations/instruments.yaml are checked, by their exact short "
            "title followed by a year ('the Children Act 1989', 'Acts 1989 and 2004'); an unknown "
            "title, a misspelt one, an abbreviation ('CA 1989', 'MHA 2005') or a year written "
            "apart from the title is not seen. Years before an Act's checked_from year and years "
            "after the table's complete_to year (new Acts, a new edition of Working Together) are "
            "never flagged. Revision years of Working Together (2020, 2024) are accepted. It "
            "cannot tell which Act was meant, so the message offers the usual candidates. A "
            "citation followed by [sic] is left alone."
        ),
        guidance=(
            Citation(
                "S52",
                'review criteria citing the "Mental Health Act 1983" (others read "Mental '
                'Health Act 2005", which does not exist)',
                "C-sec",
            ),
            Citation("S49", 'reproduces the criteria as "Mental Health Act 2005"', "C-sec"),
            Citation("S91", "Children Act 2004 s.13: the Act that set up LSCBs", "C"),
        ),
        bad=(
            Example(
                "# Practice Learning Briefing: Young Carers in Ashcombe\n\n## What happened\n\n"
                "In January 2023 Mother became very unwell and was detained in hospital under "
                "the Mental Health Act 2005.\n",
                profile="generic",
            ),
        ),
        good=(
            Example(
                "# Practice Learning Briefing: Young Carers in Ashcombe\n\n## What happened\n\n"
                "In January 2023 Mother became very unwell and was detained in hospital under "
                "the Mental Health Act 1983. Her capacity was later assessed under the Mental "
                "Capacity Act 2005.\n",
                profile="generic",
            ),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=62, negatives=65),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        table = load_table()
        for block in ctx.document.blocks():
            if block.kind is BlockKind.CONTENTS:
                continue
            problems = [*_act_problems(block, table), *_edition_problems(block, table)]
            for message, start, end in sorted(problems, key=lambda p: p[1]):
                yield ctx.finding(message, *block.source_span(start, end))
