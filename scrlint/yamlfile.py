"""Parse YAML safely and fast: libyaml's C loader when PyYAML was built with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from scrlint.errors import PackError

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Like ``yaml.safe_load``; the C loader reads the bundled packs several times faster.

    Raises:
        yaml.YAMLError: the text is not valid YAML.
    """
    return yaml.load(text, Loader=_LOADER)


def read_data_file(path: Path, what: str) -> Any:
    """The parsed YAML of a data table beside the rules (a glossary, the citations table).

    Raises:
        PackError: the file is unreadable or not YAML; the message names it and ``what`` it is.
    """
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PackError(f"{path}: cannot read the {what}: {exc}") from None
