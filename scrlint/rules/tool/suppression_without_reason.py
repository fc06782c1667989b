"""An error suppressed without a reason."""

from __future__ import annotations

from scrlint.finding import Severity
from scrlint.rule import Example, RuleMeta
from scrlint.rules.tool.engine_rule import NO_SECTIONS, TOOL_CITATION, EngineRule


class SuppressionWithoutReason(EngineRule):
    meta = RuleMeta(
        code="SLT004",
        name="suppression-without-reason",
        severity=Severity.WARNING,
        dimension="tool",
        summary="An error was suppressed without a reason; the error still stands.",
        rationale=(
            "Errors mark statutory requirements. Silencing one needs a reason a reviewer can read "
            "(<!-- scrlint-disable CODE -- reason -->), so the suppression is ignored without it."
        ),
        limitations="Any text after ' -- ' counts as a reason; its quality is not judged.",
        guidance=TOOL_CITATION,
        bad=(Example(NO_SECTIONS.format(comment="STR001")),),
        good=(Example(NO_SECTIONS.format(comment="STR001 -- draft 1: sections follow")),),
    )
