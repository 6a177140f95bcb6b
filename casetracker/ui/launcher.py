"""Starts the desktop app: unlock the store, then show the main window."""

import sys

from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from casetracker import paths
from casetracker.errors import CaseTrackerError
from casetracker.store.database import Store, create_store, open_store, remove_store
from casetracker.store.keycheck import Manifest

DEMO_PASSPHRASE = "demo"


def run(arguments) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Exile Case Tracker")
    store = (
        open_demo_store() if arguments.demo else ask_and_open(arguments.store or paths.default_store_dir())
    )
    if store is None:
        return 1
    from casetracker.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    code = app.exec()
    store.close()
    return code


def open_demo_store() -> Store:
    """A fresh demo store of fictional cases, replacing the previous demo store only."""
    from casetracker.services.demo import fill_demo_store

    root = paths.demo_store_dir()
    previous = Manifest.load(paths.StorePaths(root).manifest)
    if previous is not None and previous.demo:
        remove_store(root)
    store = create_store(root, DEMO_PASSPHRASE, demo=True)
    with store.transaction() as session:
        fill_demo_store(session)
    return store


def ask_and_open(root) -> Store | None:
    while True:
        passphrase, accepted = QInputDialog.getText(
            None, "Unlock the case store", "Passphrase:", QLineEdit.EchoMode.Password
        )
        if not accepted:
            return None
        try:
            return open_store(root, passphrase)
        except CaseTrackerError as error:
            QMessageBox.warning(None, "Exile Case Tracker", str(error))
