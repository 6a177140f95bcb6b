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
from casetracker.ui import messages
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
    assert dialog.member.currentIndex() == 0  # one is chosen, ready to share with
    assert boris in offered and leo in offered
    assert anna not in offered and sue not in offered  # not me; a supervisor sees every case already
    dialog.member.setCurrentIndex(dialog.member.findData(boris))
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == f"Shared with {boris}: they will see the case after their next sync."
    offered = [dialog.member.itemData(index) for index in range(dialog.member.count())]
    assert boris not in offered and leo in offered  # Boris reads it now: nobody is offered twice
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


def _readers(dialog) -> list[str]:
    return [label.text() for label in dialog.readers.findChildren(QLabel)]


def test_the_share_dialog_says_who_reads_the_case_and_stops_sharing_it(
    qtbot, store, settings, server, tmp_path, said, monkeypatch
):
    anna, boris, leo = unique("Anna"), unique("Boris"), unique("Leo")
    join(store, server, anna)
    number = a_case(store)
    sync.sync(store)
    laptops = [other_laptop(tmp_path, server, boris), other_laptop(tmp_path, server, leo, "lawyer")]
    membership.share_case(store, number, boris)
    membership.share_case(store, number, leo)
    window = open_window(qtbot, store, settings)
    editor = window.open_case(number)
    qtbot.mouseClick(editor.share_button, Qt.MouseButton.LeftButton)
    dialog = editor.team.last_dialog
    readers = _readers(dialog)
    assert readers[:3] == [f"{anna} (caseworker), who made it", f"{boris} (caseworker)", f"{leo} (lawyer)"]
    assert readers[-1] == "Supervisors read every case."
    assert sorted(dialog.stop_buttons) == sorted([boris, leo])
    with monkeypatch.context() as answered:  # "No": nothing changes
        answered.setattr(messages, "confirm", lambda _parent, _text: False)
        qtbot.mouseClick(dialog.stop_buttons[boris], Qt.MouseButton.LeftButton)
    assert sorted(member.name for member in membership.sharing(store, number).shared_with) == sorted(
        [boris, leo]
    )
    qtbot.mouseClick(dialog.stop_buttons[boris], Qt.MouseButton.LeftButton)
    assert said == [
        f"Stop sharing case {number} with {boris}? They will no longer receive it; what their laptop "
        "received before stays there."
    ]
    assert dialog.outcome.text() == (
        f"{boris} no longer receives this case: it is sealed with a new key from now on, one they never "
        "get. What their laptop received before stays there."
    )
    assert list(dialog.stop_buttons) == [leo] and f"{boris} (caseworker)" not in _readers(dialog)
    assert dialog.member.findData(boris) >= 0 and dialog.member.findData(leo) < 0  # Boris may have it again
    assert [member.name for member in membership.sharing(store, number).shared_with] == [leo]
    for laptop in laptops:
        laptop.close()


def test_only_the_member_who_made_a_case_stops_sharing_it_and_a_refusal_is_worded(
    qtbot, store, settings, server, tmp_path, said
):
    anna, boris, cat = unique("Anna"), unique("Boris"), unique("Cat")
    laptop = other_laptop(tmp_path, server, anna)
    number = a_case(laptop)
    sync.sync(laptop)
    join(store, server, boris)
    other_laptop(tmp_path, server, cat).close()
    membership.share_case(laptop, number, boris)
    membership.share_case(laptop, number, cat)
    window = open_window(qtbot, store, settings)
    window.team.sync_action.trigger()  # the case shared with Boris arrives on his laptop
    editor = window.open_case(number)
    qtbot.mouseClick(editor.share_button, Qt.MouseButton.LeftButton)
    dialog = editor.team.last_dialog
    stop = dialog.stop_buttons[cat]
    assert not stop.isEnabled()
    assert stop.toolTip() == "Only the member who made this case, or a supervisor, can stop sharing it"
    assert _readers(dialog)[0] == f"{anna} (caseworker), who made it"
    # Anna's own window, on a list read before she stopped sharing with Cat elsewhere: the server says so.
    own = open_window(qtbot, laptop, settings)
    mine = own.open_case(number)
    qtbot.mouseClick(mine.share_button, Qt.MouseButton.LeftButton)
    dialog = mine.team.last_dialog
    membership.unshare_case(laptop, number, cat)
    qtbot.mouseClick(dialog.stop_buttons[cat], Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == f"Case {number} is not shared with {cat}; nothing was changed."
    assert cat not in dialog.stop_buttons  # the list was read again
    laptop.close()


def test_a_lawyer_sees_who_reads_a_case_but_shares_nothing(qtbot, store, settings, server, tmp_path):
    anna, leo = unique("Anna"), unique("Leo")
    laptop = other_laptop(tmp_path, server, anna)
    number = a_case(laptop)
    sync.sync(laptop)
    join(store, server, leo, "lawyer")
    membership.share_case(laptop, number, leo)
    window = open_window(qtbot, store, settings)
    window.team.sync_action.trigger()
    editor = window.open_case(number)
    assert editor.share_button.isVisible() and editor.share_button.text() == "Who reads it…"
    qtbot.mouseClick(editor.share_button, Qt.MouseButton.LeftButton)
    dialog = editor.team.last_dialog
    assert dialog.windowTitle() == f"Who reads case {number}"
    assert _readers(dialog)[:2] == [f"{anna} (caseworker), who made it", f"{leo} (lawyer)"]
    assert dialog.stop_buttons == {} and dialog.share_button.isHidden()
    assert not dialog.member.isVisibleTo(dialog)
    laptop.close()
