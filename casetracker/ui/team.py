"""Team mode in the main window: the Team menu (join, members, Sync now), sync in the background every
two minutes and after each unlock, and the team's line in the status bar.

Everything that talks to the team server (joining, listing the members, syncing, sharing) runs on a
worker of its own, never on the GUI thread and never on the database worker that the window's
views wait on: a slow network makes no view wait. The sync opens its own short store transactions.

A store in no team costs nothing here: the team's modules, and the PostgreSQL driver they load, are
imported only once the store is known to be in a team, and no socket is ever opened.
Nothing of the member's keys is kept by the window: each round of sync reads them from the store
and forgets them when it ends, and locking stops the timer and waits for a round under way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.errors import CaseTrackerError
from casetracker.ui import failures, file_dialogs, messages
from casetracker.ui.dialog_size import fit_to_screen
from casetracker.ui.icons import icon
from casetracker.ui.labels import role_label
from casetracker.ui.operations import Change

SYNC_EVERY_MS = 2 * 60_000
FIRST_SYNC_MS = 1500  # after the window opens (each unlock): its first clicks come first
SYNC_AFTER_CHANGE_MS = 15_000
STOP_WAIT_MS = 30_000  # how long locking waits for a round of sync under way
PULLED = Change.CASES | Change.PEOPLE | Change.DEADLINES
_OFFLINE = frozenset({"team.unreachable", "team.connection_lost"})


@dataclass(frozen=True)
class TeamState:
    """Who this laptop is in its team, without any of its keys; empty when the store is in no team."""

    name: str = ""
    role: str = ""
    member_id: uuid.UUID | None = None

    @property
    def in_team(self) -> bool:
        return bool(self.role)

    @property
    def read_only(self) -> bool:
        return self.role == "lawyer"

    @property
    def supervisor(self) -> bool:
        return self.role == "supervisor"


def read_state(session, store_root: Path) -> TeamState:
    """On the database worker: the team state, loading the team's modules only for a store in a team."""
    from casetracker.team import identity

    if not identity.in_team(session):
        return TeamState()
    me = identity.load(session, store_root)
    return TeamState(me.name, me.role, me.member_id) if me is not None else TeamState()


def conflicted_cases(session) -> set[uuid.UUID]:
    """The cases with a field to settle, theirs or their person's."""
    from sqlmodel import col, or_, select

    from casetracker.store.models import Case, SyncRecord

    scopes = set(session.exec(select(SyncRecord.scope_id).where(col(SyncRecord.in_conflict))).all())
    if not scopes:
        return set()
    found = select(Case.id).where(or_(col(Case.id).in_(scopes), col(Case.person_id).in_(scopes)))
    return set(session.exec(found).all())


@dataclass(frozen=True)
class SyncOutcome:
    pulled: int = 0
    conflicts: int = 0
    waiting: int = 0  # changes made here that the server has not got yet
    error: CaseTrackerError | None = None


def sync_round(store) -> SyncOutcome:
    """On the team's worker: one round of sync; a known failure (offline, refused) is an outcome, said
    in the status bar, with what waits to be sent."""
    from casetracker.team import sync

    try:
        result = sync.sync(store)
    except CaseTrackerError as error:
        return SyncOutcome(waiting=_waiting(store), conflicts=_conflicts(store), error=error)
    return SyncOutcome(pulled=result.pulled, conflicts=result.conflicts)


def _waiting(store) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from casetracker.store.models import SyncOutbox
    from casetracker.team.oplog import capture

    with store.transaction() as session:  # what was changed since the last round counts too
        capture(session)
        return session.exec(select(func.count()).select_from(SyncOutbox)).one()


def _conflicts(store) -> int:
    from sqlalchemy import func
    from sqlmodel import col, select

    from casetracker.store.models import SyncRecord

    with store.reading() as session:
        return session.exec(select(func.count()).where(col(SyncRecord.in_conflict))).one()


class TeamWorker:
    """Runs network work off the GUI thread, one job at a time, apart from the database worker."""

    def __init__(self, executor) -> None:
        self._executor = executor
        self.stopped = False

    def run(self, owner: QObject, work: Callable[[], Any], done, failed=None) -> None:
        """`work()` on the worker; then, if `owner` is still there and the app has not locked,
        `done(result)`, or `failed(error)` for a known condition (a message box when not given)."""

        def finished(result) -> None:
            if not self.stopped and shiboken6.isValid(owner):
                done(result)

        def refused(error: Exception) -> None:
            if self.stopped or not shiboken6.isValid(owner):
                return
            if failed is not None and failures.is_known(error):
                failed(error)
            else:
                failures.show(owner if isinstance(owner, QWidget) else None, error)

        if not self.stopped:
            self._executor.run(work, finished, refused)

    def stop(self) -> None:
        """No result is delivered from now on; a job under way is waited for (a while)."""
        self.stopped = True
        self._executor.wait(STOP_WAIT_MS)


