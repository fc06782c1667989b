"""The report frames itself under guidance or a body of another era than its profile's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from scrlint.citations.dates import mentions_date_in
from scrlint.citations.era import ReportEra, report_era
from scrlint.citations.finder import find_working_together
from scrlint.citations.framing import (
    commissioned_by,
    frames_citation,
    is_historical,
    judges_practice,
    looks_ahead,
    names_as_own,
    term_pattern,
)
from scrlint.citations.sentences import sentences
from scrlint.citations.table import Era, Framework, Table, load_table, month_name
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

_PANEL = re.compile(r"\s+Panel\b")


def _contradiction(year: int, era: ReportEra, table: Table) -> tuple[Framework, Era] | None:
    """The framework and period of edition ``year`` if a review of ``era`` cannot follow it:
    another framework's edition, or an older one where the framework's editions are strict."""
    edition = table.edition_in_force(year)
    if edition is None or year in era.own_editions:
        return None
    cited = table.frameworks[edition.framework]
    older = era.framework.strict_editions and cited is era.framework and year < era.edition.year
    return (cited, table.period(edition)) if cited is not era.framework or older else None


def _edition_problem(text: str, era: ReportEra, table: Table) -> Iterator[tuple[str, int, int]]:
    """Working Together of another era cited as the guidance this review follows."""
    for cite in find_working_together(text):
        found = [_contradiction(year, era, table) for year in cite.years]
        first = found[0] if found else None
        if first is None or None in found:
            continue  # nothing cited, or an edition this review may follow is among those cited
        cited, period = first
        if (
            not frames_citation(text, cite.start, cite.end)
            or judges_practice(text, cite.start)
            or mentions_date_in(text, period)
            or (cited.era.start > era.framework.era.start and looks_ahead(text))
        ):
            continue
        year = cite.years[0]
        why = (
            ""
            if cited is era.framework
            else f" (an edition for {cited.review}s by the {cited.body})"
        )
        yield (
            (
                f"A review under the {era.profile_id} profile is conducted under Working Together "
                f"{era.own_text}, but this passage frames it under Working Together {year}{why}; "
                f"cite Working Together {era.own_text}, or choose a profile for Working Together "
                f"{year}."
            ),
            cite.start,
            cite.end,
        )


def _later_term_problem(text: str, era: ReportEra, table: Table) -> Iterator[tuple[str, int, int]]:
    """A later framework's body or review ("the three safeguarding partners") named as its own."""
    own = era.framework
    for later in table.frameworks.values():
        if later.era.start <= own.era.start:
            continue
        first = table.editions_of(later)[0]
        for match in term_pattern(later.terms).finditer(text):
            if (
                _PANEL.match(text, match.end())
                or not names_as_own(text, match.start(), match.end())
                or looks_ahead(text)
                or mentions_date_in(text, later.era)
            ):
                continue
            yield (
                (
                    f"'{match.group()}' belongs to Working Together {first} onwards, but under "
                    f"the {era.profile_id} profile reviews are {own.review}s commissioned by the "
                    f"{own.body}; name the {own.abbreviation or own.body}, or choose a profile "
                    f"for Working Together {first}."
                ),
                match.start(),
                match.end(),
            )


def _earlier_body_problem(
    text: str, era: ReportEra, table: Table
) -> Iterator[tuple[str, int, int]]:
    """An earlier framework's body ("the LSCB") said to have commissioned or run this review."""
    own = era.framework
    for earlier in table.frameworks.values():
        if earlier.era.start >= own.era.start or earlier.era.end is None:
            continue
        name = earlier.abbreviation or earlier.body
        for match in term_pattern(earlier.terms).finditer(text):
            if not commissioned_by(text, match.start(), match.end()) or mentions_date_in(
                text, earlier.era
            ):
                continue
            yield (
                (
                    f"'{match.group()}': the {name}s ended in {month_name(earlier.era.end)}, and "
                    f"under the {era.profile_id} profile the review is commissioned by the "
                    f"{own.body} under Working Together {era.own_text}; name the {own.body}, or "
                    f"frame the {name} as history."
                ),
                match.start(),
                match.end(),
            )


