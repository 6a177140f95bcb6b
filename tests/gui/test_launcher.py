"""The app's unlock → work → lock cycle, driven as a caseworker would: locking, the idle lock, the
language switch, the check after unlocking, the demo start, a second copy of the app on the same
store, and a bug escaping a window."""

import argparse
import re
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from casetracker import paths
from casetracker.services import cases
from casetracker.services.demo import fill_demo_store
from casetracker.store.database import open_store
from casetracker.store.locking import AppClaim
from casetracker.ui import instances, launcher, messages
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.settings import LANGUAGE
from casetracker.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.gui.dialogs import unlock_with
from tests.gui.typing import type_text


def test_locking_forgets_everything_and_unlocking_brings_the_work_back(
    qtbot, store, store_dir, settings, monkeypatch
):
    asked = []

    class AnsweringUnlock(UnlockDialog):
        def exec(self):
            asked.append(True)
            return unlock_with(qtbot, self, PASSPHRASE)

    monkeypatch.setattr(launcher, "UnlockDialog", AnsweringUnlock)
    app = QApplication.instance()
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    first_window = session.window
    qtbot.addWidget(first_window)
    first_window.activateWindow()
    qtbot.waitUntil(first_window.isActiveWindow)
    qtbot.keyClick(first_window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert not first_window.isVisible()
    assert store._closed  # the old connections and key are gone
    assert session.window is not first_window and session.window.isVisible()
    qtbot.addWidget(session.window)
    assert session.context.store is not store
    session.context.store.close()


def test_locking_hides_every_window_that_shows_names(qtbot, store, store_dir, settings, monkeypatch):
    """Search results and the trash are windows of their own: they go with the main window."""
    seen_while_locked = []

    def unlock_dialog_shown(dialog):
        seen_while_locked.extend(
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not dialog
        )
        return 0

    monkeypatch.setattr(launcher.UnlockDialog, "exec", unlock_dialog_shown)
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: None)
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    window = session.window
    qtbot.addWidget(window)
    window.global_search()
    window.trash_action.trigger()
    assert window.search_dialog.isVisible() and window.trash_dialog.isVisible()
    window.trash_dialog.activateWindow()
    qtbot.waitUntil(window.trash_dialog.isActiveWindow)
    qtbot.keyClick(
        window.trash_dialog.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )  # locks from any window
    assert store._closed
    assert seen_while_locked == []


def test_the_app_locks_itself_after_the_idle_time(qtbot, store, store_dir, settings, monkeypatch):
    monkeypatch.setattr(launcher.UnlockDialog, "exec", lambda self: 0)  # nobody comes back
    quit_called = []
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: quit_called.append(True))
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    session.idle.timer.setInterval(50)
    session.idle.timer.start()
    qtbot.waitUntil(lambda: session.window is None, timeout=3000)
    assert store._closed and quit_called == [True]


def test_typing_or_moving_the_mouse_in_any_window_keeps_the_app_unlocked(
    qtbot, store, store_dir, settings, monkeypatch
):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    monkeypatch.setattr(launcher.UnlockDialog, "exec", lambda self: 0)
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: None)
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    qtbot.waitUntil(session.window.isActiveWindow)
    dialog = QDialog(session.window)  # a dialog is a window of its own: typing there counts too
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    session.idle.interval_ms = 400  # the idle time, shortened
    session.idle.timer.start(400)

    # Input as the system delivers it: to the window, which hands it to the focused widget.
    for step in range(8):
        qtbot.wait(150)
        if step == 4:
            dialog.show()
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
        if step < 2:
            QTest.mouseMove(session.window.windowHandle(), QPoint(40 + step, 40))
        elif step < 4:
            QTest.keyClick(session.window.windowHandle(), Qt.Key.Key_Shift)
        else:
            QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
        assert session.window is not None, f"locked while the caseworker was busy (step {step})"
    assert field.text() == "aaaa"

    qtbot.waitUntil(lambda: session.window is None, timeout=3000)  # no input: it locks
    assert store._closed