def install_team_menu(window) -> TeamControl:
    """Add the Team menu and the team's status line to the main window; kept on it as `team`."""
    window.team = TeamControl(window)
    return window.team


class TeamControl(QObject):
    state_changed = Signal(object)  # a TeamState
    conflicts_changed = Signal(object)  # the set of conflicted case ids

    def __init__(self, window) -> None:
        super().__init__(window)
        self.context = window.context
        self.state = TeamState()
        self.conflicted: set[uuid.UUID] = set()
        self.worker = TeamWorker(type(self.context.executor)())  # a thread of its own in the app
        self.syncing = False
        self.sync_again = False  # asked for while a round was under way: one more follows it
        self.last_dialog: QDialog | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Team"))
        self.join_action = self._action(self.tr("&Join a team…"), self.join, "team_join")
        self.members_action = self._action(self.tr("&Members…"), self.show_members, "team_members")
        self.menu.addSeparator()
        self.sync_action = self._action(self.tr("&Sync now"), self.sync_now, "team_sync")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.menu.setToolTipsVisible(True)
        self.status = QLabel()
        self.status.setVisible(False)
        window.statusBar().addPermanentWidget(self.status)
        self.timer = QTimer(self, interval=SYNC_EVERY_MS)
        self.timer.timeout.connect(self.sync_now)
        self.first_sync = QTimer(self, singleShot=True, interval=FIRST_SYNC_MS)
        self.first_sync.timeout.connect(self.sync_now)
        # A change made here goes out soon after, not at the next round: a teammate sees it sooner, and
        # fewer edits meet as conflicts. Several changes in a row go out together.
        self.after_change = QTimer(self, singleShot=True, interval=SYNC_AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.sync_now)
        self.announcing = False  # the views are being told what a sync brought: not a change made here
        self._show_state()
        self.context.changed.connect(self._on_changed)
        self.reload_state(start=True)

    @property
    def window(self):
        return self.parent()

    def _action(self, text: str, slot, name: str) -> QAction:
        action = QAction(icon(name), text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.window.addAction(action)
        return action

    # --- the team state --------------------------------------------------------------------------

    def reload_state(self, *, start: bool = False) -> None:
        root = self.context.store.paths.root
        read = self.context.op(self, lambda session: read_state(session, root))
        read.success(lambda state: self._set_state(state, start)).run()

    def _set_state(self, state: TeamState, start: bool) -> None:
        self.state = state
        self._show_state()
        self.state_changed.emit(state)
        if state.in_team:
            self._load_conflicts()
            self.timer.start()
            if start:
                self.first_sync.start()

    def _show_state(self) -> None:
        joined = self.state.in_team
        self.join_action.setEnabled(not joined)
        self.members_action.setEnabled(joined)
        self.sync_action.setEnabled(joined)
        first = self.tr("This store is in no team: join one first with Team → Join a team…")
        for action, tip in (
            (
                self.members_action,
                self.tr("Who is in the team, their roles and whether their laptop is set up"),
            ),
            (self.sync_action, self.tr("Send the changes made here and fetch the team's, now")),
        ):
            action.setToolTip(tip if joined else first)
            action.setStatusTip(action.toolTip())
        self.join_action.setToolTip(
            self.tr("This store is in a team already: a store can be in one team only")
            if joined
            else self.tr("Join your organisation's team with the invitation file you were given")
        )
        self.join_action.setStatusTip(self.join_action.toolTip())
        self.status.setVisible(joined)
        if joined and not self.status.text():
            self.status.setText(self.tr("Team: not synced yet"))
        self.window.case_list.show_caseworker_column(self.state.supervisor)
        if joined:
            self.window.case_list.make_room_for_marks()

    def _on_changed(self, what: Change) -> None:
        if not self.state.in_team:
            return
        if what & (Change.CASES | Change.PEOPLE):
            self._load_conflicts()
        if not self.announcing and not self.state.read_only:
            self.status.setText(self.tr("Team: changes to send"))
            self.status.setToolTip(self.tr("They go out with the next sync, in a few seconds if online."))
            self.after_change.start()

    def _announce_pulled(self) -> None:
        self.announcing = True
        try:
            self.context.changes_made(PULLED)  # the open views show what arrived
        finally:
            self.announcing = False

    def _load_conflicts(self) -> None:
        read = self.context.op(self, conflicted_cases, supersede=(self, "conflicts"))
        read.success(self._set_conflicts).failure(lambda _error: None).run()

    def _set_conflicts(self, ids: set[uuid.UUID]) -> None:
        self.conflicted = ids
        self.window.case_list.model.set_conflicted(ids)
        self.conflicts_changed.emit(ids)

    # --- sync ------------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.syncing:  # what asked for it (a revocation) may need what the running round missed
            self.sync_again = True
            return
        if not self.state.in_team or self.worker.stopped:
            return
        self.syncing = True
        self.sync_action.setEnabled(False)
        self.status.setText(self.tr("Team: syncing…"))
        self.status.setToolTip("")
        store = self.context.store
        self.worker.run(self, lambda: sync_round(store), self._synced, self._sync_failed)

    def _round_ended(self) -> None:
        self.syncing = False
        self.sync_action.setEnabled(True)
        if self.sync_again:
            self.sync_again = False
            QTimer.singleShot(0, self.sync_now)

    def _synced(self, outcome: SyncOutcome) -> None:
        self._round_ended()
        now = datetime.now().strftime("%H:%M")
        if outcome.error is not None:
            offline = outcome.error.key in _OFFLINE
            if outcome.waiting:
                text = (
                    self.tr("Team: offline — %n change(s) waiting", "", outcome.waiting)
                    if offline
                    else self.tr("Team: not synced — %n change(s) waiting", "", outcome.waiting)
                )
            else:
                text = self.tr("Team: offline") if offline else self.tr("Team: not synced")
            self.status.setText(text)
            self.status.setToolTip(failures.describe(outcome.error))
        else:
            if outcome.conflicts:
                self.status.setText(self.tr("Team: %n conflict(s)", "", outcome.conflicts))
            else:
                self.status.setText(self.tr("Team: synced {0}").format(now))
            self.status.setToolTip(
                self.tr("Last synced at {0}. Team → Sync now (Ctrl+Shift+S) syncs at once.").format(now)
            )
            if outcome.pulled:
                self._announce_pulled()
            else:
                self._load_conflicts()

    def _sync_failed(self, error: Exception) -> None:
        self._round_ended()
        self.status.setText(self.tr("Team: not synced"))
        self.status.setToolTip(failures.describe(error))

    def stop(self) -> None:
        """Before the app locks or the store closes: no more rounds, and the one under way ends first."""
        self.timer.stop()
        self.first_sync.stop()
        self.after_change.stop()
        self.worker.stop()

    # --- joining ---------------------------------------------------------------------------------

    def join(self) -> None:
        if self.state.in_team:
            return
        path = file_dialogs.open_file(
            self.window,
            self.tr("Choose the team invitation"),
            self.tr("Team invitations (*.json *.invitation);;All files (*)"),
        )
        if path is None:
            return
        store = self.context.store

        def work() -> tuple[str, str, int]:
            from casetracker.team import membership

            invitation = membership.read_invitation(path)
            return invitation.name, invitation.role, membership.join(store, invitation)

        self.worker.run(self.window, work, lambda joined: self._joined(path, *joined), self._join_refused)

    def _joined(self, path: Path, name: str, role: str, queued: int) -> None:
        done = self.tr("You joined the team as {0} ({1}).").format(name, role_label(role))
        if queued:
            done += " " + self.tr("%n record(s) of this store will be shared at the first sync.", "", queued)
        question = self.tr(
            "The invitation file holds your password for the team server. Delete it now? (Recommended.)"
        )
        if messages.confirm(self.window, f"{done}\n\n{question}"):
            try:
                path.unlink()
            except OSError as error:
                messages.error(self.window, failures.describe(error))
        else:
            self.window.hint(self.tr("Keep the invitation file safe, or delete it: it holds your password."))
        self._announce_pulled()
        self.reload_state(start=True)

    def _join_refused(self, error: Exception) -> None:
        messages.error(self.window, failures.describe(error))

    # --- members ---------------------------------------------------------------------------------

    def show_members(self) -> None:
        if not self.state.in_team:
            return
        dialog = MembersDialog(self.window, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.reload()
        dialog.open()

    def ask_server(self, owner: QObject, call: str, *args, done, failed) -> None:
        """`membership.<call>(store, *args)` on the team's worker, never on the GUI thread: what the
        dialogs ask of the team server. The module (and the PostgreSQL driver) loads only then."""
        store = self.context.store

        def work():
            from casetracker.team import membership

            return getattr(membership, call)(store, *args)

        self.worker.run(owner, work, done, failed)

    def list_members(self, owner: QObject, done, failed) -> None:
        """The team's members (for the members and share dialogs)."""
        self.ask_server(owner, "members", done=done, failed=failed)

    def case_sharing(self, owner: QObject, number: str, done, failed) -> None:
        """Who reads case `number` besides its owner (for the share dialog)."""
        self.ask_server(owner, "sharing", number, done=done, failed=failed)


class MembersDialog(QDialog):
    """The team's members, read from the server: name, role, laptop set up, access. A supervisor's has
    the admin's tasks too: invite a member, a new laptop for one, revoke one's access."""

    def __init__(self, parent: QWidget | None = None, control: TeamControl | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.members: list = []
        self.admin = control is not None and control.state.supervisor
        self.setWindowTitle(self.tr("Team members"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Laptop"), self.tr("Access")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self.tr("Reading the team's members from the server…"))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.invite_button = QPushButton(icon("team_invite"), self.tr("&Invite…"))
        self.invite_button.setToolTip(self.tr("Write an invitation file for a new member of the team"))
        self.reissue_button = QPushButton(icon("team_reissue"), self.tr("&New laptop…"))
        self.revoke_button = QPushButton(icon("team_revoke"), self.tr("&Revoke access…"))
        tasks = QHBoxLayout()
        for button, slot in (
            (self.invite_button, self.invite),
            (self.reissue_button, self.reissue),
            (self.revoke_button, self.revoke),
        ):
            button.clicked.connect(slot)
            button.setVisible(self.admin)
            tasks.addWidget(button)
        tasks.addStretch()
        self.table.itemSelectionChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(tasks)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._selected()
        fit_to_screen(self, 640, 420)

    def reload(self) -> None:
        if self.control is not None:
            self.control.list_members(self, self.show_members, self.show_error)

    def show_members(self, members: list) -> None:
        self.members = list(members)
        self.table.setRowCount(len(members))
        me = self.control.state.member_id if self.control is not None else None
        for row, member in enumerate(members):
            cells = (
                self.tr("{0} (you)").format(member.name) if member.id == me else member.name,
                role_label(member.role),
                self.tr("set up") if member.joined else self.tr("not set up yet"),
                self.tr("disabled") if member.disabled else self.tr("active"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for column in (1, 2, 3):
            self.table.resizeColumnToContents(column)
        self.table.setCurrentCell(-1, -1)  # no row stands out until one is chosen
        self.table.clearSelection()
        self.note.setText(
            self.tr(
                "Supervisors see every case; caseworkers see their own cases and those shared with them; "
                "lawyers see the cases shared with them."
            )
        )

    def show_error(self, error: Exception) -> None:
        self.note.setText(failures.describe(error))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows and rows[0].row() < len(self.members) else None

    def _selected(self) -> None:
        member = self.selected()
        me = self.control.state.member_id if self.control is not None else None
        reissue = revoke = member is not None and member.id != me
        revoke = revoke and not member.disabled
        self.reissue_button.setEnabled(reissue)
        self.revoke_button.setEnabled(revoke)
        if member is None:
            why = self.tr("Choose a member in the list first")
            self.reissue_button.setToolTip(why)
            self.revoke_button.setToolTip(why)
            return
        if member.id == me:
            why = self.tr("This is you: another supervisor does this for your laptop")
            self.reissue_button.setToolTip(why)
            self.revoke_button.setToolTip(why)
            return
        self.reissue_button.setToolTip(
            self.tr("A new invitation for {0}'s new laptop; their old login stops connecting").format(
                member.name
            )
        )
        self.revoke_button.setToolTip(
            self.tr("{0}'s access is revoked already").format(member.name)
            if member.disabled
            else self.tr("Lock {0} out at once, for a lost or seized laptop").format(member.name)
        )

    # --- the admin's tasks ------------------------------------------------------------------------

    def invite(self) -> None:
        self._task("invite", None)

    def reissue(self) -> None:
        if self.selected() is not None:
            self._task("reissue", self.selected())

    def revoke(self) -> None:
        if self.selected() is not None:
            self._task("revoke", self.selected())

    def _task(self, task: str, member) -> None:
        from casetracker.ui.team_admin import AdminDialog

        dialog = AdminDialog(self.control, task, member, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_task.connect(self._invited if task != "revoke" else self._revoked)
        self.last_dialog = dialog
        dialog.open()

    def _invited(self, written) -> None:
        self.reload()
        messages.inform(
            self,
            self.tr(
                "The invitation of {0} ({1}) is in {2}.\n\nIt holds their password: hand it over in "
                "person (a USB stick), never by e-mail. They join with Team → Join a team…, which uses "
                "it up; then delete any copy of the file."
            ).format(written.name, role_label(written.role), written.path),
        )

    def _revoked(self, member) -> None:
        self.reload()
        self.control.sync_now()  # the keys of their cases are replaced at once
        messages.inform(
            self,
            self.tr(
                "{0} can no longer connect; their open connections were ended. Their cases get new keys "
                "with the sync that has just started, so what is written afterwards stays unreadable to "
                "their laptop."
            ).format(member.name),
        )
