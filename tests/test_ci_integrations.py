"""The example GitHub Actions workflow and the pre-commit hook work as the README says.

The workflow is parsed and its scrlint command is run as written, in a folder laid out like a
user's repository; the hook is run by pre-commit itself (`pre-commit try-repo`) on a flawed and
a good report in a temporary git repository.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from pre_commit.clientlib import load_config, load_manifest

from scrlint.formatters import FORMATS
from tests.conftest import FIXTURES, ROOT

WORKFLOW = ROOT / "examples" / "github-actions" / "scrlint.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
REPORTS = FIXTURES / "reports" / "exec-summary@2010"
UPLOAD_SARIF = "github/codeql-action/upload-sarif@"


def git(*args: str, cwd: Path) -> str:
    """Run git with a fixed identity and no signing, so the user's git config cannot interfere."""
    command = ["git", "-c", "user.name=scrlint tests", "-c", "user.email=tests@scrlint.invalid"]
    command += ["-c", "commit.gpgsign=false", *args]
    return subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True).stdout


def copy_reports(path: Path) -> None:
    """A good and a flawed report of one type, in ``path``."""
    path.mkdir(parents=True, exist_ok=True)
    for name in ("good.md", "flawed.md"):
        shutil.copyfile(REPORTS / name, path / name)


def init_repository(path: Path) -> None:
    """A git repository at ``path`` holding a good and a flawed report, committed."""
    copy_reports(path)
    git("init", "--quiet", cwd=path)
    git("add", ".", cwd=path)
    git("commit", "--quiet", "-m", "reports", cwd=path)


# The example workflow


def workflow_job() -> dict[str, Any]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    return dict(job)


def scrlint_step(job: dict[str, Any]) -> tuple[int, list[str]]:
    """The index of the step that runs scrlint, and its command as words."""
    for index, step in enumerate(job["steps"]):
        for line in str(step.get("run", "")).splitlines():
            words = shlex.split(line)
            if words[:2] == ["scrlint", "check"]:
                return index, words
    raise AssertionError("no step runs `scrlint check`")


def upload_step(job: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    (found,) = [
        (index, step)
        for index, step in enumerate(job["steps"])
        if str(step.get("uses", "")).startswith(UPLOAD_SARIF)
    ]
    return found


def option(words: list[str], name: str) -> str:
    return words[words.index(name) + 1]


def test_workflow_job_may_upload_to_code_scanning() -> None:
    permissions = workflow_job()["permissions"]
    assert permissions == {"security-events": "write", "contents": "read", "actions": "read"}


def test_workflow_checks_out_and_sets_up_python_3_11_before_running_scrlint() -> None:
    job = workflow_job()
    check_index, _ = scrlint_step(job)
    uses = [str(step.get("uses", "")).split("@")[0] for step in job["steps"][:check_index]]
    assert "actions/checkout" in uses and "actions/setup-python" in uses
    setup = job["steps"][uses.index("actions/setup-python")]
    assert setup["with"]["python-version"] == "3.11"


def test_workflow_uploads_the_sarif_file_scrlint_writes_even_when_scrlint_fails() -> None:
    job = workflow_job()
    check_index, words = scrlint_step(job)
    upload_index, upload = upload_step(job)
    assert option(words, "--format") == "sarif"
    assert upload["with"]["sarif_file"] == option(words, "-o")
    assert upload["with"]["category"]
    assert upload_index > check_index
    # scrlint exits 1 when a report has errors; the upload must still run.
    check = job["steps"][check_index]
    assert check.get("continue-on-error") is True or re.search(
        r"\b(always|failure)\(\)", str(upload.get("if", ""))
    )


def test_workflow_command_writes_sarif_for_the_reports(tmp_path: Path) -> None:
    if "sarif" not in FORMATS:
        pytest.skip("`--format sarif` is not registered yet (scrlint/formatters/__init__.py)")
    _, words = scrlint_step(workflow_job())
    # The user's repository as actions/checkout leaves it, with the fixtures as its reports.
    copy_reports(tmp_path / option(words, "check"))
    git("init", "--quiet", cwd=tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "scrlint", *words[1:]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stderr  # flawed.md has errors
    log = json.loads((tmp_path / option(words, "-o")).read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "scrlint"
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in run["results"]
        for location in result["locations"]
    }
    # Code scanning places findings by repository-relative URIs.
    assert "reports/flawed.md" in uris and uris <= {"reports/flawed.md", "reports/good.md"}


# The pre-commit hook


def test_hook_manifest_is_valid_and_matches_report_files() -> None:
    (hook,) = load_manifest(str(HOOKS))
    assert hook["id"] == "scrlint" and hook["language"] == "python"
    assert hook["entry"] == "scrlint check" and hook["pass_filenames"]
    files = re.compile(hook["files"])
    for name in ("a.md", "reports/a.markdown", "a.txt", "a.text"):
        assert files.search(name), name
    for name in ("a.py", "a.md.bak", "a.yaml"):
        assert not files.search(name), name


def test_readme_hook_config_is_a_valid_pre_commit_config(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"`\.pre-commit-config\.yaml`:\n\n```yaml\n(.*?)```", readme, re.DOTALL)
    assert found, "README shows no .pre-commit-config.yaml"
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(found.group(1), encoding="utf-8")
    (repo,) = load_config(str(config))["repos"]
    (hook,) = repo["hooks"]
    assert hook["id"] == "scrlint"
    files = re.compile(hook["files"])
    assert files.search("reports/draft.md") and not files.search("README.md")


@pytest.fixture(scope="module")
def hook_repository() -> str:
    """The commit of this checkout that pre-commit installs the hook from.

    try-repo installs from a commit, so a hook file not yet committed cannot be tried; that
    happens only while developing, never on CI's clean checkout.
    """
    inside = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=ROOT, capture_output=True, text=True
    )
    if inside.returncode != 0 or Path(inside.stdout.strip()).resolve() != ROOT.resolve():
        pytest.skip(f"{ROOT} is not the root of a git repository, which try-repo needs")
    if git("status", "--porcelain", "--", HOOKS.name, cwd=ROOT).strip():
        pytest.skip(f"{HOOKS.name} has uncommitted changes; try-repo would not see them")
    return git("rev-parse", "HEAD", cwd=ROOT).strip()


@pytest.mark.parametrize(("report", "status"), [("flawed.md", "Failed"), ("good.md", "Passed")])
def test_hook_fails_on_a_flawed_report_and_passes_a_good_one(
    hook_repository: str, report: str, status: str, tmp_path: Path
) -> None:
    repository = tmp_path / "repository"
    init_repository(repository)
    # pre-commit builds a virtualenv and installs scrlint into it: keep its caches in tmp_path.
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"),
        "PIP_CACHE_DIR": str(tmp_path / "pip"),
        "VIRTUALENV_OVERRIDE_APP_DATA": str(tmp_path / "virtualenv"),
    }
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "scrlint"]
    # --ref: the commit, not the working tree with its tracked changes but without its new files.
    command += ["--ref", hook_repository, "--files", report]
    result = subprocess.run(command, cwd=repository, env=env, capture_output=True, text=True)
    assert result.returncode == (1 if status == "Failed" else 0), result.stdout + result.stderr
    assert re.search(rf"^scrlint\.+{status}$", result.stdout, re.MULTILINE), result.stdout
    if status == "Failed":
        assert f"{report}:" in result.stdout and "STR001" in result.stdout
