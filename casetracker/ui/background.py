"""Long work (PDF generation) on a worker thread, with progress, cancel, and the result on the GUI thread."""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from casetracker.errors import Cancelled
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
            with self._store.session() as session:
                result = self._work(session, progress)
        except Exception as error:  # the GUI thread decides what to say
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


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
    dialog.setMinimumDuration(300)
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)
    signals = _Signals(parent)

    def show_progress(step: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(step)

    def finish(handler, value) -> None:
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
