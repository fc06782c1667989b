"""A section whose prose is hard to read, by the Flesch reading ease score."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.readability import units
from scrlint.rule import Citation, Example, Measured, Option, Rule, RuleContext, RuleMeta

_HARD = (
    "The multi-agency safeguarding arrangements, notwithstanding considerable organisational "
    "restructuring, demonstrated insufficient interdisciplinary communication regarding "
    "accumulating indicators of cumulative neglect, particularly concerning inadequate "
    "supervision, deteriorating environmental conditions and inconsistent educational "
    "attendance. Consequently, opportunities for comprehensive multi-agency assessment were "
    "repeatedly deferred, contributing to fragmented intervention and diminished "
    "organisational accountability. Additionally, professional interpretation of parental "
    "reassurances predominantly emphasised immediate presentation rather than longitudinal "
    "analysis of documented historical concerns, undermining the effectiveness of safeguarding "
    "decision-making throughout the period under consideration. Furthermore, the "
    "organisational expectation that practitioners would independently prioritise "
    "increasingly complex caseloads without structured reflective supervision significantly "
    "diminished the opportunity for collaborative professional evaluation of the accumulating "
    "information.\n"
)
_PLAIN = (
    "The family moved house three times in two years. Each time, the new school did not know "
    "about the old worries. Child A was often late and often hungry. Her teacher saw this and "
    "told the head. The head rang the duty team, but the call was not written down. Nobody rang "
    "back. In the spring the health visitor saw the baby at home. She saw that the flat was cold "
    "and damp. She told the GP but not the school. So each person knew one part of the story, "
    "and no one put the parts together. Mother said later that she had felt on her own. She said "
    "she had asked for help with the rent and with food, and that no one had come.\n"
)
MIN_WORDS = Option(
    100,
    "Fewest words of paragraph prose a section needs to be scored (shorter subsections are "
    "merged into their parent).",
    {"type": "integer", "minimum": 30},
)
GUIDANCE = (
    Citation("S19", 'QM 16: "Is the LSCB response written in plain English?"', "C"),
    Citation("S55", "jargon and acronyms that make it difficult to distinguish key events", "C"),
    Citation("S56", "a report which succinctly and clearly encapsulates what happened", "C"),
)
SCOPE = (
    "Only paragraphs are scored: headings, list items, tables, block quotations and quotations "
    "inside a paragraph are left out, and so is a glossary. A section is scored on its own "
    "paragraphs when they hold at least 'min-words' words; shorter subsections are merged into "
    "their parent, and prose still too short at the outermost section is not scored. Syllables "
    "are counted as textstat counts them (the CMU Pronouncing Dictionary, else Pyphen's "
    "hyphenation), which is approximate for names, numbers and abbreviations; sentences are "
    "split as the sentence-length rule splits them."
)


class ReadingEaseLow(Rule):
    meta = RuleMeta(
        code="RDB004",
        measured=Measured(precision=1.0, recall=1.0, positives=37, negatives=50),
        name="reading-ease-low",
        severity=Severity.INFO,
        dimension="readability",
        summary="A section's prose has a Flesch reading ease below the threshold (30).",
        rationale=(
            "Reviews are read by families, practitioners and the public, and the guidance asks "
            "for plain English. The Flesch reading ease score falls as sentences get longer and "
            "words get longer; below 30 a text reads like an academic paper. Executive "
            "summaries, the part the public reads, must reach 40 (a warning there). The message "
            "shows the score with its inputs, so that the author can see whether the sentences "
            "or the words are the problem."
        ),
        limitations=(
            f"{SCOPE} A formula cannot tell a clear long word from an obscure one, or see "
            "whether the text is well ordered; a low score is a prompt to reread, not a verdict."
        ),
        guidance=GUIDANCE,
        bad=(Example(f"# Review\n\n## Analysis\n\n{_HARD}"),),
        good=(Example(f"# Review\n\n## Analysis\n\n{_PLAIN}"),),
        options={
            "min-reading-ease": Option(
                30,
                "Lowest Flesch reading ease a section may score (0-100; higher is easier).",
                {"type": "number", "minimum": 0, "maximum": 100},
            ),
            "min-words": MIN_WORDS,
        },
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        threshold = float(ctx.options["min-reading-ease"])
        for unit in units(ctx.document, int(ctx.options["min-words"])):
            score = round(unit.figures.reading_ease, 1)
            if score >= threshold or unit.section.heading is None:
                continue
            yield ctx.finding(
                f"Flesch reading ease {score:g} is below {threshold:g} for {unit.scope()} "
                f"({unit.figures.inputs()}); shorter sentences and shorter words raise it.",
                unit.section.heading.start,
                unit.section.heading.end,
            )
