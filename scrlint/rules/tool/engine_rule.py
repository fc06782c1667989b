"""The base of rules whose findings the engine itself raises (crashes, suppression problems).

They have no ``check`` of their own; they exist so that they can be selected, documented and
explained like every other rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding
from scrlint.rule import Citation, Rule, RuleContext

TOOL_CITATION = (Citation("S17", "a report should be ready for publication and clear", "C"),)
SKIPPED_LEVEL = "# Report\n\n## A\n\n<!-- scrlint-disable-next-line {comment} -->\n#### B\n"
NO_SECTIONS = (
    "---\nscrlint:\n  profile: exec-summary@2010\n---\n"
    "# Summary\n<!-- scrlint-disable-file {comment} -->\n"
)


class EngineRule(Rule):
    """A rule reported by the engine rather than by checking the document."""

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        return ()
