"""A suppression comment silences nothing."""

from __future__ import annotations

from scrlint.finding import Severity
from scrlint.rule import Example, RuleMeta
from scrlint.rules.tool.engine_rule import SKIPPED_LEVEL, TOOL_CITATION, EngineRule


class UnusedSuppression(EngineRule):
    meta = RuleMeta(
        code="SLT003",
        name="unused-suppression",
        severity=Severity.INFO,
        dimension="tool",
        summary="A suppression comment silences nothing.",
        rationale="Stale suppressions hide future problems; remove them once the text is fixed.",
        limitations="A suppression of a rule that is not selected in this run is not reported.",
        guidance=TOOL_CITATION,
        bad=(
            Example(
                "# Report\n\n## A\n\n<!-- scrlint-disable-next-line STR005 -- old -->\n### B\n"
            ),
        ),
        good=(Example(SKIPPED_LEVEL.format(comment="STR005 -- house style")),),
    )
