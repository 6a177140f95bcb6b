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
from casetracker.services import cases, people
from casetracker.services.evaluation import shipped_profiles
from casetracker.ui import failures
from casetracker.ui.duplicate_warning import look_for_duplicates, show_duplicates
from casetracker.ui.labels import choices
from casetracker.ui.operations import Change
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
        find = self._context.op(
            self, lambda session: people.find_people(session, text, limit=50), supersede=self
        )
        find.success(self._list).run()

    def _list(self, rows: list[people.PersonRow]) -> None:
        self.matches.clear()
        for row in rows:
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
            self.error.setText(
                self.tr("The opening date is outside the years a case can have.")
                if error.out_of_range
                else self.tr("The opening date is not a real date. Write YYYY-MM-DD or DD.MM.YYYY.")
            )
            return
        chosen = self.matches.currentItem()
        new_name = self.new_person.text().strip()
        if not new_name and chosen is None:
            self.error.setText(self.tr("Choose a person from the list, or type the name of a new person."))
            return

        person_id = None if new_name else chosen.data(Qt.ItemDataRole.UserRole)
        kind, country = self.kind.currentData(), self.country.currentData()

        def create(session, actor):
            if new_name:
                added = people.add_person(session, actor, people.PersonDraft(name=new_name))
                return cases.add_case(session, actor, added.person.id, kind, country, opened_on=opened).number
            return cases.add_case(session, actor, person_id, kind, country, opened_on=opened).number

        def created(number: str) -> None:
            self.number = number
            self.accept()

        def add() -> None:
            write = self._context.op(self, create, writes=Change.CASES | Change.PEOPLE).success(created)
            write.failure(lambda error: self.error.setText(failures.describe(error))).run()

        def warn_or_add(matches) -> None:
            if not matches:
                add()
                return
            self._warned_about = new_name
            show_duplicates(self.error, matches)

        if new_name and new_name != self._warned_about:
            look_for_duplicates(self._context, self, people.PersonDraft(name=new_name), warn_or_add)
        else:
            add()
