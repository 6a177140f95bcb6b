"""One store, one app: a second copy of the app on a store that is open already says where, and can
bring the first copy's window to the front.

The first copy listens on a local socket whose name is made from a hash of the store's folder (no
name, nothing personal; local to this computer and this user, never the network). A second copy
that finds the store claimed (`store.locking.AppClaim`) asks the caseworker, and, if they want it,
connects and asks the first to come forward: its window, or its unlock dialog while it is locked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from casetracker.ui import colours
from casetracker.ui.dialog_size import fit_to_screen

COME_FORWARD = b"come forward\n"
CONNECT_WAIT_MS = 1000


def socket_name(root: Path) -> str:
    """The same for every copy of the app on one store folder, and different for another folder."""
    folder = str(Path(root).expanduser().resolve())
    return "exile-case-tracker-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:32]


class FirstCopy(QLocalServer):
    """Listens for a second copy of the app on the same store; `come_forward` is called when one asks."""

    def __init__(self, root: Path, come_forward: Callable[[], None]) -> None:
        super().__init__()
        self._come_forward = come_forward
        self.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user's copies only
        name = socket_name(root)
        if not self.listen(name):
            # A socket file left by a copy that crashed: it holds no claim on the store (the caller
            # does), so it is removed and listened on again.
            QLocalServer.removeServer(name)
            self.listen(name)
        self.newConnection.connect(self._answer)

    def _answer(self) -> None:
        while self.hasPendingConnections():
            connection = self.nextPendingConnection()
            connection.readyRead.connect(self._more_came)
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)  # what came with the connection

    def _more_came(self) -> None:
        self._read(self.sender())

    def _read(self, connection: QLocalSocket) -> None:
        if connection.canReadLine() and bytes(connection.readLine().data()) == COME_FORWARD:
            self._come_forward()

    def close(self) -> None:
        """Listen no more; a connection still open is dropped without a word."""
        for connection in self.findChildren(QLocalSocket):
            connection.blockSignals(True)
            connection.abort()
        super().close()


def ask_first_copy_to_come_forward(root: Path) -> bool:
    """Ask the copy of the app that has `root` open to show its window; whether it could be asked."""
    connection = QLocalSocket()
    connection.connectToServer(socket_name(root))
    if not connection.waitForConnected(CONNECT_WAIT_MS):
        return False
    connection.write(COME_FORWARD)
    sent = connection.waitForBytesWritten(CONNECT_WAIT_MS) or connection.bytesToWrite() == 0
    connection.disconnectFromServer()
    return sent


def bring_to_front(window: QWidget) -> None:
    """Show `window` over the others, restored if it was minimised."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


class AlreadyOpenDialog(QDialog):
    """Says which store is open in another window of the app, and offers to show that window or to quit."""

    def __init__(self, root: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The case store is already open"))
        text = QLabel(
            self.tr(
                "This case store is already open in another window of Exile Case Tracker. Two windows "
                "on one store would each show the other's changes late, so this one will not open it."
            )
        )
        text.setWordWrap(True)
        where = QLineEdit(str(root), readOnly=True)  # the folder, not a name: it can be copied
        where.setToolTip(str(root))
        self.not_found = QLabel(
            self.tr("That window did not answer. Find it in the task bar (if it is locked, unlock it there).")
        )
        self.not_found.setWordWrap(True)
        self.not_found.setStyleSheet(colours.style("alarm", self.palette()))
        self.not_found.hide()
        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(
            self.tr("Show that window"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.show_button.setDefault(True)
        buttons.accepted.connect(self._show_first)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Store:")))
        layout.addWidget(where)
        layout.addWidget(self.not_found)
        layout.addWidget(buttons)
        self._root = root
        fit_to_screen(self, 560, 0)

    def _show_first(self) -> None:
        if ask_first_copy_to_come_forward(self._root):
            self.accept()
        else:
            self.not_found.show()
            self.show_button.setEnabled(False)
            fit_to_screen(self, self.width(), 0)  # taller by the line that says so
