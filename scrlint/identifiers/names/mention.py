"""What every name finder shares: the sentence it reads, the mention it finds, what the report
says is not a name, and how the words of a name are read.

Every finder reads a name's words the same way, a surname's particle joined to the word after it
("Ana", "de Souza"), so that each mention of one person gives one key; and every finder ranks its
mentions on one scale (``RANKS``), so that where two overlap the surer finder's is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrlint.document import Block, BlockKind
from scrlint.identifiers.model import Kind
from scrlint.identifiers.text import UPPER
from scrlint.identifiers.words import (
    NAME_WORD,
    NEVER_NAMES,
    NOT_SURNAMES,
    name_shaped,
    possessive_stripped,
)

# The titles written before a name: a person's honorific and a professional's title.
HONORIFIC = r"Mr|Mrs|Ms|Miss|Mx"
PROFESSIONAL = (
    r"Dr|Doctor|PC|DC|DS|DI|DCI|PCSO|Sgt|Sergeant|Constable|Inspector|Detective\s+(?:Constable|"
    r"Sergeant|Inspector|Chief\s+Inspector)|Police\s+Constable|Nurse|Midwife|Matron|Sister"
)
# A surname's particle, read as part of the word after it ("Ana de Souza", "Pieter van der
# Berg", "Siân Ní Bhraonáin", "Seán Ó Briain", "Ahmed al-Rashid"). "Mac" and "Nic" are left out:
# they are first names too ("Nic Cooper"), and read as words of the name anyway.
PARTICLE_TEXT = (
    r"(?:(?:de|del|della|di|da|das|dos|du|van|von|bin|ibn|bint|ap)(?:\s+(?:der|den|de|la|las|los|le))?"
    r"|Ó|Ní|Mhic|Ua|Uí)\s+|(?:al|el)-"
)
PARTICLE = re.compile(rf"(?:{PARTICLE_TEXT})(?=[{UPPER}])")
_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{PARTICLE_TEXT})$")
_WORD = re.compile(NAME_WORD)
_GAP = re.compile(rf" (?=[{UPPER}]|{PARTICLE.pattern})")  # between the words of a name
_BEFORE_PARTICLE = re.compile(rf"(?:{NAME_WORD}|{HONORIFIC}\.?) $")  # "Ana de", "Mrs de"
_PARTICLE_OR_WORD = re.compile(rf"(?:{PARTICLE.pattern})?\S+")  # one word of a name
# What may stand between a sentence's start and its first word: list markers, quotes, brackets.
_OPENING = re.compile(r"[^A-Za-z]*$")
_CLAUSE_OPENERS = ':;–—("\u201c\u2018'
# A year or "et al." after a name: an author cited ("Brandon (2008)", "Sidebotham et al.").
YEAR_AFTER = re.compile(r"(?:['’]s)?\s*(?:\(\s*(?:19|20)\d\d|et\.?\s+al\b|,\s*(?:19|20)\d\d\b)")
# A saint's name ("St Anne", "Saint Michael"), most often a church's or a school's.
SAINT_BEFORE = re.compile(r"\b(?:St|Saint)\.?\s*$")
# The end of an apposition: a comma, a stop, a colon, a closing bracket or the text's end.
APPOSITION_END = re.compile(r"\s*(?:[,.;:)\]]|$)")
# How sure each finder is, surest first: where two mentions overlap, the surer one is kept.
RANKS = {"clash": 0, "titled": 1, "pattern": 2, "entity": 3, "first": 4, "later": 5}
_CONDITION_REACH = 60  # characters, longer than any rare condition's name
_SCANNED_AS_SENTENCES = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a block, at [start, end) of the block's text."""

    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def prose(self) -> bool:
        """Whether it is running prose (headings and table cells are often in title case)."""
        return self.block.kind in _SCANNED_AS_SENTENCES


@dataclass(frozen=True)
class Mention:
    """A name at [start, end) of one sentence; ``words`` leaves out any title."""

    sentence: Sentence
    start: int
    end: int
    words: tuple[str, ...]
    kind: Kind
    rank: int
    titled: bool = False


