"""The desktop app driven as a caseworker would: keys and clicks, checked on screen and in the store."""

import re
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from casetracker.passphrases import strength
from casetracker.services import cases, people
from casetracker.services.demo import fill_demo_store
from casetracker.store.database import open_store
from casetracker.ui import launcher, messages
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.settings import LANGUAGE
from casetracker.ui.unlock import FirstRunDialog, UnlockDialog
from casetracker.ui.views.new_case import NewCaseDialog
from tests.conftest import PASSPHRASE
from tests.gui.typing import type_text


def test_first_run_creates_an_encrypted_store_only_with_matching_passphrases(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "short")
    assert "Too short" in dialog.hint.text()
    assert not dialog.create_button.isEnabled()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "four words of passphrase")
    qtbot.keyClicks(dialog.repeat, "four words of passphrasf")
    assert not dialog.create_button.isEnabled()  # they differ
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "four words of passphrase")
    type_text(dialog.caseworker, "Ирина")
    assert dialog.create_button.isEnabled()
    assert "Strong" in dialog.hint.text()
    assert "nobody can recover" in dialog.findChildren(type(dialog.hint))[0].text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.store.close()
    reopened = open_store(tmp_path / "new", "four words of passphrase")
    with reopened.session() as session:
        from casetracker.services import store_settings

        assert store_settings.current_actor(session) == "Ирина"
    reopened.close()


def test_passphrase_strength_grows_with_length_and_words():
    assert [strength(p) for p in ("abc", "abcdefghij", "Abcdefgh1!", "correct horse battery staple")] == [
        0,
        1,
        2,
        3,
    ]


def test_a_wrong_passphrase_is_said_next_to_the_field_then_the_right_one_unlocks(qtbot, store, store_dir):
    store.close()
    dialog = UnlockDialog(store_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "passphrase is wrong" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert dialog.store is None
    assert QApplication.overrideCursor() is None  # no longer shown as busy
    assert dialog.store_field.text() == str(store_dir)  # the store it unlocks, shown to be copied
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None
    dialog.store.close()


def test_a_new_case_with_a_cyrillic_name_gets_its_appeal_deadline_on_the_dashboard(
    qtbot, window, monkeypatch
):
    def fill_and_accept(dialog: NewCaseDialog):
        type_text(dialog.new_person, "Всеволод Щеглов")
        dialog.kind.setCurrentIndex(dialog.kind.findData("asylum"))
        dialog.country.setCurrentIndex(dialog.country.findData("DE"))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewCaseDialog, "exec", fill_and_accept)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.current_case()
    assert editor is not None and editor.number.startswith("DE-")
    timeline = editor.timeline
    notified = date.today() - timedelta(days=3)
    for kind, day in (("decision_negative", notified - timedelta(days=2)), ("notified", notified)):
        timeline.kind.setCurrentIndex(timeline.kind.findData(kind))
        qtbot.keyClicks(timeline.date, day.isoformat())
        type_text(timeline.place, "Берлин")
        qtbot.keyClick(timeline.place, Qt.Key.Key_Return)
    assert timeline.table.rowCount() == 2
    assert timeline.table.item(1, 2).text() == "Берлин"
    # No procedure recorded: of the German periods (two weeks, one week in several procedures) the
    # earliest governs the dashboard.
    due = (notified + timedelta(days=7)).isoformat()
    window.navigation.setCurrentRow(0)
    shown = [window.dashboard.upcoming.item(row).text() for row in range(window.dashboard.upcoming.count())]
    assert any(text.startswith(due) and editor.number in text for text in shown), shown
    with window.context.store.session() as session:
        detail = cases.case_detail(session, editor.number)
    assert detail.person.person.name == "Всеволод Щеглов"
    assert {d.due.isoformat() for d in detail.deadlines} >= {due}


def test_an_impossible_date_is_refused_next_to_the_field_and_nothing_is_stored(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("GE-2022-0001")
    before = editor.timeline.table.rowCount()
    qtbot.keyClicks(editor.timeline.date, "2023-02-30")
    qtbot.mouseClick(editor.timeline.save_button, Qt.MouseButton.LeftButton)
    assert "Not a date" in editor.timeline.date_error.text()
    assert editor.timeline.table.rowCount() == before
    editor.timeline.date.clear()
    editor.timeline.kind.setCurrentIndex(editor.timeline.kind.findData("exit"))
    qtbot.keyClicks(editor.timeline.date, "2021-01-01")  # before the entry of 2022-03-05
    qtbot.mouseClick(editor.timeline.save_button, Qt.MouseButton.LeftButton)
    assert "before the first entry" in editor.timeline.date_error.text()
    with store.session() as session:
        assert len(cases.case_detail(session, "GE-2022-0001").events) == before


def test_fields_save_as_they_are_edited_and_the_last_edit_can_be_undone(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    editor = window.open_case("EE-2022-0001")
    editor.lawyer.setFocus()
    type_text(editor.lawyer, "Адвокат Петрова")
    qtbot.keyClick(editor.lawyer, Qt.Key.Key_Tab)  # leaving the field saves it
    editor.priority.setCurrentIndex(editor.priority.findData("urgent"))
    with store.session() as session:
        case = cases.find_case(session, "EE-2022-0001")
    assert (case.lawyer, case.priority) == ("Адвокат Петрова", "urgent")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    with store.session() as session:
        case = cases.find_case(session, "EE-2022-0001")
    assert (case.lawyer, case.priority) == ("Адвокат Петрова", "high")
    assert editor.priority.currentData() == "high"


def test_the_case_list_filters_as_you_type_and_opens_a_case_with_enter(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
    window.case_list.model.reload()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.case_list.search, "sugrob")  # a Latin spelling of a Cyrillic name
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    assert window.case_list.count.text() == "1 case(s)"
    window.case_list.table.setFocus()
    window.case_list.table.selectRow(0)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    assert window.current_case().number == "KG-2023-0001"


def test_locking_forgets_everything_and_unlocking_brings_the_work_back(
    qtbot, store, store_dir, settings, monkeypatch
):
    asked = []

    class AnsweringUnlock(UnlockDialog):
        def exec(self):
            asked.append(True)
            self.passphrase.setText(PASSPHRASE)
            qtbot.mouseClick(self.unlock_button, Qt.MouseButton.LeftButton)
            return self.result()

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


def test_window_titles_never_show_personal_data(qtbot, window, store):
    with store.transaction() as session:
        fill_demo_store(session)
        name = people.list_people(session)[0].name
    window.open_case("KG-2023-0001")
    assert window.windowTitle() == "Exile Case Tracker"
    assert name not in window.windowTitle()


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
