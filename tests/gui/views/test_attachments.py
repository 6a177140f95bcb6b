"""The Files tab of a case, driven as a caseworker would: add, see, check, open, save a copy."""

import logging
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from casetracker.dates import PartialDate
from casetracker.services import attachments, audit, cases, people
from casetracker.ui import colours, launcher
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.unlock import UnlockDialog
from casetracker.ui.viewing_copies import remove_viewing_copies
from casetracker.ui.views.attachments import SHA256, STATE
from casetracker.ui.views.case_editor import CaseEditor
from tests.conftest import PASSPHRASE
from tests.gui.dialogs import unlock_with

SECRET_NAME = "Petrova asylum decision.pdf"  # a file name can be personal: it must not leak
CONTENT = b"%PDF-1.4 decision of the migration service " * 500


@pytest.fixture
def context(store, settings) -> AppContext:
    return AppContext(store, settings, SynchronousExecutor())


@pytest.fixture
def number(store) -> str:
    with store.transaction() as session:
        person = people.add_person(session, "tester", people.PersonDraft(name="Анна Вымышленная")).person
        case = cases.add_case(session, "tester", person.id, "asylum", "GE", opened_on=date(2024, 3, 1))
        cases.add_event(session, "tester", case.number, "decision_negative", PartialDate(date(2024, 5, 2)))
        return case.number


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def editor(qtbot, context, number, opened) -> CaseEditor:
    shown = CaseEditor(context, number)
    qtbot.addWidget(shown)
    shown.files.opener = lambda url: opened.append(url) or True  # no real viewer in tests
    shown.tabs.setCurrentWidget(shown.files)
    shown.resize(1100, 700)
    shown.show()
    return shown


def evidence(tmp_path, name: str = SECRET_NAME, content: bytes = CONTENT):
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def rows(editor: CaseEditor) -> list[list[str]]:
    table = editor.files.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def stored(context, number):
    with context.store.reading() as session:
        return attachments.list_attachments(session, number)


def history_of(context, attachment) -> list[str]:
    with context.store.reading() as session:
        return [entry.action for entry in audit.history(session, attachment.id)]


def flip_first_chunk(context, attachment) -> None:
    blob = context.store.paths.attachments / attachment.blob_name
    data = bytearray(blob.read_bytes())
    data[40] ^= 0x01
    blob.write_bytes(bytes(data))


def test_added_file_is_listed_checked_with_its_event_size_and_checksum(
    qtbot, editor, context, number, tmp_path
):
    source = evidence(tmp_path)
    files = editor.files
    files.belongs_to.setCurrentIndex(1)  # the negative decision on the timeline
    files.add_files([source])
    [attachment] = stored(context, number)
    assert attachment.event_id is not None and attachment.filename == SECRET_NAME
    [row] = rows(editor)
    assert row[0] == SECRET_NAME
    assert "Negative asylum decision" in row[4]
    assert row[SHA256] == attachment.sha256[:12] + "…"
    assert files.table.item(0, SHA256).toolTip() == attachment.sha256
    assert row[STATE] == "checked"
    assert not files.warning.isVisible()
    assert "Added 1 file" in files.result.text() and "encrypted" in files.result.text()
    assert source.read_bytes() == CONTENT  # the original is never changed
    files.table.selectRow(0)
    assert attachment.sha256 in files.details.text()  # the full checksum, selectable


def test_tampered_blob_turns_red_and_no_copy_is_saved(qtbot, editor, context, number, tmp_path, said):
    editor.files.add_files([evidence(tmp_path)])
    [attachment] = stored(context, number)
    flip_first_chunk(context, attachment)
    qtbot.mouseClick(editor.files.check_button, Qt.MouseButton.LeftButton)
    assert rows(editor)[0][STATE] == "changed!"
    red_tint, _ = colours.tint("urgent")
    assert editor.files.table.item(0, STATE).background().color() == red_tint
    assert editor.files.warning.isVisible()
    assert "tampered" in editor.files.warning.text() and "backup" in editor.files.warning.text()
    editor.files.table.selectRow(0)
    target = tmp_path / "copy.pdf"
    editor.files.export_selected(target)
    assert not target.exists()
    assert "No copy was saved" in said[-1] and "tampered" in said[-1]
    editor.files.open_selected()
    assert "not opened" in said[-1]


def test_a_file_changed_after_its_last_check_is_refused_by_the_export_itself(
    qtbot, editor, context, number, tmp_path, said
):
    editor.files.add_files([evidence(tmp_path)])
    [attachment] = stored(context, number)
    assert rows(editor)[0][STATE] == "checked"
    flip_first_chunk(context, attachment)  # the table still says "checked": the export checks again
    editor.files.table.selectRow(0)
    target = tmp_path / "copy.pdf"
    editor.files.export_selected(target)
    assert not target.exists() and not list(tmp_path.glob(".tmp-*"))
    assert "failed its check" in said[-1] and "nothing was opened or saved" in said[-1]
    assert rows(editor)[0][STATE] == "changed!"


def test_missing_blob_is_shown_as_missing(qtbot, editor, context, number, tmp_path):
    editor.files.add_files([evidence(tmp_path)])
    [attachment] = stored(context, number)
    (context.store.paths.attachments / attachment.blob_name).unlink()
    editor.files.check_again()
    assert rows(editor)[0][STATE] == "missing!"
    assert "missing" in editor.files.table.item(0, STATE).toolTip()


