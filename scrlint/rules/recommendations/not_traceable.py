"""A recommendation that cannot be traced to the findings or analysis it answers."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.recommendations import recommendations
from scrlint.recommendations.stems import content_stems
from scrlint.recommendations.traceability import cites_finding
from scrlint.roles import Role, role_blocks, role_sections
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta

MIN_SHARED_TERMS = 2


class RecommendationNotTraceable(Rule):
    meta = RuleMeta(
        code="REC005",
        name="recommendation-not-traceable",
        severity=Severity.INFO,
        dimension="recommendations",
        summary=(
            "A recommendation neither cites a finding nor shares key terms with the findings "
            "or analysis."
        ),
        rationale=(
            "Recommendations must follow from what the review found: the Edlington summary was "
            "criticised for recommendations that could not be traced to its narrative, and "
            "findings and recommendations should reflect the explanations the analysis gives. "
            "A cross-reference ('(Finding 2)') or the finding's own terms lets a reader check "
            "the link."
        ),
        limitations=(
            "Only reports with a findings, lessons, learning or analysis section are checked. "
            "A recommendation is traced when it cites a finding, lesson, section or paragraph by "
            f"number, or when at least {MIN_SHARED_TERMS} of its content words (folded to a "
            "rough stem; common words and words every review uses, such as agency, practice, "
            "partnership, child, family, review, training, staff, risk, referral and "
            "assessment, left out) appear in those sections. "
            "Shared words are not shared meaning: a recommendation that borrows two words from "
            "an unrelated finding passes, and one that paraphrases its finding in other words "
            "is reported."
        ),
        guidance=(
            Citation("S33", "recommendations traceable to the narrative", "C"),
            Citation("S17", "findings reflect the explanations of professional practice", "C"),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=41, negatives=45),
        bad=(
            Example(
                "# Review\n\n## Findings\n\nHealth visitors did not ask who else lived in the "
                "home, so the new partner was never assessed.\n\n## Recommendations\n\n1. The "
                "police will revise custody guidance for arrested teenagers by March 2026.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Findings\n\nHealth visitors did not ask who else lived in the "
                "home, so the new partner was never assessed.\n\n## Recommendations\n\n1. The "
                "health visiting service will add a question about every adult in the home to "
                "its new birth visit record by March 2026 (Finding 1).\n",
                profile="lcspr@2023",
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        document, profile = ctx.document, ctx.profile
        if not role_sections(document, profile, Role.FINDINGS, Role.ANALYSIS):
            return
        items = recommendations(document, profile)
        own = {id(b) for item in items for b in item.blocks}
        own.update(id(c) for item in items for row in item.rows for c in row.cells)
        found = " ".join(
            b.text
            for b in role_blocks(document, profile, Role.FINDINGS, Role.ANALYSIS)
            if id(b) not in own
        )
        terms = content_stems(found, specific=True)
        for item in items:
            if cites_finding(item.text) or cites_finding(item.row_text):
                continue
            if len(content_stems(item.full_text, specific=True) & terms) >= MIN_SHARED_TERMS:
                continue
            yield ctx.finding(
                f"Recommendation {item.label} cannot be traced to a finding: cite the finding "
                "it answers (e.g. '(Finding 2)') or use the finding's own terms.",
                *item.span,
            )
