"""SARIF 2.1.0 output, shaped for GitHub code scanning (reference/anchors.md §4).

Deterministic like the json format: no timestamps, no machine paths for files inside the
repository, stable key and result order. Results carry messages, codes, positions and
fingerprints only, never source text. Columns are UTF-16 code units, as GitHub counts them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from scrlint.config import Config
from scrlint.docs import render_rule_markdown
from scrlint.engine import FileResult
from scrlint.finding import Finding, Severity
from scrlint.personal_data import mask
from scrlint.report import RunReport
from scrlint.rule import RuleMeta

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/scrlint/scrlint"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "scrlintFingerprint/v1"
# GitHub cuts rule descriptions at 1024 characters; cut them ourselves, visibly.
MAX_DESCRIPTION = 1024
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
PROBLEM_SEVERITY = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "recommendation",
}
# GitHub's precision words, from a rule's measured precision (the first floor it reaches).
PRECISION_FLOORS = ((0.95, "very-high"), (0.85, "high"), (0.7, "medium"), (0.0, "low"))
# The anonymisation rules' docs quote the identifiers they look for ('Child A (Kayden)') and
# their examples are made of them; SARIF masks the quoted words that could identify someone
# (capitalised, or with a digit or an @) and leaves the examples out.
PERSONAL_DATA_FAMILY = "ANO"
# A phrase in straight or curly quotes (\u2018 \u2019 \u201c \u201d); an apostrophe inside a
# word neither opens nor closes one.
_QUOTED = re.compile(
    r"(?<!\w)['\"\u2018\u201c][^'\"\u2018\u2019\u201c\u201d\n]*?['\"\u2019\u201d](?!\w)"
)
_IDENTIFYING_WORD = re.compile(r"\S*[A-Z0-9@]\S*")


def write_sarif(report: RunReport, out: TextIO, color: bool) -> None:
    json.dump(sarif_log(report), out, indent=2, ensure_ascii=False)
    out.write("\n")


def sarif_log(report: RunReport, root: Path | None = None) -> dict[str, Any]:
    """The SARIF log of ``report``; file URIs are relative to ``root`` (by default the
    repository around the working directory, else the working directory)."""
    base = (root or source_root()).resolve()
    rules = sorted(report.rules, key=lambda meta: meta.code)
    index = {meta.code: i for i, meta in enumerate(rules)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": _driver(report.version, rules)},
                "invocations": [_invocation(report, base)],
                "originalUriBaseIds": {
                    SRCROOT: {
                        "description": {
                            "text": "The repository root (the working directory outside one)."
                        }
                    }
                },
                "columnKind": "utf16CodeUnits",
                "results": [
                    result
                    for file in report.checked
                    for result in _results(file, _artifact(file.path, base), index)
                ],
                "properties": {"files": [_file_properties(r, base) for r in report.checked]},
            }
        ],
    }


def source_root() -> Path:
    """The nearest folder at or above the working directory holding ``.git``, where GitHub
    resolves the URIs; the working directory when there is none."""
    here = Path.cwd().resolve()
    return next((folder for folder in (here, *here.parents) if (folder / ".git").exists()), here)


# -- rules ---------------------------------------------------------------------------------------


def _driver(version: str, rules: list[RuleMeta]) -> dict[str, Any]:
    return {
        "name": "scrlint",
        "version": version,
        "semanticVersion": version,
        "informationUri": INFORMATION_URI,
        "rules": [_descriptor(meta) for meta in rules],
    }


def _descriptor(meta: RuleMeta) -> dict[str, Any]:
    """Every rule of the registry, not only those that fired, so that GitHub can describe an
    alert that a later run fixes."""
    personal = meta.family == PERSONAL_DATA_FAMILY
    shown = dataclasses.replace(meta, bad=(), good=()) if personal else meta

    def public(text: str) -> str:
        return _QUOTED.sub(_mask_identifying, text) if personal else text

    help_text = (
        f"{meta.summary}\n\n{meta.rationale}\n\nWhat it cannot see: {meta.limitations}\n\n"
        f"Run `scrlint rule {meta.code}` for the full documentation."
    )
    properties: dict[str, Any] = {
        "dimension": meta.dimension,
        "family": meta.family_name,
        "tags": sorted({meta.family_name, meta.dimension}),
        "problem.severity": PROBLEM_SEVERITY[meta.severity],
    }
    if meta.measured is not None:
        properties["precision"] = next(
            word for floor, word in PRECISION_FLOORS if meta.measured.precision >= floor
        )
        properties["measured"] = dataclasses.asdict(meta.measured)
    return {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": _clip(public(meta.summary))},
        "fullDescription": {"text": _clip(public(meta.rationale))},
        "help": {"text": public(help_text), "markdown": public(render_rule_markdown(shown))},
        "defaultConfiguration": {"level": LEVELS[meta.severity]},
        "properties": properties,
    }


def _mask_identifying(quoted: re.Match[str]) -> str:
    return _IDENTIFYING_WORD.sub(lambda word: mask(word.group(0)), quoted.group(0))


def _clip(text: str) -> str:
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


# -- results -------------------------------------------------------------------------------------


def _artifact(path: str, base: Path) -> dict[str, str]:
    """A URI relative to ``base`` with forward slashes; a file outside it gets its absolute
    ``file:`` URI, the only way to name it."""
    resolved = Path(path).resolve()
    if not resolved.is_relative_to(base):
        return {"uri": resolved.as_uri()}
    return {"uri": quote(resolved.relative_to(base).as_posix()), "uriBaseId": SRCROOT}


def _results(file: FileResult, artifact: dict[str, str], index: dict[str, int]) -> list[Any]:
    seen: Counter[str] = Counter()
    results = []
    for finding in file.findings:
        seen[finding.fingerprint] += 1
        result = _result(finding, artifact, index, seen[finding.fingerprint])
        place = file.origins.locate(finding.start.offset) if file.origins else None
        if place is not None:
            # A Word or PDF original has no lines a viewer could show: the place in it
            # (paragraph, or page and line) goes in the properties instead of a region.
            del result["locations"][0]["physicalLocation"]["region"]
            result.setdefault("properties", {})["origin"] = place.as_dict()
        results.append(result)
    return results


def _result(
    finding: Finding, artifact: dict[str, str], index: dict[str, int], occurrence: int
) -> dict[str, Any]:
    """One finding. Its fingerprint leaves line numbers out, so an alert keeps its identity when
    text above it moves; ``primaryLocationLineHash`` (what GitHub matches on) numbers repeats
    of one fingerprint in a file as GitHub's own hash does."""
    result: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    result["level"] = LEVELS[finding.severity]
    result["message"] = {"text": finding.message}
    result["locations"] = [
        {
            "physicalLocation": {
                "artifactLocation": artifact,
                "region": {
                    "startLine": finding.start.line,
                    "startColumn": finding.start.utf16_column + 1,
                    "endLine": finding.end.line,
                    "endColumn": finding.end.utf16_column + 1,
                },
            }
        }
    ]
    if finding.fingerprint:
        result["partialFingerprints"] = {
            FINGERPRINT_KEY: finding.fingerprint,
            "primaryLocationLineHash": f"{finding.fingerprint}:{occurrence}",
        }
    if finding.section:
        result["properties"] = {"section": finding.section}
    return result


