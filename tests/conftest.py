"""Shared test helpers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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


def _fixture_generator() -> ModuleType:
    """fixtures/make_documents.py, the script that writes the fixtures' Word and PDF twins."""
    path = FIXTURES / "make_documents.py"
    spec = importlib.util.spec_from_file_location("make_documents", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


MAKE_DOCUMENTS = _fixture_generator()


def markdown_to_docx(markdown: str) -> bytes:
    """A Word document written from Markdown as the fixtures' twins are."""
    data: bytes = MAKE_DOCUMENTS.markdown_to_docx(markdown)
    return data
