"""`Op`: how a window asks for database work, and hears how it went.

Every piece of work on the store that a view asks for (a background read, a save, an import, a
backup) is an `Op`. It runs on the app's one database worker (`executor.py`), off the GUI thread;
then, on the GUI thread, its `success` callback gets the result, the main window is told what
changed, or the failure takes the one failure path (`failures.py`).

    context.op(self, lambda session: queries.case_rows(session, ids)).success(self._show).run()
    context.op(self, add_note, writes=Change.CASES).success(self._saved).run()
    context.op(self, export, progress=self.tr("Exporting…")).success(self._exported).run()

What the work is given depends on what it does:

- a read: `work(session)`, in a read transaction;
- a write (`writes=` the changes it makes): `work(session, actor)`, in one transaction that is
  committed only if the work returns;
- work that manages the store itself (`whole_store=True`: a backup, files added one transaction
  each): `work(store, actor)`.

With `progress=` a label, the work gets one more argument, `progress(done, total)`, and a progress
dialog with Cancel appears when the work takes more than a moment; Cancel makes the next
`progress()` call raise `Cancelled`, and the work leaves nothing half-done. While such work runs,
the window that asked takes no input, and locking the app cancels it.

Known conditions go to the `failure` callback when there is one (a view that says them in its own
place) and to a message box when there is none; bugs always go to the crash dialog. Cancelling is
not a failure: nothing is said.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Hashable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from casetracker.errors import Cancelled
from casetracker.ui import failures


class _Context(Protocol):
    """What an operation needs of the app's context (context.AppContext)."""

    store: Any
    actor: str
    executor: Any

    def changes_made(self, what: Change) -> None: ...


class Change(enum.Flag):
    """What a write changed, so that each view reloads only when it shows it."""

    NONE = 0
    CASES = enum.auto()  # a case, its events, notes, files or findings
    PEOPLE = enum.auto()
    DEADLINES = enum.auto()
    OVERRIDES = enum.auto()  # the caseworker's corrections to a rule profile


class _Progress(QObject):
    """Carries progress from the worker to the dialog on the GUI thread."""

    stepped = Signal(int, int)


# The cancel switches of the operations now running with progress: locking the app cancels them
# rather than waiting for, say, a backup to a USB stick that was pulled out.
_running: set[threading.Event] = set()


def cancel_running() -> None:
    """Ask every running operation to stop at its next step; each leaves nothing half-done."""
    for cancelled in list(_running):
        cancelled.set()


def long_work_running() -> bool:
    """Is an operation with a progress dialog (a backup, an export, an import) still running?"""
    return bool(_running)


class Op:
    def __init__(
        self,
        context: _Context,
        parent: QObject,
        work: Callable[..., Any],
        *,
        writes: Change | None = None,
        whole_store: bool = False,
        progress: str | None = None,
        supersede: Hashable | None = None,
    ) -> None:
        self._context = context
        self._parent = parent
        self._work = work
        self._writes = writes
        self._whole_store = whole_store
        self._label = progress
        self._supersede = supersede
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._afterwards: Callable[[], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> Op:
        """Called with the work's result on the GUI thread."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op:
        """Called with a known condition (say it with `failures.describe(error)`) instead of the
        message box; bugs never reach it."""
        self._on_failure = callback
        return self

    def afterwards(self, callback: Callable[[], None]) -> Op:
        """Called once the work is over, however it ended (to enable a button again, say)."""
        self._afterwards = callback
        return self

    def run(self) -> None:
        cancelled = threading.Event()
        dialog = self._progress_dialog(cancelled) if self._label is not None else None
        relay = _Progress()
        if dialog is not None:
            relay.stepped.connect(lambda done, total: _show_step(dialog, done, total))
            _running.add(cancelled)

        def progress(done: int, total: int) -> None:  # on the worker thread
            if cancelled.is_set():
                raise Cancelled()
            relay.stepped.emit(done, total)

        def put_away() -> None:  # the progress dialog and the relay, once the work is over
            _running.discard(cancelled)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            relay.deleteLater()

        def succeeded(result: Any) -> None:
            put_away()
            self._succeeded(result)

        def failed(error: Exception) -> None:
            put_away()
            self._failed(error)

        extra = (progress,) if dialog is not None else ()
        self._context.executor.run(lambda: self._task(extra), succeeded, failed, supersede=self._supersede)

    def _task(self, extra: tuple) -> Any:
        """The work, in the session or with the store it asked for (on the worker thread)."""
        context = self._context
        if self._whole_store:
            return self._work(context.store, context.actor, *extra)
        if self._writes is not None:
            with context.store.transaction() as session:
                return self._work(session, context.actor, *extra)
        with context.store.reading() as session:
            return self._work(session, *extra)

    def _succeeded(self, result: Any) -> None:
        self._announce()
        if self._on_success is not None and _alive(self._parent):
            self._on_success(result)
        self._end()

    def _failed(self, error: Exception) -> None:
        if self._whole_store:  # the steps before the failing one were each saved
            self._announce()
        if _alive(self._parent):
            if self._on_failure is not None and failures.is_known(error):
                self._on_failure(error)
            else:
                window = self._parent if isinstance(self._parent, QWidget) else None  # not a model
                one_change = self._writes is not None and not self._whole_store
                failures.show(window, error, during=self._label or "", change=one_change)
        self._end()

    def _progress_dialog(self, cancelled: threading.Event) -> QProgressDialog:
        cancel = QCoreApplication.translate("operations", "Cancel")
        dialog = QProgressDialog(self._label, cancel, 0, 0, self._parent)
        # Modal to its window: no second write can start, and the view that asked cannot close, meanwhile.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancelled.set)
        return dialog

    def _announce(self) -> None:
        if self._writes:
            self._context.changes_made(self._writes)

    def _end(self) -> None:
        if self._afterwards is not None and _alive(self._parent):
            self._afterwards()


def _show_step(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)


def _alive(asker: QObject) -> bool:
    """Is the view (or model) that asked still there (a tab may be closed while its work ran)?"""
    return shiboken6.isValid(asker)
