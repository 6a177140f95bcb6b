"""The main window (a first version: the store and its cases)."""

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from casetracker.services import cases
from casetracker.store.database import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Exile Case Tracker"))
        self.resize(900, 600)
        with store.session() as session:
            found = cases.list_cases(session, limit=500)
        listing = QListWidget()
        listing.addItems([f"{case.number}   {case.kind}   {case.status}" for case in found])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(self.tr("Cases")))
        layout.addWidget(listing)
        self.setCentralWidget(body)
        demo = self.tr(" (demo)") if store.is_demo else ""
        self.statusBar().showMessage(self.tr("Store: {0}{1} — unlocked").format(store.paths.root, demo))
        self.case_list = listing
