"""Measured precision and recall of the ANO rules, per kind of identifier (issue 5, item 6).

The passages under fixtures/anonymisation were written blind, by writers who never saw the
rules: identifiers of every kind, and near misses. The test prints the figures per kind,
fails below the issue's floors, and checks that each rule's docs state what it measures.
"""

from __future__ import annotations

import pytest

from scrlint.config import Config
from scrlint.engine import Engine
from scrlint.identifier_sets import KindScore, load_passages, measure_passages
from scrlint.identifiers import Kind
from scrlint.rules.anonymisation.base import IdentifierRule
from tests.conftest import FIXTURES

SETS = sorted((FIXTURES / "anonymisation").glob("*.yml"))
STRUCTURED = {
    Kind.NHS_NUMBER, Kind.NI_NUMBER, Kind.POSTCODE, Kind.EMAIL_ADDRESS, Kind.PHONE_NUMBER,
    Kind.DATE_OF_BIRTH, Kind.DATE_OF_DEATH,
}  # fmt: skip
MIN_PRECISION = 0.9
MIN_RECALL_STRUCTURED = 0.9
MIN_RECALL = 0.8


@pytest.fixture(scope="module")
def measured(engine: Engine) -> tuple[dict[Kind, KindScore], int]:
    passages = [p for path in SETS for p in load_passages(path)]
    return measure_passages(passages, engine)


def test_the_sets_hold_enough_identifiers_and_near_misses(
    measured: tuple[dict[Kind, KindScore], int],
) -> None:
    scores, near_misses = measured
    assert sum(s.labels for s in scores.values()) >= 150 and near_misses >= 150
    assert all(scores[kind].labels >= 10 for kind in Kind), "every kind is represented"


@pytest.mark.parametrize("kind", list(Kind), ids=[k.value for k in Kind])
def test_kind_meets_its_floor(kind: Kind, measured: tuple[dict[Kind, KindScore], int]) -> None:
    score = measured[0][kind]
    print(
        f"\n{kind}: precision {score.precision:.2f} ({score.right}/{score.findings}), "
        f"recall {score.recall:.2f} ({score.found}/{score.labels})"
    )
    for miss in score.misses:
        print(f"  {miss}")
    floor = MIN_RECALL_STRUCTURED if kind in STRUCTURED else MIN_RECALL
    assert score.precision >= MIN_PRECISION, f"{kind} precision {score.precision:.2f}"
    assert score.recall >= floor, f"{kind} recall {score.recall:.2f}"


def test_each_rule_states_what_it_measures(
    engine: Engine, measured: tuple[dict[Kind, KindScore], int]
) -> None:
    scores, near_misses = measured
    rules = [r for r in engine.setup(Config()).registry if isinstance(r, IdentifierRule)]
    assert len(rules) == 12
    for rule in rules:
        total = KindScore()
        for kind in rule.kinds:
            for name in ("labels", "found", "findings", "right"):
                setattr(total, name, getattr(total, name) + getattr(scores[kind], name))
        actual = (round(total.precision, 2), round(total.recall, 2), total.labels, near_misses)
        stated = rule.meta.measured
        assert stated is not None, f"{rule.meta.code}: state the measured figures"
        assert (stated.precision, stated.recall, stated.positives, stated.negatives) == actual, (
            f"{rule.meta.code}: docs say {stated}, measured {actual}"
        )
