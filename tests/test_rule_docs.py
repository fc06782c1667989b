"""The committed rule pages (docs/rules/) are what docs/make_rule_docs.py writes now, and every
link a diagnostic carries to a rule's page names one of them."""

from __future__ import annotations

from types import ModuleType

from scrlint.formatters.lsp import RULE_DOCS_URL
from tests.conftest import ROOT, load_script

DOCS = ROOT / "docs" / "rules"


def _generator() -> ModuleType:
    return load_script(ROOT / "docs" / "make_rule_docs.py")


def test_the_committed_rule_pages_are_current() -> None:
    pages: dict[str, str] = _generator().pages()
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    stale = sorted(
        name for name in pages.keys() | committed.keys() if pages.get(name) != committed.get(name)
    )
    assert not stale, f"run docs/make_rule_docs.py: {stale} differ"


def test_every_rule_link_names_a_committed_page() -> None:
    codes = [meta.code for meta in _generator().builtin_rules()]
    prefix = "https://github.com/scrlint/scrlint/blob/main/"
    assert RULE_DOCS_URL.startswith(prefix) and len(codes) >= 78
    missing = [
        c for c in codes if not (ROOT / RULE_DOCS_URL.format(code=c)[len(prefix) :]).is_file()
    ]
    assert missing == []
