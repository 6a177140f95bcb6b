"""Long work (reports, imports, exports, backups, evidence files) on a worker thread, with progress,
cancel, and the result on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from casetracker.errors import Cancelled

if TYPE_CHECKING:
    from casetracker.store.database import Store


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, store: Store, work: Callable, signals: _Signals, cancelled: threading.Event) -> None:
        super().__init__()
        self._store, self._work, self._signals, self._cancelled = store, work, signals, cancelled

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self._cancelled.is_set():
                raise Cancelled()
            self._signals.progressed.emit(done, total)

        try:
            with self._store.reading() as session:
                result = self._work(session, progress)
        except Exception as error:  # the GUI thread decides what to say
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


# The cancel switches of the tasks now running: locking the app cancels them rather than
# waiting for, say, a backup to a USB stick that was pulled out.
_running: set[threading.Event] = set()


def cancel_running_tasks() -> None:
    """Ask every running task to stop at its next step; each leaves nothing half-done."""
    for cancelled in list(_running):
        cancelled.set()


def run_with_progress(
    parent: QWidget,
    store: Store,
    label: str,
    work: Callable[[Any, Callable[[int, int], None]], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
    *,
    synchronous: bool = False,
) -> None:
    """Run `work(session, progress)` off the GUI thread behind a progress dialog with Cancel."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    # Modal to its window: no second write can start, and the view that asked cannot close, meanwhile.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    cancelled = threading.Event()
    _running.add(cancelled)
    dialog.canceled.connect(cancelled.set)
    signals = _Signals(parent)

    def show_progress(step: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(step)

    def finish(handler, value) -> None:
        _running.discard(cancelled)
        dialog.reset()
        dialog.deleteLater()
        signals.deleteLater()

        if isinstance(value, Cancelled):
            return  # the caseworker cancelled: nothing to say, nothing was written
        handler(value)

    signals.progressed.connect(show_progress)
    signals.finished.connect(lambda result: finish(done, result))
    signals.failed.connect(lambda error: finish(failed, error))
    task = _Task(store, work, signals, cancelled)
    if synchronous:  # tests
        task.run()
    else:
        QThreadPool.globalInstance().start(task)
