"""Turn the paths a user gives into report files, with a clear problem for each bad one."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scrlint.document.readers import is_report_file

STDIN = "-"
_SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__"})


@dataclass(frozen=True)
class InputProblem:
    """A path that cannot be checked, and why."""

    path: str
    message: str


def expand_paths(paths: list[str]) -> Iterator[str | InputProblem]:
    """Yield report files in order, ``-`` for stdin, or a problem for each bad path.

    Folders give every report file below them (sorted), skipping hidden and tool folders,
    links and anything that is not a regular file.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = list(_walk(path))
            if not any(isinstance(item, str) for item in found):
                found.append(InputProblem(raw, "the folder holds no reports (.md, .txt, .docx)"))
            yield from found
        elif path.is_file():
            yield raw
        elif path.exists():
            yield InputProblem(raw, "not a regular file or folder")
        else:
            yield InputProblem(raw, "no such file or folder")


def _walk(folder: Path) -> Iterator[str | InputProblem]:
    problems: list[InputProblem] = []

    def unreadable(error: OSError) -> None:
        problems.append(
            InputProblem(
                str(error.filename or folder), f"cannot read the folder: {error.strerror or error}"
            )
        )

    for directory, subdirs, files in os.walk(folder, onerror=unreadable):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(files):
            # "~$draft.docx" is the lock file Word keeps beside a document while it is open.
            if not is_report_file(name) or name.startswith((".", "~$")):
                continue
            path = Path(directory) / name
            try:
                regular = stat.S_ISREG(path.lstat().st_mode)
            except OSError as error:
                yield InputProblem(str(path), f"cannot read the file: {error.strerror or error}")
                continue
            if regular:
                yield str(path)
        yield from problems
        problems.clear()
