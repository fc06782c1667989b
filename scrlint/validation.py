"""JSON Schema validation with messages that name the file and the key path."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrlint.bundled import is_bundled

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_UNEXPECTED = re.compile(r"'([^']+)' (?:was|were) unexpected")


@cache
def schema(name: str) -> dict[str, Any]:
    """Load a schema shipped in ``scrlint/schemas``."""
    text = resources.files("scrlint").joinpath("schemas", name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator(name: str) -> Draft202012Validator:
    # Imported here: a run whose files are all bundled never needs jsonschema (0.05 s).
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


def value_errors(value: Any, value_schema: Mapping[str, Any]) -> list[str]:
    """The messages of every way ``value`` breaks ``value_schema`` (a rule option's schema)."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(dict(value_schema))
    return [error.message for error in validator.iter_errors(value)]


def _key_path(parts: Iterator[Any] | list[Any], prefix: str) -> str:
    path = prefix
    for part in parts:
        path = (
            f"{path}[{part}]"
            if isinstance(part, int)
            else (f"{path}.{part}" if path else str(part))
        )
    return path or "(top level)"


def _describe(error: ValidationError, prefix: str) -> list[tuple[str, str]]:
    parts = list(error.absolute_path)
    if error.validator in ("additionalProperties", "unevaluatedProperties"):
        unexpected = _UNEXPECTED.search(error.message)
        keys = unexpected.group(1).split("', '") if unexpected else []
        if keys:
            return [(_key_path([*parts, key], prefix), "unknown key") for key in keys]
    return [(_key_path(parts, prefix), error.message)]


def problem_list(
    instance: Any, schema_name: str, prefix: str = "", *, source: str | Path | None = None
) -> list[tuple[str, str]]:
    """Return every schema violation as (key path, message), sorted by path.

    A ``source`` among the bundled files is not checked: the test suite validates those.
    """
    if source is not None and is_bundled(source):
        return []
    errors = sorted(
        _validator(schema_name).iter_errors(instance),
        key=lambda e: [str(p) for p in e.absolute_path],
    )
    return [item for error in errors for item in _describe(error, prefix)]


def problems(
    instance: Any, schema_name: str, prefix: str = "", *, source: str | Path | None = None
) -> list[str]:
    """Return every schema violation as ``key.path: message``, sorted by path."""
    found = problem_list(instance, schema_name, prefix, source=source)
    return [f"{path}: {message}" for path, message in found]
