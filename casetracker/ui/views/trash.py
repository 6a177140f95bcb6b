"""The trash: everything moved there, newest first, and a button that puts a record back."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.errors import NotFound
from casetracker.services import trash
from casetracker.services.trash import TrashItem
from casetracker.ui import failures, messages
from casetracker.ui.dialog_size import fit_to_screen
from casetracker.ui.labels import label, trash_kind_label
from casetracker.ui.operations import Change
from casetracker.ui.tables import read_only_table

DELETED, WHAT, CASE, DESCRIPTION = range(4)


class TrashDialog(QDialog):
    """Lists the trash and restores the selected record. It shows names and file names, as the
    rest of the window does; its title never does."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._items: list[TrashItem] = []
        self.setWindowTitle(self.tr("Trash"))
        fit_to_screen(self, 900, 460)  # smaller on a smaller screen
        about = QLabel(
            self.tr(
                "Records moved to the trash stay in the store until they are restored. Select one and "
                "press Restore to put it back where it was."
            )
        )
        about.setWordWrap(True)
        self.table = self._table()
        self.empty = QLabel(self.tr("The trash is empty."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        context.changed.connect(self._on_changed)
        self.reload()

    def _table(self) -> QTableWidget:
        headings = [self.tr("Deleted"), self.tr("What"), self.tr("Case"), self.tr("Description")]
        table = read_only_table(headings, stretch=DESCRIPTION)
        table.itemSelectionChanged.connect(self._show_selection)
        return table

    # --- showing ----------------------------------------------------------------------------------

    def reload(self) -> None:
        read = self._context.op(self, lambda session: trash.list_trash(session, word=label), supersede=self)
        read.success(self._listed).run()

    def _listed(self, items: list[TrashItem]) -> None:
        chosen = self.selected()
        self._items = items
        self._fill(chosen.id if chosen else None)

    def _fill(self, chosen_id: uuid.UUID | None = None) -> None:
        self.table.clearSelection()
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            values = {
                DELETED: item.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                WHAT: trash_kind_label(item.kind),
                CASE: item.case_number or "",
                DESCRIPTION: self._description(item),
            }
            for column, text in values.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.item(row, DESCRIPTION).setToolTip(self._description(item))
            if item.id == chosen_id:
                self.table.selectRow(row)
        if self.selected() is None:
            self.table.setCurrentCell(-1, -1)  # no focus frame on a row that is not chosen
        self.table.setVisible(bool(self._items))
        self.empty.setVisible(not self._items)
        self._show_selection()

    def _show_selection(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> TrashItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _on_changed(self, what: Change) -> None:
        if what & (Change.CASES | Change.PEOPLE | Change.DEADLINES) and self.isVisible():
            self.reload()  # something else was moved to the trash, or restored

    def showEvent(self, event) -> None:
        self.reload()
        super().showEvent(event)

    # --- restoring --------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        item = self.selected()
        if item is None:
            return

        def restored(_result) -> None:
            self._items = [other for other in self._items if other.id != item.id]
            self._fill()
            self.result.setText(self._restored(item))

        def refused(
            error: Exception,
        ) -> None:  # its case or person is in the trash: said what to restore first
            messages.error(self, failures.describe(error))
            if isinstance(error, NotFound):
                self.reload()  # restored meanwhile, from another window or the command line

        restore = self._context.op(
            self,
            lambda session, actor: trash.restore(session, actor, item.id),
            writes=Change.CASES | Change.PEOPLE | Change.DEADLINES,
        )
        restore.success(restored).failure(refused).run()

    def _description(self, item: TrashItem) -> str:
        if item.merged_into is None:
            return item.description
        return self.tr("{0} · merged into {1}").format(item.description, item.merged_into or "?")

    def _restored(self, item: TrashItem) -> str:
        what = trash_kind_label(item.kind)
        if item.merged_into is not None:
            return self.tr(
                "{0} restored: {1}. The merge was undone: their cases, documents and notes are theirs again."
            ).format(what, item.description)
        if item.case_number and item.kind != "case":
            return self.tr("{0} restored: {1} (case {2}).").format(what, item.description, item.case_number)
        return self.tr("{0} restored: {1}.").format(what, item.description)
