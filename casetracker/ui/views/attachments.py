"""A case's evidence files: add (button or drop), see each file's checksum and whether it still
matches, open a decrypted copy in the system's viewer, save a checked copy, move a file added to
the wrong case to the trash (its encrypted blob stays, so Case → Trash can restore it).

Every file is checked off the GUI thread when the tab shows it, and again by the service at
every open and export. Decrypted copies opened for viewing live in a private temporary folder
under random names and are deleted when the case tab closes, the app locks or quits.
"""

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import attachments, trash
from casetracker.services.attachments import AttachmentProblem, Problem
from casetracker.services.cases import CaseDetail
from casetracker.store.models import Attachment
from casetracker.ui import colours, failures, file_dialogs, messages
from casetracker.ui.labels import file_size, label
from casetracker.ui.operations import Change
from casetracker.ui.tables import read_only_table
from casetracker.ui.viewing_copies import ViewingCopies
from casetracker.ui.views.timeline import shown_date

FILE, SIZE, ADDED, BY, EVENT, SHA256, STATE = range(7)
CHECKING = "checking"  # not a kind of problem: the check has not reported yet


class FilesPanel(QWidget):
    """The Files tab of a case."""

    def __init__(self, context, number: str, *, opener: Callable[[QUrl], bool] | None = None, parent=None):
        super().__init__(parent)
        self._context, self._number = context, number
        self.opener = opener or QDesktopServices.openUrl  # tests put a recorder here
        self._files: list[Attachment] = []
        self._event_names: dict[uuid.UUID, str] = {}
        # Check results by attachment id, with the blob's size and times they were taken at.
        self._checked: dict[uuid.UUID, tuple[tuple | None, Problem | None]] = {}
        self._copies = ViewingCopies(context)
        self.destroyed.connect(self._copies.remove_all)
        self.destroyed.connect(self._copies.deleteLater)
        self.setAcceptDrops(True)
        self._build()

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.belongs_to = QComboBox()
        self.belongs_to.setMinimumContentsLength(28)
        self.belongs_to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        hint = QLabel(
            self.tr("or drop files here. Each file is stored encrypted; the original is not changed.")
        )
        hint.setStyleSheet(colours.style("muted", self.palette()))
        hint.setWordWrap(True)  # never widens the window: in Russian the sentence is long
        hint.setMinimumWidth(120)
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(QLabel(self.tr("Belongs to:")))
        top.addWidget(self.belongs_to)
        top.addWidget(hint, 1)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        ground, text = colours.tint("urgent", self.palette())
        self.warning.setStyleSheet(
            f"color: {text.name()}; background: {ground.name()};"
            f" border: 1px solid {text.name()}; padding: 6px;"
        )
        self.warning.hide()
        self.table = self._table()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("Save a copy…"))
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.trash_button = QPushButton(self.tr("Move to trash…"))
        self.trash_button.clicked.connect(self.trash_selected)
        self.check_button = QPushButton(self.tr("Check all again"))
        self.check_button.clicked.connect(self.check_again)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.export_button, self.trash_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        layout.addWidget(self.result)
        self._show_selection()

    def _table(self) -> QTableWidget:
        headings = [self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("By"), self.tr("Event"),
                    self.tr("SHA-256"), self.tr("State")]  # fmt: skip
        table = read_only_table(headings, stretch=FILE)
        table.itemSelectionChanged.connect(self._show_selection)
        table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        return table

    # --- showing ----------------------------------------------------------------------------------

    def show_files(self, detail: CaseDetail) -> None:
        """Show the case's files and events; check in the background what has not been checked."""
        self._event_names = {event.id: self._event_text(event) for event in detail.events}
        self._fill_events()
        number = self._number
        self._context.op(self, lambda s: attachments.list_attachments(s, number)).success(self._listed).run()

    def _listed(self, files: list[Attachment]) -> None:
        self._files = files
        self._fill_table()
        stale = [a.id for a in self._files if self._checked.get(a.id, (None,))[0] != self._signature(a)]
        if stale:
            self._check(stale)

    def _event_text(self, event) -> str:
        return f"{shown_date(event.date, event.date_precision)} · {label(event.kind)}"

    def _fill_events(self) -> None:
        chosen = self.belongs_to.currentData()
        self.belongs_to.clear()
        self.belongs_to.addItem(self.tr("the whole case"), None)
        for event_id, text in self._event_names.items():
            self.belongs_to.addItem(text, event_id)
        self.belongs_to.setCurrentIndex(max(0, self.belongs_to.findData(chosen)))

    def _fill_table(self) -> None:
        chosen = self._selected()
        self.table.setRowCount(len(self._files))
        for row, attachment in enumerate(self._files):
            event = self._event_names.get(attachment.event_id, self.tr("(deleted event)"))
            values = {
                FILE: attachment.filename,
                SIZE: file_size(attachment.size),
                ADDED: attachment.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                BY: attachment.added_by,
                EVENT: event if attachment.event_id else self.tr("whole case"),
                SHA256: attachment.sha256[:12] + "…",
            }
            for column, text in values.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.item(row, SHA256).setToolTip(attachment.sha256)
            self.table.item(row, FILE).setData(Qt.ItemDataRole.UserRole, attachment.id)
            self._show_state(row, attachment)
            if chosen is not None and attachment.id == chosen.id:
                self.table.selectRow(row)
        self._show_warning()
        self._show_selection()

    def _state(self, attachment: Attachment) -> str | None:
        """None when the file matched its SHA-256, CHECKING, or the kind of problem."""
        if attachment.id not in self._checked:
            return CHECKING
        problem = self._checked[attachment.id][1]
        return problem.kind if problem else None

    def _show_state(self, row: int, attachment: Attachment) -> None:
        state = self._state(attachment)
        texts = {
            None: self.tr("checked"),
            CHECKING: self.tr("checking…"),
            "missing": self.tr("missing!"),
            "changed": self.tr("changed!"),
            "checksum": self.tr("changed!"),
            "unreadable": self.tr("unreadable!"),
        }
        item = QTableWidgetItem(texts[state])
        item.setToolTip(self._meaning(state))
        self.table.setItem(row, STATE, item)
        failed = state not in (None, CHECKING)
        if failed:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        ground, text = colours.tint("urgent", self.palette())
        for column in range(self.table.columnCount()):
            cell = self.table.item(row, column)
            cell.setForeground(QBrush(text) if failed else QBrush())
            cell.setBackground(QBrush(ground) if failed else QBrush())

    def _meaning(self, state: str | None) -> str:
        """What a state means for the caseworker, and what to do, in plain words."""
        if state is None:
            return self.tr("The file is exactly as it was when it was added (its SHA-256 matches).")
        if state == CHECKING:
            return self.tr("The file is being checked against the SHA-256 taken when it was added.")
        what = {
            "missing": self.tr("The encrypted file is missing from the store's attachments folder."),
            "unreadable": self.tr("The encrypted file cannot be read (check the disk and the folder)."),
        }.get(state, self.tr("The file has been changed or damaged since it was added."))
        return what + " " + self._advice()

    def _advice(self) -> str:
        return self.tr(
            "The evidence may have been tampered with: do not rely on it or pass it on. Restore the "
            "newest backup into a new folder and check the file there. Nothing was changed."
        )

    def _show_warning(self) -> None:
        failed = [a for a in self._files if self._state(a) not in (None, CHECKING)]
        self.warning.setVisible(bool(failed))
        if failed:
            failing = self.tr("%n file(s) failed the integrity check (marked in red).", "", len(failed))
            self.warning.setText(failing + " " + self._advice())

    def _show_selection(self) -> None:
        attachment = self._selected()
        self.open_button.setEnabled(attachment is not None)
        self.export_button.setEnabled(attachment is not None)
        self.trash_button.setEnabled(attachment is not None)
        self.check_button.setEnabled(bool(self._files))
        if attachment is None:
            self.details.setText(
                self.tr("No files yet.") if not self._files else self.tr("Select a file to see its details.")
            )
            return
        failed = self._state(attachment) not in (None, CHECKING)
        self.details.setStyleSheet(colours.style("alarm", self.palette()) if failed else "")
        self.details.setText(
            self.tr("SHA-256: {0}  ·  {1}").format(attachment.sha256, attachment.media_type)
            + "\n"
            + self._meaning(self._state(attachment))
        )

    def _selected(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        chosen = self.table.item(rows[0].row(), FILE).data(Qt.ItemDataRole.UserRole)
        return next((a for a in self._files if a.id == chosen), None)

    # --- checking -----------------------------------------------------------------------------------

    def _signature(self, attachment: Attachment) -> tuple | None:
        """Size and times of the blob: a file touched since its last check is checked again."""
        try:
            stat = (self._context.store.paths.attachments / attachment.blob_name).stat()
        except OSError:
            return None
        return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)

    def _check(self, ids: list[uuid.UUID]) -> None:
        folder = self._context.store.paths.attachments
        signatures = {a.id: self._signature(a) for a in self._files}

        def work(session) -> dict[uuid.UUID, Problem | None]:
            return {i: attachments.check_attachment(session, i, folder) for i in ids}

        def done(results: dict[uuid.UUID, Problem | None]) -> None:
            for attachment_id, problem in results.items():
                self._checked[attachment_id] = (signatures.get(attachment_id), problem)
            self._fill_table()

        def failed(error: Exception) -> None:
            self.result.setText(
                self.tr("The files could not be checked: {0}").format(failures.describe(error))
            )

        self._context.op(self, work).success(done).failure(failed).run()

    def check_again(self) -> None:
        self._checked.clear()
        self._fill_table()
        self._check([a.id for a in self._files])

    # --- adding -------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Add evidence files to the case"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Iterable[str | Path]) -> None:
        """Encrypt the files into the store off the GUI thread, each in its own transaction."""
        paths = [Path(p) for p in paths]
        not_files = [p for p in paths if not p.is_file()]
        if not_files:
            messages.error(
                self,
                self.tr("Only files can be added, and {0} is not one. Nothing was added.").format(
                    not_files[0]
                ),
            )
            return
        number, event_id = self._number, self.belongs_to.currentData()

        def work(store, actor, progress) -> attachments.FilesAdded:
            return attachments.add_attachments(
                store, actor, number, paths, event_id=event_id, progress=progress
            )

        label_text = self.tr("Encrypting %n file(s) into the store…", "", len(paths))
        self._context.op(self, work, whole_store=True, writes=Change.CASES, progress=label_text).success(
            self._added
        ).run()

    def _added(self, intake: attachments.FilesAdded) -> None:
        lines = []
        if intake.added:
            size = file_size(sum(a.size for a in intake.added))
            lines.append(
                self.tr(
                    "Added %n file(s) ({0}), stored encrypted with their SHA-256. The originals were not "
                    "changed.",
                    "",
                    len(intake.added),
                ).format(size)
            )
        if intake.stopped:
            lines.append(self.tr("Stopped: the files after these were not added."))
        lines += [
            self.tr("Not added: {0}: {1}").format(name, failures.describe(why))
            for name, why in intake.refused
        ]
        self.result.setText("\n".join(lines))
        if intake.refused:
            messages.error(self, "\n".join(lines))

    def dragEnterEvent(self, event) -> None:
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = self._dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    @staticmethod
    def _dropped_files(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        return [url.toLocalFile() for url in urls] if all(url.isLocalFile() for url in urls) else []

    # --- opening and saving copies ------------------------------------------------------------------

    def _refused(self, attachment: Attachment, doing: str) -> bool:
        """Refuse at once a file already known to be changed or missing; the service checks again."""
        state = self._state(attachment)
        if state in (None, CHECKING):
            return False
        messages.error(self, doing + " " + self._meaning(state))
        return True

    def open_selected(self) -> None:
        """Decrypt a checked copy into the private folder, then hand it to the system's viewer."""
        attachment = self._selected()
        if attachment is None or self._refused(attachment, self.tr("This file was not opened.")):
            return
        target = self._copies.new_path(attachment.filename)

        def work(store, actor, _progress) -> Path:  # a plaintext copy on disk: in the chain of custody
            return attachments.export_attachment(store, attachment.id, target, actor=actor, purpose="view")

        def done(path: Path) -> None:
            if not self.opener(QUrl.fromLocalFile(str(path))):
                messages.error(
                    self, self.tr("No program on this computer opens this kind of file. Save a copy instead.")
                )

        label_text = self.tr("Decrypting and checking the file…")
        view = self._context.op(self, work, whole_store=True, progress=label_text).success(done)
        view.failure(lambda error: self._open_failed(attachment, error)).run()

    def export_selected(self, target: str | Path | None = None) -> None:
        """Save a decrypted copy, checked against its SHA-256 first, and note it in the history."""
        attachment = self._selected()
        if attachment is None or self._refused(attachment, self.tr("No copy was saved.")):
            return
        if target is None:
            name = Path(attachment.filename).name  # only ever a name: never a way into another folder
            target = file_dialogs.save_file(self, self.tr("Save a copy of the file"), name)
        if not target:
            return
        target = Path(target)

        def work(store, actor, _progress) -> Path:  # the export goes into the audit log
            return attachments.export_attachment(store, attachment.id, target, actor=actor, overwrite=True)

        def done(path: Path) -> None:
            self.result.setText(
                self.tr(
                    "Saved a checked copy to {0}. The copy is not encrypted: keep it safe and delete it "
                    "when it is no longer needed."
                ).format(path)
            )

        label_text = self.tr("Checking the file and saving a copy…")
        save = self._context.op(self, work, whole_store=True, writes=Change.CASES, progress=label_text)
        save.success(done).failure(lambda error: self._open_failed(attachment, error)).run()

    # --- moving to the trash --------------------------------------------------------------------------

    def trash_selected(self) -> None:
        """Move the selected file to the trash (a file attached to the wrong case, say)."""
        attachment = self._selected()
        if attachment is None:
            return
        question = self.tr("Move {0} to the trash? It can be restored from Case → Trash.")
        if not messages.confirm(self, question.format(attachment.filename)):
            return
        moved = self.tr("Moved {0} to the trash. It can be restored from Case → Trash.")

        def done(_result) -> None:
            self._files = [a for a in self._files if a.id != attachment.id]
            self._fill_table()
            self.result.setText(moved.format(attachment.filename))

        move = self._context.op(
            self,
            lambda s, actor: trash.move_to_trash(s, actor, "attachment", attachment.id),
            writes=Change.CASES,
        )
        move.success(done).run()

    def _open_failed(self, attachment: Attachment, error: Exception) -> None:
        if not isinstance(error, AttachmentProblem):
            messages.error(self, failures.describe(error))
            return
        self._checked.pop(attachment.id, None)  # found failing only now: checked again, then shown in red
        self._check([attachment.id])
        messages.error(
            self,
            self.tr(
                "This file failed its check: it is missing, changed or damaged since it was added, so "
                "nothing was opened or saved."
            )
            + " "
            + self._advice(),
        )
