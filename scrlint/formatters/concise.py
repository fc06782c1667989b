"""One line per finding: ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from typing import TextIO

from scrlint.formatters.common import location
from scrlint.report import RunReport


def write_concise(report: RunReport, out: TextIO, color: bool) -> None:
    for result in report.checked:
        for finding in result.findings:
            out.write(
                f"{location(finding, result)}: {finding.code} [{finding.severity}] "
                f"{finding.message}\n"
            )
