"""Sharing a case and settling its conflicts from the case window, against a real team server."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel
from sqlmodel import select

from casetracker.services import cases, store_settings
from casetracker.store.models import Case
from casetracker.team import membership, sync
from casetracker.team.conflicts import list_conflicts
from casetracker.team.server_schema import server_init
from tests.gui.team_window_helpers import join, open_window, other_laptop, unique
from tests.team.pg_cluster import new_team_db
from tests.team.team_helpers import a_case


@pytest.fixture(scope="module")
def server(pg_cluster):
    dsn = new_team_db(pg_cluster)
    server_init(dsn)
    return dsn


def _summary(store, number: str) -> str:
    with store.session() as session:
        return session.exec(select(Case).where(Case.number == number)).one().summary


def _edit(store, number: str, summary: str) -> None:
    with store.transaction() as session:
        cases.update_case(session, store_settings.current_actor(session), number, summary=summary)


def test_a_store_in_no_team_shows_no_share_button_and_no_conflicts_tab(qtbot, window, store):
    number = a_case(store)
    window.case_list.model.reload()
    editor = window.open_case(number)
    assert editor.share_button.isHidden() and editor.conflicts_button.isHidden()
    assert editor.tabs.indexOf(editor.conflicts) == -1
    assert not window.share_action.isVisible()


def test_the_share_dialog_offers_the_members_and_shares_the_case(qtbot, store, settings, server, tmp_path):
    anna, boris, leo, sue = unique("Anna"), unique("Boris"), unique("Leo"), unique("Sue")
    join(store, server, anna)
    number = a_case(store)
    laptops = {
        name: other_laptop(tmp_path, server, name, role)
        for name, role in ((boris, "caseworker"), (leo, "lawyer"), (sue, "supervisor"))
    }
    window = open_window(qtbot, store, settings)
    window.team.sync_action.trigger()  # the case reaches the server
    editor = window.open_case(number)
    assert editor.share_button.isVisible()
    qtbot.mouseClick(editor.share_button, Qt.MouseButton.LeftButton)
    dialog = editor.team.last_dialog
    offered = [dialog.member.itemData(index) for index in range(dialog.member.count())]
    assert boris in offered and leo in offered
    assert anna not in offered and sue not in offered  # not me; a supervisor sees every case already
    dialog.member.setCurrentIndex(dialog.member.findData(boris))
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == f"Shared with {boris}: they will see the case after their next sync."
    sync.sync(laptops[boris])
    with laptops[boris].session() as session:
        assert session.exec(select(Case.number)).all() == [number]
    for laptop in laptops.values():
        laptop.close()


def test_a_conflict_is_marked_in_the_list_and_settled_from_its_tab(
    qtbot, store, settings, server, tmp_path, said
):
    anna, boris = unique("Anna"), unique("Boris")
    join(store, server, anna)
    number = a_case(store)
    sync.sync(store)
    laptop = other_laptop(tmp_path, server, boris)
    membership.share_case(store, number, boris)
    sync.sync(laptop)
    _edit(store, number, "Flew to Tbilisi on 3 May")
    _edit(laptop, number, "Flew to Yerevan on 4 May")
    sync.sync(laptop)
    window = open_window(qtbot, store, settings)
    window.team.sync_action.trigger()
    assert window.team.status.text() == "Team: 1 conflict"
    model = window.case_list.model
    row = [model.number_at(r) for r in range(model.rowCount())].index(number)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert "Conflicts tab" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    editor = window.open_case(number)
    tab = editor.tabs.indexOf(editor.conflicts)
    assert editor.tabs.tabText(tab) == "Conflicts (1)"
    assert editor.conflicts_button.isVisible() and editor.conflicts_button.text() == "1 conflict to settle"
    qtbot.mouseClick(editor.conflicts_button, Qt.MouseButton.LeftButton)
    assert editor.tabs.currentWidget() is editor.conflicts
    [conflict] = editor.conflicts.conflicts
    box_text = " ".join(label.text() for label in editor.conflicts.findChildren(QLabel))
    assert [box.title() for box in editor.conflicts.findChildren(QGroupBox)] == ["Summary"]
    assert "shown now" in box_text and f"by {boris}" in box_text and f"by {anna}" in box_text
    kept = conflict.alternatives[1].value  # the value not shown
    qtbot.mouseClick(editor.conflicts.keep_buttons[1], Qt.MouseButton.LeftButton)
    assert _summary(store, number) == kept
    with store.session() as session:
        assert list_conflicts(session) == []
    assert editor.tabs.indexOf(editor.conflicts) == -1 and editor.conflicts_button.isHidden()
    assert editor.summary.toPlainText() == kept
    history = editor.history.toPlainText()
    assert "Conflict settled" in history and boris in history  # the other laptop's edit, by its author
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is None
    window.team.sync_action.trigger()  # the choice reaches the other laptop: settled there too
    sync.sync(laptop)
    assert _summary(laptop, number) == kept
    with laptop.session() as session:
        assert list_conflicts(session) == []
    assert said == []
    laptop.close()
