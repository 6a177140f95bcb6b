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


def unlock_with(qtbot, dialog, passphrase: str) -> int:
    """Type the passphrase into an unlock dialog standing in for a modal one, click Unlock, and wait
    for the store, which opens on a thread of its own: its result (Accepted once open).

    Only the dialog's own news is delivered meanwhile, as while the real dialog's loop runs: the
    locked window, deleted once the app's loop resumes, stays until the test lets it go."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, Qt, QThread

    dialog.passphrase.setText(passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    deadline = QDeadlineTimer(30_000)
    while not (dialog.result() or dialog.error.isVisible() or deadline.hasExpired()):
        QCoreApplication.sendPostedEvents(dialog)
        QThread.msleep(5)
    return dialog.result()
