"""Decide which rules run and at what severity (flake8's decision engine, by specificity).

For each rule, the most specific selector that selects it is compared with the most specific
one that ignores it: the rule runs when selection is more specific. Without ``select``, every
rule enabled by default counts as selected at the lowest specificity.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

from scrlint.errors import ConfigError
from scrlint.finding import Severity
from scrlint.registry import Registry


@dataclass(frozen=True)
class SelectorSet:
    """Selectors and where they came from (for error messages)."""

    selectors: tuple[str, ...]
    where: str


def _strengths(registry: Registry, sets: Iterable[SelectorSet]) -> dict[str, int]:
    best: dict[str, int] = {}
    for selector_set in sets:
        for selector in selector_set.selectors:
            resolved = registry.resolve(selector)
            if resolved is None:
                raise ConfigError(f"{selector_set.where}: unknown rule selector {selector!r}")
            for code, strength in resolved.items():
                best[code] = max(best.get(code, -1), strength)
    return best


def enabled_codes(
    registry: Registry,
    select: SelectorSet | None,
    extend_select: Iterable[SelectorSet],
    ignore: Iterable[SelectorSet],
) -> set[str]:
    """Return the codes of the rules that run.

    Raises:
        ConfigError: a selector names no rule.
    """
    if select is None:
        chosen = {r.meta.code: 0 for r in registry if r.meta.default_enabled}
    else:
        chosen = _strengths(registry, [select])
    for code, strength in _strengths(registry, extend_select).items():
        chosen[code] = max(chosen.get(code, -1), strength)
    ignored = _strengths(registry, ignore)
    return {code for code, strength in chosen.items() if strength > ignored.get(code, -1)}


def severities(
    registry: Registry, layers: Iterable[tuple[Mapping[str, str], str]]
) -> dict[str, Severity | None]:
    """Resolve severity overrides; later layers win, and within a layer the most specific.

    Returns {code: severity} for overridden rules; None means the rule is turned off.

    Raises:
        ConfigError: an override names no rule or an unknown level.
    """
    result: dict[str, Severity | None] = {}
    for overrides, where in layers:
        strongest: dict[str, tuple[int, Severity | None]] = {}
        for selector, level in overrides.items():
            resolved = registry.resolve(selector)
            if resolved is None:
                raise ConfigError(f"{where}: severity: unknown rule selector {selector!r}")
            try:
                value = None if level == "off" else Severity.parse(level)
            except ValueError as exc:
                raise ConfigError(f"{where}: severity.{selector}: {exc}") from None
            for code, strength in resolved.items():
                if strength >= strongest.get(code, (-1, None))[0]:
                    strongest[code] = (strength, value)
        result.update({code: value for code, (_, value) in strongest.items()})
    return result


def per_file_ignores(
    patterns: Mapping[str, tuple[str, ...]], document: Path, root: Path | None, where: str
) -> list[SelectorSet]:
    """Return the ignore selectors whose glob matches ``document`` (relative to the config)."""
    if not patterns:
        return []
    try:
        relative = PurePath(document.resolve().relative_to(root)) if root else PurePath(document)
    except ValueError:
        relative = PurePath(document)
    matched = []
    for pattern, selectors in patterns.items():
        if fnmatch.fnmatch(relative.as_posix(), pattern) or fnmatch.fnmatch(relative.name, pattern):
            matched.append(SelectorSet(selectors, f"{where}: per-file-ignores.{pattern}"))
    return matched
