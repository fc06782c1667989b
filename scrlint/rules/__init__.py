"""Built-in Python rules. Each module holds one rule; ``builtin_rules`` lists them all."""

from __future__ import annotations

from scrlint.rule import Rule


def builtin_rules() -> list[Rule]:
    """Return one instance of every built-in Python rule (imported here, on first use)."""
    from scrlint.rules.structure.heading_level_skipped import HeadingLevelSkipped
    from scrlint.rules.tool.profile_detected import ProfileDetected
    from scrlint.rules.tool.tool_rules import TOOL_RULES

    return [HeadingLevelSkipped(), ProfileDetected(), *TOOL_RULES]
