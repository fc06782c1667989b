"""The registry of rules, and how selectors (code, prefix, name, family) resolve to rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from scrlint.errors import PackError
from scrlint.rule import FAMILIES, Rule

EXACT = 100  # specificity of a full code or a rule name; prefixes count their length
_PREFIX = re.compile(r"^[A-Z]{1,3}[0-9]{0,2}$")


class Registry:
    """All known rules by code, with unique codes and names."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: dict[str, Rule] = {}
        names: dict[str, str] = {}
        for rule in rules:
            meta = rule.meta
            if meta.code in self._rules:
                other = self._rules[meta.code].meta.origin
                raise PackError(f"rule code {meta.code} is defined twice ({other}, {meta.origin})")
            if meta.name in names or meta.name in FAMILIES.values():
                raise PackError(f"rule name {meta.name!r} of {meta.code} is already used")
            names[meta.name] = meta.code
            self._rules[meta.code] = rule
        self._names = names
        self._rules = dict(sorted(self._rules.items()))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def get(self, code: str) -> Rule:
        return self._rules[code]

    def lookup(self, code_or_name: str) -> Rule | None:
        """Find a rule by its code or its name."""
        code = code_or_name.upper()
        if code in self._rules:
            return self._rules[code]
        by_name = self._names.get(code_or_name.lower())
        return self._rules[by_name] if by_name else None

    def resolve(self, selector: str) -> dict[str, int] | None:
        """Return {code: specificity} for the rules ``selector`` names, or None if it names none.

        A selector is ``ALL``, a code, a rule name, a family name (``structure``), or a code
        prefix (``STR``, ``STR00``); longer prefixes are more specific.
        """
        text = selector.strip()
        if text.upper() == "ALL":
            return dict.fromkeys(self._rules, 0)
        rule = self.lookup(text)
        if rule is not None:
            return {rule.meta.code: EXACT}
        lowered = text.lower()
        families = [code for code, name in FAMILIES.items() if name == lowered]
        if families:
            return {c: 3 for c in self._rules if c[:3] in families}
        upper = text.upper()
        if _PREFIX.match(upper):
            matched = {c: len(upper) for c in self._rules if c.startswith(upper)}
            return matched or None
        return None
