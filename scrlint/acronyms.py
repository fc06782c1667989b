"""Acronyms in a report: the glossary of the field, each acronym's first use, and whether the
report defines it there.

An acronym is a word of two or more capitals that may hold '&', '-', digits or one lower-case
letter ("CAMHS", "A&E", "CP-IS", "DfE", "ToR", "S47"); a plural or possessive ending is dropped
("IMRs", "GP's"), and so is a number on a role ("HV1" is the "HV"). It is not an acronym when it
is a pseudonym letter ("Child AB", "Mr G"), a roman numeral, or a word in capitals for emphasis:
an unknown English word in capitals used once, or a run of capitalised words ("DO NOT").

It is defined at a use written "Full Name (ACR)" or "ACR (Full Name)" (the full name's initials
spell the acronym, or it is the glossary's expansion, or the brackets describe it in words),
"Full Name, or ACR", "ACR stands for …", "ACR - Full Name", or when the report's own glossary or
list of abbreviations holds it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrlint.bundled import pack_root
from scrlint.document import Block, BlockKind, Document, Section
from scrlint.errors import PackError
from scrlint.validation import problems
from scrlint.yamlfile import read_data_file

GLOSSARY_FILE = Path("readability") / "glossary.yaml"
GLOSSARY_HEADING = re.compile(
    r"\b(?:glossary|abbreviations?|acronyms?|terms used|key terms|definitions)\b", re.IGNORECASE
)
_REFERENCES_HEADING = re.compile(r"\b(?:references|bibliography|further reading)\b", re.IGNORECASE)
_READ = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.BLOCKQUOTE)

# A capital, then a second capital, digit or '&' somewhere in the token ("The" is never tried).
_CANDIDATE = re.compile(
    r"(?<![\w&])[A-Z](?=[A-Za-z0-9]*[A-Z0-9&])[A-Za-z0-9]*(?:[&-][A-Z0-9][A-Za-z0-9]*)*"
    r"(?![\w&]|-[A-Z0-9])"
)
_POSSESSIVE = re.compile(r"['’]s$")
_ROLE_NUMBER = re.compile(r"^([A-Z]{2,})[0-9]{1,2}$")
_POSTCODE_END = re.compile(r" [0-9][A-Z]{2}\b")
_VERSIONED = re.compile(r"^(.+)-[0-9]+$")
_ROMAN = re.compile(r"^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_PSEUDONYM_WORDS = frozenset(
    {
        "Child", "Baby", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Adult", "Person", "Sibling",
        "Family", "Subject", "Parent", "Carer", "Young", "Infant", "Boy", "Girl", "Appendix",
        "Annex", "Annexe", "Part", "Schedule", "Figure", "Table", "Chart", "Grade", "Level",
    }
)  # fmt: skip
_SMALL_WORDS = frozenset(
    {"and", "of", "the", "for", "in", "into", "to", "on", "with", "a", "an", "at", "by", "or"}
)
# Words written in capitals for emphasis, however often; never taken for acronyms.
_EMPHASIS_WORDS = frozenset(
    {
        "NOT", "NO", "NEVER", "ALL", "ANY", "MUST", "ONLY", "VERY", "EVER", "ALWAYS", "NOW",
        "AND", "OR", "NOR", "BUT", "THE", "IS", "ARE", "WAS", "WERE", "BE", "DO", "DID", "DOES",
        "DONE", "HAD", "HAS", "HAVE", "WILL", "WOULD", "SHOULD", "COULD", "CAN", "NOTE",
        "IMPORTANT", "URGENT", "WARNING", "PLEASE", "YES", "EVERY", "EACH", "BEFORE", "AFTER",
        "WITHOUT", "NEED", "HELP", "STOP", "NEW", "END", "FINAL", "DRAFT", "CONFIDENTIAL",
    }
)  # fmt: skip
_WORDS = re.compile(r"[A-Za-z]+|[0-9]+")
_DESCRIPTION_STOP = re.compile(
    r"^(?:and|or|but|as|see|also|both|including|which|who|where|when|now|then|not|with|for|"
    r"on|at|in|by|from|to|of|e\.g|i\.e|para|paragraph|page|appendix|section|chapter|annex|"
    r"figure|table|footnote)\b",
    re.IGNORECASE,
)
_NAMING_BEFORE = re.compile(
    r",?\s*(?:or|known as|referred to as|hereafter|henceforth|abbreviated to|shortened to|"
    r"also called|called)\s+(?:the\s+)?[\"'“\u2018]?$",
    re.IGNORECASE,
)
_NAMING_IN_BRACKETS = re.compile(
    r"\b(?:hereafter|henceforth|known as|referred to as|called)\b", re.IGNORECASE
)
_STANDS_FOR = re.compile(
    r"^[\"'”’]?\)?,?\s*(?:\(|which\s+|that\s+)?(?:stands? for|means|is short for|"
    r"is (?:an|the) (?:abbreviation|acronym) (?:for|of)|refers to)\s",
    re.IGNORECASE,
)
_DASH_AFTER = re.compile(r"^\s*(?:[:–—=]|-{1,2})\s+")
_OPEN_BEFORE = re.compile(
    r"\(\s*(?:the\s+|hereafter\s+|henceforth\s+)?[\"'“\u2018]?$", re.IGNORECASE
)
_CLOSE_AFTER = re.compile(r"^[\"'”’]?\s*\)")
_BRACKETS_AFTER = re.compile(r"^\s*\(([^()]{2,200})\)")
_YEAR_OR_NUMBER = re.compile(r"[0-9]")


@dataclass(frozen=True, eq=False)
class Glossary:
    """Each known acronym's meanings (one, or several when it is ambiguous) and common ones."""

    meanings: Mapping[str, tuple[str, ...]]
    common: frozenset[str]

    def lookup(self, acronym: str) -> tuple[str, ...]:
        """The meanings of ``acronym`` (empty when it is unknown)."""
        return self.meanings.get(acronym, ())

    def knows(self, acronym: str) -> bool:
        return acronym in self.meanings or acronym in self.common

    def extended(self, extra: Mapping[str, tuple[str, ...]]) -> Glossary:
        """This glossary with ``extra`` entries (a project's own), which win over bundled ones;
        an entry with several meanings is ambiguous, so it is no longer common."""
        if not extra:
            return self
        ambiguous = {acronym for acronym, meanings in extra.items() if len(meanings) > 1}
        return Glossary({**self.meanings, **extra}, self.common - ambiguous)


