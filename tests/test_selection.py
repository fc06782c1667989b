"""Rule selection by code, prefix, name and family, with flake8's specificity semantics."""

from __future__ import annotations

import pytest

from scrlint.config import Config
from scrlint.engine import Engine
from scrlint.errors import ConfigError
from scrlint.registry import Registry
from scrlint.selection import SelectorSet, enabled_codes


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Engine().setup(Config()).registry


def sel(*selectors: str) -> SelectorSet:
    return SelectorSet(selectors, "test")


STR = {"STR001", "STR002", "STR003", "STR004", "STR005"}


@pytest.mark.parametrize(
    ("select", "extend", "ignore", "expected"),
    [
        (None, (), (), None),  # the default set: every rule on by default
        (("STR",), (), (), STR),
        (("structure",), (), (), STR),
        (("STR00",), (), (), STR),
        (("missing-required-section",), (), (), {"STR001"}),
        (("str001",), (), (), {"STR001"}),
        (("STR",), (), ("STR003",), STR - {"STR003"}),
        (("STR003",), (), ("STR",), {"STR003"}),  # the full code is more specific than the prefix
        (("STR",), (), ("STR",), set()),  # a tie goes to ignore
        (("STR001",), ("SLT005",), (), {"STR001", "SLT005"}),
        (
            ("ALL",),
            (),
            ("SLT", "IND", "FAM", "EQD", "TIM", "CIT", "RDB", "REC", "CHV", "ANA", "ANO"),
            STR,
        ),
    ],
)
def test_selection(
    registry: Registry,
    select: tuple[str, ...] | None,
    extend: tuple[str, ...],
    ignore: tuple[str, ...],
    expected: set[str] | None,
) -> None:
    codes = enabled_codes(
        registry, sel(*select) if select is not None else None, [sel(*extend)], [sel(*ignore)]
    )
    if expected is None:
        assert codes == {r.meta.code for r in registry if r.meta.default_enabled}
    else:
        assert codes == expected


def test_unknown_selector_names_where_it_came_from(registry: Registry) -> None:
    with pytest.raises(ConfigError, match=r"^pyproject.toml: select: unknown rule selector 'XYZ'$"):
        enabled_codes(registry, SelectorSet(("XYZ",), "pyproject.toml: select"), [], [])
