"""Conventions every rule must keep: identity, docs, citations, examples that really work."""

from __future__ import annotations

import re

import pytest
import yaml

from scrlint.config import Config
from scrlint.engine import Engine, Overrides
from scrlint.rule import CODE_RE, FAMILIES, NAME_RE, Rule
from tests.conftest import FIXTURES

ENGINE = Engine()
RULES = list(ENGINE.setup(Config()).registry)
ENGINE_RAISED_ONLY = {
    "SLT001": "tests/test_engine.py plants a crashing rule",
    "SLT006": "tests/test_engine.py removes the spaCy model",
}


def test_there_are_rules_from_yaml_and_python() -> None:
    origins = {type(r).__module__.split(".")[1] for r in RULES}
    assert {"packs", "rules"} <= origins
    assert len(RULES) >= 10


@pytest.mark.parametrize("rule", RULES, ids=[r.meta.code for r in RULES])
def test_identity_and_docs(rule: Rule) -> None:
    meta = rule.meta
    assert CODE_RE.fullmatch(meta.code) and meta.family in FAMILIES
    assert NAME_RE.fullmatch(meta.name)
    assert meta.summary.endswith(".") and meta.rationale and meta.limitations
    assert meta.guidance, "every rule cites the guidance it rests on"
    for citation in meta.guidance:
        assert re.fullmatch(r"S[0-9]{2,3}", citation.source)
    assert meta.bad and meta.good


def test_codes_and_names_are_unique() -> None:
    assert len({r.meta.code for r in RULES}) == len(RULES)
    assert len({r.meta.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.meta.code for r in RULES])
def test_every_rule_has_fixture_cases(rule: Rule) -> None:
    path = FIXTURES / "rules" / f"{rule.meta.code}.yml"
    assert path.is_file(), f"missing {path}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = [v for k, v in data.items() if k.startswith("test_")]
    assert any("pass_str" in c for c in cases)
    if rule.meta.code not in ENGINE_RAISED_ONLY:
        assert any("fail_str" in c for c in cases)


def test_every_fixture_file_names_a_rule() -> None:
    codes = {r.meta.code for r in RULES}
    for path in (FIXTURES / "rules").glob("*.yml"):
        named = yaml.safe_load(path.read_text(encoding="utf-8"))["rule"]
        assert {c.strip() for c in str(named).split(",")} <= codes, path.name
        assert path.stem in codes, path.name


def _codes_found(text: str, profile: str | None) -> set[str]:
    result = ENGINE.check_text(text, "example.md", Config(), Overrides(profile=profile))
    return {f.code for f in result.findings}


EXAMPLES = [
    (r, e, bad)
    for r in RULES
    for bad, examples in ((True, r.meta.bad), (False, r.meta.good))
    for e in examples
    if not (bad and r.meta.code in ENGINE_RAISED_ONLY)
]


@pytest.mark.parametrize(
    ("rule", "example", "bad"),
    EXAMPLES,
    ids=[f"{r.meta.code}-{'bad' if bad else 'good'}{i}" for i, (r, _e, bad) in enumerate(EXAMPLES)],
)
def test_docs_examples_behave_as_documented(rule: Rule, example: object, bad: bool) -> None:
    from scrlint.rule import Example

    assert isinstance(example, Example)
    found = rule.meta.code in _codes_found(example.text, example.profile)
    assert found is bad, (
        f"{rule.meta.code} {'did not fire on' if bad else 'fired on'}:\n{example.text}"
    )
