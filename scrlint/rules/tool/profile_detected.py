"""Report which profile was detected, and why, when none was named."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Rule, RuleContext, RuleMeta


class ProfileDetected(Rule):
    meta = RuleMeta(
        code="SLT005",
        name="profile-detected",
        severity=Severity.INFO,
        dimension="tool",
        summary="No profile was named, so scrlint chose one from the title and vocabulary.",
        rationale=(
            "Which sections and statements are required depends on the report type and the edition "
            "of Working Together. A guessed profile can be wrong, so scrlint says what it chose "
            "and why; naming it in front matter or config makes the check certain."
        ),
        limitations=(
            "Detection reads the title, headings and vocabulary (LSCB or safeguarding partners, "
            "ICB, Working Together editions cited). A report that names no report type in its "
            "title falls back to the generic profile, which requires no sections."
        ),
        guidance=(Citation("S73", "ICBs became health safeguarding partners under WT 2023", "C"),),
        bad=(
            Example("# Rapid review: Child T\n\nThe ICB and the lead safeguarding partners met."),
        ),
        good=(
            Example("---\nscrlint:\n  profile: rapid-review@2023\n---\n# Rapid review: Child T\n"),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        choice = ctx.profile_choice
        if choice is None or choice.source not in ("detected", "fallback"):
            return
        reasons = "; ".join(choice.reasons)
        heading = next(iter(ctx.document.blocks()), None)
        start, end = (heading.start, heading.end) if heading is not None else (0, 0)
        yield ctx.finding(
            f"Checked as '{choice.profile.id}' ({choice.source}: {reasons}); name the profile "
            "in front matter (scrlint: {profile: ...}) or config to be sure.",
            start,
            end,
            anchor="profile",
        )
