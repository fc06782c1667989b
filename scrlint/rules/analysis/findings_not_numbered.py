"""Findings that cannot be referred to, because none is numbered or labelled."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.document import Block, BlockKind, Section
from scrlint.finding import Finding, Severity
from scrlint.roles import Role, role_sections
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

_UNITS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# A label at the start of a heading or paragraph: "6.1", "3.", "(2)", "b)", "iv.", "Finding 2",
# "Learning point 3", "Key issue one", "F1", "Second finding", "Secondly,".
_LABEL = re.compile(
    r"^\W{0,3}(?:"
    r"\d{1,2}(?:\.\d{1,2})+\.?(?=\s|$)"
    r"|\(?\d{1,2}[.):](?=\s|$)"
    r"|\(?[a-z][)](?=\s)"
    r"|\(?[ivx]{1,5}[.)](?=\s)"
    r"|(?:key\s+|main\s+)?(?:findings?|lessons?(?:\s+learn[te]d)?|learning(?:\s+points?)?|"
    r"(?:key\s+)?issues?|themes?|conclusions?|areas?\s+of\s+learning|points?)\s+"
    rf"(?:no\.?\s*)?(?:\d{{1,2}}|[ivx]{{1,5}}\b|(?-i:[A-Z])\b|(?:{_NUMBER_WORDS})\b)"
    r"|(?-i:[FL])\d{1,2}\b"
    r"|(?:first|second|third|fourth|fifth|sixth)\s+(?:finding|lesson|learning\s+point|issue)\b"
    r"|(?:first|second|third|fourth|fifth|sixth)(?:ly)?,"
    r")",
    re.IGNORECASE,
)


def labelled(text: str) -> bool:
    """Whether a heading or paragraph opens with a number or a label such as 'Finding 2'."""
    return bool(_LABEL.match(text))


class FindingsNotNumbered(Rule):
    meta = RuleMeta(
        code="ANA003",
        name="findings-not-numbered",
        severity=Severity.WARNING,
        dimension="analysis",
        summary="A findings section holds several findings and none is numbered or labelled.",
        rationale=(
            "Findings should be 'easily identifiable so others can use them': recommendations, "
            "the board's response and action plans refer to them by number, and a reader "
            "cannot point to the third of five unnumbered paragraphs."
        ),
        limitations=(
            "A finding is a subheading of the findings section, or, when it has none, each of "
            "its paragraphs and list items, so a finding written over two paragraphs counts "
            "twice. Any label (a numbered list, '6.1', 'Finding 2', 'Learning point 3') anywhere "
            "in the section satisfies it; it does not check that every finding is numbered, nor "
            "that the numbers are in order. Sections are found by their heading or profile."
        ),
        guidance=(
            Citation("S17", "easily identifiable so others can use them", "C"),
            Citation("S16", "prioritised according to the areas of greatest need", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Findings\n\nInformation about Father was not shared with the "
                "health visitor.\n\nThe pre-birth assessment did not consider Mother's history "
                "of care.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Findings\n\nFinding 1: Information about Father was not shared "
                "with the health visitor.\n\nFinding 2: The pre-birth assessment did not consider "
                "Mother's history of care.\n",
                profile="lcspr@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=37, negatives=37),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for section in role_sections(ctx.document, ctx.profile, Role.FINDINGS):
            if section.heading is None:
                continue
            count, numbered = _findings(section)
            if count >= 2 and not numbered:
                yield ctx.finding(
                    f"This findings section holds {count} findings and none is numbered or "
                    "labelled; number them ('Finding 1: …') so that recommendations and the "
                    "board's response can refer to each.",
                    section.heading.start,
                    section.heading.end,
                )


def _findings(section: Section) -> tuple[int, bool]:
    """How many findings the section holds, and whether any is numbered or labelled."""
    subsections = [c for c in section.children if c.heading is not None]
    blocks = [b for b in section.all_blocks() if b.kind in _UNITS]
    numbered = any(labelled(c.title) for c in subsections) or any(map(_numbered, blocks))
    count = len(subsections) if subsections else len(blocks)
    return count, numbered


def _numbered(block: Block) -> bool:
    return block.ordinal is not None or labelled(block.text)
