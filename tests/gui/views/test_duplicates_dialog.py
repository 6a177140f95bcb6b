"""A person recorded twice, merged from the People view and brought back from the trash; a person
moved to the trash from their editor. Driven as a caseworker would, checked in the store and on
screen. The database worker answers when a test lets it, so that what the window shows meanwhile
can be seen, and so that a look-up on the GUI thread would be noticed."""

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QListWidget, QTableWidget

from casetracker.services import cases, duplicates, people
from casetracker.ui import messages
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.duplicates_dialog import LIKELY, OTHER, PERSON, WHY, DuplicatesDialog
from casetracker.ui.views.trash import DESCRIPTION, WHAT

CYRILLIC = "Иванов Пётр"
LATIN = "IVANOV PETR"
BORN = date(1990, 5, 1)
PEOPLE_PAGE = 2


@pytest.fixture
def recorded_twice(store) -> dict[str, tuple]:
    """The same man, recorded once in Cyrillic and once as in his passport, each with a case."""
    found = {}
    with store.transaction() as session:
        for name, country in ((CYRILLIC, "GE"), (LATIN, "AM")):
            person = people.add_person(session, "tester", people.PersonDraft(name, birth_date=BORN)).person
            case = cases.add_case(session, "tester", person.id, "asylum", country, opened_on=date(2024, 3, 1))
            found[name] = (person.id, case.number)
    return found


class HeldExecutor(SynchronousExecutor):
    """The database worker: runs the work at once, or while held, only when `answer()` is called."""

    def __init__(self) -> None:
        self.held = False
        self.waiting: list[tuple] = []

    def run(self, work, done, failed, *, supersede=None) -> None:
        if self.held:
            self.waiting.append((work, done, failed))
        else:
            super().run(work, done, failed)

    def answer(self) -> None:
        """Deliver what was asked meanwhile, and answer at once again."""
        self.held = False
        while self.waiting:
            super().run(*self.waiting.pop(0))

    def wait(self, milliseconds: int = -1) -> bool:
        self.answer()
        return True


@pytest.fixture
def executor() -> HeldExecutor:
    return HeldExecutor()


@pytest.fixture
def window(qtbot, store, executor, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(AppContext(store, settings, executor))
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def looked_for(monkeypatch) -> list[int]:
    """How many times the duplicates were looked for (one item each time)."""
    times = []
    all_pairs = duplicates.all_pairs

    def counted(session):
        times.append(1)
        return all_pairs(session)

    monkeypatch.setattr(duplicates, "all_pairs", counted)
    return times


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table: QTableWidget, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_item(qtbot, widget: QListWidget, starting: str) -> None:
    item = next(
        widget.item(row) for row in range(widget.count()) if widget.item(row).text().startswith(starting)
    )
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.visualItemRect(item).center())


def open_people(qtbot, window):
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(PEOPLE_PAGE))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.people
    return window.people


def listed_people(view) -> list[str]:
    return [view.list.item(row).text().split("\n")[0] for row in range(view.list.count())]


def open_duplicates(qtbot, view, executor: HeldExecutor | None = None) -> DuplicatesDialog:
    """Press the button; with `executor`, the worker's answer waits until the caller lets it come."""
    if executor is not None:
        executor.held = True
    click(qtbot, view.duplicates_button)
    dialog = view.duplicates_dialog
    assert dialog.isVisible()
    return dialog


def owners(store, recorded_twice) -> dict[str, uuid.UUID]:
    """Whose each case is, by case number."""
    with store.session() as session:
        return {number: cases.find_case(session, number).person_id for _, number in recorded_twice.values()}


def in_trash(store, person_id) -> bool:
    with store.session() as session:
        return people.get_person(session, person_id, include_deleted=True).person.deleted_at is not None


def open_trash(window):
    window.trash_action.trigger()
    dialog = window.trash_dialog
    assert dialog.isVisible()
    return dialog


