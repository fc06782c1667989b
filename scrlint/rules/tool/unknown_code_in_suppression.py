"""A suppression comment names no rule."""

from __future__ import annotations

from scrlint.finding import Severity
from scrlint.rule import Example, RuleMeta
from scrlint.rules.tool.engine_rule import SKIPPED_LEVEL, TOOL_CITATION, EngineRule


class UnknownSuppressionCode(EngineRule):
    meta = RuleMeta(
        code="SLT002",
        name="unknown-code-in-suppression",
        severity=Severity.WARNING,
        dimension="tool",
        summary="A suppression comment names a rule that does not exist.",
        rationale="A mistyped code suppresses nothing, while the author believes it does.",
        limitations="Rules from plugins count as known only when their plugin is loaded.",
        guidance=TOOL_CITATION,
        bad=(Example("# Report\n\n<!-- scrlint-disable STR999 -- typo -->\nText.\n"),),
        good=(Example(SKIPPED_LEVEL.format(comment="STR005 -- house style")),),
    )
