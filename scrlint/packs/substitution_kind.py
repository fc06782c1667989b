"""The ``substitution`` YAML kind: a wordy or unclear phrase with a plainer one to use instead.

Each entry names a regular expression, the words to use, and whether swapping them is safe
without reading the sentence (``safe``). Block quotations and text inside quotation marks are
left alone: they are someone's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.document import Block, BlockKind
from scrlint.finding import Edit, Finding, Fix
from scrlint.packs.kinds import YamlRule
from scrlint.patterns import compile_pattern
from scrlint.rule import RuleContext

_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
_QUOTES = re.compile('["\u201c\u201d]')


class Substitution(YamlRule):
    """A phrase with a plainer alternative; a finding per use, with a fix."""

    placeholders = frozenset({"found", "use"})

    def prepare(self) -> None:
        self.entries = [
            (compile_pattern(e["phrase"], "substitutions"), e["use"], e["safe"])
            for e in self.params["substitutions"]
        ]
        # One pass over a block finds whether any phrase is there; most blocks have none.
        self.any_phrase = _any_of([pattern for pattern, _use, _safe in self.entries])

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for block in ctx.document.blocks(*_PROSE):
            if self.any_phrase is not None and not self.any_phrase.search(block.text):
                continue
            for pattern, use, safe in self.entries:
                for found in pattern.finditer(block.text):
                    if _quoted(block, found.start()):
                        continue
                    replacement = _same_case(found.group(), use)
                    start, end = block.source_span(found.start(), found.end())
                    yield ctx.finding(
                        self.render(found=found.group(), use=replacement),
                        start,
                        end,
                        fix=Fix(f"Use '{replacement}'", (Edit(start, end, replacement),), safe),
                    )


def _any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """All the patterns as one alternation, or None if they cannot be joined (global flags)."""
    if len({p.flags for p in patterns}) != 1:
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


def _quoted(block: Block, offset: int) -> bool:
    """Whether ``offset`` sits inside quotation marks (an odd number of them before it)."""
    return len(_QUOTES.findall(block.text, 0, offset)) % 2 == 1


def _same_case(found: str, use: str) -> str:
    return use[:1].upper() + use[1:] if found[:1].isupper() else use
