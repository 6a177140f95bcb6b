"""A supervisor's tasks in the Members dialog (invite, new laptop, revoke), against a real team server."""

import os
import stat
import uuid

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlmodel import select

from casetracker.errors import TeamServerError
from casetracker.store.database import create_store
from casetracker.store.models import Case
from casetracker.team import membership, sync
from casetracker.team.admin import invite
from casetracker.team.server_schema import server_init
from tests.gui.file_picker import answer_next_file_dialog
from tests.gui.team_window_helpers import join, named, open_window, other_laptop, unique
from tests.gui.typing import type_text
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import PASSPHRASE, a_case


@pytest.fixture(scope="module")
def server(pg_cluster):
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    return dsn


def _members_dialog(qtbot, store, settings):
    window = open_window(qtbot, store, settings)
    window.team.members_action.trigger()
    return window, window.team.last_dialog


def _rows(dialog) -> dict[str, list[str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): [table.item(row, column).text() for column in (1, 2, 3)]
        for row in range(table.rowCount())
    }


def _choose(qtbot, dialog, name: str) -> None:
    table = dialog.table
    [item] = table.findItems(name, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center())


def _task(qtbot, dialog, button, address: str, target=None):
    """Open the task of `button`, type the admin address, choose where the invitation goes, and go."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    task = dialog.last_dialog
    assert task.address.echoMode() == QLineEdit.EchoMode.Password  # never shown on the screen
    qtbot.keyClicks(task.address, address)
    if target is not None:
        answer_next_file_dialog(target)
        qtbot.mouseClick(task.choose, Qt.MouseButton.LeftButton)
        assert task.file.text() == str(target)
    qtbot.mouseClick(task.go, Qt.MouseButton.LeftButton)
    return task


def _nowhere_but_the_server(password: str, store, settings_file) -> None:
    """The admin password is kept in no setting and in no file of the store."""
    if settings_file.exists():
        assert password not in settings_file.read_text("utf-8", errors="replace")
    for path in store.paths.root.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path.name


def test_a_supervisor_invites_a_lawyer_whose_laptop_joins_with_the_file(
    qtbot, store, settings, server, tmp_path, said
):
    join(store, server, unique("Sue"), "supervisor")
    _window, dialog = _members_dialog(qtbot, store, settings)
    assert dialog.invite_button.isVisible() and dialog.invite_button.isEnabled()
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    task = dialog.last_dialog
    leo = unique("Лев")
    type_text(task.name, leo)
    task.role.setCurrentIndex(task.role.findData("lawyer"))
    assert task.role.currentText() == "lawyer"
    qtbot.keyClicks(task.address, server)
    target = tmp_path / "usb" / "leo.json"
    target.parent.mkdir()
    answer_next_file_dialog(target)
    qtbot.mouseClick(task.choose, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(task.go, Qt.MouseButton.LeftButton)
    assert said == [
        f"The invitation of {leo} (lawyer) is in {target}.\n\nIt holds their password: hand it over in "
        "person (a USB stick), never by e-mail. They join with Team → Join a team…, which uses it up; then "
        "delete any copy of the file."
    ]
    assert not task.isVisible()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 or os.name == "nt"
    invitation = membership.read_invitation(target)
    assert (invitation.name, invitation.role) == (leo, "lawyer")
    assert _rows(dialog)[leo] == ["lawyer", "not set up yet", "active"]  # the list was read again
    laptop = named(create_store(tmp_path / "leo", PASSPHRASE), leo)
    membership.join(laptop, invitation)
    assert [m.joined for m in membership.members(laptop) if m.name == leo] == [True]
    laptop.close()
    _nowhere_but_the_server(conninfo_to_dict(server)["password"], store, tmp_path / "settings.ini")


def test_an_invitation_never_replaces_a_file(qtbot, store, settings, server, tmp_path, said):
    join(store, server, unique("Sue"), "supervisor")
    _window, dialog = _members_dialog(qtbot, store, settings)
    there = tmp_path / "there.json"
    there.write_text("kept", "utf-8")
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    task = dialog.last_dialog
    name = unique("Boris")
    qtbot.keyClicks(task.name, name)
    qtbot.keyClicks(task.address, server)
    task.target = there  # chosen, then a file of that name appeared
    qtbot.mouseClick(task.go, Qt.MouseButton.LeftButton)
    assert task.problem.text() == f"{there} already exists; choose another name. Nothing was written."
    assert there.read_text("utf-8") == "kept" and said == []
    assert name not in _rows(dialog)  # no login was made either


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("not an address", "The server address cannot be used"),
        ("wrong password", "refused the admin login"),
    ],
)
def test_a_wrong_admin_address_is_worded_and_leaves_nothing_behind(
    qtbot, store, settings, server, tmp_path, said, address, words
):
    join(store, server, unique("Sue"), "supervisor")
    _window, dialog = _members_dialog(qtbot, store, settings)
    if address == "wrong password":
        password = conninfo_to_dict(server)["password"]
        address = server.replace(f":{password}@", ":not-the-password@")
    target = tmp_path / "boris.json"
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    task = dialog.last_dialog
    qtbot.keyClicks(task.name, unique("Boris"))
    answer_next_file_dialog(target)
    qtbot.mouseClick(task.choose, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(task.address, address)
    qtbot.mouseClick(task.go, Qt.MouseButton.LeftButton)
    assert words in task.problem.text() and "not-the-password" not in task.problem.text()
    assert task.isVisible() and task.go.isEnabled()  # corrected and tried again without typing it all
    assert not target.exists() and said == []


def test_an_invitation_asks_for_what_is_missing_before_asking_the_server(qtbot, store, settings, server):
    join(store, server, unique("Sue"), "supervisor")
    _window, dialog = _members_dialog(qtbot, store, settings)
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    task = dialog.last_dialog
    qtbot.mouseClick(task.go, Qt.MouseButton.LeftButton)
    assert task.problem.text() == "Write the new member's name, as the team will see it."
    type_text(task.name, "Борис")
    qtbot.mouseClick(task.go, Qt.MouseButton.LeftButton)
    assert task.problem.text() == "Paste the admin address the organisation's technician gave you."
    qtbot.keyClicks(task.address, server)
    qtbot.mouseClick(task.go, Qt.MouseButton.LeftButton)
    assert task.problem.text() == "Choose where to save the invitation."


def test_a_new_laptop_gets_an_invitation_that_joins_and_the_old_login_no_longer_connects(
    qtbot, store, settings, server, tmp_path, said
):
    join(store, server, unique("Sue"), "supervisor")
    boris = unique("Boris")
    old_laptop = other_laptop(tmp_path, server, boris)
    _window, dialog = _members_dialog(qtbot, store, settings)
    assert not dialog.reissue_button.isEnabled() and not dialog.revoke_button.isEnabled()  # none chosen
    _choose(qtbot, dialog, boris)
    assert dialog.reissue_button.isEnabled() and dialog.revoke_button.isEnabled()
    target = tmp_path / "boris-new.json"
    _task(qtbot, dialog, dialog.reissue_button, server, target)
    assert said and said[0].startswith(f"The invitation of {boris} (caseworker) is in {target}.")
    with pytest.raises(TeamServerError) as refused:
        membership.members(old_laptop)
    assert refused.value.key == "team.login_disabled"
    new_laptop = named(create_store(tmp_path / "new", PASSPHRASE), boris)
    membership.join(new_laptop, membership.read_invitation(target))
    assert boris in [member.name for member in membership.members(new_laptop)]
    old_laptop.close()
    new_laptop.close()


def test_revoking_a_member_disables_them_and_the_sync_gives_their_cases_new_keys(
    qtbot, store, settings, server, tmp_path, said
):
    join(store, server, unique("Sue"), "supervisor")
    boris = unique("Boris")
    laptop = other_laptop(tmp_path, server, boris)
    number = a_case(laptop)
    sync.sync(laptop)
    with laptop.session() as session:
        case_id = session.exec(select(Case.id).where(Case.number == number)).one()
    window, dialog = _members_dialog(qtbot, store, settings)
    window.team.sync_action.trigger()  # the supervisor holds the case's key
    _choose(qtbot, dialog, boris)
    task = _task(qtbot, dialog, dialog.revoke_button, server)
    assert f"{boris} can no longer connect" in task.intro.text()
    assert said and said[0].startswith(f"{boris} can no longer connect; their open connections were ended.")
    assert _rows(dialog)[boris][2] == "disabled"
    assert window.team.status.text().startswith("Team: synced ")
    with psycopg.connect(server) as connection:
        versions = connection.execute(
            "SELECT max(version) FROM ct.scope_key WHERE scope_id = %s", (case_id,)
        ).fetchone()
    assert versions == (2,)
    _choose(qtbot, dialog, boris)
    assert dialog.reissue_button.isEnabled() and not dialog.revoke_button.isEnabled()  # revoked already
    laptop.close()


def test_a_supervisor_cannot_revoke_their_own_access_from_their_laptop(qtbot, store, settings, server):
    sue = unique("Sue")
    join(store, server, sue, "supervisor")
    _window, dialog = _members_dialog(qtbot, store, settings)
    _choose(qtbot, dialog, f"{sue} (you)")
    assert not dialog.reissue_button.isEnabled() and not dialog.revoke_button.isEnabled()
    assert "This is you" in dialog.revoke_button.toolTip()


@pytest.mark.parametrize("role", ["caseworker", "lawyer"])
def test_caseworkers_and_lawyers_see_the_members_without_the_admins_buttons(
    qtbot, store, settings, server, role
):
    name = unique(f"Member {uuid.uuid4().hex[:4]}")
    join(store, server, name, role)
    invite(server, unique("Someone"), "caseworker")
    _window, dialog = _members_dialog(qtbot, store, settings)
    assert _rows(dialog)[f"{name} (you)"] == [role, "set up", "active"]
    for button in (dialog.invite_button, dialog.reissue_button, dialog.revoke_button):
        assert button.isHidden()
