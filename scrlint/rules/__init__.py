"""Built-in Python rules. Each module holds one rule; ``builtin_rules`` lists them all."""

from __future__ import annotations

from scrlint.rule import Rule


def builtin_rules() -> list[Rule]:
    """Return one instance of every built-in Python rule (imported here, on first use)."""
    from scrlint.rules.structure.heading_level_skipped import HeadingLevelSkipped
    from scrlint.rules.tool.profile_detected import ProfileDetected
    from scrlint.rules.tool.rule_crashed import RuleCrashed
    from scrlint.rules.tool.suppression_without_reason import SuppressionWithoutReason
    from scrlint.rules.tool.unknown_code_in_suppression import UnknownSuppressionCode
    from scrlint.rules.tool.unused_suppression import UnusedSuppression

    return [
        HeadingLevelSkipped(),
        ProfileDetected(),
        RuleCrashed(),
        UnknownSuppressionCode(),
        UnusedSuppression(),
        SuppressionWithoutReason(),
    ]
