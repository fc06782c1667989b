"""``--format github``: workflow commands, ranked, capped per severity, the rest summarised."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrlint.cli import main
from scrlint.document.model import Origin, OriginMap
from scrlint.engine import FileResult
from scrlint.finding import Finding, Position, Severity
from scrlint.formatters.github import SUMMARY_VARIABLE, write_github
from scrlint.report import RunReport
from tests.conftest import FIXTURES

FLAWED = FIXTURES / "reports" / "exec-summary@2010" / "flawed.md"
_COMMAND = re.compile(r"::(error|warning|notice) ([^:]*)::(.*)")


def _unescape(text: str) -> str:
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    """A workflow command as (kind, properties, message), as the runner reads it."""
    match = _COMMAND.fullmatch(line)
    assert match, line
    kind, properties, message = match.groups()
    fields = dict(item.split("=", 1) for item in properties.split(","))
    return kind, {k: _unescape(v) for k, v in fields.items()}, _unescape(message)


def _finding(
    code: str, severity: Severity, line: int, message: str = "m", end_line: int | None = None
) -> Finding:
    start = Position(line * 100, line, 3, 2)
    end = Position(line * 100 + 5, end_line or line, 8, 7)
    return Finding(code, "some-rule", severity, message, start, end, "structure")


def _output(*results: FileResult) -> list[str]:
    out = io.StringIO()
    write_github(RunReport(list(results)), out, False)
    return out.getvalue().splitlines()


def test_a_command_carries_the_place_the_rule_and_the_message() -> None:
    finding = _finding("STR001", Severity.ERROR, 4, "Required section is missing.")
    (line,) = _output(FileResult("docs/review.md", [finding]))
    assert line == (
        "::error file=docs/review.md,line=4,col=3,endLine=4,endColumn=8,"
        "title=STR001 some-rule::Required section is missing."
    )


def test_a_range_over_several_lines_has_no_columns() -> None:
    (line,) = _output(FileResult("r.md", [_finding("STR001", Severity.INFO, 4, end_line=6)]))
    kind, properties, _message = _parse(line)
    assert kind == "notice"
    assert properties == {"file": "r.md", "line": "4", "endLine": "6", "title": "STR001 some-rule"}


def test_a_word_or_pdf_report_is_annotated_on_the_file_with_its_place_in_the_title() -> None:
    origins = OriginMap([(0, Origin(1, paragraph=12), 10_000)])
    finding = _finding("REC001", Severity.WARNING, 4)  # offset 400: character 401
    result = FileResult("draft.docx", [finding], origins=origins)
    kind, properties, _message = _parse(_output(result)[0])
    assert kind == "warning"
    assert properties == {"file": "draft.docx", "title": "REC001 some-rule at ¶12:401"}


def test_commands_are_ranked_by_severity_then_file_then_position() -> None:
    first = FileResult(
        "a.md",
        [
            _finding("RDB001", Severity.INFO, 1),
            _finding("STR002", Severity.WARNING, 2),
            _finding("STR001", Severity.ERROR, 3),
        ],
    )
    second = FileResult(
        "b.md", [_finding("ANO001", Severity.ERROR, 1), _finding("REC001", Severity.WARNING, 5)]
    )
    parsed = [_parse(line) for line in _output(first, second)]
    assert [(kind, p["file"], p["line"]) for kind, p, _m in parsed] == [
        ("error", "a.md", "3"),
        ("error", "b.md", "1"),
        ("warning", "a.md", "2"),
        ("warning", "b.md", "5"),
        ("notice", "a.md", "1"),
    ]


def _many() -> FileResult:
    findings = [_finding("STR001", Severity.ERROR, n, f"error {n}") for n in range(1, 13)]
    findings += [_finding("REC001", Severity.WARNING, n, f"warning {n}") for n in range(20, 31)]
    findings += [_finding("RDB001", Severity.INFO, n, f"info {n}") for n in range(40, 43)]
    return FileResult("r|1.md", sorted(findings, key=Finding.sort_key))


def test_only_ten_of_each_severity_are_annotated_and_the_rest_counted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(SUMMARY_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    *commands, count = _output(_many())
    kinds = [_parse(line)[0] for line in commands]
    assert kinds == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 3
    assert [_parse(line)[2] for line in commands[:10]] == [f"error {n}" for n in range(1, 11)]
    assert count == (
        "scrlint: 3 findings not annotated (2 errors, 1 warning); "
        "run scrlint with --format text to see them all."
    )
    assert list(tmp_path.iterdir()) == [], "no summary file without GITHUB_STEP_SUMMARY"


def test_nothing_is_counted_when_nothing_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SUMMARY_VARIABLE, raising=False)
    lines = _output(FileResult("r.md", [_finding("STR001", Severity.ERROR, n) for n in range(10)]))
    assert len(lines) == 10 and all(line.startswith("::error ") for line in lines)


def test_the_rest_is_appended_to_the_step_summary_with_the_grades(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    monkeypatch.setenv(SUMMARY_VARIABLE, str(summary))
    clean = FileResult("clean.md")
    *_commands, count = _output(_many(), clean)
    assert count.endswith("; they are listed in the step summary.")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n## scrlint: 3 findings not shown as annotations\n")
    rows = text.split("| --- | --- | --- | --- | --- |\n")[1].split("\n\n")[0].splitlines()
    assert rows == [
        "| r\\|1.md | 11 | STR001 | error | error 11 |",
        "| r\\|1.md | 12 | STR001 | error | error 12 |",
        "| r\\|1.md | 30 | REC001 | warning | warning 30 |",
    ]
    assert f"| clean.md | {clean.grade.band} | {clean.grade.score}/100 |" in text
    assert f"| r\\|1.md | {_many().grade.band} |" in text


def test_no_summary_is_written_when_everything_is_annotated(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv(SUMMARY_VARIABLE, str(summary))
    _output(FileResult("r.md", [_finding("STR001", Severity.ERROR, 1)]))
    assert not summary.exists()


def test_an_unwritable_summary_is_reported_on_the_count_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(SUMMARY_VARIABLE, str(tmp_path / "missing" / "summary.md"))
    *_commands, count = _output(_many())
    assert "cannot write the step summary" in count


def test_messages_and_properties_are_escaped() -> None:
    finding = _finding("STR001", Severity.WARNING, 2, "100% sure:\r\nnext, line")
    (line,) = _output(FileResult("dir,1/a:b%.md", [finding]))
    assert "\n" not in line and "\r" not in line
    assert "file=dir%2C1/a%3Ab%25.md," in line
    assert line.endswith("::100%25 sure:%0D%0Anext, line")
    _kind, properties, message = _parse(line)
    assert properties["file"] == "dir,1/a:b%.md"
    assert message == "100% sure:\r\nnext, line"


def test_the_cli_writes_one_command_per_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SUMMARY_VARIABLE, raising=False)
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(FLAWED), "--format", "github"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    commands = [_parse(line) for line in lines if line.startswith("::")]
    assert {p["file"] for _k, p, _m in commands} == {str(FLAWED)}
    ranks = {"error": 0, "warning": 1, "notice": 2}
    assert [ranks[k] for k, _p, _m in commands] == sorted(ranks[k] for k, _p, _m in commands)
    concise = runner.invoke(main, ["check", str(FLAWED), "--format", "concise"]).output
    left_out = len(concise.splitlines()) - len(commands)
    assert left_out > 0, "the fixture has more than ten notices"
    assert lines[-1].startswith(f"scrlint: {left_out} findings not annotated (")
