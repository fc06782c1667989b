"""Third-party rules from the ``scrlint.rules`` entry-point group.

An entry point may name a Rule subclass, a Rule instance, or a callable returning an iterable
of those and of folders of YAML rules. A plugin that fails to load is skipped with a warning,
unless the config lists it in ``require-plugins``.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from scrlint import __version__
from scrlint.errors import PluginError
from scrlint.rule import Rule

GROUP = "scrlint.rules"


@dataclass
class LoadedPlugins:
    """What the installed plugins provide, and which failed."""

    rules: dict[str, list[Rule]] = field(default_factory=dict)
    pack_roots: dict[str, list[Path]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    loaded: list[str] = field(default_factory=list)


def _items(obj: Any) -> Iterable[Any]:
    if inspect.isclass(obj) and issubclass(obj, Rule):
        return [obj]
    if isinstance(obj, Rule):
        return [obj]
    if callable(obj):
        return list(obj())
    raise TypeError(f"entry point gave {type(obj).__name__}, not a Rule or a callable")


def _collect(name: str, obj: Any, into: LoadedPlugins) -> None:
    rules: list[Rule] = []
    roots: list[Path] = []
    for item in _items(obj):
        if inspect.isclass(item) and issubclass(item, Rule):
            rules.append(item())
        elif isinstance(item, Rule):
            rules.append(item)
        elif isinstance(item, (str, Path)) or hasattr(item, "iterdir"):
            roots.append(Path(str(item)))
        else:
            raise TypeError(f"plugin item {item!r} is not a Rule or a folder of YAML rules")
    into.rules[name] = rules
    into.pack_roots[name] = roots


def load_plugins() -> LoadedPlugins:
    """Load every installed plugin, isolating failures."""
    loaded = LoadedPlugins()
    for entry in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        dist = getattr(entry, "dist", None)
        label = f"{entry.name} ({dist.name} {dist.version})" if dist else entry.name
        try:
            _collect(entry.name, entry.load(), loaded)
        except Exception as exc:  # a plugin's bug must not stop scrlint
            loaded.failures[entry.name] = (
                f"plugin {label} failed to load with scrlint {__version__}: "
                f"{type(exc).__name__}: {exc}"
            )
        else:
            loaded.loaded.append(entry.name)
    return loaded


def require(plugins: LoadedPlugins, names: Iterable[str]) -> None:
    """Check that every required plugin loaded.

    Raises:
        PluginError: naming the first required plugin that failed or is not installed.
    """
    for name in names:
        if name in plugins.failures:
            raise PluginError(f"required {plugins.failures[name]}")
        if name not in plugins.loaded:
            raise PluginError(f"required plugin {name!r} is not installed")
