"""The time budget of one step on one input: past it, the step is stopped and the input reported.

trafilatura has no time limit of its own, and one pathological page must not hold up a whole run. The
budget is CPU time, not wall time (a busy machine must not fail a page that is merely slow to get the
processor), counted by the profiling timer (`ITIMER_PROF`, signal `SIGPROF`), so it applies in the main thread
of a process on a system that has one (Linux, macOS); elsewhere the step runs unbounded. The signal raises
`OverBudget`, a `BaseException`, so that no `except Exception` inside the library swallows it.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["HTML_SECONDS", "OverBudget", "time_budget"]

#: CPU seconds trafilatura may spend on one page: a 9 MB live-blog page takes about 10 s here.
HTML_SECONDS = 60.0


class OverBudget(BaseException):
    """The step ran past its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the body for at most `seconds` of CPU time (None: no limit); raise `OverBudget` past that."""
    in_main_thread = threading.current_thread() is threading.main_thread()
    if seconds is None or not hasattr(signal, "setitimer") or not in_main_thread:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