def test_saved_copy_is_exact_and_noted_in_the_history(qtbot, editor, context, number, tmp_path):
    editor.files.add_files([evidence(tmp_path)])
    [attachment] = stored(context, number)
    editor.files.table.selectRow(0)
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    editor.files.export_selected(target)
    assert target.read_bytes() == CONTENT
    assert "not encrypted" in editor.files.result.text()
    assert history_of(context, attachment) == ["create", "export"]


def test_open_gives_the_viewer_a_private_copy_that_goes_when_the_tab_closes(
    qtbot, context, number, tmp_path, opened
):
    window = MainWindow(context)
    qtbot.addWidget(window)
    editor = window.open_case(number)
    editor.files.opener = lambda url: opened.append(url) or True
    editor.files.add_files([evidence(tmp_path)])
    editor.files.table.selectRow(0)
    qtbot.mouseClick(editor.files.open_button, Qt.MouseButton.LeftButton)
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == CONTENT
    assert copy.suffix == ".pdf" and "Petrova" not in str(copy) and "decision" not in str(copy)
    if os.name == "posix":
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    window.case_tabs.tabCloseRequested.emit(window.case_tabs.indexOf(editor))  # the tab's close button
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not copy.exists() and not copy.parent.exists()


def test_locking_removes_every_viewing_copy_before_asking_for_the_passphrase(
    qtbot, store, store_dir, settings, number, tmp_path, monkeypatch
):
    left_at_lock: list[bool] = []
    copies = []

    class AnsweringUnlock(UnlockDialog):
        def exec(self):
            left_at_lock.append(any(path.exists() for path in copies))
            return unlock_with(qtbot, self, PASSPHRASE)

    monkeypatch.setattr(launcher, "UnlockDialog", AnsweringUnlock)
    session = launcher.Session(QApplication.instance(), settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    editor = session.window.open_case(number)
    editor.files.opener = lambda url: copies.append(Path(url.toLocalFile())) or True
    editor.files.add_files([evidence(tmp_path)])
    editor.files.table.selectRow(0)
    editor.files.open_selected()
    assert copies and copies[0].exists()
    session.lock()
    qtbot.addWidget(session.window)
    assert left_at_lock == [False]
    session.context.store.close()


def test_remove_viewing_copies_clears_every_case_tab_of_the_context(qtbot, editor, context, tmp_path, opened):
    editor.files.add_files([evidence(tmp_path)])
    editor.files.table.selectRow(0)
    editor.files.open_selected()
    copy = Path(opened[0].toLocalFile())
    remove_viewing_copies(context)
    assert not copy.exists()
    editor.files.open_selected()  # a new private folder is made for the next copy
    assert Path(opened[1].toLocalFile()).read_bytes() == CONTENT


def _drop(widget, urls: list[QUrl]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls(urls)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted() == bool(urls and all(url.isLocalFile() for url in urls))
    drop = QDropEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop


def test_dropping_files_on_the_tab_adds_them(qtbot, editor, context, number, tmp_path):
    first = evidence(tmp_path, "photo.jpg", b"\xff\xd8 jpeg")
    second = evidence(tmp_path, "letter.txt", "Письмо из суда".encode())
    _drop(editor.files, [QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    assert sorted(a.filename for a in stored(context, number)) == ["letter.txt", "photo.jpg"]
    assert [row[STATE] for row in rows(editor)] == ["checked", "checked"]
    assert "Added 2 files" in editor.files.result.text()


def test_dropping_a_folder_or_a_web_link_adds_nothing(qtbot, editor, context, number, tmp_path, said):
    _drop(editor.files, [QUrl("https://example.org/scan.pdf")])
    _drop(editor.files, [QUrl.fromLocalFile(str(tmp_path))])
    assert stored(context, number) == []
    assert "Nothing was added" in said[-1]


def test_file_names_stay_out_of_logs_and_window_titles(qtbot, editor, context, tmp_path, caplog, said):
    caplog.set_level(logging.DEBUG)
    editor.files.add_files([evidence(tmp_path)])
    editor.files.table.selectRow(0)
    editor.files.open_selected()
    editor.files.export_selected(tmp_path / "copy.pdf")
    assert "Petrova" not in caplog.text
    assert all("Petrova" not in widget.windowTitle() for widget in QApplication.topLevelWidgets())


def test_quitting_removes_the_viewing_copies(qtbot, editor, tmp_path, opened):
    editor.files.add_files([evidence(tmp_path)])
    editor.files.table.selectRow(0)
    editor.files.open_selected()
    copy = Path(opened[0].toLocalFile())
    assert copy.exists()
    QCoreApplication.instance().aboutToQuit.emit()  # what quitting the app sends
    assert not copy.exists()


def test_copies_left_by_a_crash_are_deleted_at_the_next_start(qtbot, editor, tmp_path, opened):
    from casetracker import paths
    from casetracker.ui.viewing_copies import remove_leftover_copies

    editor.files.add_files([evidence(tmp_path)])
    editor.files.table.selectRow(0)
    editor.files.open_selected()
    copy = Path(opened[0].toLocalFile())
    assert paths.viewing_copies_dir() in copy.parents  # one known place, private to this user
    [attachment] = stored(editor.files._context, editor.number)
    assert history_of(editor.files._context, attachment) == ["create", "view"]  # the chain of custody
    assert copy.parent.stat().st_mode & 0o077 == 0 and paths.viewing_copies_dir().stat().st_mode & 0o077 == 0
    # The app dies here without cleaning up; the next start finds the copy and removes it.
    remove_leftover_copies()
    assert not copy.exists()
