"""Starts the desktop app and runs its unlock → work → lock cycle.

Locking closes the window and every view that shows personal data, closes the
database (the key goes with the connections) and asks for the passphrase again.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from casetracker import paths
from casetracker.errors import AppAlreadyOpen
from casetracker.resources import resource_path
from casetracker.store.locking import AppClaim
from casetracker.ui import preload
from casetracker.ui.i18n import install_language
from casetracker.ui.instances import AlreadyOpenDialog, FirstCopy, bring_to_front
from casetracker.ui.settings import IDLE_MINUTES, LANGUAGE, AppSettings
from casetracker.ui.unlock import FirstRunDialog, UnlockDialog
from casetracker.ui.viewing_copies import remove_leftover_copies

if TYPE_CHECKING:  # loaded in the background while the unlock dialog waits (see preload.py)
    from casetracker.store.database import Store
    from casetracker.ui.open_work import OpenWork

DEMO_PASSPHRASE = "demo"
IDLE_TASK_GRACE_MS = 5 * 60_000  # how long an idle lock waits for a running backup or export
TASK_STOP_WAIT_MS = 30_000  # how long locking waits for cancelled tasks to stop


class IdleWatcher(QObject):
    """Restarts a timer on every key press, click or mouse movement; when it runs out, the app locks.

    It watches each window of the app (from when it first has the focus), not the whole
    application: an application-wide filter would run Python for every event of every
    widget, and at start alone that costs a twentieth of a second."""

    RETRY_MS = 5_000

    def __init__(self, minutes: int, on_idle, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(on_idle)
        self._input = {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
        self.set_minutes(minutes)
        app.focusWindowChanged.connect(self._watch)
        self._watch(app.focusWindow())

    def _watch(self, window) -> None:
        if window is not None:
            window.installEventFilter(self)  # once only: Qt keeps one entry per filter

    def set_minutes(self, minutes: int) -> None:
        self.interval_ms = minutes * 60_000
        self.timer.start(self.interval_ms)

    def retry_soon(self) -> None:
        """Still idle, but the app cannot lock yet: look again in a few seconds."""
        self.timer.start(self.RETRY_MS)

    def stop(self) -> None:
        """Watch no more (the windows it watched forget it when it is deleted)."""
        self.timer.stop()
        self._app.focusWindowChanged.disconnect(self._watch)
        self.deleteLater()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self._input:
            self.timer.start(self.interval_ms)
        return False


class Session:
    """One unlocked period: a store, its context and its main window."""

    # The integrity check and daily backup start this long after the window opens, so that they do
    # not compete with the caseworker's first clicks for the disk and the processor.
    check_delay_ms = 2000

    def __init__(self, app: QApplication, settings: AppSettings, root, store: Store, executor_class=None):
        self.app, self.settings, self.root = app, settings, root
        self._executor_class = executor_class
        self.window = None
        self.context = None
        self.maintenance = None
        self.unlock_dialog: UnlockDialog | None = None  # while the app is locked
        self.work: OpenWork | None = None  # what was open when it locked: in memory only
        self._check_timer = QTimer(singleShot=True)
        self._check_timer.timeout.connect(self._check_then_back_up)
        self._start(store)

    def _executor(self):
        from casetracker.ui.executor import DatabaseExecutor

        return (self._executor_class or DatabaseExecutor)()

    def _start(self, store: Store, *, check_store: bool = True) -> None:
        from casetracker.ui.context import AppContext
        from casetracker.ui.main_window import MainWindow

        self.context = AppContext(store, self.settings, self._executor())
        self.window = MainWindow(self.context)
        self.window.lock_requested.connect(self.lock)
        self.window.settings_requested.connect(self.edit_settings)
        self.window.show()
        self.context.watch_other_writers()
        if self.work is not None:
            from casetracker.ui import open_work

            open_work.restore(self.window, self.work)
            self.work = None
        self.idle = IdleWatcher(self.settings.get(IDLE_MINUTES), self._lock_when_idle, self.app)
        self._idle_waited_ms = 0
        if check_store:
            self._check_timer.start(self.check_delay_ms)

    def _check_then_back_up(self) -> None:
        """In the background: authenticate every page, then, only if the store is sound, make the
        daily backup. A damaged store must never push good backups out of the rotation.

        It runs on a worker of its own, the one exception to the one database worker of the
        window's operations, so that the caseworker's first clicks are not queued behind a check
        that reads every page of a large store."""
        if self.context is None:
            return
        store = self.context.store
        self.maintenance = self._executor()

        def work() -> tuple[list[str], int]:
            from casetracker.services.backups import rolling_backup
            from casetracker.services.rules_update import update_deadlines_to_current_rules

            problems = store.integrity_problems()
            if problems:
                return problems, 0
            updated = update_deadlines_to_current_rules(store).changed  # once after a rules update
            if not store.is_demo:
                rolling_backup(store)
            return problems, updated

        def report(outcome: tuple[list[str], int]) -> None:
            problems, updated = outcome
            window = self.window  # a new one after a language switch
            if updated and self.context is not None:
                from casetracker.ui.operations import Change

                self.context.changes_made(Change.DEADLINES | Change.CASES)
            if updated and window is not None:
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "Session", "The rules were updated: the deadlines of %n case(s) changed.", "", updated
                    )
                )
            if problems and window is not None:
                from casetracker.ui import messages

                messages.error(
                    window,
                    QCoreApplication.translate(
                        "Session",
                        "The case store failed its integrity check ({0}). Keep working only to copy "
                        "out what you need, and restore the newest backup into a new folder.",
                    ).format(problems[0]),
                )

        def failed(error: Exception) -> None:
            from casetracker.ui import failures

            window = self.window
            if window is None:
                return
            if not failures.is_known(error):
                failures.show_bug(window, error)
                return
            window.statusBar().showMessage(
                QCoreApplication.translate("Session", "The daily backup could not be made: {0}").format(
                    failures.describe(error)
                )
            )

        self.maintenance.run(work, report, failed)

    def wait_for_workers(self) -> None:
        if self.window is not None:  # no more rounds of team sync; the one under way ends first
            self.window.team.stop()
        # Backups, exports, imports, reports: cancelled by lock(), they stop at their next step.
        # One stuck on a vanished disk must not keep the window open: after a while the store
        # closes anyway (the task then fails, leaving nothing half-done).
        self.context.executor.wait(TASK_STOP_WAIT_MS)
        if self.maintenance is not None:
            self.maintenance.wait()
            self.maintenance = None

    def _lock_when_idle(self) -> None:
        """A caseworker who leaves a long backup or export running is idle but not done: the app
        waits a while for the task to end before it locks (and cancels it if it is still running)."""
        from casetracker.ui.operations import long_work_running

        if long_work_running() and self._idle_waited_ms < IDLE_TASK_GRACE_MS:
            self._idle_waited_ms += IdleWatcher.RETRY_MS
            self.idle.retry_soon()
            return
        self.lock()

    def lock(self) -> None:
        """Save what is being typed, remember what is open, forget everything personal, then ask for
        the passphrase again; after the unlock, what was open comes back."""
        if self.window is None:
            return
        from casetracker.ui import open_work
        from casetracker.ui.operations import cancel_running

        self.idle.stop()
        self._check_timer.stop()  # checked at the next unlock instead
        self.context.stop_watching()
        self.window.save_geometry()
        open_work.save_typing(self.window)
        self.window.hide_with_its_dialogs()
        cancel_running()
        self.wait_for_workers()
        self._remember_the_work()
        self.window.deleteLater()
        from casetracker.ui.file_dialogs import forget_last_folder
        from casetracker.ui.viewing_copies import remove_viewing_copies

        remove_viewing_copies(self.context)  # decrypted evidence opened for viewing goes with the key
        forget_last_folder()
        demo = DEMO_PASSPHRASE if self.context.store.is_demo else None
        self.context.store.close()
        self.window = self.context = None
        self.app.processEvents()
        self.unlock_dialog = UnlockDialog(self.root, demo_passphrase=demo)
        unlocked = self.unlock_dialog.exec() and self.unlock_dialog.store is not None
        store, self.unlock_dialog = self.unlock_dialog.store, None
        if unlocked:
            self._start(store)
        else:
            self.work = None
            self.app.quit()

    def _remember_the_work(self) -> None:
        """Once the saves have ended (the store still open), hold in memory what is open and what
        could not be saved; then stop every timer of the window: it is deleted only after the
        unlock dialog, and nothing may reach the closed store."""
        from casetracker.ui import open_work

        self.context.blockSignals(True)  # the saves' news would make the views read the store again
        self.app.processEvents()  # the saves report back: a form saved is cleared
        self.work = open_work.remember(self.window)
        for timer in self.window.findChildren(QTimer):
            timer.stop()

    def bring_to_front(self) -> None:
        """A second copy of the app on this store asked: the window, or the unlock dialog while locked."""
        shown = self.window if self.window is not None else self.unlock_dialog
        if shown is not None:
            bring_to_front(shown)
            active = QApplication.activeModalWidget()  # a dialog open over the window comes with it
            if active is not None and active is not shown:
                bring_to_front(active)

    def edit_settings(self) -> None:
        from casetracker.ui.settings_dialog import SettingsDialog

        before = self.settings.get(LANGUAGE)
        if SettingsDialog(self.settings, self.window).exec():
            self.idle.set_minutes(self.settings.get(IDLE_MINUTES))
            if self.settings.get(LANGUAGE) != before:
                self.switch_language()

    def switch_language(self) -> None:
        """Rebuild the window in the new language; the store stays unlocked."""
        install_language(self.app, self.settings.get(LANGUAGE))
        store = self.context.store
        self.idle.stop()  # the new window brings its own
        self.context.stop_watching()
        self.window.save_geometry()
        from casetracker.ui import open_work

        open_work.save_typing(self.window)
        self.window.team.stop()  # the new window syncs again
        self.context.executor.wait()
        self._remember_the_work()
        self.window.hide_with_its_dialogs()
        self.window.deleteLater()
        self._start(store, check_store=False)  # checked when it was unlocked


def _unexpected(kind, error, trace) -> None:
    """An exception escaping a Qt slot takes the one failure path: a known condition in its own
    words, a bug as a crash notice and a dialog that says where it is (the caseworker may have
    started the app from a menu and sees no terminal)."""
    from casetracker.ui import failures

    failures.show(QApplication.activeWindow(), error)


def run(arguments) -> int:
    sys.excepthook = _unexpected
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Exile Case Tracker")
    app.setWindowIcon(QIcon(str(resource_path("icons", "casetracker.svg"))))  # sharp at any DPI
    settings = AppSettings()
    install_language(app, settings.get(LANGUAGE))
    remove_leftover_copies()
    QTimer.singleShot(0, preload.start)  # once the unlock dialog is up, while it waits for the passphrase
    root = paths.demo_store_dir() if arguments.demo else (arguments.store or paths.default_store_dir())
    try:
        claim = AppClaim(root)  # held until the app ends, locked or not
    except AppAlreadyOpen:
        AlreadyOpenDialog(root).exec()  # says where, and can bring the other window forward
        preload.wait()
        return 1
    sessions: list[Session] = []
    listener = FirstCopy(root, lambda: _come_forward(sessions))  # for a second copy on this store
    try:
        store = open_demo_store() if arguments.demo else unlock_or_create(root, settings)
        if store is None:
            preload.wait()  # let the background imports end before the interpreter does
            return 1
        session = Session(app, settings, root, store)
        sessions.append(session)
        code = app.exec()
        if session.context is not None:
            session.context.stop_watching()
            session.wait_for_workers()
            session.context.store.close()
        return code
    finally:
        listener.close()
        claim.release()


def _come_forward(sessions: list[Session]) -> None:
    """Another copy of the app asked for this one: its window, its unlock dialog, or (before the
    first unlock) the dialog asking for the passphrase."""
    if sessions:
        sessions[0].bring_to_front()
        return
    shown = QApplication.activeModalWidget()
    if shown is not None:
        bring_to_front(shown)


def unlock_or_create(root, settings: AppSettings) -> Store | None:
    if paths.StorePaths(root).database.exists():
        dialog = UnlockDialog(root)
        return dialog.store if dialog.exec() else None
    dialog = FirstRunDialog(root, settings.get(LANGUAGE))
    if not dialog.exec():
        return None
    settings.set(LANGUAGE, dialog.chosen_language)
    install_language(QApplication.instance(), dialog.chosen_language)
    return dialog.store


def open_demo_store() -> Store:
    """A fresh demo store of fictional cases, replacing the previous demo store only."""
    preload.wait()
    from casetracker.services.demo import create_demo_store
    from casetracker.store.database import remove_store
    from casetracker.store.keycheck import Manifest

    root = paths.demo_store_dir()
    previous = Manifest.load(paths.StorePaths(root).manifest)
    if previous is not None and previous.demo:
        remove_store(root)
    store, _numbers = create_demo_store(root, DEMO_PASSPHRASE)
    return store