def test_the_idle_lock_waits_for_a_running_backup_or_import(qtbot, store, store_dir, settings, monkeypatch):
    import threading

    from casetracker.ui.executor import DatabaseExecutor

    monkeypatch.setattr(launcher.UnlockDialog, "exec", lambda self: 0)
    monkeypatch.setattr(launcher.IdleWatcher, "RETRY_MS", 30)
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: None)
    release = threading.Event()

    def long_task(_session, progress):  # as a backup running on the database worker
        progress(0, 1)
        release.wait(10)

    session = launcher.Session(
        app, settings, store_dir, store, DatabaseExecutor
    )  # the lock deletes its window
    session.context.op(session.window, long_task, progress="Backing up").run()
    session.idle.timer.start(30)
    qtbot.wait(300)
    assert session.window is not None and not store._closed  # not closed under the running task
    release.set()
    qtbot.waitUntil(lambda: session.window is None, timeout=3000)
    assert store._closed


def test_locking_cancels_a_running_task_and_leaves_nothing_half_done(
    qtbot, store, store_dir, settings, monkeypatch
):
    import time

    from casetracker.ui.executor import DatabaseExecutor

    monkeypatch.setattr(launcher.UnlockDialog, "exec", lambda self: 0)
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: None)
    session = launcher.Session(app, settings, store_dir, store, DatabaseExecutor)
    qtbot.addWidget(session.window)
    steps, outcomes = [], []

    def endless_export(_session, progress):  # as an export that would run for minutes
        for step in range(100_000):
            steps.append(step)
            progress(step, 100_000)
            time.sleep(0.01)
        return "finished"

    export = session.context.op(session.window, endless_export, progress="Exporting")
    export.success(outcomes.append).failure(outcomes.append).run()
    qtbot.waitUntil(lambda: len(steps) > 3, timeout=5000)
    session.lock()
    assert store._closed and session.window is None
    assert len(steps) < 1000 and outcomes == []  # stopped at its next step, not run to the end


def test_text_typed_just_before_locking_is_saved(qtbot, store, store_dir, settings, monkeypatch):
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    monkeypatch.setattr(launcher.UnlockDialog, "exec", lambda self: 0)
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: None)
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    editor = session.window.open_case(numbers[0])
    editor.summary.setFocus()
    editor.summary.moveCursor(editor.summary.textCursor().MoveOperation.End)
    type_text(editor.summary, " Звонил адвокат.")
    qtbot.keyClick(editor.summary, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # within the pause
    assert store._closed
    reopened = open_store(store_dir, PASSPHRASE)
    with reopened.session() as check:
        assert cases.find_case(check, numbers[0]).summary.endswith("Звонил адвокат.")
    reopened.close()


def test_switching_to_russian_rebuilds_the_window_in_russian(qtbot, store, store_dir, settings):
    app = QApplication.instance()
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    settings.set(LANGUAGE, "ru")
    try:
        session.switch_language()
        qtbot.addWidget(session.window)
        navigation = [session.window.navigation.item(row).text() for row in range(5)]
        assert all(re.search("[а-яА-Я]", text) for text in navigation), navigation
        assert re.search("[а-яА-Я]", session.window.menuBar().actions()[0].text())
        assert re.search("[а-яА-Я]", session.window.case_list.search.placeholderText())
    finally:
        settings.set(LANGUAGE, "en")
        session.switch_language()
        qtbot.addWidget(session.window)
    assert session.window.navigation.item(0).text() == "Dashboard"
    store.close()


def test_a_damaged_page_found_after_unlocking_is_reported(qtbot, store, store_dir, settings, monkeypatch):
    said = []
    monkeypatch.setattr(messages, "error", lambda parent, text: said.append(text))
    monkeypatch.setattr(type(store), "integrity_problems", lambda self: ["page 7: HMAC check failed"])
    monkeypatch.setattr(launcher.Session, "check_delay_ms", 10)
    app = QApplication.instance()
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    assert not said  # the check waits until the window is up
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "integrity check" in said[0] and "page 7" in said[0]
    store.close()


def test_demo_start_replaces_only_a_previous_demo_store(qtbot, monkeypatch, tmp_path):
    import pytest

    from casetracker import paths
    from casetracker.errors import StoreExists
    from casetracker.store.database import create_store
    from casetracker.ui import launcher

    monkeypatch.setattr(paths, "demo_store_dir", lambda: tmp_path / "demo")
    first = launcher.open_demo_store()
    first.close()
    second = launcher.open_demo_store()  # a new demo store over the old one
    assert second.is_demo
    second.close()

    real = tmp_path / "real"
    create_store(real, "a real passphrase").close()
    monkeypatch.setattr(paths, "demo_store_dir", lambda: real)
    with pytest.raises(StoreExists):  # a real store is never deleted to make room for a demo
        launcher.open_demo_store()
    assert (real / "cases.db").exists()


def test_a_bug_in_a_window_is_logged_without_its_message(capsys, caplog, monkeypatch):
    from casetracker.errors import StoreLocked
    from casetracker.ui import launcher, messages

    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text: shown.append(text))

    for error in (ValueError("Вера Новикова, EE-2024-0001"), StoreLocked()):
        try:
            raise error
        except Exception as raised:  # as Qt hands an exception escaping a slot to the hook
            launcher._unexpected(type(raised), raised, raised.__traceback__)
    said = capsys.readouterr().err + caplog.text
    assert "ValueError" in caplog.text and "unexpected error" in said
    assert "Новикова" not in said and "EE-2024-0001" not in said
    assert "StoreLocked" not in said  # a view answering after the app locked is not a bug
    assert len(shown) == 1 and "Новикова" not in shown[0]  # shown once, for the bug only


