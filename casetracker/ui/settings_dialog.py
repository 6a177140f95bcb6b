"""Settings a caseworker may change: the language and when the app locks itself."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from casetracker.ui.i18n import LANGUAGES
from casetracker.ui.settings import IDLE_MINUTES, LANGUAGE, AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.idle = QSpinBox(minimum=1, maximum=240, suffix=self.tr(" min"))
        self.idle.setValue(settings.get(IDLE_MINUTES))
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Lock after being idle for:"), self.idle)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        self._settings.set(LANGUAGE, self.language.currentData())
        self._settings.set(IDLE_MINUTES, self.idle.value())
        self.accept()
