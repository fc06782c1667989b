"""The baseline: findings a project has accepted for now, hidden until they change.

A team adopting scrlint on reports already written records today's findings
(``--update-baseline``) and from then on sees only new ones. Each finding is recorded by report
path, rule code and fingerprint, a hash of the rule and the flagged lines
(``Finding.fingerprint``), and never by its message or source text: the file is committed and
shared, and a message may quote personal data. Line numbers are left out, so a finding stays
hidden when text above it moves. Entries are a multiset: a baseline that records a problem twice
in a report hides two such findings and shows a third.

Hidden findings are like suppressed ones: they count toward neither the exit code nor the
grade. The CLI applies the baseline to the engine's results; the engine knows nothing of it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrlint.errors import ScrlintError
from scrlint.validation import problems

if TYPE_CHECKING:
    from scrlint.engine import FileResult

SCHEMA_ID = "scrlint.baseline/1"
SCHEMA_FILE = "baseline.schema.json"


class BaselineError(ScrlintError):
    """The baseline file is missing, unreadable or invalid, or cannot be written."""


@dataclasses.dataclass(frozen=True, order=True)
class Entry:
    """One recorded finding; the field order is the file's sort order."""

    path: str
    code: str
    fingerprint: str


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What applying a baseline did: for the summary line, the json output and the warning."""

    file: str
    hidden: int
    stale: int  # entries for reports checked in this run that matched no finding

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "hidden": self.hidden, "stale": self.stale}


def stale_entries(count: int) -> str:
    """'1 stale entry', '2 stale entries': for the warning and the text summary."""
    return f"{count} stale {'entry' if count == 1 else 'entries'}"


def entry_path(path: str) -> str:
    """A report's path as the baseline records it: relative to the working folder when it lies
    below it, else as given, with forward slashes, so that ``./a.md``, ``a.md`` and the same
    path on Windows match."""
    if os.path.isabs(path):
        with contextlib.suppress(ValueError):  # Windows: another drive
            below = os.path.relpath(path)
            path = path if below.startswith(os.pardir) else below
    return os.path.normpath(path).replace(os.sep, "/")


def _entries(results: Iterable[FileResult]) -> list[Entry]:
    return sorted(
        Entry(entry_path(result.path), finding.code, finding.fingerprint)
        for result in results
        if result.error is None
        for finding in result.findings
    )


def load(path: Path) -> Counter[Entry]:
    """Read a baseline file.

    Raises:
        BaselineError: the file is missing, unreadable, not JSON or not a valid baseline.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline; --update-baseline writes it") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: invalid baseline: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"{path}: invalid baseline: not JSON ({exc.msg} at line {exc.lineno})"
        ) from None
    found = problems(data, SCHEMA_FILE)
    if found:
        raise BaselineError(f"{path}: invalid baseline: {found[0]}")
    return Counter(Entry(e["path"], e["code"], e["fingerprint"]) for e in data["findings"])


def write(path: Path, results: Iterable[FileResult]) -> int:
    """Record every finding of ``results`` (all severities), sorted; return how many.

    Raises:
        BaselineError: the file cannot be written.
    """
    entries = _entries(results)
    data = {"schema": SCHEMA_ID, "findings": [dataclasses.asdict(e) for e in entries]}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from None
    return len(entries)


def apply(results: Iterable[FileResult], recorded: Counter[Entry], file: str) -> Outcome:
    """Remove the recorded findings from each result, counting them in ``baselined``.

    An entry is stale only if its report was checked in this run: checking some of the
    reports (a pre-commit hook passes the changed ones) says nothing about the others.
    """
    remaining = Counter(recorded)
    checked: set[str] = set()
    hidden = 0
    for result in results:
        if result.error is not None:
            continue
        path = entry_path(result.path)
        checked.add(path)
        shown = []
        for finding in result.findings:
            entry = Entry(path, finding.code, finding.fingerprint)
            if remaining[entry] > 0:
                remaining[entry] -= 1
                result.baselined += 1
                hidden += 1
            else:
                shown.append(finding)
        result.findings = shown
    stale = sum(count for entry, count in remaining.items() if entry.path in checked)
    return Outcome(file, hidden, stale)
