"""A section whose prose needs many years of schooling to read, by the Flesch-Kincaid grade."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.readability import units
from scrlint.rule import Example, Measured, Option, Rule, RuleContext, RuleMeta
from scrlint.rules.readability.reading_ease_low import (
    _HARD,
    _PLAIN,
    GUIDANCE,
    MIN_WORDS,
    SCOPE,
)


class GradeLevelHigh(Rule):
    meta = RuleMeta(
        code="RDB005",
        measured=Measured(precision=1.0, recall=1.0, positives=40, negatives=47),
        name="grade-level-high",
        severity=Severity.INFO,
        dimension="readability",
        summary="A section's prose has a Flesch-Kincaid grade above the threshold (16).",
        rationale=(
            "The Flesch-Kincaid grade estimates the years of schooling a reader needs (US "
            "grades: 12 is the end of school, 16 a university degree). Reviews are read by "
            "families and the public as well as professionals, and the guidance asks for plain "
            "English; executive summaries, the part the public reads, must stay at 14 or below "
            "(a warning there). The message shows the grade with its inputs, so that the author "
            "can see whether the sentences or the words are the problem."
        ),
        limitations=(
            f"{SCOPE} A formula cannot tell a clear long word from an obscure one, or see "
            "whether the text is well ordered; a high grade is a prompt to reread, not a verdict."
        ),
        guidance=GUIDANCE,
        bad=(Example(f"# Review\n\n## Analysis\n\n{_HARD}"),),
        good=(Example(f"# Review\n\n## Analysis\n\n{_PLAIN}"),),
        options={
            "max-grade": Option(
                16,
                "Highest Flesch-Kincaid grade a section may score (years of schooling).",
                {"type": "number", "minimum": 1},
            ),
            "min-words": MIN_WORDS,
        },
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        threshold = float(ctx.options["max-grade"])
        for unit in units(ctx.document, int(ctx.options["min-words"])):
            grade = round(unit.figures.grade, 1)
            if grade <= threshold or unit.section.heading is None:
                continue
            yield ctx.finding(
                f"Flesch-Kincaid grade {grade:g} is above {threshold:g} for {unit.scope()} "
                f"({unit.figures.inputs()}); shorter sentences and shorter words lower it.",
                unit.section.heading.start,
                unit.section.heading.end,
            )
