"""Measured precision and recall of every rule that has a labelled set (issue 3, item 7).

Each set is written by us: at least 30 positives and 30 near-miss negatives. The test prints the
figures, fails below precision 0.9 or recall 0.8, and checks that the rule's docs state the
figures it measures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.config import Config
from scrlint.engine import Engine
from scrlint.testing import load_labelled_set, measure
from tests.conftest import FIXTURES

LABELLED = sorted((FIXTURES / "labelled").glob("*.yml"))
MIN_PRECISION = 0.9
MIN_RECALL = 0.8
MIN_ITEMS = 30


@pytest.mark.parametrize("path", LABELLED, ids=[p.stem for p in LABELLED])
def test_labelled_set(path: Path, engine: Engine) -> None:
    labelled = load_labelled_set(path)
    assert labelled.rule == path.stem
    result = measure(labelled, engine)
    print(
        f"\n{labelled.rule}: precision {result.precision:.2f}, recall {result.recall:.2f} "
        f"({result.positives} positives, {result.negatives} negatives)"
    )
    for kind, item in result.misses:
        print(f"  {kind}: {item.text.strip()[:160]!r}")
    assert result.positives >= MIN_ITEMS and result.negatives >= MIN_ITEMS
    assert result.precision >= MIN_PRECISION, f"{labelled.rule} precision {result.precision:.2f}"
    assert result.recall >= MIN_RECALL, f"{labelled.rule} recall {result.recall:.2f}"
    rule = engine.setup(Config()).registry.lookup(labelled.rule)
    assert rule is not None
    measured = rule.meta.measured
    assert measured is not None, f"{labelled.rule}: state the measured figures in the rule"
    stated = (measured.precision, measured.recall, measured.positives, measured.negatives)
    actual = (
        round(result.precision, 2),
        round(result.recall, 2),
        result.positives,
        result.negatives,
    )
    assert stated == actual, f"{labelled.rule}: docs say {stated}, measured {actual}"
