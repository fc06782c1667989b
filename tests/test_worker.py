"""The NLP worker: the same findings whether the sentence rules run there or here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scrlint.engine import Engine
from scrlint.nlp import NlpLayer
from scrlint.worker import NlpWorker, can_fork_worker

REPORTS = Path(__file__).parent.parent / "fixtures" / "reports"
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
MISSING = ("no_such_model_xyz",)  # loads fast: no model is found


def _pid(_nlp: NlpLayer) -> int:
    return os.getpid()


def _unpicklable(_nlp: NlpLayer) -> object:
    return lambda: None  # a lambda does not pickle


def test_a_job_runs_in_the_worker_and_its_result_comes_back() -> None:
    worker = NlpWorker.start(NlpLayer(model_names=MISSING))
    worker.submit(_pid)
    pid = worker.result()
    assert isinstance(pid, int) and pid != os.getpid()


def test_a_result_that_cannot_travel_comes_back_as_none() -> None:
    worker = NlpWorker.start(NlpLayer(model_names=MISSING))
    worker.submit(_unpicklable)
    assert worker.result() is None


def test_a_job_that_cannot_travel_comes_back_as_none() -> None:
    worker = NlpWorker.start(NlpLayer(model_names=MISSING))
    worker.submit(lambda _nlp: 1)  # type: ignore[arg-type, return-value]
    assert worker.result() is None


def test_a_worker_without_a_job_is_stopped_at_once() -> None:
    worker = NlpWorker.start(NlpLayer())  # would take about a second to load the model
    worker.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(worker._pid, os.WNOHANG)


def test_a_worker_takes_one_job() -> None:
    worker = NlpWorker.start(NlpLayer(model_names=MISSING))
    worker.submit(_pid)
    with pytest.raises(RuntimeError):
        worker.submit(_pid)
    worker.result()


def _with_worker(nlp: NlpLayer) -> Engine:
    return Engine(nlp, worker=NlpWorker.start(nlp))


def _findings(engine: Engine, path: Path) -> list[tuple[str, int, str]]:
    (result,) = engine.check_paths([str(path)])
    assert result.error is None
    return [(f.code, f.start.offset, f.message) for f in result.findings]


@pytest.mark.parametrize(
    "report", ["lcspr@2023/flawed.md", "exec-summary@2010/flawed.md", "imr@2010/good.md"]
)
def test_a_check_with_the_worker_finds_exactly_what_a_plain_one_does(report: str) -> None:
    path = REPORTS / report
    with_worker = _with_worker(NlpLayer())
    assert _findings(with_worker, path) == _findings(Engine(), path)
    assert not with_worker.nlp.loaded, "the model was loaded in the worker, not here"


def test_without_a_model_the_skipped_rules_are_reported_from_the_worker() -> None:
    path = REPORTS / "lcspr@2023" / "flawed.md"
    with_worker = _findings(_with_worker(NlpLayer(model_names=MISSING)), path)
    plain = _findings(Engine(NlpLayer(model_names=MISSING)), path)
    assert with_worker == plain
    assert any(code == "SLT006" for code, _at, _message in plain)


def test_a_batch_has_no_worker(tmp_path: Path) -> None:
    """Each report would load the model again in its own worker."""
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text((REPORTS / "lcspr@2023" / "good.md").read_text())
    engine = _with_worker(NlpLayer())
    results = list(engine.check_paths([str(tmp_path)]))
    assert len(results) == 2 and engine.nlp.loaded and engine._worker is None


def test_a_report_that_cannot_be_read_stops_its_worker(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00\x00 not text")
    engine = _with_worker(NlpLayer())
    (result,) = engine.check_paths([str(bad)])
    assert result.error is not None and engine._worker is None


def test_the_worker_needs_fork_and_two_cores() -> None:
    assert can_fork_worker() == ((os.cpu_count() or 1) > 1)


def test_the_command_line_forks_the_worker_before_importing_the_engine(tmp_path: Path) -> None:
    """The worker's model load overlaps the engine's imports as well as the setup."""
    code = (
        "import sys, scrlint.cli as cli\n"
        "started = []\n"
        "def start(nlp):\n"
        "    started.append('scrlint.engine' in sys.modules)\n"
        "    raise SystemExit(0)\n"
        "cli.NlpWorker.start = start\n"
        "cli.can_fork_worker = lambda: True\n"
        f"sys.argv = ['scrlint', 'check', {str(REPORTS / 'imr@2010' / 'good.md')!r}]\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "print(started)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[False]", result.stderr
