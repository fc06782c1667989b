"""Rules whose findings the engine itself raises: a rule crashed, or a suppression is wrong.

They have no ``check`` of their own; they exist so that they can be selected, documented and
explained like every other rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Rule, RuleContext, RuleMeta

_TOOL_CITATION = (Citation("S17", "a report should be ready for publication and clear", "C"),)
_SKIPPED_LEVEL = "# Report\n\n## A\n\n<!-- scrlint-disable-next-line {comment} -->\n#### B\n"
_NO_SECTIONS = (
    "---\nscrlint:\n  profile: exec-summary@2010\n---\n"
    "# Summary\n<!-- scrlint-disable-file {comment} -->\n"
)


class EngineRule(Rule):
    """A rule reported by the engine rather than by checking the document."""

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        return ()


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
        guidance=_TOOL_CITATION,
        bad=(Example("(a rule that raises; tested in tests/test_engine.py)"),),
        good=(Example("# Report\n\nNo rule fails on this text.\n"),),
    )


class UnknownSuppressionCode(EngineRule):
    meta = RuleMeta(
        code="SLT002",
        name="unknown-code-in-suppression",
        severity=Severity.WARNING,
        dimension="tool",
        summary="A suppression comment names a rule that does not exist.",
        rationale="A mistyped code suppresses nothing, while the author believes it does.",
        limitations="Rules from plugins count as known only when their plugin is loaded.",
        guidance=_TOOL_CITATION,
        bad=(Example("# Report\n\n<!-- scrlint-disable STR999 -- typo -->\nText.\n"),),
        good=(Example(_SKIPPED_LEVEL.format(comment="STR005 -- house style")),),
    )


class UnusedSuppression(EngineRule):
    meta = RuleMeta(
        code="SLT003",
        name="unused-suppression",
        severity=Severity.INFO,
        dimension="tool",
        summary="A suppression comment silences nothing.",
        rationale="Stale suppressions hide future problems; remove them once the text is fixed.",
        limitations="A suppression of a rule that is not selected in this run is not reported.",
        guidance=_TOOL_CITATION,
        bad=(
            Example(
                "# Report\n\n## A\n\n<!-- scrlint-disable-next-line STR005 -- old -->\n### B\n"
            ),
        ),
        good=(Example(_SKIPPED_LEVEL.format(comment="STR005 -- house style")),),
    )


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
        guidance=_TOOL_CITATION,
        bad=(Example(_NO_SECTIONS.format(comment="STR001")),),
        good=(Example(_NO_SECTIONS.format(comment="STR001 -- draft 1: sections follow")),),
    )


TOOL_RULES: list[Rule] = [
    RuleCrashed(),
    UnknownSuppressionCode(),
    UnusedSuppression(),
    SuppressionWithoutReason(),
]
