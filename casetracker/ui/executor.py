"""Database work off the GUI thread: one worker, results delivered back to the GUI thread.

`run(work, done, failed)` calls `work(session)` on the single database worker
(one SQLite writer at a time) and then `done(result)` or `failed(error)` on the
GUI thread. Tests use `SynchronousExecutor`, which runs everything at once.

A view that asks again before its last question was answered (a list reloaded for each pause in
typing, a dashboard refreshed after each save) passes `supersede=`: a job still waiting when a newer
one with the same key arrives is skipped. Without it the worker would answer every stale question in
turn, and on a large store the screen would fall further and further behind.
"""

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casetracker.store.database import Store


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    skipped = Signal()


class _Job(QRunnable):
    def __init__(self, store: Store, work: Callable, relay: _Relay, wanted: Callable[[], bool]) -> None:
        super().__init__()
        self._store, self._work, self._relay, self._wanted = store, work, relay, wanted

    def run(self) -> None:
        if not self._wanted():  # a newer question from the same view is waiting behind it
            self._relay.skipped.emit()
            return
        try:
            with self._store.reading() as session:
                result = self._work(session)
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class DatabaseExecutor:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._latest: dict[Hashable, object] = {}  # the newest job of each `supersede` key
        self.skipped = 0  # jobs skipped as superseded (for benchmarks)

    def run(
        self,
        work: Callable[[Any], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        *,
        supersede: Hashable | None = None,
    ):
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
        self._pool.start(_Job(self._store, work, relay, wanted))

    def wait(self) -> None:
        self._pool.waitForDone()


class SynchronousExecutor:
    """Runs the work at once on the calling thread (tests)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def run(self, work, done, failed, *, supersede: Hashable | None = None) -> None:
        try:
            with self._store.reading() as session:
                result = work(session)
        except Exception as error:
            failed(error)
        else:
            done(result)

    def wait(self) -> None:
        pass