def parse_glossary(data: Any, where: str) -> Glossary:
    """Build a glossary from parsed YAML.

    Raises:
        PackError: naming ``where`` and each problem.
    """
    found = problems(data, "glossary.schema.json", source=where)
    both = sorted(set(data["terms"]) & set(data["ambiguous"])) if not found else []
    found += [f"{acronym}: listed both as a term and as ambiguous" for acronym in both]
    if found:
        raise PackError(f"{where}: " + "; ".join(found))
    meanings: dict[str, tuple[str, ...]] = {a: (e,) for a, e in data["terms"].items()}
    meanings.update({a: tuple(m) for a, m in data["ambiguous"].items()})
    return Glossary(meanings, frozenset(data["common"]) - set(data["ambiguous"]))


def load_glossary_file(path: Path) -> Glossary:
    """Read and validate a glossary file.

    Raises:
        PackError: the file is unreadable or invalid.
    """
    data = read_data_file(path, "glossary")
    return parse_glossary(data, str(path))


@functools.cache
def bundled_glossary() -> Glossary:
    """The bundled glossary, read once per process."""
    return load_glossary_file(pack_root() / GLOSSARY_FILE)


@functools.lru_cache(maxsize=32)
def _glossary_with(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> Glossary:
    return bundled_glossary().extended(dict(extra))


def glossary_for(extra: Mapping[str, tuple[str, ...]]) -> Glossary:
    """The bundled glossary extended by a config's ``glossary`` (the same object for equal
    settings, so that per-document results can be cached by it)."""
    return _glossary_with(tuple(sorted(extra.items())))


def is_glossary_section(section: Section) -> bool:
    """Whether a section is the report's glossary or list of abbreviations."""
    return _under(section, GLOSSARY_HEADING)


def _under(section: Section, heading: re.Pattern[str]) -> bool:
    node: Section | None = section
    while node is not None and node.level > 0:
        if heading.search(node.title):
            return True
        node = node.parent
    return False


@dataclass(frozen=True)
class FirstUse:
    """An acronym's first use outside the report's glossary, and whether it is defined."""

    acronym: str
    block: Block
    start: int
    end: int
    defined: bool


@dataclass(frozen=True)
class _Use:
    acronym: str
    block: Block
    start: int
    end: int
    glossary_section: bool


def first_uses(document: Document, glossary: Glossary) -> list[FirstUse]:
    """Each acronym's first use, in document order, computed once per document and glossary."""
    key = ("acronyms", glossary)
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    uses = list(_uses(document, glossary))
    in_glossary = {u.acronym for u in uses if u.glossary_section}
    found: list[FirstUse] = []
    seen: set[str] = set()
    for use in uses:
        if use.glossary_section or use.acronym in seen:
            continue
        seen.add(use.acronym)
        defined = use.acronym in in_glossary or _defined_at(
            use.block.text, use.start, use.end, use.acronym, glossary
        )
        found.append(FirstUse(use.acronym, use.block, use.start, use.end, defined))
    document.derived[key] = found
    return found


def _uses(document: Document, glossary: Glossary) -> Iterator[_Use]:
    """Every acronym use in the document's prose (headings and contents lists excluded)."""
    candidates: list[tuple[str, Block, int, int, bool]] = []
    for section in document.root.walk():
        if section.is_contents or _under(section, _REFERENCES_HEADING):
            continue  # "DfE (2018) Working Together …" cites a publisher
        listed = is_glossary_section(section)
        for block in section.blocks:
            if block.kind not in _READ:
                continue
            for match in _CANDIDATE.finditer(block.text):
                acronym = _acronym(match.group(), glossary)
                if acronym is None or _is_pseudonym(block.text, match.start()):
                    continue
                if _POSTCODE_END.match(block.text, match.end()):
                    continue  # "NB4 7QT" is a postcode (the anonymisation rules' business)
                candidates.append((acronym, block, match.start(), match.end(), listed))
    counts = Counter(c[0] for c in candidates)
    for acronym, block, start, end, listed in candidates:
        if glossary.knows(acronym):
            if not _in_capitals_run(block.text, start, end, glossary):
                yield _Use(acronym, block, start, end, listed)
        elif not _emphasis(acronym, block.text, start, end, counts[acronym], glossary):
            yield _Use(acronym, block, start, end, listed)


def _acronym(token: str, glossary: Glossary) -> str | None:
    """The acronym a token stands for, or None when it is not one."""
    core = _POSSESSIVE.sub("", token)
    if core.endswith("s") and len(core) >= 3 and (core[-2].isupper() or core[-2].isdigit()):
        plural = core[:-1]
        if not glossary.knows(core) or glossary.knows(plural):
            core = plural  # "IMRs", "GPs"; but "DfES" and "CAMHs" stay themselves
    if core.endswith("s") and glossary.knows(core[:-1].upper() + "S"):
        core = core[:-1].upper() + "S"  # "CAMHs" for "CAMHS"
    versioned = _VERSIONED.match(core)
    if versioned and glossary.knows(versioned.group(1)):
        core = versioned.group(1)  # "COVID-19"
    numbered = _ROLE_NUMBER.match(core)
    if numbered and not glossary.knows(core):
        core = numbered.group(1)  # "HV1" is a health visitor
    if glossary.knows(core):
        return core
    upper = sum(c.isupper() for c in core)
    lower = sum(c.islower() for c in core)
    digits = sum(c.isdigit() for c in core)
    if lower > 1 or (lower == 1 and core[-1].islower()) or _ROMAN.match(core):
        return None
    if digits:
        letters = upper + lower
        # "KS2" and "S47" are abbreviations; "Y6" or "A1" are too short to tell
        return core if letters >= 2 or (letters == 1 and core[0] == "S") else None
    return core if upper >= 2 else None


def _is_pseudonym(text: str, start: int) -> bool:
    """'Child AB', 'Mr JT': capitals after a pseudonym word are letters, not an acronym."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].rstrip(".") in _PSEUDONYM_WORDS


def _neighbours(text: str, start: int, end: int) -> list[str]:
    before = text[:start].split()
    after = text[end:].split()
    words = [before[-1] if before and text[start - 1 : start].isspace() else ""]
    words.append(after[0] if after and text[end : end + 1].isspace() else "")
    return [w.strip(".,;:!?\"'“”\u2018’()") for w in words]


def _is_capital_word(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _in_capitals_run(text: str, start: int, end: int, glossary: Glossary) -> bool:
    """Whether the token sits in a run of capitalised words with an unknown word in it."""
    return any(_is_capital_word(w) and not glossary.knows(w) for w in _neighbours(text, start, end))


def _emphasis(
    acronym: str, text: str, start: int, end: int, count: int, glossary: Glossary
) -> bool:
    """Whether an unknown capitalised word is emphasis rather than an acronym."""
    if _in_capitals_run(text, start, end, glossary):
        return True
    if not acronym.isalpha() or not acronym.isupper():
        return False
    if acronym in _EMPHASIS_WORDS:
        return True
    if count > 1:
        return False
    from scrlint.readability import is_english_word

    return is_english_word(acronym.lower())


# -- definitions ---------------------------------------------------------------------------------


def _defined_at(text: str, start: int, end: int, acronym: str, glossary: Glossary) -> bool:
    """Whether the use of ``acronym`` at [start, end) of ``text`` defines it."""
    before, after = text[:start], text[end:]
    units = _units(acronym)
    expansions = glossary.lookup(acronym)
    # "Full Name (ACR)", "Full Name, or ACR", "Full Name (hereafter 'ACR')"
    opening = _OPEN_BEFORE.search(before)
    if opening and _CLOSE_AFTER.match(after):
        preceding = before[: opening.start()]
        if _spells(units, _words(_clause_tail(preceding)), whole=True) or _ends_with_expansion(
            preceding, expansions
        ):
            return True
    naming = _NAMING_BEFORE.search(before)
    if naming:
        preceding = before[: naming.start()]
        if _spells(units, _words(_clause_tail(preceding)), whole=True) or _ends_with_expansion(
            preceding, expansions
        ):
            return True
    if _bracketed_naming(before, after):
        return True
    # "ACR (Full Name)", "ACR stands for …", "ACR - Full Name"
    brackets = _BRACKETS_AFTER.match(after)
    if brackets and _describes(brackets.group(1), units, expansions):
        return True
    if _STANDS_FOR.match(after):
        return True
    dash = _DASH_AFTER.match(after)
    return dash is not None and _spells(units, _words(after[dash.end() :])[: len(units) + 6])


def _bracketed_naming(before: str, after: str) -> bool:
    """'the Multi-Agency Safeguarding Hub (known as the MASH)'."""
    opening = before.rfind("(")
    return (
        opening >= 0
        and ")" not in before[opening:]
        and bool(_NAMING_IN_BRACKETS.search(before[opening:]))
        and bool(re.match(r"^[\"'”’]?\s*\)", after))
    )


def _describes(inner: str, units: list[str], expansions: tuple[str, ...]) -> bool:
    """Whether the words in brackets after an acronym say what it stands for."""
    words = _words(inner)
    if _spells(units, words) or any(_same_words(inner, e) for e in expansions):
        return True
    letters = [w for w in words if len(w) >= 2 and w.isalpha()]
    stripped = inner.strip(" \"'“”\u2018’")
    return (
        len(letters) >= 2
        and not _YEAR_OR_NUMBER.search(inner)
        and not _DESCRIPTION_STOP.match(stripped)
    )


def _clause_tail(text: str) -> str:
    """The text after the last stop or bracket: the full name cannot reach further back."""
    cut = max(text.rfind(". "), text.rfind("("), text.rfind(")"), text.rfind(";"))
    return text[cut + 1 :]


def _words(text: str) -> list[str]:
    text = re.sub(r"['’]s\b", "", text)
    return [w.lower() for w in _WORDS.findall(text)]


def _units(acronym: str) -> list[str]:
    """The letters (lower case) and numbers an acronym is made of: 'S47' -> ['s', '47']."""
    return [u.lower() for u in re.findall(r"[A-Za-z]|[0-9]+", acronym)]


def _same_words(text: str, expansion: str) -> bool:
    """Whether ``text`` starts with ``expansion`` ("the" before it aside)."""
    wanted = _words(re.sub(r"\([^)]*\)", "", expansion))
    words = _words(text)
    if words[:1] == ["the"]:
        words = words[1:]
    return bool(wanted) and words[: len(wanted)] == wanted


def _ends_with_expansion(text: str, expansions: tuple[str, ...]) -> bool:
    words = _words(text)
    for expansion in expansions:
        wanted = _words(re.sub(r"\([^)]*\)", "", expansion))
        if wanted and words[-len(wanted) :] == wanted:
            return True
    return False


def _spells(units: list[str], words: list[str], *, whole: bool = False) -> bool:
    """Whether the initials of ``words`` spell ``units``.

    Each word gives its first letter, and may give later letters of its own in order ("NHS
    England" for NHSE); short words ("and", "of") may be skipped or give their letter ("Terms
    of Reference" for ToR); one other word may be skipped. With ``whole``, the words must run to
    the end of the list from some start (a full name right before the brackets); without, they
    start at the first word and may stop early.
    """
    if not units or not words:
        return False
    window = words[-(len(units) + 6) :] if whole else words[: len(units) + 6]

    @functools.cache
    def match(i: int, j: int, skips: int) -> bool:
        if i == len(units):  # the rest may only be words that can be skipped
            return not whole or sum(w not in _SMALL_WORDS for w in window[j:]) <= skips
        if j == len(window):
            return False
        word = window[j]
        if (word in _SMALL_WORDS or skips) and match(i, j + 1, skips - (word not in _SMALL_WORDS)):
            return True
        unit = units[i]
        if unit.isdigit():
            return word == unit and match(i + 1, j + 1, skips)
        if word[0] != unit:
            return False
        k, pos = i + 1, 1
        if match(k, j + 1, skips):
            return True
        while k < len(units) and not units[k].isdigit():
            pos = word.find(units[k], pos) + 1
            if pos == 0:
                break
            k += 1
            if match(k, j + 1, skips):
                return True
        return False

    if whole:
        return any(match(0, j, 1) for j in range(len(window)))
    return match(0, 0, 1)