@dataclass(frozen=True)
class Known:
    """What the report and its settings say is not a name."""

    declared: frozenset[str]
    lower: frozenset[str]
    agencies: frozenset[str]
    cited: frozenset[str]
    conditions: re.Pattern[str] | None  # the rare conditions the report names, if any

    def not_name(self, word: str, *, surname: bool = False) -> bool:
        word = possessive_stripped(word)
        return (
            not name_shaped(word)
            or word in (NOT_SURNAMES if surname else NEVER_NAMES)
            or word in self.agencies
            or word in self.cited
            or word.casefold() in self.declared
        )

    def in_condition(self, text: str, start: int, end: int) -> bool:
        """Whether [start, end) is part of a named rare condition ("Cornelia de Lange syndrome");
        no condition's name is as long as ``_CONDITION_REACH``, so only that much is read."""
        if self.conditions is None:
            return False
        window = (max(0, start - _CONDITION_REACH), end + _CONDITION_REACH)
        return any(
            found.start() < end and start < found.end()
            for found in self.conditions.finditer(text, *window)
        )

    def common_word(self, word: str) -> bool:
        """Whether the report also writes ``word`` in lower case ("Following", "Hope")."""
        return possessive_stripped(word).lower().replace("’", "'") in self.lower


def name_words(
    text: str, at: int, known: Known, *, surname: bool = False, limit: int = 3
) -> list[tuple[int, int]]:
    """The spans of up to ``limit`` name words from ``at``, separated by single spaces; a
    surname's particle is part of the word after it ("Ana", "de Souza")."""
    spans: list[tuple[int, int]] = []
    position = at
    while len(spans) < limit:
        particle = PARTICLE.match(text, position)
        found = _WORD.match(text, particle.end() if particle else position)
        if found is None or known.not_name(found.group(), surname=surname and not spans):
            break
        after = text[found.end() : found.end() + 1]
        if after.isalnum() or after in "-&@":  # "McDonald's"-like runs, "A&E", e-mail names
            break
        spans.append((position, found.end()))
        if not _GAP.match(text, found.end()):
            break
        position = found.end() + 1
    return spans


def name_words_before(text: str, end: int, known: Known) -> list[tuple[int, int]]:
    """Up to three name words ending at ``end`` ("Kayden Smith" in "Kayden Smith (Child A)"),
    a surname's particle with the word after it ("Ana", "de Souza")."""
    spans: list[tuple[int, int]] = []
    position = end
    while len(spans) < 3:
        found = re.search(rf"(?<![\w'’-])({NAME_WORD})$", text[:position])
        if found is None or known.not_name(found.group(1)):
            break
        start = _with_particle(text, found.start(1))
        spans.insert(0, (start, found.end(1)))
        if start == 0 or text[start - 1] != " ":
            break
        position = start - 1
    return spans


def _with_particle(text: str, start: int) -> int:
    """Where the surname at ``start`` begins once a particle before it is taken in ("de
    Souza"): only when a word of the name or a title stands before the particle ("in the bin
    Kayden's mother found" is about Kayden)."""
    particle = _PARTICLE_BEFORE.search(text, max(0, start - 12), start)
    if particle is None:
        return start
    at = particle.start()
    return at if _BEFORE_PARTICLE.search(text, max(0, at - 30), at) else start


def words_of(name: str) -> tuple[str, ...]:
    """The words of a name, a surname's particle joined to the word after it, as
    ``name_words`` reads them ("Ana", "de Souza"), so that both give one key."""
    return tuple(_PARTICLE_OR_WORD.findall(name))


def sentence_initial(text: str, at: int) -> bool:
    """Whether only list markers, quotes or brackets come before ``at`` in its clause."""
    opened = max(text.rfind(c, 0, at) for c in _CLAUSE_OPENERS)
    return bool(_OPENING.match(text, opened + 1, at))
