"""People who may be recorded twice: compare the two records side by side, choose the one to keep,
and merge them.

Finding the pairs reads every person, so it runs on the database worker (seconds on a large
store). A merge is one write; restoring the merged person from Case → Trash undoes it.
"""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.errors import NotFound
from casetracker.services import duplicates, people
from casetracker.ui import colours, failures, labels, messages
from casetracker.ui.context import AppContext
from casetracker.ui.dialog_size import fit_to_screen
from casetracker.ui.duplicate_warning import reasons_text
from casetracker.ui.operations import Change
from casetracker.ui.tables import read_only_table
from casetracker.ui.views.person_editor import date_text

LIST_LIMIT = 1000  # pairs shown, the likeliest; a store with more has a deeper problem
PERSON, OTHER, LIKELY, WHY = range(4)
CASES_NAMED = 3  # case numbers shown beside the count


class RecordPanel(QGroupBox):
    """One of the two records, read-only, with the choice to keep it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.plain_title = title
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.spellings, self.born, self.birth_place = QLabel(), QLabel(), QLabel()
        self.cases, self.documents, self.recorded = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        for caption, value in (
            (self.tr("Other spellings:"), self.spellings),
            (self.tr("Date of birth:"), self.born),
            (self.tr("Place of birth:"), self.birth_place),
            (self.tr("Cases:"), self.cases),
            (self.tr("Documents:"), self.documents),
            (self.tr("Recorded on:"), self.recorded),
        ):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        self.keep = QRadioButton(self.tr("Keep this record"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignLeft)  # as wide as its words, which click

    def show_record(self, detail: people.PersonDetail, cases: list) -> None:
        person = detail.person
        unknown = self.tr("not known")
        self.name.setText(person.name)
        self.spellings.setText(", ".join(name.text for name in detail.names) or self.tr("none"))
        self.born.setText(date_text(person.birth_date) or unknown)
        self.birth_place.setText(person.birth_place or unknown)
        numbers = ", ".join(case.number for case in cases[:CASES_NAMED])
        if len(cases) > CASES_NAMED:
            numbers += ", …"
        self.cases.setText(self.tr("{0} ({1})").format(len(cases), numbers) if cases else self.tr("none"))
        kinds = ", ".join(f"{labels.label(doc.kind)} {doc.country}" for doc in detail.documents)
        self.documents.setText(
            self.tr("{0} ({1})").format(len(detail.documents), kinds) if kinds else self.tr("none")
        )
        self.recorded.setText(date_text(person.created_at.date()))

    def clear(self) -> None:
        for label in (self.name, self.spellings, self.born, self.birth_place, self.cases):
            label.clear()
        self.documents.clear()
        self.recorded.clear()


class DuplicatesDialog(QDialog):
    """The pairs, likeliest first; below them the chosen pair side by side, and Merge."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._pairs: list[duplicates.DuplicatePair] = []
        self._shown: list | None = None  # the chosen pair's two records: (detail, cases) each
        self._generation = 0  # an answer to an older request is dropped
        self._loading = False
        self.setWindowTitle(self.tr("Possible duplicates"))
        fit_to_screen(self, 980, 680)  # smaller on a smaller screen
        about = QLabel(
            self.tr(
                "These people may be recorded twice, the likeliest first. Nothing is joined by itself: "
                "select a pair, compare the two records, choose the one to keep and press Merge."
            )
        )
        about.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = self._table()
        self.left = RecordPanel(self.tr("First record"))
        self.right = RecordPanel(self.tr("Second record"))
        self._keep = QButtonGroup(self)
        self._keep.addButton(self.left.keep)
        self._keep.addButton(self.right.keep)
        self._keep.buttonToggled.connect(self._update_summary)
        sides = QHBoxLayout()
        sides.addWidget(self.left, 1)
        sides.addWidget(self.right, 1)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addLayout(sides)
        layout.addWidget(self.summary)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        context.changed.connect(self._on_changed)
        self._show_pair()

    def _table(self) -> QTableWidget:
        headings = [self.tr("Person"), self.tr("May be the same as"), self.tr("How likely"), self.tr("Why")]
        table = read_only_table(headings, stretch=WHY)
        table.setWordWrap(False)
        table.itemSelectionChanged.connect(self._show_pair)
        return table

    # --- finding the pairs (on the database worker) ----------------------------------------------

    def showEvent(self, event) -> None:
        self.reload()
        super().showEvent(event)

    def _on_changed(self, what: Change) -> None:
        if Change.PEOPLE in what and self.isVisible():
            self.reload()  # a merge, a new person, a person restored or renamed

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Looking for people recorded twice…"))
        self.status.show()
        self._update_summary()
        find = self._context.op(self, duplicates.all_pairs)
        find.success(lambda pairs: self._loaded(generation, pairs))
        find.failure(lambda error: self._failed(generation, error)).run()

    def _loaded(self, generation: int, pairs: list[duplicates.DuplicatePair]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        chosen = self.selected()
        self._pairs = pairs[:LIST_LIMIT]
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self._pairs))
        found = None
        for row, pair in enumerate(self._pairs):
            values = {
                PERSON: self._who(pair.name, pair.birth_date),
                OTHER: self._who(pair.other_name, pair.other_birth_date),
                LIKELY: self._likelihood(pair.score),
                WHY: self._reasons(pair),
            }
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if chosen is not None and _ids(pair) == _ids(chosen):
                found = row
        self.table.clearSelection()  # rows gone may have moved the selection to a pair not chosen
        if found is None:
            self.table.setCurrentCell(-1, -1)
        else:
            self.table.selectRow(found)
        self.table.blockSignals(False)
        if not pairs:
            self.status.setText(self.tr("No people seem to be recorded twice."))
        elif len(pairs) > LIST_LIMIT:
            self.status.setText(
                self.tr("The {0} likeliest of {1} pairs are listed.").format(LIST_LIMIT, len(pairs))
            )
        else:
            self.status.setText(
                self.tr("Pairs found: {0}. Select one to compare the two records.").format(len(pairs))
            )
        self._show_pair()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.status.setStyleSheet(colours.style("alarm", self.palette()))
        self.status.setText(
            self.tr("Could not look for people recorded twice: {0}").format(failures.describe(error))
        )
        self._update_summary()

    def _who(self, name: str, born) -> str:
        return self.tr("{0} (born {1})").format(name, date_text(born)) if born else name

    def _likelihood(self, score: float) -> str:
        if score >= 0.8:
            return self.tr("Very likely")
        if score >= 0.5:
            return self.tr("Likely")
        return self.tr("Possibly")

    def _reasons(self, pair: duplicates.DuplicatePair) -> str:
        return reasons_text(pair.why, pair.reasons)

    # --- the chosen pair -------------------------------------------------------------------------

    def selected(self) -> duplicates.DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self._pairs[rows[0].row()] if rows else None

    def _show_pair(self) -> None:
        pair = self.selected()
        self._shown = None
        if pair is None:
            self._fill_pair(None, None)
            return

        def read(session):
            return [(people.get_person(session, pid), people.cases_of(session, pid)) for pid in _ids(pair)]

        def vanished(error: Exception) -> None:
            if isinstance(error, NotFound):  # merged or moved to the trash meanwhile
                self.reload()
            else:
                failures.show(self, error)

        self._context.op(self, read).success(lambda shown: self._fill_pair(pair, shown)).failure(
            vanished
        ).run()

    def _fill_pair(self, pair: duplicates.DuplicatePair | None, shown: list | None) -> None:
        if pair is not self.selected():
            return  # another pair was chosen meanwhile
        self._shown = shown
        for panel, record in zip((self.left, self.right), self._shown or (None, None), strict=True):
            panel.setEnabled(record is not None)
            if record is None:
                panel.clear()
            else:
                panel.show_record(*record)
        self._keep.setExclusive(False)  # so that neither is chosen while no pair is
        self.left.keep.setChecked(False)
        self.right.keep.setChecked(False)
        self._keep.setExclusive(True)
        self.why.setText(
            self.tr("Why they may be one person: {0}.").format(self._reasons(pair))
            if self._shown is not None
            else ""
        )
        if self._shown is not None:
            (_, left_cases), (_, right_cases) = self._shown
            # Keeping the record with more cases moves the least; the caseworker may choose the other.
            (self.right if len(right_cases) > len(left_cases) else self.left).keep.setChecked(True)
        self._update_summary()

    def _choice(self) -> tuple[people.PersonDetail, people.PersonDetail] | None:
        """(kept, merged), or None while no pair or no side is chosen."""
        if self._shown is None or self._loading:
            return None
        (left, _), (right, _) = self._shown
        if self.left.keep.isChecked():
            return left, right
        if self.right.keep.isChecked():
            return right, left
        return None

    def _update_summary(self, *_args) -> None:
        choice = self._choice()
        self.merge_button.setEnabled(choice is not None)
        for panel in (self.left, self.right):
            if choice is None:
                panel.setTitle(panel.plain_title)
            elif panel.keep.isChecked():
                panel.setTitle(self.tr("This record stays"))
            else:
                panel.setTitle(self.tr("This record is merged into the other and goes to the trash"))
        if choice is None:
            self.summary.setText(
                self.tr("Select a pair above to compare the two records.") if not self._loading else ""
            )
            return
        kept, merged = choice
        self.summary.setText(
            self.tr(
                "Merge will keep “{0}”: the cases, documents, notes and spellings of “{1}” move to it, "
                "and “{1}” goes to the trash."
            ).format(kept.person.name, merged.person.name)
        )

    # --- merging ---------------------------------------------------------------------------------

    def merge(self) -> None:
        choice = self._choice()
        if choice is None:
            return
        kept, merged = choice
        keep_id, merge_id = kept.person.id, merged.person.id
        keep_name, merge_name = kept.person.name, merged.person.name
        question = self.tr(
            "Merge “{1}” into “{0}”?\n\n"
            "The cases, documents, notes, spellings and risk markers of “{1}” will move to “{0}”, "
            "and “{1}” will go to the trash.\n\n"
            "This can be undone: restore “{1}” from Case → Trash."
        ).format(keep_name, merge_name)
        if not messages.confirm(self, question):
            return
        said = self.tr("“{1}” was merged into “{0}”. To undo, restore “{1}” from Case → Trash.")

        def refused(problem: Exception) -> None:  # one transaction: nothing was changed
            messages.error(self, failures.describe(problem))
            self.reload()

        merge = self._context.op(
            self,
            lambda session, actor: duplicates.merge_persons(session, actor, keep_id, merge_id),
            writes=Change.PEOPLE | Change.CASES,
        )
        merge.success(lambda _: self.result.setText(said.format(keep_name, merge_name))).failure(
            refused
        ).run()


def _ids(pair: duplicates.DuplicatePair) -> tuple[uuid.UUID, uuid.UUID]:
    return pair.person_id, pair.other_id