def trash_rows(dialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [
        (table.item(row, WHAT).text(), table.item(row, DESCRIPTION).text()) for row in range(table.rowCount())
    ]


def test_a_person_recorded_twice_is_merged_and_restoring_them_from_the_trash_undoes_it(
    qtbot, window, store, executor, recorded_twice, said, looked_for
):
    (cyrillic_id, cyrillic_case), (latin_id, latin_case) = recorded_twice[CYRILLIC], recorded_twice[LATIN]
    view = open_people(qtbot, window)
    assert sorted(listed_people(view)) == sorted([CYRILLIC, LATIN])

    dialog = open_duplicates(qtbot, view, executor)
    assert dialog.status.text() == "Looking for people recorded twice…"
    assert looked_for == [] and dialog.table.rowCount() == 0  # asked of the worker, not done here
    assert not dialog.merge_button.isEnabled()
    executor.answer()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert looked_for == [1]
    table = dialog.table
    shown = {table.item(0, PERSON).text(), table.item(0, OTHER).text()}
    assert shown == {f"{CYRILLIC} (born 1990-05-01)", f"{LATIN} (born 1990-05-01)"}
    assert table.item(0, LIKELY).text() == "Very likely"
    assert table.item(0, WHY).text().endswith("; the same date of birth")
    assert table.item(0, WHY).text().startswith("similar names ")
    assert not dialog.merge_button.isEnabled()  # no pair chosen yet

    click_row(qtbot, table, 0)
    panels = {panel.name.text(): panel for panel in (dialog.left, dialog.right)}
    assert set(panels) == {CYRILLIC, LATIN}
    assert panels[CYRILLIC].cases.text() == f"1 ({cyrillic_case})"
    assert panels[LATIN].cases.text() == f"1 ({latin_case})"
    assert panels[LATIN].born.text() == "1990-05-01"
    click(qtbot, panels[CYRILLIC].keep)
    assert panels[CYRILLIC].keep.isChecked() and not panels[LATIN].keep.isChecked()
    assert dialog.summary.text().startswith(f"Merge will keep “{CYRILLIC}”:")
    assert panels[CYRILLIC].title() == "This record stays"

    click(qtbot, dialog.merge_button)
    assert said[-1].startswith(f"Merge “{LATIN}” into “{CYRILLIC}”?")
    assert "restore “IVANOV PETR” from Case → Trash" in said[-1]
    assert owners(store, recorded_twice) == {cyrillic_case: cyrillic_id, latin_case: cyrillic_id}
    assert in_trash(store, latin_id) and not in_trash(store, cyrillic_id)
    assert listed_people(view) == [CYRILLIC]
    assert dialog.result.text() == (
        f"“{LATIN}” was merged into “{CYRILLIC}”. To undo, restore “{LATIN}” from Case → Trash."
    )
    qtbot.waitUntil(lambda: dialog.status.text() == "No people seem to be recorded twice.")
    assert dialog.table.rowCount() == 0 and not dialog.merge_button.isEnabled()
    assert said[:-1] == []  # no error along the way
    click(qtbot, dialog.close_button)

    trash = open_trash(window)
    assert trash_rows(trash) == [("Person", f"{LATIN} · merged into {CYRILLIC}")]
    click_row(qtbot, trash.table, 0)
    click(qtbot, trash.restore_button)
    assert "The merge was undone" in trash.result.text()
    assert owners(store, recorded_twice) == {cyrillic_case: cyrillic_id, latin_case: latin_id}
    assert not in_trash(store, latin_id)
    with store.session() as session:  # his passport spelling is his own again, not a second name
        assert [name.text for name in people.get_person(session, cyrillic_id).names] == []
    assert sorted(listed_people(view)) == sorted([CYRILLIC, LATIN])
    assert trash.table.rowCount() == 0
    assert len(said) == 1


def test_a_merge_can_be_declined_and_the_other_record_kept(qtbot, window, store, recorded_twice, monkeypatch):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text: asked.append(text) and False)
    monkeypatch.setattr(messages, "error", lambda parent, text: pytest.fail(text))
    (cyrillic_id, cyrillic_case), (latin_id, latin_case) = recorded_twice[CYRILLIC], recorded_twice[LATIN]
    dialog = open_duplicates(qtbot, open_people(qtbot, window))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    click_row(qtbot, dialog.table, 0)
    panels = {panel.name.text(): panel for panel in (dialog.left, dialog.right)}
    click(qtbot, panels[LATIN].keep)
    click(qtbot, dialog.merge_button)
    assert asked[-1].startswith(f"Merge “{CYRILLIC}” into “{LATIN}”?")  # the chosen side is kept
    assert owners(store, recorded_twice) == {cyrillic_case: cyrillic_id, latin_case: latin_id}
    assert not in_trash(store, cyrillic_id) and dialog.result.text() == ""
    assert dialog.table.rowCount() == 1


