"""The command line: formats, exit codes, and one clear line for every bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from jsonschema import Draft202012Validator

from scrlint.cli import main
from scrlint.validation import schema
from tests.conftest import FIXTURES, REQUIRED_PROFILES

GOOD = FIXTURES / "reports" / "exec-summary@2010" / "good.md"
FLAWED = FIXTURES / "reports" / "exec-summary@2010" / "flawed.md"


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def test_good_report_exits_0_and_flawed_exits_1() -> None:
    assert run("check", str(GOOD)).exit_code == 0
    flawed = run("check", str(FLAWED))
    assert flawed.exit_code == 1
    assert (
        f"{FLAWED}:" in flawed.output and "STR001 Required section 'Action plan'" in flawed.output
    )
    assert "Found " in flawed.output and "3 errors" in flawed.output


def test_check_is_the_default_command() -> None:
    assert (
        run(str(FLAWED), "--format", "concise").output
        == run("check", str(FLAWED), "--format", "concise").output
    )


def test_text_output_has_code_frame_and_no_colour_off_a_terminal() -> None:
    result = run("check", str(FLAWED), "--select", "STR001")
    assert "\x1b[" not in result.output
    lines = result.output.splitlines()
    first = next(i for i, line in enumerate(lines) if "STR001" in line)
    assert lines[first + 2].lstrip().split("|", 1)[0].strip().isdigit()
    assert "^" in lines[first + 3]
    assert lines[first + 4] == "   = error in 'Glossary'"


def test_concise_is_one_line_per_finding() -> None:
    result = run("check", str(FLAWED), "--format", "concise", "--select", "STR")
    lines = result.output.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{FLAWED}:") for line in lines)
    assert lines[1].endswith(
        "STR001 [error] Required section 'Action plan' is missing; it belongs before 'Glossary'."
    )


def test_json_validates_against_the_shipped_schema_and_is_deterministic() -> None:
    first = run("check", str(FLAWED), str(GOOD), "--format", "json")
    second = run("check", str(FLAWED), str(GOOD), "--format", "json")
    assert first.exit_code == 1 and first.output == second.output
    data = json.loads(first.output)
    Draft202012Validator(schema("report.schema.json")).validate(data)
    assert data["schema"] == "scrlint.report/1"
    assert [f["path"] for f in data["files"]] == [str(FLAWED), str(GOOD)]
    assert data["summary"]["error"] >= 1
    assert data["files"][0]["profile"]["id"] == "exec-summary@2010"


def test_fail_on_and_select(tmp_path: Path) -> None:
    assert run("check", str(FLAWED), "--select", "STR002").exit_code == 0
    assert run("check", str(FLAWED), "--select", "STR002", "--fail-on", "warning").exit_code == 1
    assert run("check", str(FLAWED), "--ignore", "STR001,STR002,ANO").exit_code == 0


def test_stdin_with_a_file_name() -> None:
    result = run(
        "check",
        "-",
        "--stdin-filename",
        "draft.md",
        "--format",
        "concise",
        "--profile",
        "exec-summary@2010",
        stdin=FLAWED.read_bytes(),
    )
    assert result.exit_code == 1
    assert result.output.startswith("draft.md:")


def test_rules_rule_and_profiles_commands() -> None:
    listing = run("rules")
    assert listing.exit_code == 0 and "STR001  missing-required-section" in listing.output
    as_json = json.loads(run("rules", "--format", "json").output)
    assert {r["code"] for r in as_json} >= {"STR001", "STR005", "SLT001"}
    explained = run("rule", "STR001")
    assert explained.exit_code == 0
    for part in (
        "# STR001 missing-required-section",
        "## Why it matters",
        "## What it cannot see",
        "## Guidance",
        "S38",
        "## Fails",
        "## Passes",
    ):
        assert part in explained.output
    assert run("rule", "missing-required-section").output == explained.output
    unknown = run("rule", "XYZ123")
    assert unknown.exit_code == 2 and "no rule 'XYZ123'" in unknown.output
    profiles = run("profiles")
    for profile in REQUIRED_PROFILES:
        assert profile in profiles.output
    one = run("profiles", "exec-summary@2010")
    assert "6. Action plan [required]" in one.output


def _errors(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("scrlint: error:")]


BAD_INPUTS = {
    "missing": (None, "no such file or folder"),
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file, not a text report"),
    "empty.md": (b"  \n\n", "the file is empty"),
    "frontmatter.md": (b"---\ntitle: [unclosed\n---\n# Report\n", "malformed front matter"),
    "unclosed.md": (b"---\ntitle: x\n# Report\n", "no closing '---' line"),
    "bad.doc": (b"\xd0\xcf\x11\xe0 old word", "save the file as .docx"),
    "noreports": ("folder", "the folder holds no reports"),
    "fifo.md": ("fifo", "not a regular file or folder"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2_and_the_batch_goes_on(tmp_path: Path, name: str) -> None:
    content, expected = BAD_INPUTS[name]
    target = tmp_path / name
    if content == "folder":
        target.mkdir()
        (target / "notes.csv").write_text("a,b\n")
    elif content == "fifo":
        os.mkfifo(target)
    elif isinstance(content, bytes):
        target.write_bytes(content)
    result = run("check", str(target), str(FLAWED), "--format", "concise")
    assert result.exit_code == 2
    errors = _errors(result)
    assert errors == [f"scrlint: error: {target}: {errors[0].split(': ', 3)[3]}"]
    assert expected in errors[0]
    assert "Traceback" not in result.output
    assert f"{FLAWED}:" in result.output, "the other file was still checked"


def test_over_size_limit_from_config(tmp_path: Path) -> None:
    (tmp_path / "scrlint.toml").write_text("max-file-size = 100\n")
    big = tmp_path / "big.md"
    big.write_text("# Report\n\n" + "word " * 100)
    result = run("check", str(big))
    assert result.exit_code == 2
    assert "over the limit of 100 (max-file-size)" in result.output


def test_cp1252_is_read_with_a_warning_and_utf16_is_read(tmp_path: Path) -> None:
    cp = tmp_path / "cp.md"
    cp.write_bytes("# Notes\n\nThe child\x92s \x93voice\x94.\n".encode("latin-1"))
    utf16 = tmp_path / "u16.md"
    utf16.write_bytes("# Notes\n\nCaf\u00e9 \U0001f600\n".encode("utf-16"))
    result = run("check", str(cp), str(utf16), "--format", "json")
    assert result.exit_code == 0
    assert f"scrlint: warning: {cp}: not valid UTF-8; decoded as Windows-1252" in result.output


def test_malformed_config_names_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.scrlint]\nselct = ["STR"]\n')
    report = tmp_path / "r.md"
    report.write_text("# Notes\n")
    result = run("check", str(report))
    assert result.exit_code == 2
    assert _errors(result) == [
        f"scrlint: error: {report}: {tmp_path / 'pyproject.toml'}: tool.scrlint.selct: unknown key"
    ]
    (tmp_path / "pyproject.toml").write_text("[tool.scrlint\n")
    invalid = run("check", str(report))
    assert invalid.exit_code == 2 and "invalid TOML" in invalid.output


def test_unknown_selector_and_profile_are_usage_errors() -> None:
    result = run("check", str(GOOD), "--select", "NOPE9")
    assert result.exit_code == 2 and "--select: unknown rule selector 'NOPE9'" in result.output
    result = run("check", str(GOOD), "--profile", "lcspr@2099")
    assert result.exit_code == 2 and "--profile: unknown profile 'lcspr@2099'" in result.output


def test_config_is_found_from_the_document_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.scrlint]\nprofile = "exec-summary@2010"\nignore = ["STR003"]\nfail-on = "warning"\n'
    )
    nested = tmp_path / "reports" / "2024"
    nested.mkdir(parents=True)
    report = nested / "draft.md"
    report.write_text("# Draft\n\n## Introduction\n\nShort.\n")
    shown = json.loads(run("config", "show", str(report)).output)
    assert shown["file"] == str(tmp_path / "pyproject.toml")
    assert shown["profile"] == "exec-summary@2010" and shown["fail-on"] == "warning"
    result = run("check", str(report), "--format", "json")
    data = json.loads(result.output)
    codes = {f["code"] for f in data["files"][0]["findings"]}
    assert "STR001" in codes and "STR003" not in codes
    assert data["files"][0]["profile"]["source"] == "config"


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "scrlint.toml").write_text(
        'profile = "exec-summary@2010"\n[per-file-ignores]\n"drafts/*.md" = ["STR001"]\n'
    )
    (tmp_path / "drafts").mkdir()
    for folder in ("drafts", "."):
        (tmp_path / folder / "r.md").write_text("# Draft\n")
    result = json.loads(run("check", str(tmp_path), "--format", "json").output)
    by_path = {
        Path(f["path"]).parent.name: {x["code"] for x in f["findings"]} for f in result["files"]
    }
    assert "STR001" not in by_path["drafts"] and "STR001" in by_path[tmp_path.name]


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and "scrlint, version 0.1.0" in result.output


def test_python_dash_m_and_dot_scrlint_toml(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / ".scrlint.toml").write_text('select = ["STR005"]\n')
    report = tmp_path / "r.md"
    report.write_text("# Report\n\n## A\n\n#### B\n")
    result = subprocess.run(
        [sys.executable, "-m", "scrlint", "check", str(report), "--format", "concise"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, "warnings do not fail by default"
    assert (
        result.stdout == f"{report}:5:1: STR005 [warning] Heading level 4 follows level 2 "
        "('A'); use level 3.\n"
    )


def test_fifo_inside_a_folder_is_reported_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Notes\n")
    os.mkfifo(tmp_path / "b.md")
    result = run("check", str(tmp_path), "--format", "concise")
    assert result.exit_code == 0, "the pipe is skipped; the report is checked"
    assert f"{tmp_path / 'a.md'}:1:1: SLT005" in result.output


def test_empty_selector_list_is_a_usage_error() -> None:
    result = run("check", str(GOOD), "--select", " , ")
    assert result.exit_code == 2
    assert "give at least one rule code" in result.output


def test_output_that_the_console_cannot_encode_is_replaced(tmp_path: Path) -> None:
    import subprocess
    import sys

    report = tmp_path / "r.md"
    report.write_text("# Notes \U0001f600 for Child A\n\n## A\n\n#### B\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    result = subprocess.run(
        [sys.executable, "-m", "scrlint", "check", str(report)],
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    assert b"STR005" in result.stdout


def test_console_script_exits_with_the_commands_code_and_flushes_its_output(
    tmp_path: Path,
) -> None:
    """``run`` skips interpreter teardown; the output and exit code must survive that."""
    import subprocess
    import sys

    good = subprocess.run(
        [sys.executable, "-m", "scrlint", "rules", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert good.returncode == 0
    assert json.loads(good.stdout)
    missing = subprocess.run(
        [sys.executable, "-m", "scrlint", "check", str(tmp_path / "absent.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2
    assert missing.stderr.startswith("scrlint: error:")


def test_output_goes_to_a_file_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = run("check", str(GOOD), "--format", "json", "-o", str(target))
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(target.read_text(encoding="utf-8"))["files"][0]["path"] == str(GOOD)


def test_an_unwritable_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("check", str(GOOD), "-o", str(tmp_path / "missing" / "report.txt"))
    assert result.exit_code == 2
    assert result.output.startswith("scrlint: error:") and result.output.count("\n") == 1


def test_a_relative_folder_finds_its_config_after_the_working_directory_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scrlint.config import config_for

    for name, profile in (("one", "imr@2010"), ("two", "lcspr@2023")):
        (tmp_path / name / "reports").mkdir(parents=True)
        (tmp_path / name / "scrlint.toml").write_text(f'profile = "{profile}"\n')
    monkeypatch.chdir(tmp_path / "one")
    assert config_for(Path("reports")).profile == "imr@2010"
    monkeypatch.chdir(tmp_path / "two")
    assert config_for(Path("reports")).profile == "lcspr@2023"
