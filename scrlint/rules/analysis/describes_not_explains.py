"""An analysis that says what happened but rarely why."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.roles import Role, first_role_heading, role_blocks
from scrlint.rule import Citation, Example, Measured, Option, Rule, RuleContext, RuleMeta
from scrlint.rules.analysis.lexicon import EXPLANATION_RE
from scrlint.sentences import sentence_spans
from scrlint.shares import shown_below

_NARRATIVE = "\n".join(
    f"The health visitor visited on {day} March and saw Mother and the baby."
    for day in ("2", "9", "16", "23", "30")
)
_NARRATIVE += "\n\n" + "\n".join(
    f"The GP saw Mother on {day} April and prescribed medication."
    for day in ("1", "8", "15", "22", "29")
)


class AnalysisDescribesNotExplains(Rule):
    meta = RuleMeta(
        code="ANA001",
        name="analysis-describes-not-explains",
        severity=Severity.WARNING,
        dimension="analysis",
        summary="Few sentences of the analysis and findings explain why practice was as it was.",
        rationale=(
            "The quality markers say it is 'not sufficient to describe professional activity' "
            "without explaining why it occurred; the national panel and Ofsted found reports "
            "good at what happened and weak at why. A low share of explanatory sentences "
            "(because, as a result, influenced by, the reason) is a sign of narrative without "
            "analysis."
        ),
        limitations=(
            "It counts sentences with an explanatory construction from a fixed list in the "
            "sections whose heading or profile makes them analysis or findings (at least 10 "
            "sentences); it cannot tell a good explanation from a poor one, nor see an "
            "explanation carried by a sentence without such a construction ('The form had no "
            "field for fathers.'). A report whose analysis sits under another heading is not "
            "read. A board's response is not read: it answers findings rather than analysing."
        ),
        guidance=(
            Citation("S16", "not sufficient to describe professional activity", "C"),
            Citation("S55", "what happened 'rather than why'", "C"),
            Citation("S30", "less effective at addressing why", "C"),
        ),
        bad=(Example(f"# Review\n\n## Analysis\n\n{_NARRATIVE}\n", profile="lcspr@2023"),),
        good=(
            Example(
                f"# Review\n\n## Analysis\n\n{_NARRATIVE}\n\nThe visits were routine because "
                "the family were on the universal caseload. Supervision was missed as a result "
                "of vacancies. High caseloads meant that records were brief.\n",
                profile="lcspr@2023",
            ),
        ),
        options={
            "min-share": Option(
                0.15,
                "Least share of sentences that must explain.",
                {"type": "number", "minimum": 0, "maximum": 1},
            ),
            "min-sentences": Option(
                10,
                "Fewest sentences the analysis and findings must have before the share is judged.",
                {"type": "integer", "minimum": 1},
            ),
        },
        measured=Measured(precision=1.0, recall=1.0, positives=37, negatives=37),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        if ctx.profile.report_type == "response":
            return  # a board's response accepts findings; it does not analyse practice
        threshold = float(ctx.options["min-share"])
        total = explained = 0
        for block in role_blocks(ctx.document, ctx.profile, Role.ANALYSIS, Role.FINDINGS):
            for start, end in sentence_spans(block.text):
                total += 1
                explained += bool(EXPLANATION_RE.search(block.text, start, end))
        if total < int(ctx.options["min-sentences"]):
            return
        share = explained / total
        if share >= threshold:
            return
        heading = first_role_heading(ctx.document, ctx.profile, Role.ANALYSIS, Role.FINDINGS)
        if heading is None:
            return
        yield ctx.finding(
            f"Only {explained} of {total} sentences in the analysis and findings explain why "
            f"(share {shown_below(share, threshold)}, threshold {threshold:g}); say what led "
            "practitioners to act as they did: 'because', 'as a result of', 'influenced by', "
            "'the reason'.",
            heading.start,
            heading.end,
            anchor="analysis explains",
        )
