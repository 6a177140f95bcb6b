"""Team mode on the case window: sharing the case with a member, and the Conflicts tab, where a value
two laptops wrote at once is settled by choosing the one to keep (an audited change).

Nothing here shows in a store that is in no team."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casetracker.ui import colours, failures, messages
from casetracker.ui.dialog_size import fit_to_screen
from casetracker.ui.icons import icon
from casetracker.ui.labels import day, entity_label, field_label, label, role_label
from casetracker.ui.operations import Change

# Fields whose stored value is a word of the vocabulary or a date: shown in the caseworker's words.
_WORDS = frozenset({"kind", "status", "priority", "alert", "date_precision", "source", "procedure", "marker"})
_DATES = frozenset({"date", "due", "opened_on", "closed_on", "birth_date", "annulled_on", "expires_on"})


def attach_team(editor, control) -> CaseTeam:
    """Give a case editor its Share… button and its Conflicts tab; kept on it as `team`."""
    editor.team = CaseTeam(editor, control)
    return editor.team


class CaseTeam(QObject):
    """What team mode adds to one case editor (the widgets live in the editor's own layout)."""

    def __init__(self, editor, control) -> None:
        super().__init__(editor)
        self.editor, self.control = editor, control
        self.context = control.context
        editor.share_button = QPushButton(icon("share"), self.tr("Share…"))
        editor.share_button.setToolTip(self.tr("Let another member of the team read and work on this case"))
        editor.share_button.clicked.connect(self.share)
        editor.conflicts_button = QPushButton(icon("conflict", "warning"), "")
        editor.conflicts_button.setFlat(True)
        editor.conflicts_button.setToolTip(
            self.tr(
                "Two laptops changed this case at once: what is shown is one of their values. "
                "Choose the value to keep in the Conflicts tab."
            )
        )
        editor.conflicts_button.clicked.connect(self._show_tab)
        row = editor.top_row
        row.insertWidget(row.indexOf(editor.summary_button), editor.conflicts_button)
        row.insertWidget(row.indexOf(editor.summary_button), editor.share_button)
        self.panel = ConflictsPanel(self.context, editor.number)
        self.panel.counted.connect(self._counted)
        editor.conflicts = self.panel
        self.last_dialog: ShareDialog | None = None
        control.state_changed.connect(self._state)
        control.conflicts_changed.connect(lambda _ids: self.panel.reload())
        self._state(control.state)

    def _state(self, state) -> None:
        share = self.editor.share_button
        share.setVisible(state.in_team)
        if state.read_only:  # a lawyer shares nothing, but may see who else reads the case
            share.setText(self.tr("Who reads it…"))
            share.setToolTip(
                self.tr("Who reads this case: the member who made it and those it is shared with")
            )
        else:
            share.setText(self.tr("Share…"))
            share.setToolTip(self.tr("Let another member of the team read and work on this case"))
        if state.in_team:
            self.panel.reload()
        else:
            self._counted(0)

    def _counted(self, count: int) -> None:
        tabs = self.editor.tabs
        index = tabs.indexOf(self.panel)
        self.editor.conflicts_button.setVisible(bool(count))
        if not count:
            if index >= 0:
                tabs.removeTab(index)
            return
        title = self.tr("Conflicts (%n)", "", count)
        self.editor.conflicts_button.setText(self.tr("%n conflict(s) to settle", "", count))
        if index < 0:
            tabs.addTab(self.panel, icon("conflict", "warning"), title)
        else:
            tabs.setTabText(index, title)

    def _show_tab(self) -> None:
        self.editor.tabs.setCurrentWidget(self.panel)

    def share(self) -> None:
        if not self.control.state.in_team:
            return
        dialog = ShareDialog(self.control, self.editor.number, self.editor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()


class ShareDialog(QDialog):
    """Who reads the case now (its owner and the members it is shared with), sharing it with one more
    member, and, for its owner or a supervisor, no longer sharing it with one: all off the GUI thread.
    A lawyer's shows who reads the case, nothing more."""

    def __init__(self, control, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control, self.number = control, number
        self.read_only = control.state.read_only
        self.stop_buttons: dict[str, QPushButton] = {}
        self.members: list | None = None  # the team's members, once read from the server
        self.sharing = None  # who reads the case now, once read from the server
        self.setWindowTitle(
            self.tr("Who reads case {0}").format(number)
            if self.read_only
            else self.tr("Share case {0}").format(number)
        )
        self.member = QComboBox()
        self.member.setMinimumContentsLength(24)
        self.member.setEnabled(False)
        explanation = QLabel(
            self.tr(
                "The member you choose can read this case and its person from their next sync on; a "
                "caseworker can work on it too, a lawyer only reads it. Supervisors see every case already."
            )
        )
        explanation.setWordWrap(True)
        self.readers = QGroupBox(self.tr("Who reads this case now"))
        self.readers_grid = QGridLayout(self.readers)
        self.readers_grid.setColumnStretch(0, 1)
        self._say_readers(self.tr("Asking the team server…"))
        self.outcome = QLabel(
            "" if self.read_only else self.tr("Reading the team's members from the server…")
        )
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.share_button = self.buttons.addButton(self.tr("Share"), QDialogButtonBox.ButtonRole.ActionRole)
        self.share_button.setEnabled(False)
        self.share_button.clicked.connect(self.share)
        self.buttons.rejected.connect(self.reject)
        share_row = QWidget()
        form = QFormLayout(share_row)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Share with:"), self.member)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.readers)
        layout.addWidget(share_row)
        layout.addWidget(self.outcome)
        layout.addStretch()
        layout.addWidget(self.buttons)
        for shown in (explanation, share_row, self.share_button):
            shown.setVisible(not self.read_only)  # a lawyer shares nothing
        fit_to_screen(self, 560, 0)
        if not self.read_only:
            control.list_members(self, self._show_members, self._say)
        self.reload_readers()

    # --- who reads the case ----------------------------------------------------------------------

    def reload_readers(self) -> None:
        self.control.case_sharing(self, self.number, self._show_readers, self._readers_refused)

    def _fresh_readers(self) -> QGridLayout:
        """The list of readers, emptied."""
        grid = self.readers_grid
        while (item := grid.takeAt(0)) is not None:
            if item.widget() is not None:
                gone = item.widget()
                gone.setParent(None)
                gone.deleteLater()
        self.stop_buttons = {}
        return grid

    def _grow(self) -> None:
        """Taller when what it says grew (wrapped lines hold no minimum height of their own)."""
        if self.layout() is None:  # still being built
            return
        self.layout().activate()
        needed = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if needed > self.height():
            room = self.screen().availableGeometry().height()
            self.resize(self.width(), min(needed, int(room * 0.92)))

    def _say_readers(self, text: str) -> None:
        said = QLabel(text)
        said.setWordWrap(True)
        self._fresh_readers().addWidget(said, 0, 0)
        self._grow()

    def _readers_refused(self, error: Exception) -> None:
        self._say_readers(failures.describe(error))
        if self.outcome.text() == failures.describe(error):
            self.outcome.clear()  # said once is enough (offline, both questions fail alike)

    def _show_readers(self, sharing) -> None:
        self.sharing = sharing
        self._offer_members()
        grid = self._fresh_readers()
        state = self.control.state
        owner = sharing.owner
        may_stop = state.supervisor or (owner is not None and owner.id == state.member_id)
        if owner is not None:
            grid.addWidget(
                QLabel(self.tr("{0} ({1}), who made it").format(owner.name, role_label(owner.role))), 0, 0
            )
        for row, member in enumerate(sharing.shared_with, start=1):
            grid.addWidget(QLabel(f"{member.name} ({role_label(member.role)})"), row, 0)
            if self.read_only:
                continue
            stop = QPushButton(icon("unshare"), self.tr("Stop sharing"))
            stop.setEnabled(may_stop)
            stop.setToolTip(
                self.tr("{0} no longer receives this case: it is sealed with a new key from now on").format(
                    member.name
                )
                if may_stop
                else self.tr("Only the member who made this case, or a supervisor, can stop sharing it")
            )
            stop.clicked.connect(lambda _checked=False, name=member.name: self.unshare(name))
            self.stop_buttons[member.name] = stop
            grid.addWidget(stop, row, 1)
        nobody = "" if sharing.shared_with else self.tr("It is shared with nobody else. ")
        after = QLabel(nobody + self.tr("Supervisors read every case."))
        after.setWordWrap(True)
        after.setStyleSheet(colours.style("muted", self.palette()))
        grid.addWidget(after, len(sharing.shared_with) + 1, 0, 1, 2)
        self._grow()

    def unshare(self, name: str) -> None:
        question = self.tr(
            "Stop sharing case {0} with {1}? They will no longer receive it; what their laptop received "
            "before stays there."
        ).format(self.number, name)
        if not messages.confirm(self, question):
            return
        for button in self.stop_buttons.values():
            button.setEnabled(False)
        self.outcome.setText(self.tr("Stopping sharing with {0}…").format(name))
        self.control.ask_server(
            self, "unshare_case", self.number, name, done=self._unshared, failed=self._unshare_refused
        )

    def _unshared(self, member) -> None:
        self.outcome.setText(
            self.tr(
                "{0} no longer receives this case: it is sealed with a new key from now on, one they never "
                "get. What their laptop received before stays there."
            ).format(member.name)
        )
        self.reload_readers()

    def _unshare_refused(self, error: Exception) -> None:
        self.outcome.setText(failures.describe(error))
        self.reload_readers()

    # --- sharing with one more member ------------------------------------------------------------

    def _show_members(self, members: list) -> None:
        self.members = members
        self._offer_members()
        if not self.member.count():
            self.outcome.setText(self.tr("There is nobody in the team to share it with yet."))
        elif self.outcome.text() == self.tr("Reading the team's members from the server…"):
            self.outcome.clear()

    def _offer_members(self) -> None:
        """The members the case can be shared with: not me, not a supervisor (who reads every case), not
        a member whose access was revoked, and nobody who reads the case already."""
        if self.members is None or self.read_only:
            return
        reading = {self.control.state.member_id}
        if self.sharing is not None:
            reading |= {member.id for member in self.sharing.shared_with}
            reading |= {self.sharing.owner.id} if self.sharing.owner is not None else set()
        chosen = [
            member
            for member in self.members
            if member.id not in reading and member.role != "supervisor" and not member.disabled
        ]
        self.member.clear()
        self.member.setPlaceholderText(self.tr("nobody else: everyone who may have it reads it already"))
        for member in chosen:
            self.member.addItem(f"{member.name} ({role_label(member.role)})", member.name)
        self.member.setCurrentIndex(0 if chosen else -1)  # with a placeholder, none would be chosen
        self.member.setEnabled(bool(chosen))
        self.share_button.setEnabled(bool(chosen))

    def share(self) -> None:
        name = self.member.currentData()
        if not name:
            return
        self.share_button.setEnabled(False)
        self.outcome.setText(self.tr("Sharing…"))
        self.control.ask_server(self, "share_case", self.number, name, done=self._shared, failed=self._say)

    def _shared(self, member) -> None:
        self.outcome.setText(
            self.tr("Shared with {0}: they will see the case after their next sync.").format(member.name)
        )
        self.reload_readers()

    def _say(self, error: Exception) -> None:
        self.share_button.setEnabled(self.member.count() > 0)
        said = failures.describe(error)
        shown = [self.readers_grid.itemAt(i).widget() for i in range(self.readers_grid.count())]
        already = any(isinstance(label, QLabel) and label.text() == said for label in shown)
        self.outcome.setText("" if already else said)  # said once is enough


class ConflictsPanel(QScrollArea):
    """Each field two laptops changed at once, with every value kept, who wrote it, which is shown now,
    and a "Keep this value" button for each."""

    counted = Signal(int)

    def __init__(self, context, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context, self.number = context, number
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.conflicts: list = []
        self.keep_buttons: list[QPushButton] = []
        self._show([])

    def reload(self) -> None:
        number = self.number

        def read(session):
            from casetracker.services.cases import find_case
            from casetracker.team.conflicts import list_conflicts

            return list_conflicts(session, find_case(session, number).id)

        read = self._context.op(self, read, supersede=self)
        read.success(self._show).failure(lambda _error: None).run()

    def _show(self, conflicts: list) -> None:
        self.conflicts = conflicts
        self.keep_buttons = []
        body = QWidget()
        layout = QVBoxLayout(body)
        if conflicts:
            intro = QLabel(
                self.tr(
                    "These values were changed on two laptops before either had seen the other's change. "
                    "Both are kept; the case shows the one marked “shown now” until you choose."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        for conflict in conflicts:
            layout.addWidget(self._group(conflict))
        layout.addStretch()
        self.setWidget(body)
        self.counted.emit(len(conflicts))

    def _group(self, conflict) -> QGroupBox:
        what = field_label(conflict.field)
        if conflict.entity != "case_file":
            what = f"{entity_label(conflict.entity)} · {what}"
        box = QGroupBox(what)
        rows = QVBoxLayout(box)
        for index, alternative in enumerate(conflict.alternatives):
            line = QHBoxLayout()
            value = QLabel(html.escape(_value(conflict.field, alternative.value)).replace("\n", "<br>"))
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            by = self.tr("by {0}, {1}").format(alternative.author, _when(alternative.stamp))
            if index == 0:
                by += " · " + self.tr("shown now")
                value.setStyleSheet("font-weight: bold;")
            author = QLabel(by)
            author.setStyleSheet(f"color: {colours.colour('info', self.palette())};")
            keep = QPushButton(self.tr("Keep this value"))
            keep.clicked.connect(
                lambda _checked=False, c=conflict, i=index: self.keep(c.record_id, c.field, i)
            )
            self.keep_buttons.append(keep)
            texts = QVBoxLayout()
            texts.addWidget(value)
            texts.addWidget(author)
            line.addLayout(texts, 1)
            line.addWidget(keep, 0, Qt.AlignmentFlag.AlignTop)
            rows.addLayout(line)
        return box

    def keep(self, record_id, field: str, choice: int) -> None:
        def settle(session, actor):
            from casetracker.team.conflicts import resolve

            resolve(session, actor, record_id, field, choice)

        done = self._context.op(self, settle, writes=Change.CASES | Change.PEOPLE | Change.DEADLINES)
        done.failure(lambda error: messages.error(self, failures.describe(error))).run()


def _value(field: str, value) -> str:
    if value in (None, ""):
        return "—"
    if field in _DATES:
        try:
            return day(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if field in _WORDS:
        return label(str(value))
    if isinstance(value, bool):
        yes, no = (
            QCoreApplication.translate("ConflictsPanel", "yes"),
            QCoreApplication.translate("ConflictsPanel", "no"),
        )
        return yes if value else no
    return str(value)


def _when(stamp: str) -> str:
    """When a value was written, by its author's clock, in the local time."""
    from casetracker.team.hlc import Stamp

    try:
        written = datetime.fromtimestamp(Stamp.parse(stamp).millis / 1000)
    except (ValueError, OSError, OverflowError):
        return "—"
    return f"{day(written.date())} {written.strftime('%H:%M')}"
