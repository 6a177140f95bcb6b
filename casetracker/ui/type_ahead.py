"""A drop-down the caseworker can type into: "entry ref" chooses "Entry refused".

Qt's own drop-down finds an entry by its first letters, but a space opens the list instead, and
every key after it is lost to the open list. Here a space typed within a search goes on with it;
a space on its own still opens the list, as the keyboard user expects.
"""

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtWidgets import QApplication, QComboBox


class SearchableCombo(QComboBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._typed = QElapsedTimer()  # since the last key of a search

    def keyPressEvent(self, event) -> None:
        searching = self._typed.isValid() and self._typed.elapsed() < QApplication.keyboardInputInterval()
        if event.key() == Qt.Key.Key_Space and searching and not self.isEditable():
            self._search(" ")
            return
        if event.text().strip() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self._typed.start()
        else:
            self._typed.invalidate()
        super().keyPressEvent(event)

    def _search(self, text: str) -> None:
        """Go on with the search Qt began in the list (it keeps what was typed so far)."""
        self._typed.start()
        view = self.view()
        view.setCurrentIndex(
            self.model().index(self.currentIndex(), self.modelColumn(), self.rootModelIndex())
        )
        view.keyboardSearch(text)
        found = view.currentIndex().row()
        if found != self.currentIndex():
            self.setCurrentIndex(found)
            self.activated.emit(found)
