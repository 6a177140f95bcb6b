"""Answering the app's file dialogs as a caseworker would: type the path in the name field, press Enter."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit


def answer_next_file_dialog(path: str | Path | None, seen: list | None = None) -> None:
    """When the next file dialog opens, type `path` and press Enter (None: press Escape).
    `seen` receives the dialog's title and the folder it opened in."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append((dialog.windowTitle(), Path(dialog.directory().absolutePath())))
        if path is None:
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(path))
        QTest.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
