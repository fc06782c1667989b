"""Configuration: found from the document's folder upward, validated by JSON Schema."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from scrlint.errors import ConfigError
from scrlint.finding import Severity
from scrlint.validation import problems

CONFIG_FILES = ("scrlint.toml", ".scrlint.toml", "pyproject.toml")
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024


@dataclass(frozen=True)
class Config:
    """The effective configuration for one document (defaults where no file says otherwise)."""

    path: Path | None = None
    profile: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    rule_paths: tuple[Path, ...] = ()
    require_plugins: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # acronym -> its meanings: one, or several when the project marks it ambiguous
    glossary: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # invented names the report uses as pseudonyms (ANO rules allow them)
    pseudonyms: tuple[str, ...] = ()

    @property
    def root(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def as_dict(self) -> dict[str, Any]:
        """The effective settings, in config-file key names (for ``scrlint config show``)."""
        return {
            "file": str(self.path) if self.path else None,
            "profile": self.profile,
            "select": list(self.select) if self.select is not None else None,
            "ignore": list(self.ignore),
            "extend-select": list(self.extend_select),
            "severity": dict(self.severity),
            "per-file-ignores": {k: list(v) for k, v in self.per_file_ignores.items()},
            "options": {k: dict(v) for k, v in self.options.items()},
            "rule-paths": [str(p) for p in self.rule_paths],
            "require-plugins": list(self.require_plugins),
            "fail-on": str(self.fail_on),
            "max-file-size": self.max_file_size,
            "glossary": {k: v[0] if len(v) == 1 else list(v) for k, v in self.glossary.items()},
            "pseudonyms": list(self.pseudonyms),
        }


def _table(path: Path) -> tuple[dict[str, Any] | None, str]:
    """Return the scrlint table of a config file (None if a pyproject has none) and its prefix."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("scrlint") if isinstance(tool, dict) else None
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: tool.scrlint: must be a table")
        return table, "tool.scrlint"
    return data, ""


def config_from_table(
    table: Mapping[str, Any], where: str, prefix: str = "", path: Path | None = None
) -> Config:
    """Validate a config table and build a Config; relative paths resolve from ``path``'s folder.

    Raises:
        ConfigError: naming ``where`` and the key path of each problem.
    """
    found = problems(table, "config.schema.json", prefix)
    if found:
        raise ConfigError(f"{where}: " + "; ".join(found))
    base = path.parent if path is not None else Path.cwd()
    return Config(
        path=path,
        profile=table.get("profile"),
        select=tuple(table["select"]) if "select" in table else None,
        ignore=tuple(table.get("ignore", ())),
        extend_select=tuple(table.get("extend-select", ())),
        severity=dict(table.get("severity", {})),
        per_file_ignores={k: tuple(v) for k, v in table.get("per-file-ignores", {}).items()},
        options=table.get("options", {}),
        rule_paths=tuple((base / p).resolve() for p in table.get("rule-paths", ())),
        require_plugins=tuple(table.get("require-plugins", ())),
        fail_on=Severity.parse(table.get("fail-on", "error")),
        max_file_size=table.get("max-file-size", DEFAULT_MAX_FILE_SIZE),
        glossary={
            acronym: (meaning,) if isinstance(meaning, str) else tuple(meaning)
            for acronym, meaning in table.get("glossary", {}).items()
        },
        pseudonyms=tuple(table.get("pseudonyms", ())),
    )


def parse_config(path: Path) -> Config | None:
    """Read and validate one config file; None for a pyproject.toml without [tool.scrlint].

    Raises:
        ConfigError: naming the file and the key path of each problem.
    """
    table, prefix = _table(path)
    if table is None:
        return None
    return config_from_table(table, str(path), prefix, path)


@lru_cache(maxsize=256)
def discover(folder: Path) -> Config:
    """Return the config for documents in ``folder``: the nearest config file upward, or defaults.

    Raises:
        ConfigError: the nearest config file is invalid.
    """
    folder = folder.resolve()
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                config = parse_config(candidate)
                if config is not None:
                    return config
    return Config()


def load_explicit(path: Path) -> Config:
    """Load a config file named with ``--config``.

    Raises:
        ConfigError: the file is missing, invalid, or a pyproject.toml without [tool.scrlint].
    """
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    config = parse_config(path.resolve())
    if config is None:
        raise ConfigError(f"{path}: has no [tool.scrlint] table")
    return config


def config_for(target: Path, explicit: Path | None = None) -> Config:
    """The config for a report or folder: ``explicit`` if given, else found upward.

    Raises:
        ConfigError: the config file is missing or invalid.
    """
    if explicit is not None:
        return load_explicit(explicit)
    # Resolved before the cached lookup: a relative folder names another place after a chdir.
    return discover((target if target.is_dir() else target.parent).resolve())
