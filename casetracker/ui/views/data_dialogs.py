"""The dialogs of the Data menu: a passphrase, calendar options, and what a task did.

They only ask and show; the work itself is done in `casetracker.ui.data_menu`.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.ui import colours


def _paragraph(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:  # "alarm", "warning": see colours
        label.setStyleSheet(colours.style(role))
    return label


class PassphraseDialog(QDialog):
    """Asks for one passphrase (or the same one twice, for a new one) under a plain explanation.

    The passphrase is read once with `take()`, which clears the fields: it is not kept.
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        accept_text: str,
        parent: QWidget | None = None,
        *,
        twice: bool = False,
        minimum: int = 1,
        current: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._minimum = minimum
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.explanation = _paragraph(explanation)
        self.hint = _paragraph("", "alarm")
        form = QFormLayout()
        if current:  # a change: the passphrase in force first, to show it is the store's owner
            form.addRow(self.tr("Current passphrase:"), self.current)
            form.addRow(self.tr("New passphrase:"), self.passphrase)
        else:
            self.current.hide()
            form.addRow(self.tr("Passphrase:"), self.passphrase)
        if twice:
            form.addRow(self.tr("Repeat it:"), self.repeat)
        else:
            self.repeat.hide()
        self._twice, self._asks_current = twice, current
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in buttons.buttons():  # Enter in a field submits; no button steals it
            button.setAutoDefault(False)
        for field in (self.current, self.passphrase, self.repeat):
            field.returnPressed.connect(self._submit)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        for field in (self.current, self.passphrase, self.repeat):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text = self.passphrase.text()
        if text and len(text) < self._minimum:
            problem = self.tr("Use at least {0} characters.").format(self._minimum)
        elif self._twice and self.repeat.text() and text != self.repeat.text():
            problem = self.tr("The two passphrases differ.")
        else:
            problem = ""
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        complete = len(text) >= self._minimum and (not self._twice or text == self.repeat.text())
        self.accept_button.setEnabled(complete and (not self._asks_current or bool(self.current.text())))

    def _submit(self) -> None:
        if self.accept_button.isEnabled():
            self.accept()

    def take(self) -> str:
        """The passphrase typed, once: the fields are cleared."""
        text = self.passphrase.text()
        self.passphrase.clear()
        self.repeat.clear()
        return text

    def take_both(self) -> tuple[str, str]:
        """(current, new), once: the fields are cleared."""
        current = self.current.text()
        self.current.clear()
        return current, self.take()

    def reject(self) -> None:
        self.take_both()
        super().reject()


class CalendarOptions(QDialog):
    """Whether event titles carry the person's name: off unless the caseworker chooses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export deadlines to a calendar"))
        self.setMinimumWidth(520)
        self.include_names = QCheckBox(self.tr("Include names in event titles"))
        why = _paragraph(
            self.tr(
                "A calendar file is not encrypted, and calendars are often copied to phones and "
                "cloud services. Without names, anyone who sees it learns only case numbers and "
                "kinds of deadline. Include names only in a calendar you trust as much as this store."
            ),
            "warning",
        )
        about = _paragraph(
            self.tr("Every open deadline becomes an all-day event with reminders 7 days and 1 day before.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Choose the file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.include_names)
        layout.addWidget(why)
        layout.addWidget(buttons)
        # The paragraphs wrap at the dialog's width from the start: else Qt sizes the dialog for
        # narrower lines, and centres the first paragraph in the spare height.
        for paragraph in (about, why):
            paragraph.setMinimumWidth(self.minimumWidth() - 24)


class OutcomeDialog(QDialog):
    """What a task did: an optional headline, a sentence or two, and any problems one per line."""

    def __init__(
        self,
        title: str,
        summary: str,
        problems: list[str] = (),
        parent: QWidget | None = None,
        *,
        headline: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.headline = _paragraph(headline, "alarm" if problems else "")
        self.headline.setStyleSheet(self.headline.styleSheet() + "font-weight: bold; font-size: 12pt;")
        self.headline.setVisible(bool(headline))
        self.summary = _paragraph(summary)
        self.problems = QPlainTextEdit("\n\n".join(problems))
        self.problems.setReadOnly(True)
        self.problems.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        if problems:
            layout.addWidget(self.problems, 1)
        else:
            self.problems.hide()
            layout.addStretch(1)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, for a test or a screen reader."""
        return "\n".join((self.headline.text(), self.summary.text(), self.problems.toPlainText()))
