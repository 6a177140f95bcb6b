"""Picking files and folders without leaving a trail of where the caseworker looked.

Folder names can be personal ("Appeal of ..."). The systems' own file dialogs keep lists of
recent places that the app cannot clear (Windows' recent-folder lists, GTK's recently used
files), and Qt's dialog writes its history and last folder into the settings every Qt app
shares. So the app uses Qt's dialog and puts those shared settings back as they were after
each use. The last folder used is remembered in memory only, until the app locks.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QStyledItemDelegate, QTreeView, QWidget

from casetracker.ui import labels

_last_folder: Path | None = None


def open_file(parent: QWidget, title: str, pattern: str = "") -> Path | None:
    chosen = _ask(parent, title, QFileDialog.FileMode.ExistingFile, pattern=pattern)
    return chosen[0] if chosen else None


def open_files(parent: QWidget, title: str, pattern: str = "") -> list[Path]:
    return _ask(parent, title, QFileDialog.FileMode.ExistingFiles, pattern=pattern)


def save_file(parent: QWidget, title: str, suggested_name: str = "", pattern: str = "") -> Path | None:
    chosen = _ask(parent, title, QFileDialog.FileMode.AnyFile, pattern=pattern, suggested_name=suggested_name)
    return chosen[0] if chosen else None


def choose_folder(parent: QWidget, title: str) -> Path | None:
    chosen = _ask(parent, title, QFileDialog.FileMode.Directory)
    return chosen[0] if chosen else None


def forget_last_folder() -> None:
    """Called when the app locks: the next caseworker starts from the home folder."""
    global _last_folder
    _last_folder = None


def _ask(
    parent: QWidget, title: str, mode: QFileDialog.FileMode, *, pattern: str = "", suggested_name: str = ""
) -> list[Path]:
    global _last_folder
    start = _last_folder if _last_folder is not None and _last_folder.is_dir() else Path.home()
    with _qt_settings_left_as_they_were():
        dialog = QFileDialog(parent, title, str(_suggestion(start, suggested_name)), pattern)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(mode)
        if mode == QFileDialog.FileMode.Directory:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        if mode == QFileDialog.FileMode.AnyFile:  # a new file's name: save_file
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setHistory([])  # not the folders other Qt apps visited either
        sizes = dialog.findChild(QTreeView, "treeView")
        if sizes is not None:
            sizes.setItemDelegateForColumn(1, _SizeInAppWords(dialog))
        chosen = [Path(name) for name in dialog.selectedFiles()] if dialog.exec() else []
        shiboken6.delete(dialog)  # it writes its history when destroyed: before the settings are put back
    if chosen:
        _last_folder = chosen[0] if mode == QFileDialog.FileMode.Directory else chosen[0].parent
    return chosen


class _SizeInAppWords(QStyledItemDelegate):
    """Qt's dialog says a file's size as "2,00 KiB" or "512 байты" whatever the language: the app's
    words instead (2,0 КБ, 512 байт)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        if isinstance(model, QFileSystemModel) and not model.isDir(index):
            option.text = labels.file_size(model.size(index))


def _suggestion(start: Path, suggested_name: str) -> Path:
    """Where a save dialog opens: a full path chosen by the app is kept (the import wizard puts a
    problem report beside the sheet); any other name is only a name, never a way into a folder."""
    suggested = Path(suggested_name)
    return suggested if suggested.is_absolute() else start / suggested.name


@contextmanager
def _qt_settings_left_as_they_were() -> Iterator[None]:
    """Qt's file dialog keeps its state in the settings of "QtProject", shared by all Qt apps:
    whatever it writes there is undone, and what other apps had there is kept."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    before = {key: settings.value(key) for key in settings.childKeys()}
    try:
        yield
    finally:
        settings.remove("")  # the whole group
        for key, value in before.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()