def _answering_unlock(qtbot, seen=None):
    """The unlock dialog, answered with the passphrase by a click on its button."""

    class AnsweringUnlock(UnlockDialog):
        def exec(self):
            if seen is not None:
                seen(self)
            return unlock_with(qtbot, self, PASSPHRASE)

    return AnsweringUnlock


def _click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _lock_action(window):
    [action] = [a for a in window.actions() if a.shortcut().toString() == "Ctrl+L"]
    return action


@pytest.fixture
def demo_session(qtbot, store, store_dir, settings, monkeypatch):
    """The app's session on the demo store, unlocked again by a click when it locks; the numbers of
    the demo's cases."""
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    monkeypatch.setattr(launcher, "UnlockDialog", _answering_unlock(qtbot))
    session = launcher.Session(QApplication.instance(), settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    yield session, numbers
    session.context.stop_watching()
    session.context.store.close()


def test_locking_saves_what_is_typed_and_the_unlock_brings_the_cases_back_on_their_tabs(
    qtbot, store, store_dir, demo_session
):
    session, numbers = demo_session
    window = session.window
    first = window.open_case(numbers[0])
    type_text(first.timeline.place, "Нарва, пункт пропуска")  # an event without its date yet
    second = window.open_case(numbers[1])
    _click_tab(qtbot, second.tabs, second.tabs.indexOf(second.notes))
    type_text(second.notes.text, "Позвонить адвокату до пятницы")  # not added yet
    _lock_action(window).trigger()

    assert store._closed and not window.isVisible()
    window = session.window
    qtbot.addWidget(window)
    with session.context.store.session() as check:
        notes = cases.case_detail(check, numbers[1]).notes
        events = cases.case_detail(check, numbers[0]).events
    assert [note.text for note in notes][-1] == "Позвонить адвокату до пятницы"
    assert all("Нарва" not in event.place for event in events)  # not an event: no date yet
    opened = [window.case_tabs.widget(index) for index in range(1, window.case_tabs.count())]
    assert [editor.number for editor in opened] == numbers[:2]
    assert window.current_case() is opened[1]
    assert opened[1].tabs.currentWidget() is opened[1].notes
    assert opened[1].notes.text.toPlainText() == ""  # it was added: not twice
    assert opened[0].timeline.place.text() == "Нарва, пункт пропуска"  # kept in memory, given back
    assert session.work is None  # nothing held once it is given back
    written = (store_dir.parent / "settings.ini").read_text(encoding="utf-8")
    assert numbers[0] not in written and numbers[1] not in written  # never in the settings


def test_an_event_form_that_can_be_saved_is_saved_when_the_idle_lock_comes(qtbot, store, demo_session):
    session, numbers = demo_session
    editor = session.window.open_case(numbers[0])
    type_text(editor.timeline.date, "2024-03-02")
    type_text(editor.timeline.place, "Нарва")
    session.idle.set_minutes(0)  # nobody touches the app: it locks
    qtbot.waitUntil(lambda: store._closed)
    qtbot.addWidget(session.window)
    with session.context.store.session() as check:
        places = [event.place for event in cases.case_detail(check, numbers[0]).events]
    assert "Нарва" in places
    reopened = session.window.current_case()
    assert reopened.number == numbers[0] and reopened.timeline.place.text() == ""  # stored, not kept


def test_an_event_opened_for_correction_and_left_unchanged_comes_back_open_and_records_nothing(
    qtbot, store, demo_session
):
    from casetracker.services import audit

    session, numbers = demo_session
    with store.session() as check:
        case_id = cases.find_case(check, numbers[0]).id
    timeline = session.window.open_case(numbers[0]).timeline
    table = timeline.table
    row = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)  # opened for correction
    shown = timeline.date.text()
    assert shown and timeline.cancel_button.isVisibleTo(timeline)
    with store.session() as check:
        before = len(audit.history_of_case(check, case_id))
    _lock_action(session.window).trigger()
    qtbot.addWidget(session.window)
    with session.context.store.session() as check:
        assert len(audit.history_of_case(check, case_id)) == before  # nothing saved: nothing changed
    timeline = session.window.current_case().timeline
    assert timeline.date.text() == shown and timeline.cancel_button.isVisibleTo(timeline)


