"""The first-run dialog that creates the store, and the dialog that unlocks it.

Both are shown before the database layer is loaded (see preload.py): they import it only
when the caseworker confirms, by which time the background has usually loaded it. They keep
clear of PySide's `Qt` namespace too: creating its hundred enumerations costs a fiftieth of
a second, better spent after the dialog is on screen.

The unlock dialog opens the store on a thread of its own: a store from an older version is
upgraded as it opens (a minute or two on a large one), and the window keeps answering meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from casetracker.errors import CaseTrackerError
from casetracker.passphrases import MINIMUM_LENGTH, strength
from casetracker.ui import failures, preload
from casetracker.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from casetracker.store.database import Store


def _folder_field(root: Path) -> QLineEdit:
    """The store's folder, shown whole where it fits. A read-only field rather than a label: the
    path can be selected and copied (a label would need the `Qt` namespace for that, see the top)."""
    where = QLineEdit(str(root), readOnly=True, frame=False)
    where.setStyleSheet("background: transparent;")
    where.setToolTip(str(root))
    where.setMinimumWidth(min(where.fontMetrics().horizontalAdvance(str(root)) + 12, 640))
    return where


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(dialog: QDialog, label: QLabel, text: str) -> None:
    """Say what went wrong under the fields, the dialog growing to show all of it (a full disk, a
    store open elsewhere: messages of several lines)."""
    label.setText(text)
    label.show()
    dialog.adjustSize()


@contextmanager
def _busy() -> Iterator[None]:
    """A waiting cursor while the app finishes loading and derives the key (a moment, longer
    when the passphrase is pasted at once)."""
    preload.wait()  # the `Qt` namespace is loaded with the rest
    from PySide6.QtCore import Qt

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _cancel_only() -> QDialogButtonBox:
    buttons = QDialogButtonBox()  # given no arguments, it needs no `Qt` enumeration
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    return buttons


class FirstRunDialog(QDialog):
    """Creates a new encrypted store: passphrase twice, a strength hint, the caseworker, the language."""

    def __init__(self, root: Path, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Create your case store"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)  # a longer hint as the passphrase grows never widens the dialog
        self.caseworker = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.error = _error_label()
        warning = QLabel(
            self.tr(
                "Everything you store is encrypted with this passphrase. If it is forgotten, "
                "nobody can recover the cases: not your organisation, not the developers. "
                "Write it down and keep it somewhere safe."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        others = QLabel(
            self.tr(
                "Backups of the store open with the passphrase the store had when each was made. A case you "
                "send to a colleague is locked with a passphrase of its own, chosen when you send it: never "
                "give away this one."
            )
        )
        others.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New store in:"), _folder_field(self.root))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        form.addRow(self.tr("Your name (for the history of changes):"), self.caseworker)
        form.addRow(self.tr("Language:"), self.language)
        self.buttons = _cancel_only()
        self.create_button = self.buttons.addButton(
            self.tr("Create store"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(others)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update_hint)
        self.repeat.textChanged.connect(self._update_hint)
        self._update_hint()

    def _update_hint(self) -> None:
        level = strength(self.passphrase.text())
        texts = [
            self.tr("Too short: use at least {0} characters, ideally four or more words.").format(
                MINIMUM_LENGTH
            ),
            self.tr("Weak: longer is stronger; a few unrelated words work well."),
            self.tr("Fair: a few more words would make it strong."),
            self.tr("Strong."),
        ]
        colours = ["#b00020", "#b35c00", "#7a6a00", "#1b6e20"]
        empty = not self.passphrase.text()
        advice = self.tr("At least {0} characters; four or more words are best.").format(MINIMUM_LENGTH)
        self.hint.setText(advice if empty else texts[level])
        self.hint.setStyleSheet("" if empty else f"color: {colours[level]};")
        matching = self.passphrase.text() == self.repeat.text()
        self.create_button.setEnabled(level > 0 and matching)

    @property
    def chosen_language(self) -> str:
        return self.language.currentData()

    def _create(self) -> None:
        try:
            with _busy():
                from casetracker.services.store_settings import start_store

                store = start_store(self.root, self.passphrase.text(), self.caseworker.text())
        except (CaseTrackerError, OSError) as error:  # the disk or the system may refuse the folder
            show_error(self, self.error, failures.describe(error))
            return
        self.store = store
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()


class _Opening(QObject):
    """Opens the store on a thread of its own, and says on the GUI thread when an upgrade begins
    and how the opening ended. Never parented: it lives as long as its thread needs it."""

    upgrading = Signal()
    opened = Signal(object)
    failed = Signal(object)

    def start(self, root: Path, passphrase: str) -> None:
        # Not a daemon: should the app end meanwhile, an upgrade already begun is finished first.
        threading.Thread(target=self._open, args=(root, passphrase), name="unlock").start()

    def _open(self, root: Path, passphrase: str) -> None:
        try:
            preload.wait()  # the two threads never import the same module at once
            from casetracker.store.database import open_store

            store = open_store(root, passphrase, upgrading=self.upgrading.emit)
        except Exception as error:  # delivered to the dialog, which says what it can
            self.failed.emit(error)
        else:
            self.opened.emit(store)


class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one is said next to the field and the field cleared."""

    def __init__(self, root: Path, parent=None, *, demo_passphrase: str | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Unlock the case store"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        self.error = _error_label()
        where = self.store_field = _folder_field(self.root)
        form = QFormLayout()
        form.addRow(self.tr("Store:"), where)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        buttons = _cancel_only()
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():  # Enter in the field unlocks; no button steals it
            button.setAutoDefault(False)
        self.passphrase.returnPressed.connect(self._unlock)
        buttons.accepted.connect(self._unlock)
        buttons.rejected.connect(self.reject)
        self.status = QLabel(wordWrap=True)  # what it is doing while the store opens
        self.status.hide()
        self.refusal = QLabel(wordWrap=True)  # why the dialog stays open
        self.refusal.setStyleSheet("font-weight: bold;")
        self.refusal.hide()
        self._opening: _Opening | None = None
        self.upgrading = False  # the store is being upgraded: closing is refused
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if demo_passphrase:  # someone trying the app locks the demo to see what happens: the way back
            words = self.tr("This is the demo store, with made-up cases. Its passphrase is “{0}”.")
            hint = QLabel(words.format(demo_passphrase))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        self.setTabOrder(self.passphrase, where)  # the passphrase first, though shown second
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        if self._opening is not None:  # Enter pressed again while it opens
            return
        self.error.hide()
        self._show_status(self.tr("Checking the passphrase…"))
        self._set_working(True)
        self._opening = _Opening()
        self._opening.upgrading.connect(self._upgrading)
        self._opening.opened.connect(self._opened)
        self._opening.failed.connect(self._failed)
        self._opening.start(self.root, self.passphrase.text())

    def _upgrading(self) -> None:
        self.upgrading = True
        self._show_status(
            self.tr(
                "Updating the store to this version: a backup is made first, then the search index is "
                "rebuilt. On a large store this takes a minute or two; don't close the app."
            )
        )

    def _opened(self, store: Store) -> None:
        self._opening = None
        self.upgrading = False
        self.store = store
        self.passphrase.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._opening = None
        self.upgrading = False
        self._set_working(False)
        self.status.hide()
        self.passphrase.clear()
        self.passphrase.setFocus()
        if not isinstance(error, CaseTrackerError | OSError):  # the disk or the system may refuse the folder
            raise error  # a bug: the app's handler for unexpected errors reports it
        show_error(self, self.error, failures.describe(error))

    def reject(self) -> None:
        """Cancel, Escape and the window's close button do nothing while the store opens: an upgrade
        interrupted would only begin again at the next start."""
        if self._opening is None:
            super().reject()
        elif self.upgrading:
            self.refusal.setText(
                self.tr("Please wait until the update is finished: the app opens by itself then.")
            )
            self.refusal.show()
            self.adjustSize()

    def _set_working(self, working: bool) -> None:
        self.passphrase.setEnabled(not working)
        self.unlock_button.setEnabled(not working)
        self.cancel_button.setEnabled(not working)
        if not working:
            self.refusal.hide()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.adjustSize()
