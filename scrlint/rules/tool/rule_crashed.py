"""A rule raised an exception while checking a document."""

from __future__ import annotations

from scrlint.finding import Severity
from scrlint.rule import Example, RuleMeta
from scrlint.rules.tool.engine_rule import TOOL_CITATION, EngineRule


class RuleCrashed(EngineRule):
    meta = RuleMeta(
        code="SLT001",
        name="rule-crashed",
        severity=Severity.ERROR,
        dimension="tool",
        summary="A rule raised an error; its findings for this document are missing.",
        rationale=(
            "A crash must never pass silently as a clean result. The other rules still run, and "
            "the finding names the rule so it can be reported or silenced."
        ),
        limitations="It reports that a rule failed, not what that rule would have found.",
        guidance=TOOL_CITATION,
        bad=(Example("(a rule that raises; tested in tests/test_engine.py)"),),
        good=(Example("# Report\n\nNo rule fails on this text.\n"),),
    )
