"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def engine() -> Engine:
    """One engine for the whole session, as a long-running process (an editor) would keep."""
    return Engine()
