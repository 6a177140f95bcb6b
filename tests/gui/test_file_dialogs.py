"""File dialogs leave no trace of the folders a caseworker opened, and still save them clicks."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from casetracker.ui import file_dialogs
from tests.gui.file_picker import answer_next_file_dialog

PERSONAL = "Appeal of Zinovy Perepelitsyn"


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    Path.home().mkdir(parents=True, exist_ok=True)  # each test has its own
    file_dialogs.forget_last_folder()
    yield widget
    file_dialogs.forget_last_folder()


@pytest.fixture
def shared_qt_settings():
    """What another Qt app left in the settings all Qt apps share."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    settings.remove("")
    settings.setValue("history", ["file:///srv/another-app"])
    settings.setValue("lastVisited", "file:///srv/another-app")
    settings.endGroup()
    settings.sync()
    yield settings
    settings.remove("FileDialog")
    settings.sync()


def test_opening_a_file_in_a_personal_folder_leaves_no_trace_in_the_shared_settings(
    parent, tmp_path, shared_qt_settings
):
    folder = tmp_path / PERSONAL
    folder.mkdir()
    (folder / "decision.pdf").write_bytes(b"%PDF-1.4")
    answer_next_file_dialog(folder / "decision.pdf")
    assert file_dialogs.open_file(parent, "Choose the decision") == folder / "decision.pdf"

    shared_qt_settings.sync()
    assert shared_qt_settings.value("FileDialog/history") == ["file:///srv/another-app"]
    assert shared_qt_settings.value("FileDialog/lastVisited") == "file:///srv/another-app"
    written = Path(shared_qt_settings.fileName()).read_bytes()
    assert b"Perepelitsyn" not in written


def test_the_last_folder_is_offered_again_until_the_app_locks(parent, tmp_path, shared_qt_settings):
    folder = tmp_path / PERSONAL
    folder.mkdir()
    seen = []
    answer_next_file_dialog(folder / "summary.pdf", seen)
    assert (
        file_dialogs.save_file(parent, "Save the report", "summary.pdf", "PDF (*.pdf)")
        == folder / "summary.pdf"
    )
    answer_next_file_dialog(folder, seen)
    assert file_dialogs.choose_folder(parent, "Choose a folder") == folder
    file_dialogs.forget_last_folder()  # as locking does
    answer_next_file_dialog(None, seen)
    assert file_dialogs.open_files(parent, "Add evidence files") == []  # cancelled

    assert [title for title, _ in seen] == ["Save the report", "Choose a folder", "Add evidence files"]
    assert [where for _, where in seen] == [Path.home(), folder, Path.home()]


def test_sizes_in_the_dialog_are_in_the_app_s_words_not_qt_s_kib(parent, tmp_path, shared_qt_settings):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QStyleOptionViewItem, QTreeView

    (tmp_path / "decision.pdf").write_bytes(b"x" * 2048)
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()
        index = model.index(str(tmp_path / "decision.pdf"), 1)
        if not index.isValid() or model.size(index) != 2048:
            QTimer.singleShot(20, look)
            return
        option = QStyleOptionViewItem()
        view.itemDelegateForColumn(1).initStyleOption(option, index)
        seen.append(option.text)
        dialog.reject()

    answer_next_file_dialog(tmp_path)  # opens in tmp_path once a folder was chosen there
    file_dialogs.choose_folder(parent, "Choose a folder")
    QTimer.singleShot(0, look)
    file_dialogs.open_file(parent, "Choose the decision")
    assert seen == ["2.0 KB"]
