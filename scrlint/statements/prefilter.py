"""Decide from raw text, before any parse, that a sentence cannot make a statement.

A clause needs its head, subject, ``within``, ``dependents`` and ``sentence`` concepts in the
sentence. The lexicon matches a token by its lower-case form or its lemma, so a concept's word
can only occur as one of the spellings the model lemmatises to it. ``LemmaForms`` inverts the
model's own lemmatizer (its exception table, its suffix rules and the attribute ruler's lemma
patterns) to list those spellings; a sentence in which, for every clause, some needed concept
has none of them is not parsed. The test lets through everything the parse could find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from scrlint.statements.model import Clause, Concept, Statement

_LEXICAL_KEYS = ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM")


class LemmaForms:
    """Every spelling a spaCy English pipeline lemmatises to a given word."""

    def __init__(self, pipeline: Any) -> None:
        self._tokenizer = pipeline.tokenizer
        self._exceptions: dict[str, set[str]] = {}
        self._rules: list[tuple[str, str]] = []
        self._expressions: dict[str, set[str]] = {}
        if "lemmatizer" in pipeline.pipe_names:
            lookups = pipeline.get_pipe("lemmatizer").lookups
            for table in lookups.get_table("lemma_exc", {}).values():
                for form, lemmas in table.items():
                    for lemma in lemmas:
                        self._exceptions.setdefault(lemma.lower(), set()).add(form.lower())
            for rules in lookups.get_table("lemma_rules", {}).values():
                self._rules += [(old, new) for old, new in rules]
        if "attribute_ruler" in pipeline.pipe_names:
            for entry in pipeline.get_pipe("attribute_ruler").patterns:
                lemma = entry["attrs"].get("LEMMA")
                for pattern in entry["patterns"] if isinstance(lemma, str) else ():
                    for token in pattern:
                        lower = token.get("LOWER")
                        if isinstance(lower, Mapping) and "REGEX" in lower:  # "^n'?t$" is "not"
                            expression = str(lower["REGEX"]).removeprefix("^").removesuffix("$")
                            self._expressions.setdefault(lemma.lower(), set()).add(expression)
                            continue
                        if isinstance(lower, Mapping):
                            lower = lower.get("IN")
                        for form in lower if isinstance(lower, list) else [lower]:
                            if isinstance(form, str):
                                self._exceptions.setdefault(lemma.lower(), set()).add(form)

    def of(self, word: str) -> set[str]:
        """The lower-case spellings whose lower form or lemma is ``word``."""
        word = word.lower()
        forms = {word, *self._exceptions.get(word, ())}
        for old, new in self._rules:
            if word.endswith(new):
                forms.add(word[: len(word) - len(new)] + old)
        return forms

    def expressions(self, word: str) -> set[str]:
        """Regular expressions for further spellings (the attribute ruler's own)."""
        return self._expressions.get(word.lower(), set())

    def first_token(self, phrase: str) -> str:
        """The phrase's first token, as the tokenizer splits it ("line" in "line-manage")."""
        doc = self._tokenizer(phrase)
        return doc[0].lower_ if len(doc) else phrase


class Prefilter:
    """The raw-text test for one statement."""

    def __init__(self, statement: Statement, forms: LemmaForms) -> None:
        self._forms = {c.name: _forms(c, forms) for c in statement.concepts.values()}
        self._pronouns = {
            c.name: _spellings(c.pronouns) for c in statement.concepts.values() if c.pronouns
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

    @staticmethod
    def spellings_of(forms: LemmaForms, word: str) -> re.Pattern[str]:
        """The expression the prefilter looks for ``word`` with."""
        return _spellings(forms.of(word), forms.expressions(word))


def _needed(clause: Clause) -> tuple[str, ...]:
    subject = (clause.subject,) if clause.subject is not None else ()
    terms = (clause.head, *subject, *clause.within, *clause.dependents, *clause.sentence)
    return tuple(dict.fromkeys(term.concept for term in terms))


def _forms(concept: Concept, forms: LemmaForms) -> tuple[re.Pattern[str], ...] | None:
    """Expressions for where the concept could be; None: anywhere (a pattern with no word)."""
    words = [*concept.words, *(forms.first_token(p) for p in concept.phrases)]
    for pattern in concept.patterns:
        lexical = _pattern_words(pattern)
        if lexical is None:
            return None
        words += lexical
    found = list(concept.regex)  # compiled with their own flags
    spellings = {form for word in words for form in forms.of(word)}
    expressions = {e for word in words for e in forms.expressions(word)}
    if spellings or expressions:
        found.append(_spellings(spellings, expressions))
    return tuple(found)


def _spellings(forms: Iterable[str], expressions: Iterable[str] = ()) -> re.Pattern[str]:
    """Any of ``forms`` as a whole token (a clitic such as "'s" follows its word directly);
    ``expressions`` may match after a word too ("n't")."""
    ordered = sorted(forms, key=len, reverse=True)
    words = "|".join(re.escape(f) for f in ordered if f[:1].isalnum())
    clitics = "|".join(
        [*(re.escape(f) for f in ordered if not f[:1].isalnum()), *sorted(expressions)]
    )
    alternatives = [f"(?<!\\w)(?:{words})" if words else "", f"(?:{clitics})" if clitics else ""]
    return re.compile("(?:" + "|".join(a for a in alternatives if a) + r")(?!\w)", re.IGNORECASE)


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
