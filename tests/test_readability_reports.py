"""The bundled reports against the readability rules RDB004-RDB008: good reports are clean, and
the planted jargon and acronym flaws are found on their lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from scrlint.engine import Engine, Overrides
from tests.conftest import FIXTURES

REPORTS = FIXTURES / "reports"
CODES = ("RDB004", "RDB005", "RDB006", "RDB007", "RDB008")
GOOD = sorted([*REPORTS.glob("*/good.md"), *REPORTS.glob("*/good.txt")])
PLANTED = [
    (manifest.parent.name, item)
    for manifest in sorted(REPORTS.glob("*/flaws.yml"))
    for item in yaml.safe_load(manifest.read_text(encoding="utf-8")).get("planted") or []
    if item["family"] == "RDB" and re.search(r"acronym|jargon|curiosity", item["what"])
]


@pytest.mark.parametrize("path", GOOD, ids=[f"{p.parent.name}/{p.name}" for p in GOOD])
def test_good_report_is_readable(engine: Engine, path: Path) -> None:
    result = engine.check_file(path, Overrides(select=CODES))
    assert result.error is None
    assert [(f.code, f.start.line, f.message) for f in result.findings] == []


@pytest.mark.parametrize(
    ("profile", "flaw"), PLANTED, ids=[f"{p}-{i}" for i, (p, _f) in enumerate(PLANTED)]
)
def test_planted_jargon_and_acronyms_are_found(
    engine: Engine, profile: str, flaw: dict[str, str]
) -> None:
    path = REPORTS / profile / "flawed.md"
    findings = engine.check_file(path, Overrides(select=CODES)).findings
    source = path.read_text(encoding="utf-8")
    located = re.search(r"\s+".join(map(re.escape, flaw["text"].split())), source)
    assert located, flaw["text"]
    start = source.count("\n", 0, located.start()) + 1
    end = source.count("\n", 0, located.end()) + 1
    assert any(f.start.line <= end and f.end.line >= start for f in findings), flaw["what"]
