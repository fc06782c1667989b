"""The report's prose as the identifier finders read it, computed once per document.

The finders ask the same questions of the whole report: which words it writes in lower case
("hope", so "Hope" at a sentence's start may be a plain word), which words it holds at all (a
rare condition's first word), and how often it capitalises a word. Each answer is one pass
over the text, cached in ``document.derived``.
"""

from __future__ import annotations

import re
from collections import Counter

from scrlint.document import Document

# The letters of names: Latin-1 and Latin Extended-A, so that "Dąbrowski", "Wiśniewska" and
# "Łukasz" are read as names. Extended-A alternates capitals and small letters, so both classes
# hold all of it (an English word never begins with one of its small letters).
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00dd\u0100-\u017f"  # A-Z, À-Ö, Ø-Ý, Ā-ž and the long s
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"  # a-z, ß-ö, ø-ÿ, Ā-ž and the long s
# A capitalised word, without a closing quote ("'Ruby'"); the finders check what stands before
# it where that matters.
CAPITALISED = re.compile(rf"[{UPPER}](?:[\w'’-]*\w)?")
_PUNCTUATION = ".,;:!?()[]{}\"'“”\u2018’*_"
_WORD_BREAK = re.compile(r"[\s\-\u2010\u2013\u2014/]+")


def prose(document: Document) -> str:
    """The text of every block, headings included, one block a line."""
    key = "identifiers-prose"
    cached = document.derived.get(key)
    if isinstance(cached, str):
        return cached
    text = "\n".join(block.text for block in document.blocks())
    document.derived[key] = text
    return text


def lower_words(document: Document) -> frozenset[str]:
    """The words the report writes in lower case somewhere ("hope", "following")."""
    key = "identifiers-lower-words"
    cached = document.derived.get(key)
    if isinstance(cached, frozenset):
        return cached
    words = frozenset(
        token.strip(_PUNCTUATION).replace("’", "'")
        for token in set(prose(document).split())
        if token[:1].islower()
    )
    document.derived[key] = words
    return words


def folded_words(document: Document) -> frozenset[str]:
    """Every word of the report, lower-cased, split at hyphens and dashes as well, and
    without a possessive ending too ("huntington's" and "huntington"); words that begin with a
    digit or a bracket count too ("22q11.2", "(osteogenesis")."""
    key = "identifiers-folded-words"
    cached = document.derived.get(key)
    if isinstance(cached, frozenset):
        return cached
    tokens = {token.lower() for token in set(prose(document).split())}
    words = {part.strip(_PUNCTUATION) for token in tokens for part in _WORD_BREAK.split(token)}
    words |= {word[:-2] for word in words if word.endswith(("'s", "’s"))}
    folded = frozenset(words)
    document.derived[key] = folded
    return folded


def capitalised_counts(document: Document) -> Counter[str]:
    """How often the report writes each capitalised word."""
    key = "identifiers-capitalised-counts"
    cached = document.derived.get(key)
    if isinstance(cached, Counter):
        return cached
    counts = Counter(CAPITALISED.findall(prose(document)))
    document.derived[key] = counts
    return counts
