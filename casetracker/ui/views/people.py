"""People: a searchable list on the left, the selected person's editor on the right."""

import itertools
import uuid
from datetime import date
from functools import cache

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.dates import DateError
from casetracker.services import people, queries
from casetracker.ui import failures, labels
from casetracker.ui.context import AppContext
from casetracker.ui.duplicate_warning import DuplicateWarning, look_for_duplicates
from casetracker.ui.icons import icon
from casetracker.ui.operations import Change
from casetracker.ui.views.duplicates_dialog import DuplicatesDialog
from casetracker.ui.views.new_case import NewCaseDialog
from casetracker.ui.views.person_editor import (
    ID_ROLE,
    PersonEditor,
    beside,
    date_text,
    error_label,
    read_date,
)

LIST_LIMIT = 500
MARK_SIZE = 16  # pixels: the mark beside a person at risk
MARKS_ROLE = Qt.ItemDataRole.UserRole + 1  # the person's queries.PersonFlags, when there are any
SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching


class PeopleView(QWidget):
    open_case = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.new_person_dialog: NewPersonDialog | None = None
        self.new_case_dialog: NewCaseDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New person…"))
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(MARK_SIZE, MARK_SIZE))
        self.list.setSpacing(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count = QLabel()
        self.count.setEnabled(False)
        self.duplicates_button = QPushButton(self.tr("Possible duplicates…"))
        self.duplicates_button.setToolTip(self.tr("People who may be recorded twice, to compare and merge"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(beside(self.search, self.new_button))
        left_layout.addWidget(self.list)
        left_layout.addLayout(beside(self.count, self.duplicates_button))

        self.editor = PersonEditor(context)
        self.placeholder = QLabel(self.tr("Choose a person on the left, or add a new person."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.editor)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for first, second in itertools.pairwise(
            [self.search, self.new_button, self.list, self.duplicates_button, *self.editor.tab_chain]
        ):
            QWidget.setTabOrder(first, second)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._fill_list)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._fill_list)
        self.new_button.clicked.connect(self.new_person)
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.list.currentItemChanged.connect(self._person_chosen)
        self.editor.open_case.connect(self.open_case)
        self.editor.new_case.connect(self.new_case)
        self.editor.person_gone.connect(self._show_editor_page)
        context.changed.connect(self._changed)
        self.refresh()

    # --- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list and the shown person again."""
        self._fill_list()
        self.editor.reload()
        self._show_editor_page()

    def _changed(self, what: Change) -> None:
        if Change.PEOPLE in what:
            self.refresh()
        elif Change.CASES in what:
            self.editor.reload()  # the person's case list

    def _fill_list(self) -> None:
        self._search_timer.stop()
        text = self.search.text()

        def read(session):
            rows = people.find_people(session, text, LIST_LIMIT + 1)
            return rows, queries.person_flags(session, [row.id for row in rows[:LIST_LIMIT]])

        find = self._context.op(self, read, supersede=self)
        find.success(lambda found: self._list(text, *found)).run()

    def _list(self, text: str, rows: list[people.PersonRow], flags: dict) -> None:
        shown = self.editor.person_id
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows[:LIST_LIMIT]:
            self.list.addItem(self._item(row, flags.get(row.id)))
            if row.id == shown:
                self.list.setCurrentRow(self.list.count() - 1)
        self.list.blockSignals(False)
        if len(rows) > LIST_LIMIT:
            self.count.setText(self.tr("The first {0} people; type to narrow the list.").format(LIST_LIMIT))
        elif text.strip():
            self.count.setText(self.tr("Found: {0}").format(len(rows)))
        else:
            self.count.setText(self.tr("People: {0}").format(len(rows)))

    def _item(self, row: people.PersonRow, flags: queries.PersonFlags | None) -> QListWidgetItem:
        details = list(row.other_names[:1])
        if row.birth_date is not None:
            details.append(self.tr("born {0}").format(date_text(row.birth_date)))
        text = row.name + ("\n    " + "  ·  ".join(details) if details else "")
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, str(row.id))
        tips = ["\n".join(row.other_names)] if len(row.other_names) > 1 else []
        if flags is None:
            item.setIcon(_no_mark(MARK_SIZE))  # keeps the names in one column
        else:  # red for a critical case, amber for risk markers alone; the tooltip says which
            item.setIcon(icon("critical", "alarm") if flags.critical else icon("risk_markers", "warning"))
            tips.insert(0, labels.person_marks(flags.markers, flags.critical))
            item.setData(MARKS_ROLE, flags)
        if tips:
            item.setToolTip("\n\n".join(tips))
        return item

    def _person_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.editor.show_person(uuid.UUID(item.data(ID_ROLE)))
        self._show_editor_page()

    def _show_editor_page(self) -> None:
        self.pages.setCurrentWidget(self.placeholder if self.editor.person_id is None else self.editor)

    def select_person(self, person_id: uuid.UUID) -> None:
        """Show this person, clearing a search that would hide them."""
        self.editor.show_person(person_id)
        if not any(self.list.item(row).data(ID_ROLE) == str(person_id) for row in range(self.list.count())):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._fill_list()
        self._show_editor_page()

    # --- people recorded twice -----------------------------------------------------------------

    def show_duplicates(self) -> None:
        """Open the list of people who may be recorded twice (it looks for them as it opens)."""
        if self.duplicates_dialog is None:
            self.duplicates_dialog = DuplicatesDialog(self._context, self)
        if self.duplicates_dialog.isVisible():
            self.duplicates_dialog.raise_()
            self.duplicates_dialog.activateWindow()
        else:
            self.duplicates_dialog.show()

    # --- a new case or a new person ----------------------------------------------------------------

    def new_case(self, person_id: uuid.UUID) -> None:
        """Open a new case for this person; once made, it is opened."""
        self.new_case_dialog = NewCaseDialog(self._context, self, person_id=person_id)
        self.new_case_dialog.accepted.connect(self._case_created)
        self.new_case_dialog.open()

    def _case_created(self) -> None:
        if self.new_case_dialog is not None and self.new_case_dialog.number:
            self.open_case.emit(self.new_case_dialog.number)

    def new_person(self) -> None:
        self.new_person_dialog = NewPersonDialog(self._context, self)
        self.new_person_dialog.accepted.connect(self._person_created)
        self.new_person_dialog.open()

    def _person_created(self) -> None:
        dialog = self.new_person_dialog
        if dialog is not None and dialog.person_id is not None:
            self.select_person(dialog.person_id)
            self.editor.name.setFocus()


class NewPersonDialog(QDialog):
    """Name (required), and if known a Latin spelling and the date of birth."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.person_id: uuid.UUID | None = None
        self._warned_about: people.PersonDraft | None = None
        self.setWindowTitle(self.tr("New person"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("As the person writes it, e.g. in Cyrillic"))
        self.latin = QLineEdit()
        self.latin.setPlaceholderText(self.tr("As in the foreign passport (optional)"))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY (optional)"))
        self.error = error_label()
        self.duplicates = DuplicateWarning(self.tr("Open that person"))
        self.duplicates.chosen.connect(self._open_existing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add person"))
        self.ok_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Latin spelling:"), self.latin)
        form.addRow(self.tr("Date of birth:"), self.birth_date)
        hint = QLabel(self.tr("Only the name is needed now; everything else can be added later."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        try:
            born = read_date(self.birth_date.text())
        except DateError as error:
            self._refuse(self.tr("Date of birth: {0}").format(labels.date_problem(error)))
            return
        if born is not None and born > date.today():
            self._refuse(self.tr("The date of birth is in the future."))
            return
        latin = self.latin.text().strip()
        draft = people.PersonDraft(name=name, other_names=(latin,) if latin else (), birth_date=born)
        if draft == self._warned_about:
            self._add(draft)  # warned once: a second click adds the person anyway
        else:
            look_for_duplicates(self._context, self, draft, lambda matches: self._warn_or_add(draft, matches))

    def _warn_or_add(self, draft: people.PersonDraft, matches) -> None:
        if not matches:
            self._add(draft)
            return
        self._warned_about = draft
        self.error.hide()
        self.duplicates.show_matches(matches)

    def _open_existing(self, person_id: uuid.UUID) -> None:
        """No new record: the person already known is shown instead."""
        self.person_id = person_id
        super().accept()

    def _add(self, draft: people.PersonDraft) -> None:
        def added(detail) -> None:
            self.person_id = detail.person.id
            super(NewPersonDialog, self).accept()

        add = self._context.op(
            self, lambda session, actor: people.add_person(session, actor, draft), writes=Change.PEOPLE
        )
        add.success(added).failure(lambda problem: self._refuse(failures.describe(problem))).run()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


@cache
def _no_mark(size: int) -> QIcon:
    """A blank icon as wide as a mark."""
    blank = QPixmap(size, size)
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(blank)
