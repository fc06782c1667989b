"""A finding or recommendation in the passive voice that does not say who acts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrlint.document import BlockKind
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Option, Rule, RuleContext, RuleMeta
from scrlint.sentences import sentence_spans
from scrlint.structure import outline

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
_NEEDS = frozenset({"parse"})
# Participles that describe a state, not an action someone took: "Mother was worried".
_STATIVE = frozenset(
    {
        "concerned", "worried", "pleased", "born", "based", "married", "located", "situated",
        "interested", "surprised", "satisfied", "scared", "frightened", "tired", "upset",
        "confused", "aware", "entitled", "related", "divorced", "separated", "engaged",
        "employed", "qualified", "registered", "dressed", "unemployed", "allowed",
        "determined", "committed", "overcrowded", "broken",
    }
)  # fmt: skip


class PassiveWithoutAgent(Rule):
    meta = RuleMeta(
        code="RDB003",
        name="passive-without-agent",
        severity=Severity.INFO,
        dimension="recommendations",
        summary="A finding or recommendation is in the passive voice and does not say who acts.",
        rationale=(
            "'Information was not shared' hides who did not share it, and 'training should be "
            "reviewed' hides who must act. Findings must explain practice and recommendations "
            "need 'accountable owners'; the agentless passive removes both."
        ),
        limitations=(
            "Reads only the sections the profile calls findings, learning, lessons or "
            "recommendations (option 'sections'). Passives come from the dependency parse, so "
            "a misparsed sentence can be missed or flagged; participles that name a state "
            "('Mother was worried') are skipped from a list. A passive whose actor is clear "
            "from the sentence before it is still reported."
        ),
        guidance=(
            Citation("S75", "specific actions with accountable owners", "C"),
            Citation("S16", "explaining why they occurred", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Recommendations\n\n1. Risk assessments should be completed "
                "within five working days.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Recommendations\n\n1. Children's social care should complete "
                "risk assessments within five working days.\n",
                profile="lcspr@2023",
            ),
        ),
        options={
            "sections": Option(
                ["findings", "learning", "lessons", "recommendations"],
                "Profile section ids whose sentences are read.",
                {"type": "array", "items": {"type": "string"}},
            )
        },
        needs=_NEEDS,
        measured=Measured(precision=1.0, recall=0.98, positives=42, negatives=49),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        shape = outline(ctx.document, ctx.profile)
        wanted = set(ctx.options["sections"])
        sections = [s for i, s in shape.first_match.items() if i in wanted]
        spans = [
            (block, start, end)
            for section in sections
            for block in section.all_blocks()
            if block.kind in _PROSE
            for start, end in sentence_spans(block.text)
        ]
        docs = ctx.language().parse([block.text[s:e] for block, s, e in spans], _NEEDS)
        for (block, start, end), doc in zip(spans, docs, strict=True):
            if _agentless_passive(doc):
                yield ctx.finding(
                    "This sentence is in the passive voice and does not say who acts; name the "
                    "agency or role.",
                    *block.source_span(start, end),
                )


def _agentless_passive(doc: Any) -> bool:
    for token in doc:
        if token.dep_ != "auxpass":
            continue
        verb = token.head
        if verb.lower_ in _STATIVE or any(c.dep_ == "agent" for c in verb.children):
            continue
        if _reported_by_actor(verb):
            continue
        return True
    return False


def _reported_by_actor(verb: Any) -> bool:
    """'The manager decided that the threshold had not been met': the actor is named above."""
    governor = verb.head
    return bool(
        verb.dep_ in ("ccomp", "xcomp")
        and governor.i != verb.i
        and any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there") for c in governor.children)
    )
