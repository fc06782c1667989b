"""``--format sarif`` (issue 6, item 2): SARIF 2.1.0 for GitHub code scanning.

The log validates against the OASIS schema (tests/data/sarif-2.1.0.json, copied from
../shared/schemas), describes every rule of the registry, keeps each alert's fingerprint when
lines move, names files relative to the repository, and carries no personal data.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema.validators import validator_for

from scrlint import __version__
from scrlint.cli import main
from scrlint.config import Config, config_for
from scrlint.engine import Engine
from scrlint.formatters.sarif import config_hash, sarif_log
from scrlint.report import RunReport
from tests.conftest import FIXTURES
from tests.test_personal_data import PLANTED, REPORT

SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.json"
FLAWED = FIXTURES / "reports" / "exec-summary@2010" / "flawed.md"
NHS = "943 476 5919"


def sarif(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["check", "--format", "sarif", *args])
    assert result.exit_code in (0, 1), result.output
    log: dict[str, Any] = json.loads(result.stdout)
    return log


def results(log: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = log["runs"][0]["results"]
    return found


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in an empty folder, as a CI job in a checkout would."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def flawed(in_tmp: Path) -> Path:
    target = in_tmp / "reports" / "flawed.md"
    target.parent.mkdir()
    shutil.copy(FLAWED, target)
    return target


def test_the_log_validates_against_the_sarif_schema(flawed: Path) -> None:
    log = sarif("reports/flawed.md")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = validator_for(schema)(schema)
    assert [error.message for error in validator.iter_errors(log)] == []
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    assert {r["level"] for r in results(log)} >= {"error", "warning"}


def test_the_driver_names_the_tool_and_describes_every_rule(flawed: Path, engine: Engine) -> None:
    log = sarif("reports/flawed.md", "--select", "STR001")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "scrlint" and driver["semanticVersion"] == __version__
    registry = engine.setup(Config()).registry
    assert [rule["id"] for rule in driver["rules"]] == sorted(r.meta.code for r in registry)
    assert {r["ruleId"] for r in results(log)} == {"STR001"}, "rules come from the registry"
    for result in results(log):
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"].startswith(f"# {rule['id']} ")
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert rule["properties"]["dimension"] and rule["properties"]["tags"]


def test_rule_help_is_the_rule_docs_with_examples_except_for_identifiers(flawed: Path) -> None:
    rules = {r["id"]: r for r in sarif("reports/flawed.md")["runs"][0]["tool"]["driver"]["rules"]}
    assert "## Why it matters" in rules["STR001"]["help"]["markdown"]
    assert "## Fails" in rules["STR001"]["help"]["markdown"]
    assert "## Fails" not in rules["ANO004"]["help"]["markdown"]
    assert NHS not in json.dumps(rules["ANO004"])
    assert "'9** 4** 5***'" in rules["ANO004"]["help"]["markdown"]
    measured = rules["ANO002"]["properties"]
    assert measured["precision"] == "very-high" and measured["measured"]["recall"] > 0


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_word_or_pdf_report_gives_its_place_in_properties_not_a_region(
    in_tmp: Path, suffix: str
) -> None:
    shutil.copy(FLAWED.with_suffix(suffix), in_tmp / f"flawed{suffix}")
    log = sarif(f"flawed{suffix}")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert list(validator_for(schema)(schema).iter_errors(log)) == []
    found = results(log)
    assert found and all("region" not in r["locations"][0]["physicalLocation"] for r in found)
    unit = {"paragraph"} if suffix == ".docx" else {"page", "pageLine"}
    assert all(unit | {"character"} == set(r["properties"]["origin"]) for r in found)


def test_regions_are_in_utf16_code_units(in_tmp: Path) -> None:
    line = "Her mother 😀 gave the number 943 476 5919 to the school."
    (in_tmp / "review.md").write_text(f"# Review\n\n## Background\n\n{line}\n", encoding="utf-8")
    log = sarif("review.md", "--select", "ANO004", "--profile", "lcspr@2023")
    assert log["runs"][0]["columnKind"] == "utf16CodeUnits"
    (result,) = results(log)
    region = result["locations"][0]["physicalLocation"]["region"]
    before = line[: line.index(NHS)]
    utf16 = len(before.encode("utf-16-le")) // 2
    assert utf16 == len(before) + 1, "the emoji is two UTF-16 code units"
    assert region == {
        "startLine": 5,
        "startColumn": utf16 + 1,
        "endLine": 5,
        "endColumn": utf16 + 1 + len(NHS),
    }


def test_fingerprints_stay_the_same_when_lines_move(flawed: Path) -> None:
    before = results(sarif("reports/flawed.md"))
    text = flawed.read_text(encoding="utf-8")
    title_end = text.index("\n") + 1
    flawed.write_text(text[:title_end] + "\n\n\n" + text[title_end:], encoding="utf-8")
    after = results(sarif("reports/flawed.md"))
    assert [r["partialFingerprints"] for r in after] == [r["partialFingerprints"] for r in before]
    lines = [
        (r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in rs)
        for rs in (before, after)
    ]
    assert any(new == old + 3 for old, new in zip(*lines, strict=True)), "the findings moved"
    hashes = [r["partialFingerprints"]["primaryLocationLineHash"] for r in after]
    assert len(set(hashes)) == len(hashes), "repeated fingerprints are numbered"


def test_uris_are_relative_to_the_repository_with_forward_slashes(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = in_tmp / "case reviews" / "2026"
    folder.mkdir(parents=True)
    shutil.copy(FLAWED, folder / "child a.md")
    monkeypatch.chdir(folder)
    expected = "case%20reviews/2026/child%20a.md"
    for given in ("child a.md", str(folder / "child a.md")):
        run = sarif(given, "--select", "STR001")["runs"][0]
        location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": expected, "uriBaseId": "%SRCROOT%"}
        assert "%SRCROOT%" in run["originalUriBaseIds"]
        assert run["properties"]["files"][0]["uri"] == expected


def test_the_run_records_profile_config_hash_and_grade(flawed: Path) -> None:
    (flawed.parent / "scrlint.toml").write_text('ignore = ["RDB"]\n', encoding="utf-8")
    (files,) = sarif(str(flawed))["runs"][0]["properties"]["files"]
    config = config_for(flawed)
    assert config.ignore == ("RDB",)
    assert files["profile"] == "exec-summary@2010"
    assert files["configHash"] == config_hash(config) != config_hash(Config())
    settings = json.dumps(config.as_dict(), sort_keys=True, ensure_ascii=False)
    assert config_hash(config) == "sha256:" + hashlib.sha256(settings.encode()).hexdigest()
    assert files["grade"] in ("outstanding", "good", "adequate", "inadequate")
    assert isinstance(files["score"], int)


def test_a_file_that_cannot_be_read_is_a_tool_notification(in_tmp: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--format", "sarif", "missing.md"])
    assert result.exit_code == 2
    (invocation,) = json.loads(result.stdout)["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notice,) = invocation["toolExecutionNotifications"]
    assert notice["level"] == "error" and "no such file" in notice["message"]["text"]
    where = notice["locations"][0]["physicalLocation"]["artifactLocation"]
    assert where["uri"] == "missing.md"


def test_two_runs_give_byte_identical_output(flawed: Path) -> None:
    args = ["check", "--format", "sarif", "reports/flawed.md"]
    first, second = (CliRunner().invoke(main, args).stdout for _ in range(2))
    assert first == second and first.endswith("}\n")


def test_planted_personal_data_appears_nowhere(in_tmp: Path) -> None:
    (in_tmp / "review.md").write_text(REPORT, encoding="utf-8")
    args = ["check", "--format", "sarif", "review.md", "--profile", "lcspr@2023"]
    output = CliRunner().invoke(main, [*args, "--show-personal-data"]).stdout
    assert {r["ruleId"][:3] for r in results(json.loads(output))} >= {"ANO"}
    assert [planted for planted in PLANTED if planted in output] == []


def test_a_report_without_registry_rules_still_gives_results(engine: Engine) -> None:
    result = engine.check_text("# Review\n\nText.\n", "review.md")
    log = sarif_log(RunReport([result]), root=Path.cwd())
    assert all("ruleIndex" not in r for r in results(log)) and results(log)
