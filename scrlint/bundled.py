"""Where scrlint's own data lives, and whether a file is part of it.

The bundled rule packs, statements, profiles and tables are validated against their schemas
by the test suite (tests/test_bundled_data.py), so a run validates only files that users
supply; schema validation of the bundled files was a tenth of every run's start-up.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def pack_root() -> Path:
    """The bundled packs: ``scrlint/_packs`` in a wheel, ``rules/`` in a source checkout."""
    bundled = Path(str(resources.files("scrlint"))) / "_packs"
    if bundled.is_dir():
        return bundled.resolve()
    return Path(__file__).resolve().parent.parent / "rules"


def is_bundled(where: str | Path) -> bool:
    """Whether ``where``, an absolute file path, lies in the bundled packs.

    Relative paths never count, so a user's file in a working directory inside ``rules/`` is
    still validated.
    """
    path = Path(where)
    return path.is_absolute() and path.resolve().is_relative_to(pack_root())
