"""A supervisor's tasks on the team server, from the Members dialog: invite a member, give a member's
access to a new laptop (re-issue), revoke a member whose laptop was lost or seized.

Each task asks for the admin login's address every time, in a masked field, and keeps it nowhere: not
in the settings, not in the store, not in a log. An invitation is written to a new file readable by its
owner only, after the server has made the login, so a refusal leaves no file behind. The server is
talked to on the team's worker, never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.ui import colours, failures, file_dialogs
from casetracker.ui.dialog_size import fit_to_screen
from casetracker.ui.labels import role_label

INVITE, REISSUE, REVOKE = "invite", "reissue", "revoke"
ADDRESS_EXAMPLE = "postgresql://ADMIN:PASSWORD@HOST:5432/team?sslmode=verify-full&sslrootcert=ca.pem"


class AdminDialog(QDialog):
    """One task: `INVITE` a new member, `REISSUE` the access of `member` for a new laptop, or `REVOKE`
    it. `finished_task` carries what the server answered (an invitation's name and role and the file
    written, or the member revoked) once it is done; the dialog then closes."""

    finished_task = Signal(object)

    def __init__(self, control, task: str, member=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.control, self.task, self.member = control, task, member
        self.target: Path | None = None
        self.setWindowTitle(
            {
                INVITE: self.tr("Invite a member"),
                REISSUE: self.tr("New laptop for a member"),
                REVOKE: self.tr("Revoke a member's access"),
            }[task]
        )
        self.intro = QLabel(self._intro())
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.name = QLineEdit()
        self.role = QComboBox()
        if task == INVITE:
            self.name.setMaxLength(120)
            form.addRow(self.tr("&Name:"), self.name)
            for role in ("caseworker", "supervisor", "lawyer"):
                self.role.addItem(role_label(role), role)
            form.addRow(self.tr("&Role:"), self.role)
        self.address = QLineEdit()
        self.address.setEchoMode(QLineEdit.EchoMode.Password)
        self.address.setPlaceholderText(ADDRESS_EXAMPLE)
        self.address.setToolTip(
            self.tr(
                "The admin login's address, from the organisation's technician. It is used for this task "
                "only and kept nowhere."
            )
        )
        form.addRow(self.tr("&Admin address:"), self.address)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("not chosen yet"))
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self.choose_file)
        if task != REVOKE:
            where = QHBoxLayout()
            where.addWidget(self.file, 1)
            where.addWidget(self.choose)
            form.addRow(self.tr("Save the invitation to:"), where)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet(colours.style("alarm", self.palette()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(
            {
                INVITE: self.tr("Invite"),
                REISSUE: self.tr("Write the new invitation"),
                REVOKE: self.tr("Revoke"),
            }[task],
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.go.setDefault(task != REVOKE)  # Enter never revokes by mistake
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch()
        layout.addWidget(self.buttons)
        fit_to_screen(self, 600, 0)

    def _intro(self) -> str:
        if self.task == INVITE:
            return self.tr(
                "The invitation file lets the new member's laptop join the team (Team → Join a team…). It "
                "holds their password: hand it over in person, never by e-mail."
            )
        name = self.member.name
        if self.task == REISSUE:
            return self.tr(
                "{0} gets a new login in a new invitation file, for their new laptop. Their old login stops "
                "connecting at once; after a supervisor's next sync the new laptop gets their cases back. "
                "If the old laptop is still at hand, sync it first: what it has not sent by then stays on it."
            ).format(name)
        return self.tr(
            "{0} can no longer connect; their cases get new keys at your next sync, so what is written "
            "afterwards stays unreadable to their laptop. What their laptop received before stays there."
        ).format(name)

    def choose_file(self) -> None:
        # The file goes out on a USB stick: its name says no one's name (the team's logins do not either).
        role = self.member.role if self.member is not None else self.role.currentData()
        suggested = self.tr("team invitation ({0}).json").format(role_label(role))
        chosen = file_dialogs.save_file(
            self, self.tr("Save the invitation"), suggested, self.tr("Team invitations (*.json)")
        )
        if chosen is not None:
            self.target = chosen
            self.file.setText(str(chosen))
            self.problem.clear()

    def start(self) -> None:
        missing = self._missing()
        if missing:
            self.problem.setText(missing)
            return
        self._busy(True)
        self.problem.setText(self.tr("Asking the team server…"))
        self.control.worker.run(self, self._work(), self._done, self._refused)

    def _missing(self) -> str:
        if self.task == INVITE and not self.name.text().strip():
            self.name.setFocus()
            return self.tr("Write the new member's name, as the team will see it.")
        if not self.address.text().strip():
            self.address.setFocus()
            return self.tr("Paste the admin address the organisation's technician gave you.")
        if self.task != REVOKE and self.target is None:
            self.choose.setFocus()
            return self.tr("Choose where to save the invitation.")
        return ""

    def _work(self):
        """What runs on the team's worker: only plain values are taken along, no widget."""
        dsn, task, target = self.address.text().strip(), self.task, self.target
        name = self.name.text().strip() if task == INVITE else str(self.member.id)
        role = self.role.currentData()

        def work():
            from casetracker.team import revocation

            if task == REVOKE:
                return revocation.revoke(dsn, name)
            if task == INVITE:
                invitation = revocation.write_invitation(dsn, target, name, role)
            else:  # the member's own role stays
                invitation = revocation.write_invitation(dsn, target, name, new_laptop=True)
            return Written(invitation.name, invitation.role, target)

        return work

    def _done(self, result) -> None:
        self.address.clear()
        self.accept()
        self.finished_task.emit(result)

    def _refused(self, error: Exception) -> None:
        self._busy(False)
        self.problem.setText(failures.describe(error))

    def _busy(self, busy: bool) -> None:
        for widget in (self.go, self.name, self.role, self.address, self.choose):
            widget.setEnabled(not busy)


@dataclass(frozen=True)
class Written:
    """An invitation written: whose, their role, and where."""

    name: str
    role: str
    path: Path
