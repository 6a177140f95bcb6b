"""Answering the app's own modal dialogs as a caseworker would, once they are on screen."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def answer_next_dialog(kind: type[QDialog], answer: Callable[[QDialog], None]) -> None:
    """When the next modal dialog of `kind` opens, call `answer(dialog)`: it sets what the
    person would choose and clicks the button they would click."""

    def wait_for_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, wait_for_it)
            return
        answer(dialog)

    QTimer.singleShot(0, wait_for_it)