def test_a_pair_merged_elsewhere_meanwhile_is_refused_with_a_message_and_the_list_refreshed(
    qtbot, window, store, recorded_twice, said
):
    (cyrillic_id, _), (latin_id, latin_case) = recorded_twice[CYRILLIC], recorded_twice[LATIN]
    dialog = open_duplicates(qtbot, open_people(qtbot, window))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    click_row(qtbot, dialog.table, 0)
    with store.transaction() as session:  # another window, or the command line
        duplicates.merge_persons(session, "someone else", latin_id, cyrillic_id)
    panels = {panel.name.text(): panel for panel in (dialog.left, dialog.right)}
    click(qtbot, panels[CYRILLIC].keep)
    click(qtbot, dialog.merge_button)
    assert said[-1].startswith("No person")
    assert in_trash(store, cyrillic_id) and not in_trash(store, latin_id)  # as the other merge left it
    with store.session() as session:
        assert cases.find_case(session, latin_case).person_id == latin_id
    qtbot.waitUntil(lambda: dialog.status.text() == "No people seem to be recorded twice.")
    assert dialog.result.text() == ""


def test_no_people_recorded_twice_is_said_so(qtbot, window, store, said):
    with store.transaction() as session:
        people.add_person(session, "tester", people.PersonDraft("Анна Вымышленная"))
    dialog = open_duplicates(qtbot, open_people(qtbot, window))
    qtbot.waitUntil(lambda: dialog.status.text() == "No people seem to be recorded twice.")
    assert dialog.table.rowCount() == 0 and not dialog.merge_button.isEnabled()


def test_a_person_goes_to_the_trash_once_their_case_has_and_comes_back(
    qtbot, window, store, recorded_twice, said
):
    latin_id, latin_case = recorded_twice[LATIN]
    view = open_people(qtbot, window)
    click_item(qtbot, view.list, LATIN)
    editor = view.editor
    assert editor.person_id == latin_id
    assert not editor.trash_button.isEnabled()  # he still has a case
    assert editor.trash_hint.isVisible()

    window.open_case(latin_case)
    window.move_case_to_trash_action.trigger()
    window.navigation.setCurrentRow(PEOPLE_PAGE)
    assert editor.person_id == latin_id and editor.no_cases.isVisible()
    assert editor.trash_button.isEnabled() and not editor.trash_hint.isVisible()

    click(qtbot, editor.trash_button)
    assert said[-1] == f"Move {LATIN} to the trash? It can be restored from Case → Trash."
    assert in_trash(store, latin_id)
    assert listed_people(view) == [CYRILLIC]
    assert view.pages.currentWidget() is view.placeholder

    trash = open_trash(window)
    assert trash_rows(trash)[0] == ("Person", LATIN)  # newest first; trashed by hand: just the name
    click_row(qtbot, trash.table, 0)
    click(qtbot, trash.restore_button)
    assert not in_trash(store, latin_id)
    assert sorted(listed_people(view)) == sorted([CYRILLIC, LATIN])
    assert [text for text in said if not text.startswith("Move")] == []


def test_moving_a_person_to_the_trash_is_refused_next_to_the_button_if_a_case_came_meanwhile(
    qtbot, window, store, said
):
    with store.transaction() as session:
        person_id = people.add_person(session, "tester", people.PersonDraft(LATIN)).person.id
    view = open_people(qtbot, window)
    click_item(qtbot, view.list, LATIN)
    assert view.editor.trash_button.isEnabled()
    with store.transaction() as session:  # opened from another window, unseen here
        number = cases.add_case(session, "tester", person_id, "asylum", "GE").number
    click(qtbot, view.editor.trash_button)
    assert said[-1].startswith("Move ")  # only the question; the refusal is beside the button
    assert view.editor.trash_error.isVisible()
    assert number in view.editor.trash_error.text()
    assert view.editor.cases.item(0).text().startswith(number)  # the case the refusal names is shown
    assert not view.editor.trash_button.isEnabled()
    with store.session() as session:
        people.get_person(session, person_id)  # still there


def test_declining_keeps_the_person(qtbot, window, store, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda parent, text: False)
    with store.transaction() as session:
        person_id = people.add_person(session, "tester", people.PersonDraft(LATIN)).person.id
    view = open_people(qtbot, window)
    click_item(qtbot, view.list, LATIN)
    click(qtbot, view.editor.trash_button)
    assert not in_trash(store, person_id) and listed_people(view) == [LATIN]
