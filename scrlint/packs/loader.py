"""Load YAML rule packs: a folder of ``<CODE>-<name>.yaml`` files, one rule each."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from scrlint.errors import PackError
from scrlint.finding import Severity
from scrlint.packs.catalog import KINDS
from scrlint.packs.kinds import YamlRule
from scrlint.rule import Citation, Example, Measured, Option, RuleMeta
from scrlint.statements.loader import STATEMENT_DIR, load_statements, statement_root
from scrlint.statements.model import Statement
from scrlint.validation import problem_list, problems
from scrlint.yamlfile import load_yaml

SKIPPED_FOLDERS = frozenset({"profiles", "statements", "citations"})
# Data tables that Python rules read, beside the rule files of their family.
DATA_FILES = frozenset({"glossary.yaml", "jargon.yaml"})


def _line_of(path: Path, text: str, problems_found: list[tuple[str, str]]) -> str:
    """Return ``path:line`` of the first top-level key named in a problem, for error messages."""
    keys = [p.split(".")[0].split("[")[0] for p, _m in problems_found if p != "(top level)"]
    node = yaml.compose(text)
    if keys and isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            if getattr(key, "value", None) == keys[0]:
                return f"{path}:{key.start_mark.line + 1}"
    return str(path)


def parse_rule(
    data: Any, where: str, origin: str, statements: Mapping[str, Statement] | None = None
) -> YamlRule:
    """Build a rule from one parsed YAML file.

    Raises:
        PackError: naming ``where`` and the key path of each problem.
    """
    found = problems(data, "rule.schema.json", source=where)
    if found:
        raise PackError(f"{where}: " + "; ".join(found))
    return _build_rule(data, where, origin, statements)


def _build_rule(
    data: Any, where: str, origin: str, statements: Mapping[str, Statement] | None
) -> YamlRule:
    """Build a rule from YAML that has passed the schema."""
    meta = RuleMeta(
        code=data["code"],
        name=data["name"],
        severity=Severity.parse(data["severity"]),
        dimension=data["dimension"],
        summary=data["summary"],
        rationale=data["rationale"],
        limitations=data["limitations"],
        guidance=tuple(
            Citation(g["source"], g["text"], g.get("label", "U")) for g in data["guidance"]
        ),
        bad=tuple(
            Example(e["text"], e.get("profile"), e.get("note", "")) for e in data["examples"]["bad"]
        ),
        good=tuple(
            Example(e["text"], e.get("profile"), e.get("note", ""))
            for e in data["examples"]["good"]
        ),
        options={
            name: Option(o["default"], o["description"], o.get("schema", {}))
            for name, o in data.get("options", {}).items()
        },
        default_enabled=data.get("default_enabled", True),
        origin=origin,
        measured=Measured(**data["measured"]) if "measured" in data else None,
    )
    kind = KINDS[data["kind"]]
    meta = dataclasses.replace(meta, needs=kind.needs)
    meta.validate(where)
    try:
        data["message"].format_map({name: "" for name in kind.placeholders})
    except (KeyError, ValueError, IndexError) as exc:
        allowed = ", ".join("{" + p + "}" for p in sorted(kind.placeholders))
        raise PackError(
            f"{where}: message: placeholder {exc} is not allowed "
            f"for kind {data['kind']} (allowed: {allowed})"
        ) from None
    try:
        return kind(meta, data["message"], data, statements)
    except PackError as exc:
        raise PackError(f"{where}: {exc}") from None


def load_rule_file(
    path: Path, origin: str, statements: Mapping[str, Statement] | None = None
) -> YamlRule:
    """Read, validate and build one YAML rule; its file name must be ``<code>-<name>.yaml``.

    Raises:
        PackError: the file is unreadable, invalid, or misnamed.
    """
    try:
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: cannot read rule: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise PackError(
            f"{where}: cannot read rule: invalid YAML: "
            f"{getattr(exc, 'problem', None) or 'syntax error'}"
        ) from None
    found = problem_list(data, "rule.schema.json", source=path)
    if found:
        where = _line_of(path, text, found)
        raise PackError(f"{where}: " + "; ".join(f"{k}: {m}" for k, m in found))
    rule = _build_rule(data, str(path), origin, statements)
    expected = f"{rule.meta.code}-{rule.meta.name}"
    if path.stem != expected:
        raise PackError(f"{path}: the file must be named {expected}.yaml after its code and name")
    return rule


def pack_files(root: Path) -> Iterator[Path]:
    """Yield the rule files of a pack root, skipping profile folders and data tables."""
    for path in sorted(root.rglob("*.yaml")):
        if path.name in DATA_FILES:
            continue
        if not SKIPPED_FOLDERS.intersection(path.relative_to(root).parts[:-1]):
            yield path


def load_packs(roots: Iterable[tuple[Path, str]]) -> list[YamlRule]:
    """Load every rule of every (root, origin) pack."""
    rules: list[YamlRule] = []
    for root, origin in roots:
        if not root.is_dir():
            raise PackError(f"{root}: rule pack folder does not exist")
        statements = pack_statements(root)
        rules.extend(load_rule_file(path, origin, statements) for path in pack_files(root))
    return rules


def pack_statements(root: Path) -> Mapping[str, Statement]:
    """The statements a pack's rules can name: the bundled ones, then the pack's own.

    Raises:
        PackError: a statement file of the pack is invalid.
    """
    own = root / STATEMENT_DIR
    if not own.is_dir() or own == statement_root():
        return load_statements()
    return {**load_statements(), **load_statements(own)}
