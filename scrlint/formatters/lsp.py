"""LSP diagnostics: a JSON array of ``PublishDiagnosticsParams``, one per report.

For editors and tools that speak the Language Server Protocol without running ``scrlint lsp``.
LSP positions are 0-based lines and UTF-16 code units, which Position carries already.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from scrlint.engine import FileResult
from scrlint.finding import Finding, Position, Severity
from scrlint.report import RunReport

# Where each rule's documentation lives; ``{code}`` is the rule code.
RULE_DOCS_URL = "https://github.com/scrlint/scrlint/blob/main/docs/rules/{code}.md"
# DiagnosticSeverity: 1 Error, 2 Warning, 3 Information (4 Hint is not used).
_SEVERITIES = {Severity.ERROR: 1, Severity.WARNING: 2, Severity.INFO: 3}


def _position(position: Position) -> dict[str, int]:
    return {"line": position.line - 1, "character": position.utf16_column}


def diagnostic(finding: Finding) -> dict[str, Any]:
    """An LSP Diagnostic; carries the masked message only, never the flagged text."""
    return {
        "range": {"start": _position(finding.start), "end": _position(finding.end)},
        "severity": _SEVERITIES[finding.severity],
        "code": finding.code,
        "codeDescription": {"href": RULE_DOCS_URL.format(code=finding.code)},
        "source": "scrlint",
        "message": finding.message,
        "data": {"fingerprint": finding.fingerprint},
    }


def publish_params(result: FileResult) -> dict[str, Any]:
    """One report's diagnostics, in source order, under its file URI."""
    return {
        "uri": Path(result.path).resolve().as_uri(),
        "diagnostics": [diagnostic(finding) for finding in result.findings],
    }


def write_lsp(report: RunReport, out: TextIO, color: bool) -> None:
    json.dump([publish_params(r) for r in report.checked], out, indent=2, ensure_ascii=False)
    out.write("\n")
