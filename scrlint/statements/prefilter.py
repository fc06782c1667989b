"""Decide before any parse that a sentence cannot make a statement.

A clause needs its head, subject, ``within``, ``dependents`` and ``sentence`` concepts in the
sentence. The lexicon matches a token by its lower-case form or its lemma, so a concept's word
can only occur as one of the spellings the model lemmatises to it. ``LemmaForms`` inverts the
model's own lemmatizer (its exception table, its suffix rules and the attribute ruler's lemma
patterns) to list those spellings, and tokenizes the sentence with the model's tokenizer (cheap;
the same tokens the parse will have). A sentence in which, for every clause, some needed concept
has none of them is not parsed. The test lets through everything the parse could find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from scrlint.statements.model import Clause, Concept, Statement

_LEXICAL_KEYS = ("LEMMA", "LOWER", "ORTH", "TEXT", "NORM")
_TOKEN_CACHE = 50_000


class LemmaForms:
    """Every spelling a spaCy English pipeline lemmatises to a given word."""

    def __init__(self, pipeline: Any) -> None:
        self._tokenizer = pipeline.tokenizer
        self._tokens: dict[str, frozenset[str]] = {}  # shared by every statement's prefilter
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

    def tokens(self, sentence: str) -> frozenset[str]:
        """The lower-case forms of the sentence's tokens, as the parse will have them."""
        found = self._tokens.get(sentence)
        if found is None:
            if len(self._tokens) > _TOKEN_CACHE:
                self._tokens.clear()
            found = frozenset(t.lower_ for t in self._tokenizer(sentence))
            self._tokens[sentence] = found
        return found

    def first_token(self, phrase: str) -> str:
        """The phrase's first token, as the tokenizer splits it ("line" in "line-manage")."""
        doc = self._tokenizer(phrase)
        return doc[0].lower_ if len(doc) else phrase


class Prefilter:
    """The raw-text test for one statement."""

    def __init__(self, statement: Statement, forms: LemmaForms) -> None:
        self._lemma_forms = forms
        self._forms = {c.name: _Spellings.of(c, forms) for c in statement.concepts.values()}
        self._pronouns = {
            c.name: frozenset(p.lower() for p in c.pronouns)
            for c in statement.concepts.values()
            if c.pronouns
        }
        self._needed = [_needed(clause) for clause in statement.clauses]

    def may_match(self, sentence: str, antecedents: frozenset[str]) -> bool:
        """Whether some clause could be satisfied in ``sentence``.

        ``antecedents`` are the concepts named earlier in the paragraph, whose pronouns count.
        """
        tokens = self._lemma_forms.tokens(sentence)
        present: dict[str, bool] = {}

        def occurs(name: str) -> bool:
            if name not in present:
                spellings = self._forms[name]
                pronouns = self._pronouns.get(name)
                present[name] = (spellings is None or spellings.found(sentence, tokens)) or (
                    pronouns is not None and name in antecedents and bool(pronouns & tokens)
                )
            return present[name]

        return any(all(occurs(name) for name in needed) for needed in self._needed)


class _Spellings:
    """Where a concept could be: token spellings, token expressions, sentence expressions."""

    def __init__(
        self,
        words: frozenset[str],
        token_expressions: tuple[re.Pattern[str], ...],
        sentence_expressions: tuple[re.Pattern[str], ...],
    ) -> None:
        self.words = words
        self.token_expressions = token_expressions
        self.sentence_expressions = sentence_expressions

    @classmethod
    def of(cls, concept: Concept, forms: LemmaForms) -> _Spellings | None:
        """The concept's spellings; None: anywhere (a token pattern with no word)."""
        words = [*concept.words, *(forms.first_token(p) for p in concept.phrases)]
        for pattern in concept.patterns:
            lexical = _pattern_words(pattern)
            if lexical is None:
                return None
            words += lexical
        return cls(
            frozenset(form for word in words for form in forms.of(word)),
            tuple(re.compile(e) for word in words for e in sorted(forms.expressions(word))),
            concept.regex,
        )

    def found(self, sentence: str, tokens: frozenset[str]) -> bool:
        return (
            not self.words.isdisjoint(tokens)
            or any(e.fullmatch(t) for e in self.token_expressions for t in tokens)
            or any(e.search(sentence) for e in self.sentence_expressions)
        )


def _needed(clause: Clause) -> tuple[str, ...]:
    subject = (clause.subject,) if clause.subject is not None else ()
    terms = (clause.head, *subject, *clause.within, *clause.dependents, *clause.sentence)
    return tuple(dict.fromkeys(term.concept for term in terms))


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
