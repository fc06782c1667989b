"""A sentence longer than readers can hold in mind."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.document import BlockKind
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Option, Rule, RuleContext, RuleMeta
from scrlint.sentences import sentence_spans

# Quotations (block quotes) are the family's or a practitioner's words: not the author's to cut.
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)


class SentenceTooLong(Rule):
    meta = RuleMeta(
        code="RDB001",
        name="sentence-too-long",
        severity=Severity.INFO,
        dimension="readability",
        summary="A sentence is longer than the limit (30 words by default).",
        rationale=(
            "Reviews must be read by practitioners, boards and families. Long sentences hide "
            "who did what and why; plain-English guidance puts the comfortable limit for most "
            "readers at 20 to 30 words."
        ),
        limitations=(
            "It counts words between full stops with a splitter that knows common "
            "abbreviations ('Dr.', 's. 47'), so a list written as one sentence counts as one, "
            "and an unusual abbreviation followed by a capital can split a sentence early. "
            "Headings and block quotations are skipped; a quotation inside a paragraph counts. "
            "It cannot tell a long sentence that reads well from one that does not."
        ),
        guidance=(Citation("S55", "reports burdened with detail", "C"),),
        bad=(
            Example(
                "# Review\n\n## Analysis\n\nThe health visitor, who had been allocated to the "
                "family in the spring after the previous health visitor left, did not know "
                "about the earlier referrals because the records had not been transferred "
                "from the neighbouring authority when the family moved in the summer.\n"
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Analysis\n\nThe health visitor did not know about the earlier "
                "referrals. The records had not been transferred when the family moved.\n"
            ),
        ),
        options={
            "max-words": Option(
                30, "Most words a sentence may have.", {"type": "integer", "minimum": 10}
            )
        },
        measured=Measured(precision=1.0, recall=1.0, positives=44, negatives=40),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        limit = int(ctx.options["max-words"])
        for block in ctx.document.blocks(*_PROSE):
            for start, end in sentence_spans(block.text):
                words = len(block.text[start:end].split())
                if words > limit:
                    yield ctx.finding(
                        f"This sentence has {words} words (more than {limit}); split it so "
                        "each sentence says one thing.",
                        *block.source_span(start, end),
                    )
