"""Decide from raw text, before any parse, that a sentence cannot make a statement.

A clause needs its head, subject, ``within``, ``dependents`` and ``sentence`` concepts in the
sentence. Each concept gets a permissive expression over the raw text that matches wherever
its words could occur in any form: a word's stem as a prefix ("manag" for managed, manages),
plus the irregular forms of ``inflections.py`` ("led" for lead). If, for every clause, some
needed concept cannot occur, the sentence is not parsed. The test only ever lets through more
than the parse would find, never less (token patterns without a word are assumed present).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from scrlint.statements.inflections import IRREGULAR
from scrlint.statements.model import Clause, Concept, Statement

_LEXICAL_KEYS = ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM")
# Endings a lemma can take in the forms spaCy lemmatises back to it (and Latin plurals).
_INFLECTION = r"(?:e|y|s|es|ies|ied|ed|d|ing|er|ers|est|ier|iest|is|um|us|a|i|en)?(?:'s|’s|'|’)?\b"


class Prefilter:
    """The raw-text test for one statement."""

    def __init__(self, statement: Statement) -> None:
        self._forms = {c.name: _forms(c) for c in statement.concepts.values()}
        self._pronouns = {
            c.name: _exact(c.pronouns) for c in statement.concepts.values() if c.pronouns
        }
        self._needed = [_needed(clause) for clause in statement.clauses]

    def may_match(self, sentence: str, antecedents: frozenset[str]) -> bool:
        """Whether some clause could be satisfied in ``sentence``.

        ``antecedents`` are the concepts named earlier in the paragraph, whose pronouns count.
        """
        present: dict[str, bool] = {}

        def occurs(name: str) -> bool:
            if name not in present:
                forms = self._forms[name]
                pronoun = self._pronouns.get(name)
                present[name] = (forms is None or any(f.search(sentence) for f in forms)) or (
                    pronoun is not None and name in antecedents and bool(pronoun.search(sentence))
                )
            return present[name]

        return any(all(occurs(name) for name in needed) for needed in self._needed)


def _needed(clause: Clause) -> tuple[str, ...]:
    subject = (clause.subject,) if clause.subject is not None else ()
    terms = (clause.head, *subject, *clause.within, *clause.dependents, *clause.sentence)
    return tuple(dict.fromkeys(term.concept for term in terms))


def _forms(concept: Concept) -> tuple[re.Pattern[str], ...] | None:
    """Where the concept's words, phrases or expressions could be; None: anywhere."""
    words: list[str] = [*concept.words, *(p.split()[0] for p in concept.phrases if p.split())]
    for pattern in concept.patterns:
        lexical = _pattern_words(pattern)
        if lexical is None:
            return None
        words += lexical
    forms = [f for w in words for f in _word_forms(w)]
    found = list(concept.regex)  # compiled with their own flags
    if forms:
        found.append(re.compile("|".join(forms), re.IGNORECASE))
    return tuple(found)


def _word_forms(word: str) -> list[str]:
    """Expressions for every spelling of ``word``: its inflections, its irregular forms."""
    word = word.lower()
    forms = [
        re.escape(f) if not f[0].isalnum() else rf"\b{re.escape(f)}\b"
        for f in IRREGULAR.get(word, ())
    ]
    if len(word) <= 2:
        return [rf"\b{re.escape(word)}\b", *forms]
    stem = word
    if len(word) > 4 and word.endswith(("is", "um", "us")):
        stem = word[:-2]
    elif len(word) > 3 and word.endswith(("e", "y")):
        stem = word[:-1]
    double = re.escape(stem[-1])  # "referred", "stopping"
    return [rf"\b{re.escape(stem)}{double}?{_INFLECTION}", *forms]


def _pattern_words(pattern: Iterable[Mapping[str, Any]]) -> list[str] | None:
    """The words a token pattern needs at one required position, or None if none is lexical."""
    for token in pattern:
        if token.get("OP") in ("?", "*", "!"):
            continue
        for key in _LEXICAL_KEYS:
            value = token.get(key)
            if isinstance(value, str):
                return [value]
            if isinstance(value, Mapping) and isinstance(value.get("IN"), list):
                return [str(v) for v in value["IN"]]
    return None


def _exact(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
