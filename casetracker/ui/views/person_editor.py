"""The person editor: every field is saved as it is edited, there is no Save button to forget.

Wrong values (an impossible date, a permit that ends before it starts) are refused with a
red message right next to the field, and nothing is stored.
"""

import itertools
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.dates import DateError, parse_date
from casetracker.errors import NotFound
from casetracker.services import people, queries, trash
from casetracker.ui import colours, failures, labels, messages
from casetracker.ui.context import AppContext
from casetracker.ui.operations import Change
from casetracker.vocabulary import DocumentKind, RiskMarker

ID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_DOCUMENT_COUNTRY = "RU"  # most documents a caseworker records are Russian ones


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(colours.style("alarm"))
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()
    parent = label.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:  # scroll the message into sight
        parent.ensureWidgetVisible(label)


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def read_date(text: str) -> date | None:
    """An empty field means "not known"; anything else must be a real day."""
    return parse_date(text) if text.strip() else None


def with_message(field: QWidget, message: QLabel) -> QVBoxLayout:
    """A field with its error message right under it (the field keeps its width)."""
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(message)
    return column


def beside(field: QWidget, *others: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    for other in others:
        row.addWidget(other, 1 if isinstance(other, QLabel) else 0)
    return row


class PersonEditor(QWidget):
    open_case = Signal(str)
    new_case = Signal(object)  # the id of the person shown: a new case is opened for them
    person_gone = Signal()  # the person shown was moved to the trash or merged (here or elsewhere)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person_id: uuid.UUID | None = None
        self._detail: people.PersonDetail | None = None
        self.header = QLabel()
        font = QFont(self.header.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setWordWrap(True)  # a long name wraps: it never widens the window
        # Moving to the trash is rare and final-looking: at the foot of the form, last in the tab order.
        self.trash_button = QPushButton(self.tr("Move person to trash…"))
        self.trash_button.clicked.connect(self.move_to_trash)
        self.trash_hint = QLabel(self.tr("Only a person without cases can be moved to the trash."))
        self.trash_hint.setEnabled(False)
        self.trash_hint.setWordWrap(True)
        self.trash_error = error_label()
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._person_box(), 0, 0)
        grid.addWidget(self._markers_box(), 0, 1)
        grid.addWidget(self._spellings_box(), 1, 0)
        grid.addWidget(self._cases_box(), 1, 1)
        grid.addWidget(self._documents_box(), 2, 0, 1, 2)
        grid.addWidget(self._family_box(), 3, 0, 1, 2)
        trash_row = QHBoxLayout()
        trash_row.addWidget(self.trash_hint, 1)
        trash_row.addWidget(self.trash_button)
        grid.addLayout(trash_row, 4, 0, 1, 2)
        grid.addWidget(self.trash_error, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(6, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(scroll)
        chain = [self.name, self.birth_date, self.birth_place, self.current_location, self.secure_contact]
        for check, detail in self.markers.values():
            chain += [check, detail]
        chain += [self.spellings, self.new_spelling, self.add_spelling_button, self.remove_spelling_button]
        chain += [self.cases, self.new_case_button]
        chain += [self.documents, self.remove_document_button, self.doc_kind, self.doc_country]
        chain += [self.doc_number, self.doc_from, self.doc_until, self.add_document_button]
        chain += [self.family, self.relation, self.relative_name, self.add_relative_button]
        chain += [self.remove_relative_button, self.trash_button]
        self.tab_chain = chain  # the form, top to bottom, left column before right
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the boxes, in reading (and tab) order ----------------------------------------------------

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Person"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("As the person writes it, e.g. in Cyrillic"))
        self.name_error = error_label()
        form.addRow(self.tr("Name:"), with_message(self.name, self.name_error))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self.birth_date_error = error_label()
        form.addRow(self.tr("Date of birth:"), with_message(self.birth_date, self.birth_date_error))
        self.birth_place = QLineEdit()
        form.addRow(self.tr("Birth place:"), self.birth_place)
        self.current_location = QLineEdit()
        self.current_location.setPlaceholderText(self.tr("Where the person is now"))
        form.addRow(self.tr("Current location:"), self.current_location)
        self.secure_contact = QLineEdit()
        self.secure_contact.setPlaceholderText(self.tr("As agreed with the person"))
        form.addRow(self.tr("Secure contact:"), self.secure_contact)
        fields = [self.name, self.birth_date, self.birth_place, self.current_location, self.secure_contact]
        self._set_buddies(form, fields)
        self.name.editingFinished.connect(self._save_name)
        self.birth_date.editingFinished.connect(self._save_birth_date)
        for field, edit in (
            ("birth_place", self.birth_place),
            ("current_location", self.current_location),
            ("secure_contact", self.secure_contact),
        ):
            edit.editingFinished.connect(lambda field=field, edit=edit: self._save_text(field, edit))
        return box

    @staticmethod
    def _set_buddies(form: QFormLayout, fields: list[QWidget]) -> None:
        for row, field in enumerate(fields):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(field)

    def _markers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Risk markers"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)  # the details take what the markers' names leave
        self.markers: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for row, marker in enumerate(RiskMarker):
            check = QCheckBox(labels.label(marker.value))
            detail = QLineEdit()
            detail.setPlaceholderText(
                self.tr("Article of the Criminal Code, case number…")
                if marker is RiskMarker.CRIMINAL_CASE
                else self.tr("Details")
            )
            detail.setToolTip(detail.placeholderText())  # whole, where a narrow window cuts it short
            detail.setEnabled(False)
            grid.addWidget(check, row, 0)
            grid.addWidget(detail, row, 1)
            check.clicked.connect(lambda checked, marker=marker: self._toggle_marker(marker, checked))
            detail.editingFinished.connect(lambda marker=marker: self._save_marker_detail(marker))
            self.markers[marker.value] = (check, detail)
        grid.setColumnStretch(1, 1)
        return box

    def _spellings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Other spellings of the name"))
        layout = QVBoxLayout(box)
        self.spellings = QListWidget()
        self.spellings.setMaximumHeight(96)
        self.spellings.setToolTip(self.tr("Passport transliterations, press and court renderings"))
        self.new_spelling = QLineEdit()
        self.new_spelling.setPlaceholderText(self.tr("New spelling"))
        self.new_spelling.setToolTip(self.new_spelling.placeholderText())
        self.add_spelling_button = QPushButton(self.tr("Add spelling"))
        self.remove_spelling_button = QPushButton(self.tr("Remove"))
        self.spelling_error = error_label()
        layout.addWidget(self.spellings)
        layout.addLayout(beside(self.new_spelling, self.add_spelling_button, self.remove_spelling_button))
        layout.addWidget(self.spelling_error)
        self.new_spelling.returnPressed.connect(self._add_spelling)
        self.add_spelling_button.clicked.connect(self._add_spelling)
        self.remove_spelling_button.clicked.connect(self._remove_spelling)
        self.spellings.itemSelectionChanged.connect(self._update_buttons)
        return box

    def _cases_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cases"))
        layout = QVBoxLayout(box)
        self.cases = QListWidget()
        self.cases.setMaximumHeight(96)
        self.cases.setWordWrap(True)  # a long kind and its warning wrap rather than scroll sideways
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases.setToolTip(self.tr("Double-click a case, or press Enter, to open it"))
        self.no_cases = QLabel(self.tr("No cases for this person yet."))
        self.no_cases.setEnabled(False)
        hint = QLabel(self.tr("Double-click a case to open it."))
        hint.setWordWrap(True)
        self.new_case_button = QPushButton(self.tr("New case for this person…"))
        self.new_case_button.clicked.connect(lambda: self.new_case.emit(self._person_id))
        layout.addWidget(self.cases)
        layout.addWidget(self.no_cases)
        layout.addWidget(hint)
        layout.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cases.itemActivated.connect(lambda item: self.open_case.emit(item.data(ID_ROLE)))
        return box

    def _documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Documents and permits"))
        layout = QVBoxLayout(box)
        headers = [self.tr("Kind"), self.tr("Country"), self.tr("Number"), self.tr("Valid from")]
        headers.append(self.tr("Valid until"))
        self.documents = QTableWidget(0, len(headers))
        self.documents.setHorizontalHeaderLabels(headers)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.verticalHeader().hide()
        self.documents.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.documents.setMinimumHeight(110)
        self.documents.setMaximumHeight(170)
        layout.addWidget(self.documents)
        self.remove_document_button = QPushButton(self.tr("Remove selected document"))
        self.doc_kind = QComboBox()
        for text, value in labels.choices(DocumentKind):
            self.doc_kind.addItem(text, value)
        self.doc_country = QLineEdit(DEFAULT_DOCUMENT_COUNTRY)
        self.doc_country.setMaxLength(2)
        self.doc_country.setToolTip(self.tr("Issuing country: two-letter code such as RU, GE or DE"))
        self.doc_country.setMaximumWidth(self.doc_country.fontMetrics().horizontalAdvance("WW") + 24)
        self.doc_number = QLineEdit()
        self.doc_from = QLineEdit()
        self.doc_until = QLineEdit()
        for edit in (self.doc_from, self.doc_until):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.add_document_button = QPushButton(self.tr("Add document"))
        self.document_error = error_label()
        self.document_error.setWordWrap(False)
        form = QGridLayout()
        captions = [self.tr("Kind"), self.tr("Country"), self.tr("Number"), self.tr("Valid from")]
        captions.append(self.tr("Valid until"))
        fields = [self.doc_kind, self.doc_country, self.doc_number, self.doc_from, self.doc_until]
        for column, (caption, field) in enumerate(zip(captions, fields, strict=True)):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addWidget(label, 0, column)
            form.addWidget(field, 1, column)
        form.setColumnStretch(2, 1)  # the number
        form.addWidget(self.add_document_button, 1, len(fields))
        form.addWidget(self.document_error, 2, 3, 1, len(fields))
        layout.addLayout(beside(QWidget(), self.remove_document_button))
        layout.addWidget(QLabel(self.tr("Add a document:")))
        layout.addLayout(form)
        for edit in (self.doc_number, self.doc_from, self.doc_until):
            edit.returnPressed.connect(self._add_document)
        self.add_document_button.clicked.connect(self._add_document)
        self.remove_document_button.clicked.connect(self._remove_document)
        self.documents.itemSelectionChanged.connect(self._update_buttons)
        return box

    def _family_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Family"))
        layout = QVBoxLayout(box)
        self.family = QListWidget()
        self.family.setMaximumHeight(100)
        self.relation = QComboBox()
        self.relation.setEditable(True)
        relations = [self.tr("Spouse or partner"), self.tr("Child"), self.tr("Parent"), self.tr("Sibling")]
        self.relation.addItems([*relations, self.tr("Other relative")])
        self.relative_name = QLineEdit()
        self.relative_name.setPlaceholderText(self.tr("Relative's name"))
        self.add_relative_button = QPushButton(self.tr("Add relative"))
        self.remove_relative_button = QPushButton(self.tr("Remove"))
        self.family_error = error_label()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Relation:")))
        row.addWidget(self.relation)
        row.addWidget(self.relative_name, 1)
        row.addWidget(self.add_relative_button)
        row.addWidget(self.remove_relative_button)
        layout.addWidget(self.family)
        layout.addLayout(row)
        layout.addWidget(self.family_error)
        self.relative_name.returnPressed.connect(self._add_relative)
        self.add_relative_button.clicked.connect(self._add_relative)
        self.remove_relative_button.clicked.connect(self._remove_relative)
        self.family.itemSelectionChanged.connect(self._update_buttons)
        return box

    # --- showing a person ---------------------------------------------------------------------

    @property
    def person_id(self) -> uuid.UUID | None:
        return self._person_id

    def show_person(self, person_id: uuid.UUID | None) -> None:
        """Show another person (or nobody); messages and half-filled forms of the last one go."""
        self._person_id = person_id
        for label in (self.name_error, self.birth_date_error, self.spelling_error):
            label.hide()
        for label in (self.document_error, self.family_error, self.trash_error):
            label.hide()
        for edit in (self.new_spelling, self.doc_number, self.doc_from, self.doc_until, self.relative_name):
            edit.clear()
        self.doc_kind.setCurrentIndex(0)  # the document form starts afresh for each person
        self.doc_country.setText(DEFAULT_DOCUMENT_COUNTRY)
        self.relation.setCurrentIndex(0)
        for edit in (self.name, self.birth_date, self.birth_place, self.current_location):
            edit.setModified(False)
        self.secure_contact.setModified(False)
        self.reload()

    def reload(self) -> None:
        """Read the person again; a field the caseworker is typing in is left alone."""
        person_id = self._person_id
        if person_id is None:
            self._detail = None
            return

        def read(session):
            own = [case.id.hex for case in people.cases_of(session, person_id)]
            return (
                people.get_person(session, person_id),
                people.family_of(session, person_id),
                queries.case_rows(session, own),
            )

        def vanished(error: Exception) -> None:
            if isinstance(error, NotFound) and self._person_id == person_id:  # moved to the trash meanwhile
                self._person_id = self._detail = None
                self.person_gone.emit()
            elif not isinstance(error, NotFound):
                failures.show(self, error)

        self._context.op(self, read).success(lambda found: self._fill(person_id, *found)).failure(
            vanished
        ).run()

    def _fill(self, person_id, detail, family, cases) -> None:
        if person_id != self._person_id:
            return  # another person was chosen meanwhile
        self._detail = detail
        person = detail.person
        latin = ", ".join(detail.latin_names[:1])
        self.header.setText(f"{person.name}  ({latin})" if latin else person.name)
        self._set_text(self.name, person.name)
        if not self.birth_date_error.isVisible():
            self._set_text(self.birth_date, date_text(person.birth_date))
        self._set_text(self.birth_place, person.birth_place)
        self._set_text(self.current_location, person.current_location)
        self._set_text(self.secure_contact, person.secure_contact)
        self._show_markers(detail)
        self._show_spellings(detail)
        self._show_documents(detail)
        self._show_family(family)
        self._show_cases(cases)
        self._update_buttons()

    @staticmethod
    def _set_text(edit: QLineEdit, value: str) -> None:
        if edit.text() != value and not (edit.hasFocus() and edit.isModified()):
            edit.setText(value)
            edit.setCursorPosition(0)  # a long value shows its beginning

    def _show_markers(self, detail: people.PersonDetail) -> None:
        present = {marker.marker: marker for marker in detail.markers}
        for value, (check, edit) in self.markers.items():
            marker = present.get(value)
            check.setChecked(marker is not None)
            edit.setEnabled(marker is not None)
            self._set_text(edit, marker.detail if marker else "")

    def _show_spellings(self, detail: people.PersonDetail) -> None:
        self.spellings.clear()
        for name in detail.names:
            item = QListWidgetItem(f"{name.text}   ·   {labels.label(name.script)}")
            item.setData(ID_ROLE, str(name.id))
            self.spellings.addItem(item)

    def _show_documents(self, detail: people.PersonDetail) -> None:
        documents = sorted(detail.documents, key=lambda d: (d.valid_until or date.max, d.kind))
        self.documents.setRowCount(len(documents))
        today = date.today()
        for row, document in enumerate(documents):
            values = [labels.label(document.kind), document.country, document.number]
            values += [date_text(document.valid_from), date_text(document.valid_until)]
            expired = document.valid_until is not None and document.valid_until < today
            if expired:
                values[4] = self.tr("{0} (expired)").format(values[4])
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(document.id))
                if expired:
                    item.setForeground(colours.qcolour("alarm", self.palette()))
                self.documents.setItem(row, column, item)

    def _show_family(self, family: list[people.FamilyLinkRow]) -> None:
        self.family.clear()
        for link in family:
            item = QListWidgetItem(f"{link.relation}: {link.name}")
            item.setData(ID_ROLE, str(link.id))
            self.family.addItem(item)

    def _show_cases(self, cases: list[queries.CaseListRow]) -> None:
        """Each case with its status and, as in the case list, what makes it urgent: a critical
        alert, a deadline passed."""
        self.cases.clear()
        today = date.today()
        for case in cases:
            text = f"{case.number}   {labels.label(case.kind)}   ({labels.label(case.status)})"
            urgent = []
            if case.alert == "critical":
                urgent.append(labels.label(case.alert))
            if case.next_due is not None and case.next_due < today:
                urgent.append(self.tr("deadline passed {0}").format(labels.day(case.next_due)))
            item = QListWidgetItem(text + ("   ⚠ " + ", ".join(urgent) if urgent else ""))
            item.setData(ID_ROLE, case.number)
            if urgent:
                item.setForeground(colours.qcolour("alarm", self.palette()))
            self.cases.addItem(item)
        self.cases.setVisible(bool(cases))
        self.no_cases.setVisible(not cases)
        self.trash_button.setEnabled(not cases)  # the service refuses while the person has cases
        self.trash_hint.setVisible(bool(cases))

    def _update_buttons(self) -> None:
        self.remove_spelling_button.setEnabled(bool(self.spellings.selectedItems()))
        self.remove_document_button.setEnabled(bool(self.documents.selectedItems()))
        self.remove_relative_button.setEnabled(bool(self.family.selectedItems()))

    # --- saving -------------------------------------------------------------------------------

    def _save(
        self,
        work: Callable,
        error: QLabel | None = None,
        *,
        changes: Change = Change.PEOPLE,
        then: Callable[[], None] | None = None,
        refused: Callable[[], None] | None = None,
    ) -> None:
        """Store one change as one transaction, then `then()`; a refusal is shown next to its field
        (or in a message box), then `refused()`."""
        person_id = self._person_id
        if person_id is None:
            return

        def saved(_result) -> None:
            if error is not None:
                error.hide()
            if then is not None:
                then()

        def not_saved(problem: Exception) -> None:
            if error is None:
                messages.error(self, failures.describe(problem))
            else:
                show_error(error, failures.describe(problem))
            if refused is not None:
                refused()

        save = self._context.op(self, lambda session, actor: work(session, actor, person_id), writes=changes)
        save.success(saved).failure(not_saved).run()

    def move_to_trash(self) -> None:
        """Move the shown person to the trash (only once their cases are gone), after asking."""
        if self._detail is None:
            return
        question = self.tr("Move {0} to the trash? It can be restored from Case → Trash.")
        if not messages.confirm(self, question.format(self._detail.person.name)):
            return
        self._save(
            lambda s, actor, pid: trash.move_to_trash(s, actor, "person", pid),
            self.trash_error,
            refused=self.reload,  # a case opened meanwhile (another window): show it, as the refusal names it
        )

    def _save_name(self) -> None:
        value = self.name.text().strip()
        if self._detail is None or value == self._detail.person.name:
            self.name_error.hide()
            return
        if not value:
            show_error(self.name_error, self.tr("A name is needed; the previous name is kept."))
            return
        self.name.setModified(False)
        # The case list shows names, so cases change too.
        self._save(
            lambda s, actor, pid: people.update_person(s, actor, pid, name=value),
            self.name_error,
            changes=Change.PEOPLE | Change.CASES,
        )

    def _save_birth_date(self) -> None:
        if self._detail is None:
            return
        try:
            value = read_date(self.birth_date.text())
        except DateError as error:
            show_error(self.birth_date_error, labels.date_problem(error))
            return
        if value is not None and value > date.today():
            show_error(self.birth_date_error, self.tr("This date is in the future."))
            return
        self.birth_date_error.hide()
        self.birth_date.setModified(False)
        if value == self._detail.person.birth_date:
            self.birth_date.setText(date_text(value))
            return
        self._save(
            lambda s, actor, pid: people.update_person(s, actor, pid, birth_date=value), self.birth_date_error
        )

    def _save_text(self, field: str, edit: QLineEdit) -> None:
        value = edit.text().strip()
        if self._detail is None or value == getattr(self._detail.person, field):
            return
        edit.setModified(False)
        self._save(lambda s, actor, pid: people.update_person(s, actor, pid, **{field: value}))

    def _toggle_marker(self, marker: RiskMarker, checked: bool) -> None:
        check, detail = self.markers[marker.value]
        if checked:
            draft = people.MarkerDraft(marker, detail.text())
            self._save(lambda s, actor, pid: people.set_marker(s, actor, pid, draft))
            detail.setFocus()
            return
        if detail.text().strip() and not messages.confirm(
            self, self.tr("Remove the marker “{0}” and its details?").format(labels.label(marker.value))
        ):
            check.setChecked(True)
            return
        self._save(lambda s, actor, pid: people.remove_marker(s, actor, pid, marker))

    def _save_marker_detail(self, marker: RiskMarker) -> None:
        detail = self.markers[marker.value][1]
        current = (
            next((m for m in self._detail.markers if m.marker == marker), None) if self._detail else None
        )
        if current is None or current.detail == detail.text().strip():
            return
        draft = people.MarkerDraft(marker, detail.text(), current.since)
        detail.setModified(False)
        self._save(lambda s, actor, pid: people.set_marker(s, actor, pid, draft))

    def _add_spelling(self) -> None:
        text = self.new_spelling.text().strip()
        if not text or self._detail is None:
            return
        known = [self._detail.person.name, *(name.text for name in self._detail.names)]
        if text.casefold() in {spelling.casefold() for spelling in known}:
            show_error(self.spelling_error, self.tr("This spelling is already there."))
            return
        self._save(
            lambda s, actor, pid: people.add_spelling(s, actor, pid, text),
            self.spelling_error,
            then=self.new_spelling.clear,
        )

    def _remove_spelling(self) -> None:
        for item in self.spellings.selectedItems():
            name_id = item.data(ID_ROLE)
            self._save(lambda s, actor, pid, name_id=name_id: people.remove_spelling(s, actor, pid, name_id))

    def _add_document(self) -> None:
        try:
            valid_from = read_date(self.doc_from.text())
        except DateError as error:
            show_error(self.document_error, self.tr("Valid from: {0}").format(labels.date_problem(error)))
            return
        try:
            valid_until = read_date(self.doc_until.text())
        except DateError as error:
            show_error(self.document_error, self.tr("Valid until: {0}").format(labels.date_problem(error)))
            return
        if valid_from and valid_until and valid_until < valid_from:
            show_error(self.document_error, self.tr("“Valid until” is before “Valid from”."))
            return
        kind, country, number = self.doc_kind.currentData(), self.doc_country.text(), self.doc_number.text()

        def add(session, actor, pid):
            return people.add_document(session, actor, pid, kind, country, number, valid_from, valid_until)

        def clear() -> None:
            for edit in (self.doc_number, self.doc_from, self.doc_until):
                edit.clear()

        self._save(add, self.document_error, then=clear)

    def _remove_document(self) -> None:
        rows = {item.row() for item in self.documents.selectedItems()}
        for row in rows:
            document_id = self.documents.item(row, 0).data(ID_ROLE)
            self._save(
                lambda s, actor, pid, document_id=document_id: people.remove_document(s, actor, document_id)
            )

    def _add_relative(self) -> None:
        relation, name = self.relation.currentText().strip(), self.relative_name.text().strip()
        if not name:
            show_error(self.family_error, self.tr("Type the relative's name."))
            return

        def add(session, actor, pid):
            return people.add_family_link(session, actor, pid, relation, relative_name=name)

        self._save(add, self.family_error, then=self.relative_name.clear)

    def _remove_relative(self) -> None:
        for item in self.family.selectedItems():
            link_id = item.data(ID_ROLE)
            self._save(lambda s, actor, pid, link_id=link_id: people.remove_family_link(s, actor, link_id))
