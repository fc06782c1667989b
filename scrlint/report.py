"""A finished run: per-file results, warnings, counts and the exit decision."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from scrlint import __version__
from scrlint.baseline import Outcome
from scrlint.engine import FileResult
from scrlint.finding import Severity
from scrlint.grade import Band
from scrlint.rule import RuleMeta


@dataclass
class RunReport:
    """What formatters render."""

    results: list[FileResult]
    warnings: list[str] = field(default_factory=list)
    version: str = __version__
    # --show-personal-data: the text format may show it; machine formats never do
    reveal_personal_data: bool = False
    # every rule of the registry the run used, for formats that describe them all (SARIF)
    rules: tuple[RuleMeta, ...] = ()
    # what --baseline hid, if one was given
    baseline: Outcome | None = None

    @property
    def checked(self) -> list[FileResult]:
        return [r for r in self.results if r.error is None]

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.error is not None]

    def counts(self) -> Counter[Severity]:
        return Counter(f.severity for r in self.checked for f in r.findings)

    def exit_code(self, fail_on: Severity | None = None, fail_under: Band | None = None) -> int:
        """0 clean, 1 a finding at or above the threshold or a grade below ``fail_under``, 2 an
        input or usage error."""
        if self.failed:
            return 2
        if fail_under is not None and any(r.grade.band < fail_under for r in self.checked):
            return 1
        for result in self.checked:
            threshold = fail_on or (result.config.fail_on if result.config else Severity.ERROR)
            if any(f.severity >= threshold for f in result.findings):
                return 1
        return 0
