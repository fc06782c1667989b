"""A term of art ("disguised compliance", "professional curiosity") with no evidence beside it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from scrlint.acronyms import is_glossary_section
from scrlint.document import Block, BlockKind, Document
from scrlint.finding import Finding, Severity
from scrlint.jargon import JargonTable, Term, load_jargon
from scrlint.readability import QUOTATION
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.sentences import sentence_spans

# Block quotations are someone else's words: not read.
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)


@dataclass(frozen=True)
class _Sentence:
    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


class JargonUnexplained(Rule):
    meta = RuleMeta(
        code="RDB006",
        measured=Measured(precision=1.0, recall=0.94, positives=53, negatives=56),
        name="jargon-unexplained",
        severity=Severity.INFO,
        dimension="readability",
        summary="A term of art is used with no example, evidence or definition beside it.",
        rationale=(
            "Terms such as 'disguised compliance', 'professional curiosity' or 'toxic trio' "
            "sound like findings but say nothing about what happened. The national Panel asked "
            "reviewers to 'think carefully what we mean' by them; the earlier Panel found "
            "reports hard to follow because of jargon. A term is fine when the same sentence or "
            "the next shows what it meant in this case: what the parent did, which question "
            "was not asked, what was planned and did not happen."
        ),
        limitations=(
            "Knows the terms in rules/readability/jargon.yaml, and recognises an explanation "
            "by cue words ('for example', 'such as', 'when she', 'by cancelling', 'which "
            "meant', 'in that', a colon followed by specifics, a quotation, a count of "
            "appointments or visits, what a parent did, what practitioners did not ask or "
            "check) or a definition ('a term used to describe', a description in brackets or "
            "in an aside: 'the rule of optimism, the tendency to ...') in the same sentence or "
            "the next, which may start the next paragraph; or the term names what the sentence "
            "before described ('This is sometimes called ...'). Where a case was stepped down "
            "to, or which threshold was met, counts as saying what the term meant. Evidence "
            "written without such cues, or further away, is missed; a cue about something else "
            "counts as an explanation. Once a term has been explained, later uses are not "
            "reported. Headings, block quotations, a glossary and terms inside a longer "
            "quotation are not read; a term in scare quotes is."
        ),
        guidance=(
            Citation("S76", "think carefully what we mean by 'disguised compliance'", "C"),
            Citation("S55", "jargon and acronyms that make it difficult to distinguish", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Analysis\n\nMother showed disguised compliance throughout the "
                "period under review.\n"
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Analysis\n\nMother showed disguised compliance: she agreed to "
                "every plan but cancelled five of the six home visits.\n"
            ),
        ),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        table = load_jargon()
        explained: set[str] = set()
        for sentence, following in _sentences(ctx.document, table):
            for term, start, end in _uses(table, sentence):
                if term.name in explained:
                    continue
                if _is_explained(table, term, sentence, start, end, following):
                    explained.add(term.name)
                    continue
                yield ctx.finding(
                    f"'{term.name}' is used with no example or evidence in this sentence or "
                    f"the next; say {term.explain}.",
                    *sentence.block.source_span(start, end),
                )


def _sentences(
    document: Document, table: JargonTable
) -> Iterator[tuple[_Sentence, _Sentence | None]]:
    """Each sentence of a prose block that uses a term, with the sentence after it (which may
    start the next block of the section), in document order, outside the report's glossary."""
    for section in document.root.walk():
        if section.is_contents or is_glossary_section(section):
            continue
        blocks = [b for b in section.blocks if b.kind in _PROSE]
        for block, after in zip(blocks, [*blocks[1:], None], strict=False):
            if not table.may_use_a_term(block.text):
                continue
            own = [_Sentence(block, s, e) for s, e in sentence_spans(block.text)]
            first = next(iter(sentence_spans(after.text)), None) if after else None
            last = _Sentence(after, *first) if after and first else None
            yield from zip(own, [*own[1:], last], strict=False)


def _uses(table: JargonTable, sentence: _Sentence) -> Iterator[tuple[Term, int, int]]:
    """Each term used in the sentence (block offsets), except inside a longer quotation or
    where the report talks about the term itself."""
    text = sentence.block.text
    if not table.may_use_a_term(sentence.text):
        return
    quotes = [m.span() for m in QUOTATION.finditer(text, sentence.start, sentence.end)]
    for term in table.terms:
        for match in term.pattern.finditer(text, sentence.start, sentence.end):
            start, end = match.span()
            if any(
                qs <= start and end <= qe and (qe - qs) - (end - start) > 4 for qs, qe in quotes
            ):
                continue  # someone's words, quoted
            if table.discussed.search(text[sentence.start : start]):
                continue
            yield term, start, end


def _is_explained(
    table: JargonTable,
    term: Term,
    sentence: _Sentence,
    start: int,
    end: int,
    following: _Sentence | None,
) -> bool:
    text = sentence.block.text
    rest = text[end : sentence.end]
    if table.after_term.match(rest) or (term.explained_by and term.explained_by.match(rest)):
        return True
    # "… seen as older than they are. This is sometimes called adultification."
    if table.named_before and table.named_before.search(text, sentence.start, start):
        return True
    # The term itself (in scare quotes or not) is neither a quotation nor an example.
    masked = text[sentence.start : start] + "X" + text[end : sentence.end]
    nearby = [masked, following.text] if following is not None else [masked]
    return any(
        table.explained(part) or (term.evidence and term.evidence.search(part)) for part in nearby
    )
