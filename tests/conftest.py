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


def load_script(path: Path) -> ModuleType:
    """Import one of the repository's scripts (not a package module) by its path."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# fixtures/make_documents.py, the script that writes the fixtures' Word and PDF twins.
MAKE_DOCUMENTS = load_script(FIXTURES / "make_documents.py")


def markdown_to_docx(markdown: str) -> bytes:
    """A Word document written from Markdown as the fixtures' twins are."""
    data: bytes = MAKE_DOCUMENTS.markdown_to_docx(markdown)
    return data
