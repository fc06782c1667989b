"""The baseline (--baseline, --update-baseline) and byte-identical machine output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from jsonschema import Draft202012Validator

from scrlint.baseline import entry_path
from scrlint.cli import main
from scrlint.formatters import FORMATS
from scrlint.validation import schema
from tests.conftest import FIXTURES, ROOT

FLAWED = FIXTURES / "reports" / "exec-summary@2010" / "flawed.md"
# Two suppressions that silence nothing: two SLT003 findings with one fingerprint.
UNUSED = "<!-- scrlint-disable-next-line STR005 -- house style -->\n"
TWICE = f"# Review\n\nSome text.\n\n{UNUSED}One line.\n\n{UNUSED}Another line.\n"
ONLY_SLT = ("--profile", "generic", "--select", "SLT,STR")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test works in its own folder, as a project would: relative paths throughout."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["check", *args])


def as_json(*args: str) -> dict[str, Any]:
    result = run(*args, "--format", "json")
    data: dict[str, Any] = json.loads(result.stdout)
    Draft202012Validator(schema("report.schema.json")).validate(data)
    return data


def codes(data: dict[str, Any]) -> list[str]:
    return [f["code"] for file in data["files"] for f in file["findings"]]


def record(*args: str) -> Result:
    """``--update-baseline`` into bl.json; it must succeed quietly on stdout."""
    result = run(*args, "--baseline", "bl.json", "--update-baseline")
    assert result.exit_code == 0 and result.stdout == "", result.output
    return result


def test_findings_stay_hidden_when_lines_move() -> None:
    shutil.copy(FLAWED, "flawed.md")
    before = as_json("flawed.md", "--select", "STR")
    assert codes(before) == ["STR002", "STR001"]
    record("flawed.md", "--select", "STR")
    lines = Path("flawed.md").read_text(encoding="utf-8").splitlines(keepends=True)
    Path("flawed.md").write_text("".join([lines[0], "\n\n\n", *lines[1:]]), encoding="utf-8")
    moved = as_json("flawed.md", "--select", "STR")
    old_lines = [f["start"]["line"] for f in before["files"][0]["findings"]]
    assert [f["start"]["line"] for f in moved["files"][0]["findings"]] == [n + 3 for n in old_lines]
    hidden = as_json("flawed.md", "--select", "STR", "--baseline", "bl.json")
    assert codes(hidden) == []
    assert hidden["baseline"] == {"file": "bl.json", "hidden": 2, "stale": 0}


def test_paths_match_however_they_are_written() -> None:
    Path("a.md").write_text(TWICE, encoding="utf-8")
    record("./a.md", *ONLY_SLT)
    assert codes(as_json("a.md", *ONLY_SLT, "--baseline", "bl.json")) == []
    assert codes(as_json(str(Path("a.md").resolve()), *ONLY_SLT, "--baseline", "bl.json")) == []
    assert entry_path("./reports/../reports/a.md") == "reports/a.md"
    assert entry_path(str(Path.cwd() / "reports" / "a.md")) == "reports/a.md"
    elsewhere = str(Path.cwd().parent / "a.md")
    assert entry_path(elsewhere) == elsewhere.replace(os.sep, "/")


def test_a_fingerprint_recorded_twice_hides_two_findings_and_shows_a_third() -> None:
    Path("a.md").write_text(TWICE, encoding="utf-8")
    assert codes(as_json("a.md", *ONLY_SLT)) == ["SLT003", "SLT003"]
    record("a.md", *ONLY_SLT)
    entries = json.loads(Path("bl.json").read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 2 and entries[0] == entries[1]
    Path("a.md").write_text(TWICE + f"\n{UNUSED}A third line.\n", encoding="utf-8")
    data = as_json("a.md", *ONLY_SLT, "--baseline", "bl.json")
    assert [(f["code"], f["start"]["line"]) for f in data["files"][0]["findings"]] == [
        ("SLT003", 11)
    ]
    assert data["baseline"]["hidden"] == 2 and data["files"][0]["suppressed"] == 0


def test_stale_entries_are_reported_on_stderr_in_json_and_in_the_summary() -> None:
    Path("a.md").write_text(TWICE, encoding="utf-8")
    record("a.md", *ONLY_SLT)
    Path("a.md").write_text(TWICE.replace(UNUSED, "", 1), encoding="utf-8")
    text = run("a.md", *ONLY_SLT, "--baseline", "bl.json")
    assert text.exit_code == 0
    assert text.stderr.splitlines() == [
        "scrlint: warning: bl.json: 1 stale entry in the baseline (recorded findings no longer "
        "found); --update-baseline drops them"
    ]
    assert "All checks passed (1 file; 1 hidden by the baseline, 1 stale entry)." in text.stdout
    assert as_json("a.md", *ONLY_SLT, "--baseline", "bl.json")["baseline"] == {
        "file": "bl.json",
        "hidden": 1,
        "stale": 1,
    }
    # Entries for reports this run did not check are not stale (a hook checks changed files).
    Path("b.md").write_text("# Other\n\nText.\n", encoding="utf-8")
    other = run("b.md", *ONLY_SLT, "--baseline", "bl.json")
    assert other.stderr == "" and "hidden by the baseline" not in other.stdout


def test_update_writes_every_finding_sorted_and_no_text_of_the_report() -> None:
    shutil.copy(FLAWED, "flawed.md")
    selection = ("--select", "ANO,STR,RDB,SLT")
    data = as_json("flawed.md", *selection)
    findings = data["files"][0]["findings"]
    assert {f["severity"] for f in findings} == {"error", "warning", "info"}
    assert any(f["personal_data"] for f in findings)
    result = record("flawed.md", *selection)
    assert result.stderr == f"scrlint: recorded {len(findings)} findings in the baseline bl.json\n"
    written = Path("bl.json").read_bytes()
    baseline = json.loads(written)
    assert baseline["schema"] == "scrlint.baseline/1"
    entries = [(e["path"], e["code"], e["fingerprint"]) for e in baseline["findings"]]
    assert entries == sorted(("flawed.md", f["code"], f["fingerprint"]) for f in findings)
    assert all(set(e) == {"path", "code", "fingerprint"} for e in baseline["findings"])
    Draft202012Validator(schema("baseline.schema.json")).validate(baseline)
    source = Path("flawed.md").read_text(encoding="utf-8")
    flagged = {source[f["start"]["offset"] : f["end"]["offset"]] for f in findings}
    text = written.decode()
    assert "Shannon" not in text and "Reid" not in text
    assert not [t for t in flagged if len(t.strip()) > 3 and t in text]
    assert not [f["message"] for f in findings if f["message"] in text]
    record("flawed.md", *selection)
    assert Path("bl.json").read_bytes() == written


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such baseline; --update-baseline writes it"),
        ("{not json", "invalid baseline: not JSON"),
        ('{"schema": "scrlint.baseline/2", "findings": []}', "invalid baseline: schema:"),
        (
            '{"schema": "scrlint.baseline/1", "findings": [{"path": "a.md", "code": "STR001"}]}',
            "invalid baseline: findings[0]: 'fingerprint' is a required property",
        ),
        (b"\xff\xfe{", "invalid baseline: not UTF-8"),
    ],
)
def test_a_missing_or_invalid_baseline_is_one_line_and_exit_2(
    content: str | bytes | None, problem: str
) -> None:
    Path("a.md").write_text(TWICE, encoding="utf-8")
    if isinstance(content, str):
        Path("bl.json").write_text(content, encoding="utf-8")
    elif content is not None:
        Path("bl.json").write_bytes(content)
    result = run("a.md", *ONLY_SLT, "--baseline", "bl.json")
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"scrlint: error: bl.json: {problem}")


def test_update_needs_a_file_and_every_report_checked() -> None:
    Path("a.md").write_text(TWICE, encoding="utf-8")
    alone = run("a.md", "--update-baseline")
    assert alone.exit_code == 2
    assert alone.stderr == "scrlint: error: --update-baseline needs --baseline FILE\n"
    partial = run("a.md", "missing.md", "--baseline", "bl.json", "--update-baseline")
    assert partial.exit_code == 2 and not Path("bl.json").exists()
    assert partial.stderr.splitlines()[-1] == (
        "scrlint: error: bl.json: baseline not written: 1 report could not be checked"
    )


def test_hidden_findings_count_toward_neither_the_exit_code_nor_the_grade() -> None:
    shutil.copy(FLAWED, "flawed.md")
    shown = as_json("flawed.md", "--select", "STR")
    assert run("flawed.md", "--select", "STR").exit_code == 1
    assert shown["files"][0]["grade"]["dimensions"]["structure"] < 100
    record("flawed.md", "--select", "STR")
    for strict in ([], ["--fail-on", "info"], ["--fail-under", "outstanding"]):
        assert run("flawed.md", "--select", "STR", "--baseline", "bl.json", *strict).exit_code == 0
    hidden = as_json("flawed.md", "--select", "STR", "--baseline", "bl.json")
    assert hidden["files"][0]["grade"]["score"] == 100
    assert hidden["summary"]["findings"] == 0 and hidden["summary"]["suppressed"] == 0
    # A baseline that holds only the warning leaves the error to fail the run.
    baseline = json.loads(Path("bl.json").read_text(encoding="utf-8"))
    baseline["findings"] = [e for e in baseline["findings"] if e["code"] == "STR002"]
    Path("bl.json").write_text(json.dumps(baseline), encoding="utf-8")
    assert run("flawed.md", "--select", "STR", "--baseline", "bl.json").exit_code == 1
    partly = as_json("flawed.md", "--select", "STR", "--baseline", "bl.json")
    assert codes(partly) == ["STR001"]
    assert partly["files"][0]["grade"]["dimensions"]["structure"] == 70


REPORTS = sorted(
    str(p.relative_to(ROOT))
    for p in (FIXTURES / "reports").glob("*/*")
    if p.suffix in (".md", ".txt")
)


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_machine_output_is_byte_identical_across_runs(output_format: str) -> None:
    """Every fixture report, checked twice in fresh processes with different hash seeds, so
    that an order taken from a set or a dict of strings would show."""
    if output_format not in FORMATS:
        pytest.skip(f"--format {output_format} is not available")
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "scrlint", "check", *REPORTS, "--format", output_format],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for seed in ("1", "2")
    ]
    outputs = []
    for process in runs:
        stdout, stderr = process.communicate(timeout=300)
        assert process.returncode in (0, 1), stderr.decode()
        outputs.append(stdout)
    assert len(REPORTS) >= 20 and outputs[0]
    assert outputs[0] == outputs[1]
