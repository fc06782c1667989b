"""spaCy's attribute ruler, applied by dictionary lookup instead of a Matcher.

The English model's attribute ruler maps tags to parts of speech and morphology with about 180
one- and two-token patterns of plain equalities (TAG, LOWER, DEP, IS_SPACE). Run through spaCy's
Matcher it cost more than the tagger itself (0.17 s per 300 sentences). The same patterns, in the
same order of precedence, are applied here through an index on each pattern's first token;
``tests/test_nlp.py`` checks the result is identical on every bundled report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_TOKEN_ATTRS = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.orth_,
    "TEXT": lambda t: t.text,
    "POS": lambda t: t.pos_,
}


_SETTABLE = frozenset({"MORPH", "POS", "LEMMA", "TAG", "DEP"})


class UnsupportedPattern(ValueError):
    """A pattern this lookup cannot apply exactly (the caller keeps spaCy's ruler)."""


@dataclass(frozen=True)
class _NotIn:
    values: frozenset[Any]


@dataclass(frozen=True)
class _Rule:
    order: int  # later rules take precedence, as in spaCy
    tokens: tuple[tuple[tuple[str, Any], ...], ...]
    index: int
    attrs: tuple[tuple[str, str], ...]


class FastAttributeRuler:
    """Apply an AttributeRuler's patterns to a Doc, with the same result."""

    def __init__(self, patterns: Sequence[Mapping[str, Any]]) -> None:
        self._by_key: dict[tuple[str, Any], list[_Rule]] = {}
        self._unindexed: list[_Rule] = []  # first token constrained only by expressions
        for order, entry in enumerate(patterns):
            attrs = tuple((str(k).upper(), str(v)) for k, v in entry["attrs"].items())
            if not {name for name, _v in attrs} <= _SETTABLE:
                raise UnsupportedPattern(f"cannot set {sorted(attrs)}")
            for pattern in entry["patterns"]:
                tokens = tuple(_constraints(token) for token in pattern)
                rule = _Rule(order, tokens, int(entry.get("index", 0)), attrs)
                key = _first_key(tokens[0])
                if key is None:
                    self._unindexed.append(rule)
                    continue
                name, value = key
                for member in value if isinstance(value, frozenset) else (value,):
                    self._by_key.setdefault((name, member), []).append(rule)

    def __call__(self, doc: Any) -> Any:
        matches: list[tuple[int, int, _Rule]] = []
        for i, token in enumerate(doc):
            candidates = [
                *self._by_key.get(("LOWER", token.lower_), ()),
                *self._by_key.get(("TAG", token.tag_), ()),
                *self._by_key.get(("DEP", token.dep_), ()),
                *self._by_key.get(("IS_SPACE", token.is_space), ()),
                *self._unindexed,
            ]
            for rule in candidates:
                if _matches(doc, i, rule.tokens):
                    matches.append((rule.order, i, rule))
        matches.sort(key=lambda m: (m[0], m[1]))
        for _order, start, rule in matches:
            end = start + len(rule.tokens)
            target = doc[start:end][rule.index]
            for name, value in rule.attrs:
                _set(target, name, value)
        return doc


def _constraints(token: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    found = []
    for key, value in token.items():
        name = str(key).upper()
        if isinstance(value, Mapping) and set(value) == {"IN"}:
            value = frozenset(value["IN"])
        elif isinstance(value, Mapping) and set(value) == {"NOT_IN"}:
            value = _NotIn(frozenset(value["NOT_IN"]))
        elif isinstance(value, Mapping) and set(value) == {"REGEX"}:
            value = re.compile(value["REGEX"])
        if name not in _TOKEN_ATTRS or isinstance(value, Mapping | list):
            raise UnsupportedPattern(f"{key}: {value!r}")
        found.append((name, value))
    return tuple(sorted(found, key=lambda c: c[0]))


def _first_key(constraints: tuple[tuple[str, Any], ...]) -> tuple[str, Any] | None:
    """The constraint a token is looked up by: LOWER first, as the most selective (a set of
    values is looked up by each of them); None when every constraint is an expression."""
    for wanted in ("LOWER", "TAG", "DEP", "IS_SPACE"):
        for name, value in constraints:
            if name == wanted and not isinstance(value, re.Pattern | _NotIn):
                return name, value
    return None


def _matches(doc: Any, start: int, tokens: tuple[tuple[tuple[str, Any], ...], ...]) -> bool:
    if start + len(tokens) > len(doc):
        return False
    for offset, constraints in enumerate(tokens):
        token = doc[start + offset]
        for name, value in constraints:
            if not _meets(_TOKEN_ATTRS[name](token), value):
                return False
    return True


def _meets(actual: Any, wanted: Any) -> bool:
    if isinstance(wanted, _NotIn):
        return actual not in wanted.values
    if isinstance(wanted, frozenset):
        return actual in wanted
    if isinstance(wanted, re.Pattern):
        return bool(wanted.search(actual))
    return bool(actual == wanted)


def _set(token: Any, name: str, value: str) -> None:
    if name == "MORPH":
        token.set_morph(value)
    elif name == "POS":
        token.pos_ = value
    elif name == "LEMMA":
        token.lemma_ = value
    elif name == "TAG":
        token.tag_ = value
    else:
        token.dep_ = value
