"""Writing a command's output file safely: never over its input, and whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from scrlint.errors import InputError


def same_file(path: Path, other: Path) -> bool:
    """Whether two paths name one file (so writing one would overwrite the other)."""
    try:
        return path.resolve() == other.resolve() or (path.exists() and path.samefile(other))
    except OSError:
        return False


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, so it lands whole.

    Raises:
        InputError: the file cannot be written.
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
