"""Opening a new case: find the person (or name a new one), then kind, country and date."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from casetracker.dates import DateError, parse_date
from casetracker.errors import CaseTrackerError
from casetracker.services import cases, people
from casetracker.services.evaluation import shipped_profiles
from casetracker.ui.duplicate_warning import likely_duplicates, show_duplicates
from casetracker.ui.labels import choices
from casetracker.vocabulary import CaseKind


class NewCaseDialog(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.number: str | None = None
        self._warned_about: str | None = None
        self.setWindowTitle(self.tr("New case"))
        self.person_search = QLineEdit(placeholderText=self.tr("Type a name in any spelling…"))
        self.matches = QListWidget()
        self.new_person = QLineEdit(placeholderText=self.tr("…or the name of a new person"))
        self.kind = QComboBox()
        for text, value in choices(CaseKind):
            self.kind.addItem(text, value)
        self.country = QComboBox()
        profiles, _ = shipped_profiles()
        for profile in profiles:
            self.country.addItem(f"{profile.code}  {profile.name}", profile.code)
        self.opened = QLineEdit(date.today().isoformat())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Person:"), self.person_search)
        form.addRow("", self.matches)
        form.addRow(self.tr("New person:"), self.new_person)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Opened on:"), self.opened)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.person_search.textChanged.connect(self._search)
        self._search("")

    def _search(self, text: str) -> None:
        self.matches.clear()
        for row in self._context.read(lambda session: people.find_people(session, text, limit=50)):
            spellings = f" ({', '.join(row.other_names)})" if row.other_names else ""
            item = QListWidgetItem(row.name + spellings)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _create(self) -> None:
        try:
            opened = parse_date(self.opened.text())
        except DateError as error:
            self.error.setText(str(error))
            return
        chosen = self.matches.currentItem()
        new_name = self.new_person.text().strip()
        if not new_name and chosen is None:
            self.error.setText(self.tr("Choose a person from the list, or type the name of a new person."))
            return

        if new_name and new_name != self._warned_about:
            matches = likely_duplicates(self._context, people.PersonDraft(name=new_name))
            if matches:
                self._warned_about = new_name
                show_duplicates(self.error, matches)
                return

        def create(session, actor):
            if new_name:
                person_id = people.add_person(session, actor, people.PersonDraft(name=new_name)).person.id
            else:
                person_id = chosen.data(Qt.ItemDataRole.UserRole)
            return cases.add_case(
                session,
                actor,
                person_id,
                self.kind.currentData(),
                self.country.currentData(),
                opened_on=opened,
            ).number

        try:
            self.number = self._context.write(create, "cases", "people")
        except CaseTrackerError as error:
            self.error.setText(str(error))
            return
        self.accept()