class GuidanceEditionContradictsProfile(Rule):
    meta = RuleMeta(
        code="CIT002",
        name="guidance-edition-contradicts-profile",
        severity=Severity.WARNING,
        dimension="publication-readiness",
        summary=(
            "The report frames itself under a Working Together edition, or a commissioning body, "
            "of another era than its profile's."
        ),
        rationale=(
            "Who commissions a review, and under which guidance, changed in 2018: serious case "
            "reviews by LSCBs gave way to local child safeguarding practice reviews by the "
            "safeguarding partners, and Working Together 2023 put lead safeguarding partners in "
            "charge. A report that frames itself under the wrong era's guidance or body has "
            "either been checked against the wrong profile or carries text from another review."
        ),
        limitations=(
            "Reads one sentence at a time and only where the report frames the guidance as its "
            "own ('under', 'in accordance with', 'as required by', 'in line with', 'following', "
            "'set out in' just before the citation) or names the body as its commissioner (next "
            "to 'commissioned', 'conducted', 'agreed', 'on behalf of', with 'this review' in the "
            "sentence). It stays quiet on any sign of history or of a future change ('before "
            "2019', 'replaced', 'at the time', 'will', 'new arrangements'), on practice judged "
            "against the guidance of its day, and on sentences dated within the cited era, so "
            "a framing spread over two sentences, or one with a stray history word, is missed. "
            "Loose uses of 'safeguarding partners' in LSCB-era reports (meaning partner "
            "agencies) count only with 'three', 'statutory', 'lead' or 'delegated', or as the "
            "agent of commissioning. The response profile covers board and partnership "
            "responses alike, so a response is checked only if it names an LSCB as current. "
            "Nothing is checked under the generic profile. Quotations (blockquotes) are skipped."
        ),
        guidance=(
            Citation("S91", "Children Act 2004 s.13: Local Safeguarding Children Boards", "C"),
            Citation(
                "S58", "2018 Regulations, reg 11: local reviews by the safeguarding partners", "C"
            ),
            Citation("S74", '"since October 2019, only the new system can be used"', "C"),
            Citation("S72", "WT 2023: lead and delegated safeguarding partners", "C"),
        ),
        bad=(
            Example(
                "# Board Response to the Serious Case Review of Child R\n\n## Introduction\n\n"
                "This is the response of the Calderford Local Safeguarding Children Board (LSCB) "
                "to the serious case review about Child R. The review was carried out under "
                "Working Together to Safeguard Children 2018.\n",
                profile="response@2013",
            ),
            Example(
                "# Local Child Safeguarding Practice Review: Child J\n\n## Introduction\n\n"
                "This review was commissioned by the Wrexley Vale Local Safeguarding Children "
                "Board in April 2024.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Local Child Safeguarding Practice Review: Child J\n\n## Introduction\n\n"
                "The lead safeguarding partners commissioned this review under Working Together "
                "to Safeguard Children 2023. Before 2019, reviews were commissioned by the LSCB; "
                "Working Together 2018 replaced LSCBs with safeguarding partners.\n",
                profile="lcspr@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=0.95, positives=62, negatives=62),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        table = load_table()
        era = report_era(ctx.profile, ctx.document, table)
        if era is None:
            return
        for sentence in sentences(ctx.document):
            text = sentence.text
            if is_historical(text):
                continue
            problems = [
                *_edition_problem(text, era, table),
                *_later_term_problem(text, era, table),
                *_earlier_body_problem(text, era, table),
            ]
            for message, start, end in sorted(problems, key=lambda p: p[1]):
                span = sentence.block.source_span(sentence.start + start, sentence.start + end)
                yield ctx.finding(message, *span)
