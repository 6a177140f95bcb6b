"""Opening a new case: find the person (or name a new one), then kind, country and date."""

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from casetracker.services import cases, people, queries
from casetracker.services.evaluation import shipped_profiles
from casetracker.ui import colours, failures, labels
from casetracker.ui.duplicate_warning import DuplicateWarning, look_for_duplicates
from casetracker.ui.labels import choices, current_language, profile_country_choices
from casetracker.ui.operations import Change
from casetracker.ui.type_ahead import SearchableCombo
from casetracker.vocabulary import CaseKind

ID_ROLE = Qt.ItemDataRole.UserRole


class NewCaseDialog(QDialog):
    """`person_id`: the person the case is for, chosen already (from their page)."""

    def __init__(self, context, parent=None, person_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.number: str | None = None
        self._warned_about: str | None = None
        self._wanted: uuid.UUID | None = person_id  # selected in the list once it is listed
        self.setWindowTitle(self.tr("New case"))
        self.person_search = QLineEdit(placeholderText=self.tr("Type a name in any spelling…"))
        self.matches = QListWidget()
        self.new_person = QLineEdit(placeholderText=self.tr("…or the name of a new person"))
        self.kind = SearchableCombo()
        for text, value in choices(CaseKind):
            self.kind.addItem(text, value)
        self.country = SearchableCombo()
        # Not the first country of the list: the country of the newest case (a caseworker's cases
        # are mostly in one or two countries), or nothing until one is chosen.
        self.country.addItem(self.tr("Choose a country…"), None)
        profiles, _ = shipped_profiles()
        for text, code in profile_country_choices((profile.code for profile in profiles), current_language()):
            self.country.addItem(text, code)
        self.opened = QLineEdit(date.today().isoformat())
        self.error = QLabel()
        self.error.setStyleSheet(colours.style("alarm", self.palette()))
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
        self.duplicates = DuplicateWarning(self.tr("Use that person for this case"))
        self.duplicates.chosen.connect(self._use_person)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)  # a name and its other spellings fit on their line
        self.person_search.textChanged.connect(self._search)
        self.new_person.textChanged.connect(lambda _text: self.duplicates.hide())
        self._start(person_id)

    def _start(self, person_id: uuid.UUID | None) -> None:
        """Fill the person (if chosen already) and the country of their newest case, or else of the
        store's newest case."""

        def read(session):
            if person_id:  # a new case for someone is most often in the country of their last one
                own = people.cases_of(session, person_id)
                if own:
                    return people.get_person(session, person_id).person.name, own[0].country
            name = people.get_person(session, person_id).person.name if person_id else ""
            newest = queries.case_ids(session, queries.CaseFilter(), "opened_on", descending=True)[:1]
            return name, next((row.country for row in queries.case_rows(session, newest)), None)

        def show(found) -> None:
            name, country = found
            if country is not None:
                self.country.setCurrentIndex(max(0, self.country.findData(country)))
            if name:
                self.person_search.setText(name)  # lists that person, selected
            else:
                self._search("")

        self._context.op(self, read).success(show).run()

    def _use_person(self, person_id: uuid.UUID) -> None:
        """The person the warning named: the case is for them, no new record is made."""
        self._wanted = person_id
        self.duplicates.hide()
        self.new_person.clear()
        self._warned_about = None
        read = self._context.op(self, lambda session: people.get_person(session, person_id).person.name)
        read.success(self.person_search.setText).run()  # lists that person, selected

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
            item.setData(ID_ROLE, row.id)
            self.matches.addItem(item)
        listed = [self.matches.item(row).data(ID_ROLE) for row in range(self.matches.count())]
        wanted = listed.index(self._wanted) if self._wanted in listed else 0
        if self.matches.count():
            self.matches.setCurrentRow(wanted)

    def _create(self) -> None:
        try:
            opened = parse_date(self.opened.text())
        except DateError as error:
            self.error.setText(self.tr("Opening date: {0}").format(labels.date_problem(error)))
            return
        chosen = self.matches.currentItem()
        new_name = self.new_person.text().strip()
        if not new_name and chosen is None:
            self.error.setText(self.tr("Choose a person from the list, or type the name of a new person."))
            return

        kind, country = self.kind.currentData(), self.country.currentData()
        if country is None:
            self.error.setText(self.tr("Choose the country of the case."))
            self.country.setFocus()
            return
        person_id = None if new_name else chosen.data(ID_ROLE)

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
            self.error.clear()
            self.duplicates.show_matches(matches)

        if new_name and new_name != self._warned_about:
            look_for_duplicates(self._context, self, people.PersonDraft(name=new_name), warn_or_add)
        else:
            add()
