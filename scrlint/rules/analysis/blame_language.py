"""Blaming or character language about practitioners and agencies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from scrlint.document import Block
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.analysis.hindsight_language import REFORMULATE
from scrlint.rules.analysis.lexicon import (
    PURPOSE_RE,
    actor_kind,
    last_actor,
    reviewer_sentences,
)

_NEEDS = frozenset({"parse"})
_FAILED = "failed to"
# (name shown in the message, expression). "failed to" counts only about a practitioner or an
# agency; the others count unless they describe a family member or the child.
_TERMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(expression, re.IGNORECASE))
    for name, expression in (
        ("negligent", r"\bnegligen(?:t|ce|tly)\b"),
        ("incompetent", r"\bincompeten(?:t|ce|tly)\b"),
        ("careless", r"\bcareless(?:ly|ness)?\b"),
        ("inexcusable", r"\binexcusabl[ey]\b"),
        (
            "unacceptable",
            r"\bunacceptabl[ey]\b(?!\s+(?:\w+\s+)?(?:risks?|levels?\s+of\s+(?:risk|harm)|harm|"
            r"danger|threat))",
        ),
        ("lax", r"\blax(?:ity)?\b"),
        ("complacent", r"\bcomplacen(?:t|cy|tly)\b"),
        ("dereliction", r"\bdereliction\b"),
        ("at fault", r"\bat\s+fault\b"),
        ("to blame", r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?to\s+blame\b"),
        ("culpable", r"\bculpab(?:le|ility|ly)\b"),
        (_FAILED, r"\bfailed\s+to\b"),
    )
)
# A cheap first test: substrings of the lower-cased sentence that every term contains.
_CUES = (
    "negligen", "incompeten", "careless", "inexcusab", "unacceptab", "lax", "complacen",
    "dereliction", "fault", "blame", "culpab", "failed",
)  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_PRACTICE = frozenset(
    {"risk", "risks", "harm", "danger", "threat", "level", "levels", "behaviour", "conditions"}
)
_RELATIVE = frozenset({"who", "that", "which"})
_PRONOUNS = frozenset({"she", "he", "they", "it", "her", "him", "them"})
# What a subject's own words are, without what hangs off them ("the health visitor for Mother").
_TRAILING = frozenset({"prep", "relcl", "acl", "punct", "cc", "conj", "advcl"})


class BlameLanguage(Rule):
    meta = RuleMeta(
        code="ANA006",
        name="blame-language",
        severity=Severity.WARNING,
        dimension="analysis",
        summary="A sentence uses blaming or character language about practitioners or agencies.",
        rationale=(
            "Case reviews 'are not conducted to hold individuals, organisations or agencies to "
            "account', and practitioners should take part 'without fear of being blamed for "
            "actions they took in good faith'. Words such as 'negligent', 'careless' or 'failed "
            "to' judge people rather than explain the conditions that shaped their work, which "
            "is what a systems review must do. The 2006/2010 profiles make this advice (info)."
        ),
        limitations=(
            "It matches a fixed list of words in the reviewer's own prose (not block quotations "
            "or text in quotation marks) and skips statements of purpose ('this review is not "
            "about blame'). Who 'failed to' act comes from the dependency parse and, for 'she' "
            "or 'it', from the last person or agency named before it, so a misparse or an "
            "unclear pronoun can be missed; 'failed to' is reported only when the subject is a "
            "practitioner, role or agency; 'dereliction' (of duty) unless it is a family "
            "member's, and 'unacceptable' not when it describes a risk or harm. Needs the spaCy "
            "model."
        ),
        guidance=(
            Citation("S62", "not conducted to hold individuals, organisations or agencies to", "C"),
            Citation("S50", "without fear of being blamed", "C-sec"),
            Citation("S46", "not part of any disciplinary process", "C"),
            Citation("S07", "accepts that errors are inevitable", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Analysis\n\nThe GP failed to refer Baby T to the paediatrician. "
                "Accepting the explanation was negligent.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Analysis\n\nThis review is not about blame. Mother failed to "
                "attend three appointments. The GP did not refer Baby T, because the locum "
                "induction did not cover the bruising protocol.\n",
                profile="lcspr@2023",
            ),
        ),
        needs=_NEEDS,
        measured=Measured(precision=1.0, recall=1.0, positives=40, negatives=36),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        candidates: list[tuple[Block, int, int, list[tuple[str, int]]]] = []
        for block, start, end, masked in reviewer_sentences(ctx.document):
            sentence = masked[start:end]
            lower = sentence.lower()
            if not any(cue in lower for cue in _CUES):
                continue
            hits = [
                (name, found.start())
                for name, expression in _TERMS
                for found in expression.finditer(sentence)
            ]
            if hits and not PURPOSE_RE.search(sentence):
                candidates.append((block, start, end, sorted(hits, key=lambda h: h[1])))
        if not candidates:
            return
        docs = ctx.language().parse([b.text[s:e] for b, s, e, _h in candidates], _NEEDS)
        for (block, start, end, hits), doc in zip(candidates, docs, strict=True):
            before = block.text[:start]
            for name, at in hits:
                if _blames(doc, name, at, before):
                    yield ctx.finding(
                        f"'{name}' blames a practitioner or agency instead of explaining the "
                        f"practice; {REFORMULATE}.",
                        *block.source_span(start, end),
                    )
                    break


def _blames(doc: Any, name: str, at: int, before: str) -> bool:
    """Whether the term at character ``at`` of the sentence is about practice, not the family."""
    token = _token_at(doc, at)
    if token is None:
        return name != _FAILED
    if name == _FAILED:
        return _who(_subject(token), before) == "practitioner"
    if name == "dereliction":
        # "dereliction of duty" is said of an office, not a parent: only "Father's dereliction"
        # is about the family
        owners = [c for c in token.children if c.dep_ == "poss"]
        return not any(_who(o, before) == "family" for o in owners)
    if token.dep_ == "amod":
        described = token.head
    elif name in ("at fault", "to blame") or token.dep_ in ("acomp", "attr", "ROOT", "conj"):
        described = _subject(token)
    else:
        described = token  # a noun: "Father's carelessness"
    if described is None:
        return True
    if name == "unacceptable" and described.lower_ in _NOT_PRACTICE:
        return False  # "the risk to the children was unacceptable"
    who = _who(described, before)
    if who is not None:
        return who == "practitioner"
    # "Father's behaviour was unacceptable": the behaviour is a family member's
    owners = [c for c in described.children if c.dep_ == "poss"]
    return not any(_who(o, before) == "family" for o in owners)


def _token_at(doc: Any, at: int) -> Any:
    for token in doc:
        if token.idx <= at < token.idx + len(token.text):
            return token
    return None


def _subject(token: Any) -> Any:
    """The grammatical subject of the clause ``token`` sits in, climbing through co-ordinated
    and infinitive verbs ("asked about … and failed to contact"); a relative pronoun stands for
    the noun its clause describes. A subjectless "to be" clause under a verb with an object
    describes that object ("judged the risk to be unacceptable")."""
    node = token
    for _step in range(5):
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head
            return subject
        if node.head.i == node.i:
            return None
        if node.lower_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            if node.dep_ == "acl":
                return node.head  # parsed as describing the noun: "judged [the risk to be …]"
            raised = [c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i]
            if raised:
                return raised[0]
        node = node.head
    return None


def _who(token: Any, before: str) -> str | None:
    """'practitioner', 'family' or None for a subject; a pronoun is resolved from ``before``
    (the paragraph up to the sentence) and the sentence up to the pronoun."""
    if token is None:
        return None
    lower = token.lower_
    if lower in _PRONOUNS:
        context = before + " " + token.doc.text[: token.idx]
        return last_actor(context, agencies_only=lower == "it")
    skipped: set[int] = set()
    for child in token.children:
        if child.dep_ in _TRAILING or child.dep_ == "poss":
            skipped.update(t.i for t in child.subtree)
    words = " ".join(t.text for t in token.subtree if t.i not in skipped)
    return actor_kind(words)
