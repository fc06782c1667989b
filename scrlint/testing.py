"""Run rule fixture cases (``fixtures/rules/<CODE>.yml``); public so that plugins can reuse it.

A file names the rule(s) under test and holds cases keyed ``test_*``:

- ``pass_str``: no finding of the rule(s) may appear;
- ``fail_str``: at least one must, and, if given, ``violations`` (compared on the keys each entry
  lists: code, line, column, end_line, end_column, message, severity, section) or
  ``line_numbers`` must match exactly;
- ``profile``, ``config`` (config-file keys) and ``reader`` (markdown or text) set the scene;
  top-level ``config`` and ``profile`` apply to every case without its own;
- ``skip``: a reason to skip the case.

Only the rules under test run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scrlint.config import config_from_table
from scrlint.engine import Engine, Overrides
from scrlint.finding import Finding

_CASE_KEYS = frozenset(
    {
        "desc",
        "pass_str",
        "fail_str",
        "violations",
        "line_numbers",
        "config",
        "profile",
        "reader",
        "skip",
    }
)


@dataclass(frozen=True)
class FixtureCase:
    """One fixture case."""

    id: str
    rules: tuple[str, ...]
    text: str
    should_fail: bool
    desc: str = ""
    violations: tuple[dict[str, Any], ...] | None = None
    line_numbers: tuple[int, ...] | None = None
    config: dict[str, Any] = field(default_factory=dict)
    profile: str | None = None
    reader: str = "markdown"
    skip: str | None = None


def load_fixture_cases(path: Path) -> Iterator[FixtureCase]:
    """Yield the cases of one fixture file.

    Raises:
        ValueError: the file is malformed (unknown keys, no pass_str/fail_str).
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules = tuple(c.strip() for c in str(data.pop("rule")).split(","))
    shared_config = data.pop("config", {})
    shared_profile = data.pop("profile", None)
    for name, case in data.items():
        unknown = set(case) - _CASE_KEYS
        if not name.startswith("test_") or unknown:
            raise ValueError(f"{path}: {name}: bad case (unknown keys {sorted(unknown)})")
        if ("pass_str" in case) == ("fail_str" in case):
            raise ValueError(f"{path}: {name}: give exactly one of pass_str and fail_str")
        violations = case.get("violations")
        line_numbers = case.get("line_numbers")
        yield FixtureCase(
            id=f"{'_'.join(rules)}_{name}",
            rules=rules,
            text=case.get("fail_str", case.get("pass_str")),
            should_fail="fail_str" in case,
            desc=case.get("desc", ""),
            violations=tuple(violations) if violations is not None else None,
            line_numbers=tuple(line_numbers) if line_numbers is not None else None,
            config=case.get("config", shared_config),
            profile=case.get("profile", shared_profile),
            reader=case.get("reader", "markdown"),
            skip=case.get("skip"),
        )


def run_case(case: FixtureCase, engine: Engine) -> list[Finding]:
    """Check the case's text with only its rules selected; return their findings."""
    config = config_from_table(case.config, f"fixture {case.id}")
    path = "case.txt" if case.reader == "text" else "case.md"
    overrides = Overrides(profile=case.profile, select=case.rules)
    result = engine.check_text(case.text, path, config, overrides)
    return [f for f in result.findings if f.code in case.rules]


def _as_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "line": finding.start.line,
        "column": finding.start.column,
        "end_line": finding.end.line,
        "end_column": finding.end.column,
        "message": finding.message,
        "severity": str(finding.severity),
        "section": finding.section,
    }


def evaluate(case: FixtureCase, engine: Engine) -> None:
    """Assert the case's expectation.

    Raises:
        AssertionError: with the actual findings as YAML, ready to paste.
    """
    findings = run_case(case, engine)
    actual = [_as_dict(f) for f in findings]
    shown = yaml.safe_dump(actual, sort_keys=False, allow_unicode=True)
    why = f" ({case.desc})" if case.desc else ""
    if not case.should_fail:
        assert not findings, f"{case.id}{why}: expected no findings, got:\n{shown}"
        return
    assert findings, f"{case.id}{why}: expected findings of {case.rules}, got none"
    if case.line_numbers is not None:
        lines = tuple(f.start.line for f in findings)
        assert lines == case.line_numbers, f"{case.id}{why}: lines {lines}, got:\n{shown}"
    if case.violations is not None:
        assert len(actual) == len(case.violations), (
            f"{case.id}{why}: expected {len(case.violations)} findings, got:\n{shown}"
        )
        for expected, got in zip(case.violations, actual, strict=True):
            subset = {k: got.get(k) for k in expected}
            assert subset == expected, f"{case.id}{why}: expected {expected}, got:\n{shown}"


@dataclass(frozen=True)
class LabelledItem:
    """One passage of a labelled set, with where it is placed and under which profile."""

    text: str
    positive: bool
    profile: str
    section: str
    note: str = ""

    def document(self) -> str:
        """The passage as a small report: a title, then its heading unless it brings its own."""
        body = self.text.strip("\n")
        if not body.startswith("## "):
            body = f"## {self.section}\n\n{body}"
        return f"# Review report\n\n{body}\n"


@dataclass(frozen=True)
class LabelledSet:
    """A rule's labelled passages (``fixtures/labelled/<CODE>.yml``)."""

    rule: str
    detects: str  # "statement": positives make the required statement; "problem": they have it
    items: tuple[LabelledItem, ...]


@dataclass(frozen=True)
class Measurement:
    """How a rule did on its labelled set; ``misses`` lists the passages it got wrong."""

    precision: float
    recall: float
    positives: int
    negatives: int
    misses: tuple[tuple[str, LabelledItem], ...]


def load_labelled_set(path: Path) -> LabelledSet:
    """Read a labelled set.

    Raises:
        ValueError: the file is malformed.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    detects = data.get("detects")
    if detects not in ("statement", "problem"):
        raise ValueError(f"{path}: detects must be 'statement' or 'problem'")
    items = []
    for key, positive in (("positives", True), ("negatives", False)):
        for entry in data.get(key) or []:
            fields = entry if isinstance(entry, dict) else {"text": entry}
            items.append(
                LabelledItem(
                    text=str(fields["text"]),
                    positive=positive,
                    profile=fields.get("profile", data["profile"]),
                    section=fields.get("section", data.get("section", "Introduction")),
                    note=fields.get("note", ""),
                )
            )
    return LabelledSet(rule=str(data["rule"]), detects=detects, items=tuple(items))


def measure(labelled: LabelledSet, engine: Engine) -> Measurement:
    """Run the set's rule alone on every passage and score its recognition of the positives.

    For a ``statement`` set, recognising a passage means the rule stays quiet on it; for a
    ``problem`` set, it means the rule fires.
    """
    config = config_from_table({}, f"labelled set {labelled.rule}")
    true_pos = false_pos = false_neg = 0
    misses = []
    for item in labelled.items:
        overrides = Overrides(profile=item.profile, select=(labelled.rule,))
        result = engine.check_text(item.document(), "passage.md", config, overrides)
        fired = any(f.code == labelled.rule for f in result.findings)
        recognised = fired == (labelled.detects == "problem")
        if recognised and item.positive:
            true_pos += 1
        elif recognised:
            false_pos += 1
            misses.append(("false positive", item))
        elif item.positive:
            false_neg += 1
            misses.append(("false negative", item))
    positives = sum(item.positive for item in labelled.items)
    return Measurement(
        precision=true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0,
        recall=true_pos / positives if positives else 0.0,
        positives=positives,
        negatives=len(labelled.items) - positives,
        misses=tuple(misses),
    )
