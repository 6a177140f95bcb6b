"""Database work off the GUI thread: one worker, results delivered back to the GUI thread.

`run(work, done, failed)` calls `work(session)` on the single database worker
(one SQLite writer at a time) and then `done(result)` or `failed(error)` on the
GUI thread. Tests use `SynchronousExecutor`, which runs everything at once.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casetracker.store.database import Store


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, store: Store, work: Callable, relay: _Relay) -> None:
        super().__init__()
        self._store, self._work, self._relay = store, work, relay

    def run(self) -> None:
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

    def run(
        self, work: Callable[[Any], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]
    ):
        relay = _Relay()
        self._relays.add(relay)  # kept alive until the job reports

        def finish(handler, value) -> None:
            self._relays.discard(relay)
            handler(value)

        relay.finished.connect(lambda result: finish(done, result))
        relay.failed.connect(lambda error: finish(failed, error))
        self._pool.start(_Job(self._store, work, relay))

    def wait(self) -> None:
        self._pool.waitForDone()


class SynchronousExecutor:
    """Runs the work at once on the calling thread (tests)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def run(self, work, done, failed) -> None:
        try:
            with self._store.reading() as session:
                result = work(session)
        except Exception as error:
            failed(error)
        else:
            done(result)

    def wait(self) -> None:
        pass
