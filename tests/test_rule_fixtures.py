"""Run every case in fixtures/rules/*.yml (see scrlint.testing for the format)."""

from __future__ import annotations

import pytest

from scrlint.engine import Engine
from scrlint.testing import FixtureCase, evaluate, load_fixture_cases
from tests.conftest import FIXTURES

CASES = [
    case for path in sorted((FIXTURES / "rules").glob("*.yml")) for case in load_fixture_cases(path)
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_case(case: FixtureCase, engine: Engine) -> None:
    if case.skip:
        pytest.skip(case.skip)
    evaluate(case, engine)
