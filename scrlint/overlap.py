"""Run two pieces of work at once: one in a forked child process, one here.

A single-report check spends over a second importing spaCy and loading its model, and the
sentence rules need it; the other rules do not. On a machine with two cores the child loads the
model and runs the sentence rules while this process runs the rest. The child's result comes
back pickled through a pipe. Where ``fork`` is missing, or the child fails, the work runs here.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import TypeVar

Background = TypeVar("Background")
Foreground = TypeVar("Foreground")


def can_overlap() -> bool:
    """Whether this platform can fork and has a second core to gain from it."""
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def overlapped(
    background: Callable[[], Background], foreground: Callable[[], Foreground]
) -> tuple[Background, Foreground]:
    """``(background(), foreground())``, the first computed in a forked child.

    If the child cannot return its result (it crashed, or the result does not pickle),
    ``background`` runs here afterwards, so the answer is the same either way.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running any exit handlers
        os.close(read_end)
        try:
            payload = pickle.dumps(background(), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # any failure means "run it in the parent"
            payload = b""
        with os.fdopen(write_end, "wb") as out:
            out.write(payload)
        os._exit(0)
    os.close(write_end)
    try:
        here = foreground()
    finally:
        with os.fdopen(read_end, "rb") as incoming:
            payload = incoming.read()
        os.waitpid(pid, 0)
    if payload:
        try:
            return pickle.loads(payload), here  # our own child's bytes
        except Exception:  # fall back to running it here
            pass
    return background(), here
