"""A heading more than one level below its parent heading."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Rule, RuleContext, RuleMeta


class HeadingLevelSkipped(Rule):
    meta = RuleMeta(
        code="STR005",
        name="heading-level-skipped",
        severity=Severity.WARNING,
        dimension="structure",
        summary="A heading skips a level (a level-4 heading directly under a level-2 one).",
        rationale=(
            "Skipped heading levels break the outline that readers, screen readers and the Word "
            "navigation pane rely on, and usually mean a section was pasted in from another draft."
        ),
        limitations=(
            "Only headings the reader recognised are compared. In plain text, levels come from "
            "numbering (3. is level 2, 3.1 level 3), so a numbering jump counts as a skip. The "
            "first heading of a document may be at any level."
        ),
        guidance=(Citation("S17", "the report should be clear and easy to navigate", "C"),),
        bad=(Example("# Report\n\n## Analysis\n\n#### Health visiting\n\nThe health visitor..."),),
        good=(Example("# Report\n\n## Analysis\n\n### Health visiting\n\nThe health visitor..."),),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for section in ctx.document.sections():
            parent = section.parent
            if parent is None or parent.level == 0 or section.heading is None:
                continue
            if section.level > parent.level + 1:
                yield ctx.finding(
                    f"Heading level {section.level} follows level {parent.level} "
                    f"('{parent.title}'); use level {parent.level + 1}.",
                    section.heading.start,
                    section.heading.end,
                )
