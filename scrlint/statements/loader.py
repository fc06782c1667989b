"""Read statements from ``rules/statements/*.yaml``, validated by a JSON Schema."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from scrlint.bundled import pack_root
from scrlint.errors import PackError
from scrlint.patterns import compile_pattern
from scrlint.statements.model import Clause, Concept, Statement, Term
from scrlint.validation import problems
from scrlint.yamlfile import load_yaml

STATEMENT_DIR = "statements"


def statement_root() -> Path:
    """The bundled statements."""
    return pack_root() / STATEMENT_DIR


def _concept(name: str, raw: Mapping[str, Any], where: str) -> Concept:
    return Concept(
        name=name,
        words=tuple(w.lower() for w in raw.get("words", ())),
        phrases=tuple(p.lower() for p in raw.get("phrases", ())),
        regex=tuple(compile_pattern(p, f"{where}: {name}", flags=0) for p in raw.get("regex", ())),
        patterns=tuple(tuple(p) for p in raw.get("patterns", ())),
        pronouns=tuple(p.lower() for p in raw.get("pronouns", ())),
        pronoun_scope=raw.get("pronoun-scope", "paragraph"),
        rivals={
            rival: tuple(p.lower() for p in pronouns)
            for rival, pronouns in raw.get("rivals", {}).items()
        },
        exclude=tuple(e.lower() for e in raw.get("exclude", ())),
    )


def _clause(raw: Mapping[str, Any]) -> Clause:
    def terms(key: str) -> tuple[Term, ...]:
        return tuple(Term.parse(t) for t in raw.get(key, ()))

    subject = raw.get("subject")
    return Clause(
        head=Term.parse(raw["head"]),
        head_deps=tuple(raw.get("head-deps", ())),
        subject_deps=tuple(raw.get("subject-deps", ())),
        subject=Term.parse(subject) if subject else None,
        within=terms("within"),
        dependents=terms("dependents"),
        sentence=terms("sentence"),
        none=terms("none"),
    )


def parse_statement(data: Any, where: str) -> Statement:
    """Build a statement from parsed YAML.

    Raises:
        PackError: naming ``where`` and the problem (schema, unknown concept, bad pattern).
    """
    found = problems(data, "statement.schema.json", source=where)
    if found:
        raise PackError(f"{where}: " + "; ".join(found))
    concepts = {name: _concept(name, raw, where) for name, raw in data["concepts"].items()}
    clauses = tuple(_clause(c) for c in data["clauses"])
    rivals = {r for c in concepts.values() for r in c.rivals}
    if rivals - set(concepts):
        raise PackError(f"{where}: rivals name unknown concepts {sorted(rivals - set(concepts))}")
    for clause in clauses:
        unknown = sorted({t.concept for t in clause.terms()} - set(concepts))
        if unknown:
            raise PackError(f"{where}: clauses name unknown concepts {unknown}")
    return Statement(
        id=data["id"],
        summary=data["summary"],
        triggers=tuple(
            compile_pattern(t, f"{where}: trigger")
            for t in ([data["trigger"]] if isinstance(data["trigger"], str) else data["trigger"])
        ),
        concepts=concepts,
        clauses=clauses,
        veto=tuple(compile_pattern(v, f"{where}: veto") for v in data.get("veto", ())),
        paragraph_triggers=tuple(
            compile_pattern(t, f"{where}: paragraph-trigger")
            for t in data.get("paragraph-trigger", ())
        ),
        headings=data.get("headings", False),
        path=where,
    )


@functools.cache
def load_statements(folder: Path | None = None) -> Mapping[str, Statement]:
    """Every statement in ``folder`` (the bundled ones by default), by id.

    Raises:
        PackError: a file is unreadable, invalid, or named differently from its id.
    """
    folder = folder or statement_root()
    statements: dict[str, Statement] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = load_yaml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise PackError(f"{path}: cannot read statement: {exc}") from None
        statement = parse_statement(data, str(path))
        if statement.id != path.stem:
            raise PackError(f"{path}: id {statement.id!r} does not match the file name")
        statements[statement.id] = statement
    return statements
