"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# The profiles issue #2 asks for by name.
REQUIRED_PROFILES = frozenset(
    {
        "imr@2010",
        "health-overview@2010",
        "overview@2010",
        "exec-summary@2010",
        "scr-report@2013",
        "lcspr@2018",
        "lcspr@2023",
        "rapid-review@2023",
        "response@2013",
        "generic",
    }
)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """One engine for the whole session, as a long-running process (an editor) would keep."""
    return Engine()