# -- the run -------------------------------------------------------------------------------------


def _invocation(report: RunReport, base: Path) -> dict[str, Any]:
    """Input errors and warnings, as notifications; the run failed if a file could not be read."""
    notifications: list[dict[str, Any]] = [
        {"level": "warning", "message": {"text": warning}} for warning in report.warnings
    ]
    for result in report.results:
        where = [{"physicalLocation": {"artifactLocation": _artifact(result.path, base)}}]
        messages = [("warning", warning) for warning in result.warnings]
        if result.error is not None:
            messages.append(("error", result.error))
        notifications += [
            {"level": level, "message": {"text": text}, "locations": where}
            for level, text in messages
        ]
    return {"executionSuccessful": not report.failed, "toolExecutionNotifications": notifications}


def _file_properties(result: FileResult, base: Path) -> dict[str, Any]:
    grade = result.grade
    properties: dict[str, Any] = {"uri": _artifact(result.path, base)["uri"]}
    if result.profile is not None:
        properties["profile"] = result.profile.profile.id
    if result.config is not None:
        properties["configHash"] = config_hash(result.config)
    properties.update(grade=str(grade.band), score=grade.score)
    return properties


def config_hash(config: Config) -> str:
    """The effective settings' digest: says which settings produced the results without
    showing them (they may list pseudonyms)."""
    settings = json.dumps(config.as_dict(), sort_keys=True, ensure_ascii=False)
    return "sha256:" + hashlib.sha256(settings.encode()).hexdigest()
