"""Overlapping the sentence rules with the others: the same findings, whichever way they run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scrlint.engine import Engine
from scrlint.nlp import NlpLayer
from scrlint.overlap import can_overlap, overlapped

REPORTS = Path(__file__).parent.parent / "fixtures" / "reports"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def test_both_results_come_back_and_the_work_ran_in_a_child() -> None:
    background, here = overlapped(lambda: os.getpid(), lambda: os.getpid())
    assert here == os.getpid() and background != here


def test_a_result_that_cannot_travel_is_computed_here_instead() -> None:
    calls = []

    def unpicklable() -> object:
        calls.append(os.getpid())
        return lambda: None  # a lambda does not pickle

    background, _here = overlapped(unpicklable, lambda: None)
    assert callable(background)
    assert calls == [os.getpid()], "the parent ran it after the child could not send it"


def _findings(engine: Engine, path: Path) -> list[tuple[str, int, str]]:
    (result,) = engine.check_paths([str(path)])
    assert result.error is None
    return [(f.code, f.start.offset, f.message) for f in result.findings]


@pytest.mark.parametrize(
    "report", ["lcspr@2023/flawed.md", "exec-summary@2010/flawed.md", "imr@2010/good.md"]
)
def test_overlapped_check_finds_exactly_what_a_plain_one_does(report: str) -> None:
    path = REPORTS / report
    overlapping = Engine(overlap=True)
    assert _findings(overlapping, path) == _findings(Engine(), path)
    assert not overlapping.nlp.loaded, "the model was loaded in the child, not here"


def test_without_a_model_the_skipped_rules_are_reported_from_the_child() -> None:
    path = REPORTS / "lcspr@2023" / "flawed.md"
    missing = ("no_such_model_xyz",)
    overlapped_codes = _findings(Engine(NlpLayer(model_names=missing), overlap=True), path)
    plain_codes = _findings(Engine(NlpLayer(model_names=missing)), path)
    assert overlapped_codes == plain_codes
    assert any(code == "SLT006" for code, _at, _message in plain_codes)


def test_a_batch_does_not_overlap(tmp_path: Path) -> None:
    """Each overlapped report would load the model again in its own child."""
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text((REPORTS / "lcspr@2023" / "good.md").read_text())
    engine = Engine(overlap=True)
    results = list(engine.check_paths([str(tmp_path)]))
    assert len(results) == 2 and engine.nlp.loaded


def test_overlap_needs_fork_and_two_cores() -> None:
    assert can_overlap() == ((os.cpu_count() or 1) > 1)
