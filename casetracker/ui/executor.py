"""The one database worker: every piece of database work the app's windows ask for runs on it, one at
a time (one SQLite writer, and no read that waits for a write of the same app), and its result is
delivered back to the GUI thread. Views do not use it directly: they go through `operations.Op`.

A view that asks again before its last question was answered (a list reloaded for each pause in
typing, a dashboard refreshed after each save) passes `supersede=`: a job still waiting when a newer
one with the same key arrives is skipped. Without it the worker would answer every stale question in
turn, and on a large store the screen would fall further and further behind.

Tests give the app a `SynchronousExecutor`, which runs each job at once on the calling thread.
"""

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    skipped = Signal()


class _Job(QRunnable):
    def __init__(self, task: Callable[[], Any], relay: _Relay, wanted: Callable[[], bool]) -> None:
        super().__init__()
        self._task, self._relay, self._wanted = task, relay, wanted

    def run(self) -> None:
        if not self._wanted():  # a newer question from the same view is waiting behind it
            self._relay.skipped.emit()
            return
        try:
            result = self._task()
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class DatabaseExecutor:
    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._latest: dict[Hashable, object] = {}  # the newest job of each `supersede` key
        self.skipped = 0  # jobs skipped as superseded (for benchmarks)

    def run(
        self,
        task: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        supersede: Hashable | None = None,
    ) -> None:
        """Run `task()` on the worker, then `done(result)` or `failed(error)` on the GUI thread."""
        relay = _Relay()
        self._relays.add(relay)  # kept alive until the job reports
        ticket = object()
        if supersede is not None:
            self._latest[supersede] = ticket

        def finish(handler, value) -> None:
            self._relays.discard(relay)
            handler(value)

        def skipped() -> None:
            self._relays.discard(relay)
            self.skipped += 1

        def wanted() -> bool:  # read on the worker thread: one dictionary look-up
            return supersede is None or self._latest.get(supersede) is ticket

        relay.finished.connect(lambda result: finish(done, result))
        relay.failed.connect(lambda error: finish(failed, error))
        relay.skipped.connect(skipped)
        self._pool.start(_Job(task, relay, wanted))

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for the worker to finish its jobs (at most `milliseconds`); True if it did."""
        return self._pool.waitForDone(milliseconds)


class SynchronousExecutor:
    """Runs each job at once on the calling thread (tests)."""

    skipped = 0

    def run(self, task, done, failed, *, supersede: Hashable | None = None) -> None:
        try:
            result = task()
        except Exception as error:
            failed(error)
        else:
            done(result)

    def wait(self, milliseconds: int = -1) -> bool:
        return True
