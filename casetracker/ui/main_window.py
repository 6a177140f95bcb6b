"""The main window (a first version: the store and its cases)."""

from pathlib import Path

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from casetracker.services import cases
from casetracker.services.evaluation import shipped_profiles
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
        _, problems = shipped_profiles()
        broken = sorted({Path(problem.file).name for problem in problems})
        self.profile_warning = QLabel(
            self.tr("These rule profiles could not be loaded and are not used: {0}").format(", ".join(broken))
        )
        self.profile_warning.setVisible(bool(broken))
        self.profile_warning.setWordWrap(True)
        layout.insertWidget(0, self.profile_warning)
        self.case_list = listing
