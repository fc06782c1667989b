"""``--format lsp``: PublishDiagnosticsParams with 0-based lines and UTF-16 characters."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from scrlint.cli import main
from scrlint.document.lines import LineIndex
from scrlint.engine import FileResult
from scrlint.finding import Finding, Severity
from scrlint.formatters.lsp import RULE_DOCS_URL, write_lsp
from scrlint.report import RunReport

TEXT = "# Review\n\nA 😀 smile, then \U0001f9d2 the child was seen.\n"


def _finding(code: str, severity: Severity, start: int, end: int) -> Finding:
    lines = LineIndex(TEXT)
    return Finding(
        code,
        "some-rule",
        severity,
        f"{code} message",
        lines.position(start),
        lines.position(end),
        "child-focus",
        fingerprint=f"fp-{code}",
    )


def _lsp(*results: FileResult) -> list[dict[str, Any]]:
    out = io.StringIO()
    write_lsp(RunReport(list(results)), out, False)
    parsed: list[dict[str, Any]] = json.loads(out.getvalue())
    return parsed


def _utf16(line: str, character: int) -> str:
    """The text of ``line`` before UTF-16 offset ``character``, as an editor counts it."""
    return line.encode("utf-16-le")[: 2 * character].decode("utf-16-le")


def test_ranges_count_utf16_code_units_after_a_non_bmp_character() -> None:
    start = TEXT.index("the child")
    (params,) = _lsp(FileResult("r.md", [_finding("CHV001", Severity.WARNING, start, start + 9)]))
    (diagnostic,) = params["diagnostics"]
    line = TEXT.splitlines()[2]
    assert diagnostic["range"] == {
        "start": {"line": 2, "character": line.index("the child") + 2},
        "end": {"line": 2, "character": line.index("the child") + 11},
    }
    begin, end = diagnostic["range"]["start"]["character"], diagnostic["range"]["end"]["character"]
    assert _utf16(line, end)[len(_utf16(line, begin)) :] == "the child"


def test_a_diagnostic_has_every_field() -> None:
    (params,) = _lsp(FileResult("r.md", [_finding("CHV001", Severity.WARNING, 0, 1)]))
    assert params["uri"] == Path("r.md").resolve().as_uri()
    assert params["diagnostics"] == [
        {
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}},
            "severity": 2,
            "code": "CHV001",
            "codeDescription": {"href": RULE_DOCS_URL.format(code="CHV001")},
            "source": "scrlint",
            "message": "CHV001 message",
            "data": {"fingerprint": "fp-CHV001"},
        }
    ]
    assert RULE_DOCS_URL.format(code="CHV001").endswith("/CHV001.md")


def test_severities_map_to_lsp_numbers() -> None:
    findings = [
        _finding("STR001", Severity.ERROR, 0, 1),
        _finding("STR002", Severity.WARNING, 2, 3),
        _finding("RDB001", Severity.INFO, 4, 5),
    ]
    (params,) = _lsp(FileResult("r.md", findings))
    assert [(d["code"], d["severity"]) for d in params["diagnostics"]] == [
        ("STR001", 1),
        ("STR002", 2),
        ("RDB001", 3),
    ]


def test_files_keep_run_order_and_failed_files_are_left_out() -> None:
    results = [FileResult("b.md"), FileResult("gone.md", error="cannot read"), FileResult("a.md")]
    uris = [params["uri"] for params in _lsp(*results)]
    assert uris == [Path("b.md").resolve().as_uri(), Path("a.md").resolve().as_uri()]


def test_the_cli_gives_editor_ranges_in_source_order(tmp_path: Path) -> None:
    report = tmp_path / "review.md"
    report.write_text(
        "# Local Child Safeguarding Practice Review: Child A\n\n## Background\n\n"
        "😀 Her mother's phone number was 07700 900123.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(report), "--format", "lsp"])
    (params,) = json.loads(result.output)
    assert params["uri"] == report.resolve().as_uri()
    diagnostics = params["diagnostics"]
    places = [(d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in diagnostics]
    assert places == sorted(places)
    (phone,) = [d for d in diagnostics if d["code"] == "ANO008"]  # a phone number
    line = report.read_text(encoding="utf-8").splitlines()[4]
    start, end = phone["range"]["start"]["character"], phone["range"]["end"]["character"]
    assert _utf16(line, end)[len(_utf16(line, start)) :] == "07700 900123"
    assert "07700" not in result.output