def test_the_person_shown_and_the_open_cases_stay_open_across_a_language_switch(
    qtbot, store, store_dir, settings
):
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    app = QApplication.instance()
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    session.window.navigation.setCurrentRow(2)  # People
    qtbot.mouseClick(
        session.window.people.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=session.window.people.list.visualItemRect(session.window.people.list.item(0)).center(),
    )
    person = session.window.people.editor.person_id
    assert person is not None
    editor = session.window.open_case(numbers[2])
    _click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.rules))
    settings.set(LANGUAGE, "ru")
    try:
        session.switch_language()
        qtbot.addWidget(session.window)
        reopened = session.window.current_case()
        assert reopened.number == numbers[2] and reopened.tabs.currentWidget() is reopened.rules
        assert session.window.pages.currentIndex() == 1  # the case page, as it was last shown
        assert session.window.people.editor.person_id == person
    finally:
        settings.set(LANGUAGE, "en")
        session.switch_language()
        qtbot.addWidget(session.window)
        session.context.stop_watching()
        store.close()


def test_a_second_copy_of_the_app_says_which_store_is_open_and_brings_that_window_forward(
    qtbot, store_dir, monkeypatch
):
    first = AppClaim(store_dir)  # the first copy of the app, from its start to its end
    called = []
    listening = instances.FirstCopy(store_dir, lambda: called.append(True))
    shown = []

    def click_show(dialog):
        dialog.show()
        shown.append(dialog.findChild(QLineEdit).text())
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(instances.AlreadyOpenDialog, "exec", click_show)
    try:
        arguments = argparse.Namespace(demo=False, store=store_dir, command=None)
        assert launcher.run(arguments) == 1
        qtbot.waitUntil(lambda: called == [True])  # the first copy heard it
    finally:
        listening.close()
        first.release()
        sys.excepthook = sys.__excepthook__
    assert shown == [str(store_dir)]  # which store: its folder


