"""Every message box and file picker goes through here, so tests replace one seam."""

from PySide6.QtWidgets import QMessageBox, QWidget

TITLE = "Exile Case Tracker"  # the product's name, the same in every language


def error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, TITLE, text)


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, TITLE, text)


def confirm(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, TITLE, text)
    return answer == QMessageBox.StandardButton.Yes
