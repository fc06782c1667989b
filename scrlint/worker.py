"""The NLP worker: a forked process that loads spaCy while this one sets up, then runs jobs.

A single-report check spends about a second importing spaCy and loading its model, and only
the sentence rules need it. The worker is forked as the check starts and loads the model
while this process reads the configuration, the rules and the report; it then receives the
sentence rules with the document (pickled through a pipe), runs them while this process runs
the others, and sends the findings back. Where ``fork`` is missing, or the worker fails, the
job runs here instead, with the same result.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Any

from scrlint.nlp import NlpLayer

Job = Callable[[NlpLayer], Any]


def can_fork_worker() -> bool:
    """Whether this platform can fork and has a second core for the worker."""
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


class NlpWorker:
    """One forked worker, good for one job."""

    def __init__(self, pid: int, jobs: int, results: int) -> None:
        self._pid = pid
        self._jobs: int | None = jobs  # write end, until the job is sent
        self._results = results  # read end

    @classmethod
    def start(cls, nlp: NlpLayer) -> NlpWorker:
        """Fork a worker that loads ``nlp``'s model at once and then waits for a job."""
        jobs_read, jobs_write = os.pipe()
        results_read, results_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(jobs_write)
            os.close(results_read)
            _serve(nlp, jobs_read, results_write)  # never returns
        os.close(jobs_read)
        os.close(results_write)
        return cls(pid, jobs_write, results_read)

    def submit(self, job: Job) -> None:
        """Send ``job``; it runs as soon as the worker has loaded the model."""
        if self._jobs is None:
            raise RuntimeError("a worker takes one job")
        out = os.fdopen(self._jobs, "wb")  # the worker drains it in a thread
        self._jobs = None
        # On failure the worker gets a short job or none, and sends nothing back.
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError), out:
            out.write(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))

    def result(self) -> Any | None:
        """The job's result, or None if the worker could not produce one (run it here)."""
        with os.fdopen(self._results, "rb") as incoming:
            payload = incoming.read()
        os.waitpid(self._pid, 0)
        if not payload:
            return None
        try:
            return pickle.loads(payload)  # our own child's bytes
        except Exception:
            return None

    def cancel(self) -> None:
        """Stop a worker that will get no job, without waiting for its model to load."""
        if self._jobs is not None:
            os.close(self._jobs)
            self._jobs = None
        os.close(self._results)
        os.kill(self._pid, signal.SIGKILL)
        os.waitpid(self._pid, 0)


def _serve(nlp: NlpLayer, jobs: int, results: int) -> None:
    """The worker's whole life: load the model, run the one job, send its result, leave."""
    received: list[bytes] = []

    def drain() -> None:  # read the job while the model loads, so the sender never blocks
        with os.fdopen(jobs, "rb") as incoming:
            received.append(incoming.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    payload = b""
    try:
        nlp.available  # noqa: B018 - imports spaCy and loads the model now
        reader.join()
        if received and received[0]:
            job = pickle.loads(received[0])  # our own parent's bytes
            payload = pickle.dumps(job(nlp), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # any failure means "run it in the parent"
        payload = b""
    try:
        with os.fdopen(results, "wb") as out:
            out.write(payload)
    finally:
        os._exit(0)
