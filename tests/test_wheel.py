"""The built wheel carries the YAML packs: `scrlint rules` from the installed wheel lists them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("scrlint-*.whl")
    return built


def test_wheel_contains_packs_profiles_and_schemas(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "scrlint/_packs/structure/STR001-missing-required-section.yaml" in names
    assert "scrlint/_packs/profiles/lcspr@2023.yaml" in names
    assert "scrlint/schemas/report.schema.json" in names
    assert "scrlint/schemas/rule.schema.json" in names
    assert "scrlint/formatters/html_page.html" in names
    assert not any(n.startswith(("tests/", "fixtures/")) for n in names)


def test_installed_wheel_lists_yaml_rules(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    # Run from an empty folder with the installed copy first on the path, so that neither the
    # source checkout nor its rules/ folder can be what answers.
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import sys, scrlint.cli, scrlint.bundled as l; "
        "print(scrlint.cli.__file__, l.pack_root(), file=sys.stderr); "
        "sys.argv = ['scrlint', 'rules', '--format', 'json']; scrlint.cli.main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    module, pack_root = result.stderr.split()
    assert module.startswith(str(target)) and pack_root == str(target / "scrlint" / "_packs")
    rules = {r["code"]: r for r in json.loads(result.stdout)}
    assert {"STR001", "STR002", "STR003", "STR004"} <= set(rules)
    assert rules["STR001"]["origin"] == "builtin"
