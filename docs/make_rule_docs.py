"""Write the built-in rules' documentation as Markdown: ``docs/rules/CODE.md`` for each rule
(what ``scrlint rule CODE`` prints; the editor's link on a diagnostic points there) and
``docs/rules/README.md``, an index by family.

Run it after changing a rule's documentation, and commit what it writes:

    .venv/bin/python docs/make_rule_docs.py

tests/test_rule_docs.py fails when the committed pages differ from what this writes.
"""

from __future__ import annotations

from pathlib import Path

from scrlint.config import Config
from scrlint.docs import render_rule_markdown
from scrlint.engine import Engine
from scrlint.rule import RuleMeta

RULE_DOCS = Path(__file__).resolve().parent / "rules"


def builtin_rules() -> list[RuleMeta]:
    """Every built-in rule, by code (plugins' rules are documented by their plugins)."""
    registry = Engine().setup(Config()).registry
    return sorted((r.meta for r in registry if r.meta.origin == "builtin"), key=lambda m: m.code)


def pages() -> dict[str, str]:
    """Each page's file name and text."""
    rules = builtin_rules()
    written = {f"{meta.code}.md": render_rule_markdown(meta) for meta in rules}
    written["README.md"] = _index(rules)
    return written


def _index(rules: list[RuleMeta]) -> str:
    lines = [
        "# scrlint rules",
        "",
        "Every built-in rule, by family. Each page is what `scrlint rule CODE` prints: why the",
        "rule matters, what it cannot see, the guidance it rests on, and examples. Written by",
        "`docs/make_rule_docs.py` from the rules themselves; do not edit by hand.",
    ]
    families: dict[str, list[RuleMeta]] = {}
    for meta in rules:
        families.setdefault(meta.family_name, []).append(meta)
    for family, members in sorted(families.items()):
        lines += ["", f"## {family}", "", "| Rule | Severity | Finds |", "| --- | --- | --- |"]
        lines += [
            f"| [{m.code} {m.name}]({m.code}.md) | {m.severity}"
            f"{'' if m.default_enabled else ' (off)'} | {_cell(m.summary)} |"
            for m in members
        ]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def main() -> None:
    RULE_DOCS.mkdir(exist_ok=True)
    written = pages()
    for stale in set(p.name for p in RULE_DOCS.glob("*.md")) - set(written):
        (RULE_DOCS / stale).unlink()
    for name, text in written.items():
        (RULE_DOCS / name).write_text(text, encoding="utf-8")
    print(f"make_rule_docs: wrote {len(written)} pages to {RULE_DOCS}")


if __name__ == "__main__":
    main()
