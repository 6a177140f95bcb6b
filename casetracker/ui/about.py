"""Help → About: the version, the licence and where the app keeps its files."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from casetracker import __version__, paths


class AboutDialog(QDialog):
    def __init__(self, store_paths: paths.StorePaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Exile Case Tracker"))
        title = QLabel(self.tr("Exile Case Tracker {0}").format(__version__))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        licence = QLabel(
            self.tr(
                "Free software under the GNU General Public License, version 3 or later. "
                "It never connects to the network: the cases stay on this computer, encrypted."
            )
        )
        licence.setWordWrap(True)
        self.places = QLabel(
            self.tr("Case store: {0}\nDaily backups: {1}\nCrash notices (for a bug report): {2}").format(
                store_paths.root, store_paths.backups, paths.crash_notices_dir()
            )
        )
        self.places.setWordWrap(True)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (title, licence, self.places, buttons):
            layout.addWidget(widget)