def test_a_first_copy_that_does_not_answer_is_said_and_quit_ends_the_second(qtbot, store_dir, monkeypatch):
    first = AppClaim(store_dir)  # held by a copy that cannot be asked (an older version, say)
    seen = []

    def click_show_then_quit(dialog):
        dialog.show()
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        seen.append((dialog.not_found.isVisible(), dialog.show_button.isEnabled(), dialog.isVisible()))
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(instances.AlreadyOpenDialog, "exec", click_show_then_quit)
    try:
        arguments = argparse.Namespace(demo=False, store=store_dir, command=None)
        assert launcher.run(arguments) == 1
    finally:
        first.release()
        sys.excepthook = sys.__excepthook__
    assert seen == [(True, False, True)]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # headless: no window stacking
def test_a_locked_first_copy_shows_its_unlock_dialog_when_asked(
    qtbot, store, store_dir, settings, monkeypatch
):
    came_forward = []

    def asked_while_locked(dialog):
        dialog.showMinimized()
        assert instances.ask_first_copy_to_come_forward(store_dir)
        qtbot.waitUntil(lambda: not dialog.isMinimized())
        came_forward.append(dialog.isVisible())

    monkeypatch.setattr(launcher, "UnlockDialog", _answering_unlock(qtbot, asked_while_locked))
    app = QApplication.instance()
    session = launcher.Session(app, settings, store_dir, store, SynchronousExecutor)
    listening = instances.FirstCopy(store_dir, session.bring_to_front)
    try:
        qtbot.addWidget(session.window)
        _lock_action(session.window).trigger()
        assert came_forward == [True]
        qtbot.addWidget(session.window)
        session.window.showMinimized()
        assert instances.ask_first_copy_to_come_forward(store_dir)
        qtbot.waitUntil(lambda: not session.window.isMinimized())  # unlocked: the window itself
    finally:
        listening.close()
        session.context.stop_watching()
        session.context.store.close()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_a_window_is_shown_without_its_message(qtbot, monkeypatch, said):
    monkeypatch.setattr(sys, "excepthook", launcher._unexpected)

    def a_bug() -> None:
        raise ValueError("Вера Новикова, EE-2024-0001")

    QTimer.singleShot(0, a_bug)
    qtbot.waitUntil(lambda: len(said) == 1)
    assert "Something went wrong" in said[0] and "everything saved before is safe" in said[0]
    assert "Новикова" not in said[0] and "EE-2024-0001" not in said[0]
    [notice] = paths.crash_notices_dir().iterdir()
    assert str(notice) in said[0]  # the caseworker is told where the notice for a bug report is
    written = notice.read_text(encoding="utf-8")
    assert "ValueError" in written and "a_bug" in written  # what failed, and where
    assert "Новикова" not in written and "EE-2024-0001" not in written


@pytest.mark.parametrize("demo", [True, False])
def test_the_unlock_after_locking_the_demo_says_its_passphrase_and_a_real_store_never_does(
    qtbot, tmp_path, settings, monkeypatch, demo
):
    from casetracker.services.demo import create_demo_store
    from casetracker.store.database import create_store

    root = tmp_path / "store"
    if demo:
        store, _numbers = create_demo_store(root, launcher.DEMO_PASSPHRASE)
    else:
        store = create_store(root, PASSPHRASE)
    shown: list[str] = []

    class ReadingUnlock(UnlockDialog):
        def exec(self):
            shown.extend(label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self))
            return unlock_with(qtbot, self, launcher.DEMO_PASSPHRASE if demo else PASSPHRASE)

    monkeypatch.setattr(launcher, "UnlockDialog", ReadingUnlock)
    session = launcher.Session(QApplication.instance(), settings, root, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    _lock_action(session.window).trigger()

    qtbot.addWidget(session.window)
    said = [text for text in shown if "“demo”" in text]
    assert said == (["This is the demo store, with made-up cases. Its passphrase is “demo”."] if demo else [])
    assert session.context.store.is_demo is demo  # unlocked again with the passphrase it said
    session.context.stop_watching()
    session.context.store.close()
