"""The people view, driven as a caseworker would: typing, clicking, pressing keys."""

import itertools
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QListWidget

from casetracker.services import audit, cases, people
from casetracker.ui import colours, messages
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.i18n import install_language
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.people import PeopleView


@pytest.fixture
def context(store, tmp_path):
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return AppContext(store, settings, SynchronousExecutor())


@pytest.fixture
def view(qtbot, context, monkeypatch):
    monkeypatch.setattr(messages, "error", lambda parent, text: pytest.fail(f"unexpected message: {text}"))
    widget = PeopleView(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add_person(store, name: str, **details):
    with store.transaction() as session:
        return people.add_person(session, "test", people.PersonDraft(name, **details)).person.id


def read(store, work):
    with store.session() as session:
        return work(session)


def click_row(qtbot, widget: QListWidget, starting: str, *, double: bool = False) -> None:
    item = next(
        widget.item(row) for row in range(widget.count()) if widget.item(row).text().startswith(starting)
    )
    widget.scrollToItem(item)
    where = widget.visualItemRect(item).center()
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:  # QTest's double click is only the second half of one: press, release, then this
        qtbot.mouseDClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=where)


def type_text(widget, text: str) -> None:
    """Type as a keyboard would, Cyrillic included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def retype(qtbot, field, text: str) -> None:
    """Select what is there, type over it, press Enter."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def choose_person(qtbot, view, store, name: str, **details):
    person_id = add_person(store, name, **details)
    view.refresh()
    click_row(qtbot, view.list, name)
    assert view.editor.person_id == person_id
    return person_id


def test_a_new_person_with_a_cyrillic_name_is_created_through_the_dialog_and_selected(qtbot, view, store):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_person_dialog
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a name is required
    type_text(dialog.name, "Анна Сергеевна Волкова")
    qtbot.keyClicks(dialog.latin, "Anna Volkova")
    qtbot.keyClicks(dialog.birth_date, "03.04.1991")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [row] = read(store, lambda s: people.find_people(s, "волкова"))
    assert row.name == "Анна Сергеевна Волкова"
    assert row.birth_date == date(1991, 4, 3)
    assert row.other_names == ("Anna Volkova",)
    assert view.editor.person_id == row.id
    assert view.list.currentItem().text().startswith("Анна Сергеевна Волкова")
    assert view.editor.name.text() == "Анна Сергеевна Волкова"
    assert view.editor.birth_date.text() == "1991-04-03"
    assert "Волкова" not in dialog.windowTitle() and "Волкова" not in view.windowTitle()


def test_an_impossible_birth_date_in_the_new_person_dialog_keeps_the_dialog_open(qtbot, view, store):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_person_dialog
    type_text(dialog.name, "Борис")
    qtbot.keyClicks(dialog.birth_date, "30.02.1980")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert read(store, lambda s: people.find_people(s)) == []


def test_editing_the_name_stores_it(qtbot, view, store):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    retype(qtbot, view.editor.name, "Лев Игоревич Сугробов")
    assert read(store, lambda s: people.get_person(s, person_id)).person.name == "Лев Игоревич Сугробов"
    assert view.list.currentItem().text().startswith("Лев Игоревич Сугробов")
    assert view.editor.header.text() == "Лев Игоревич Сугробов"


def test_an_empty_name_is_refused_next_to_the_field(qtbot, view, store):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    retype(qtbot, view.editor.name, "   ")
    assert view.editor.name_error.isVisible()
    assert read(store, lambda s: people.get_person(s, person_id)).person.name == "Лев Сугробов"


def test_a_latin_spelling_is_added_and_finds_the_person_in_the_search_box(qtbot, view, store):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    add_person(store, "Мария Ольховая")
    qtbot.keyClicks(view.editor.new_spelling, "Lev Sugrobov")
    qtbot.mouseClick(view.editor.add_spelling_button, Qt.MouseButton.LeftButton)

    names = read(store, lambda s: people.get_person(s, person_id)).names
    assert [(name.text, name.script) for name in names] == [("Lev Sugrobov", "latin")]
    assert view.editor.spellings.item(0).text().startswith("Lev Sugrobov")
    assert "Latin" in view.editor.spellings.item(0).text()
    assert view.editor.new_spelling.text() == ""

    qtbot.mouseClick(view.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.search, "sugrob")
    qtbot.waitUntil(lambda: view.list.count() == 1)
    assert view.list.item(0).text().startswith("Лев Сугробов")
    assert "Lev Sugrobov" in view.list.item(0).text()

    retype(qtbot, view.search, "ОЛЬХОВ")  # Cyrillic, in capitals
    qtbot.waitUntil(lambda: view.list.count() == 1 and view.list.item(0).text().startswith("Мария"))


def test_a_risk_marker_is_set_with_its_detail_and_removed(qtbot, view, store, monkeypatch):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    check, detail = view.editor.markers["criminal_case"]
    assert check.text() == "Criminal case in Russia"
    assert not detail.isEnabled()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert detail.isEnabled()
    type_text(detail, "ст. 207.3 УК РФ")
    qtbot.keyClick(detail, Qt.Key.Key_Return)

    [marker] = read(store, lambda s: people.get_person(s, person_id)).markers
    assert (marker.marker, marker.detail) == ("criminal_case", "ст. 207.3 УК РФ")
    assert check.isChecked()

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text: asked.append(text) or True)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # the detail would be lost, so the caseworker is asked first
    assert read(store, lambda s: people.get_person(s, person_id)).markers == []
    assert not check.isChecked() and detail.text() == ""


def test_an_impossible_date_of_birth_is_refused_next_to_the_field_and_nothing_is_stored(qtbot, view, store):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов", birth_date=date(1990, 1, 2))
    entries_before = len(read(store, lambda s: audit.history(s, person_id)))
    retype(qtbot, view.editor.birth_date, "31.02.1990")

    assert view.editor.birth_date_error.isVisible()
    assert "that month has 28 days" in view.editor.birth_date_error.text()
    assert view.editor.birth_date.text() == "31.02.1990"  # left for the caseworker to correct
    assert read(store, lambda s: people.get_person(s, person_id)).person.birth_date == date(1990, 1, 2)
    assert len(read(store, lambda s: audit.history(s, person_id))) == entries_before

    retype(qtbot, view.editor.birth_date, "28.02.1990")
    assert not view.editor.birth_date_error.isVisible()
    assert read(store, lambda s: people.get_person(s, person_id)).person.birth_date == date(1990, 2, 28)
    assert view.editor.birth_date.text() == "1990-02-28"


def test_a_document_is_added_and_an_end_before_its_start_is_refused(qtbot, view, store):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    editor = view.editor
    qtbot.keyClicks(editor.doc_kind, "Res")  # keyboard search in the combo box
    assert editor.doc_kind.currentData() == "residence_permit"
    retype(qtbot, editor.doc_country, "de")
    qtbot.keyClicks(editor.doc_number, "RP-123456")
    qtbot.keyClicks(editor.doc_from, "2024-01-10")
    qtbot.keyClicks(editor.doc_until, "2023-01-09")
    qtbot.mouseClick(editor.add_document_button, Qt.MouseButton.LeftButton)

    assert editor.document_error.isVisible()
    assert "before" in editor.document_error.text()
    assert read(store, lambda s: people.get_person(s, person_id)).documents == []

    retype(qtbot, editor.doc_until, "2026-01-09")  # Enter in the form adds the document
    [document] = read(store, lambda s: people.get_person(s, person_id)).documents
    assert (document.kind, document.country, document.number) == ("residence_permit", "DE", "RP-123456")
    assert (document.valid_from, document.valid_until) == (date(2024, 1, 10), date(2026, 1, 9))
    assert not editor.document_error.isVisible()
    shown = [editor.documents.item(0, column).text() for column in range(3)]
    assert shown == ["Residence permit", "DE", "RP-123456"]
    assert editor.doc_number.text() == ""


def test_a_relative_is_added_and_removed(qtbot, view, store):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    type_text(view.editor.relative_name, "Мария Сугробова")
    qtbot.keyClick(view.editor.relative_name, Qt.Key.Key_Return)
    [link] = read(store, lambda s: people.family_of(s, person_id))
    assert (link.relation, link.name) == ("Spouse or partner", "Мария Сугробова")
    assert view.editor.family.item(0).text() == "Spouse or partner: Мария Сугробова"

    click_row(qtbot, view.editor.family, "Spouse")
    qtbot.mouseClick(view.editor.remove_relative_button, Qt.MouseButton.LeftButton)
    assert read(store, lambda s: people.family_of(s, person_id)) == []


def test_double_clicking_one_of_the_persons_cases_opens_it(qtbot, view, store):
    person_id = add_person(store, "Лев Сугробов")
    with store.transaction() as session:
        number = cases.add_case(session, "test", person_id, "asylum", "GE", opened_on=date(2024, 3, 1)).number
    view.refresh()
    click_row(qtbot, view.list, "Лев Сугробов")
    assert view.editor.cases.count() == 1
    assert view.editor.cases.item(0).text().startswith(number)

    with qtbot.waitSignal(view.open_case, timeout=1000) as opened:
        click_row(qtbot, view.editor.cases, number, double=True)
    assert opened.args == [number]


def test_the_tab_key_follows_the_form(qtbot, view, store):
    choose_person(qtbot, view, store, "Лев Сугробов")
    editor = view.editor
    expected = [view.search, view.new_button, view.list, view.duplicates_button, editor.name]
    expected += [editor.birth_date, editor.birth_place, editor.current_location, editor.secure_contact]
    expected += [editor.markers["criminal_case"][0]]
    view.activateWindow()
    view.search.setFocus()
    for field, following in itertools.pairwise(expected):
        assert QApplication.focusWidget() is field
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following


def test_the_new_people_functions_each_leave_one_audit_entry(store):
    person_id = add_person(store, "Алёна Иванова", other_names=("Alyona Ivanova",))
    with store.transaction() as session:
        assert [row.name for row in people.find_people(session, "АЛЕНА")] == ["Алёна Иванова"]
        assert people.find_people(session, "%") == []  # wildcards are plain characters
        spelling_id = people.get_person(session, person_id).names[0].id
        people.remove_spelling(session, "test", person_id, spelling_id)
        people.set_marker(session, "test", person_id, people.MarkerDraft("deserter"))
        people.remove_marker(session, "test", person_id, "deserter")
        link = people.add_family_link(session, "test", person_id, "Parent", relative_name="Ирина")
        document = people.add_document(session, "test", person_id, "visa", "DE")
    with store.transaction() as session:
        people.remove_family_link(session, "test", link.id)
        people.remove_document(session, "test", document.id)
    with store.session() as session:
        assert len(audit.history(session, person_id)) == 4  # create, spelling, marker on, marker off
        assert [entry.action for entry in audit.history(session, link.id)] == ["create", "delete"]
        assert [entry.action for entry in audit.history(session, document.id)] == ["create", "delete"]
        assert people.get_person(session, person_id).documents == []
        assert people.cases_of(session, person_id) == []


def test_a_person_moved_to_the_trash_leaves_the_screen_when_the_worker_has_done_it(
    qtbot, view, context, store, monkeypatch
):
    """With the real database worker, the person's editor learns only afterwards that they are gone."""
    from casetracker.ui.executor import DatabaseExecutor

    context.executor = DatabaseExecutor()
    monkeypatch.setattr(messages, "confirm", lambda parent, text: True)
    add_person(store, "Анна Вымышленная")
    view.refresh()
    qtbot.waitUntil(lambda: view.list.count() == 1)
    click_row(qtbot, view.list, "Анна")
    qtbot.waitUntil(lambda: view.editor.name.text() == "Анна Вымышленная")  # read by the worker
    qtbot.mouseClick(view.editor.trash_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.placeholder, timeout=5000)
    assert view.list.count() == 0 and view.editor.person_id is None
    context.executor.wait()


def test_a_new_case_for_the_person_shown_is_made_for_them_and_opened(qtbot, view, store):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    qtbot.mouseClick(view.editor.new_case_button, Qt.MouseButton.LeftButton)
    dialog = view.new_case_dialog
    assert dialog.isVisible()
    assert dialog.matches.currentItem().text().startswith("Лев Сугробов")  # chosen already
    assert dialog.new_person.text() == ""
    dialog.country.setCurrentIndex(dialog.country.findData("GE"))
    with qtbot.waitSignal(view.open_case, timeout=1000) as opened:
        qtbot.keyClick(dialog.opened, Qt.Key.Key_Return)
    [case] = read(store, lambda s: people.cases_of(s, person_id))
    assert opened.args == [case.number] and case.country == "GE"
    assert view.editor.cases.item(0).text().startswith(case.number)


def test_a_new_case_for_a_person_starts_in_the_country_of_their_last_case_named_in_the_app_s_language(
    qtbot, view, store
):
    other = add_person(store, "Тарас Межевой")
    person_id = add_person(store, "Лев Сугробов")
    with store.transaction() as session:
        cases.add_case(session, "test", person_id, "asylum", "EE", opened_on=date(2024, 3, 1))
        cases.add_case(session, "test", other, "asylum", "FR", opened_on=date(2025, 1, 1))  # newest of all
    view.refresh()
    install_language(QApplication.instance(), "ru")
    try:
        click_row(qtbot, view.list, "Лев Сугробов")
        qtbot.mouseClick(view.editor.new_case_button, Qt.MouseButton.LeftButton)
        dialog = view.new_case_dialog
        assert dialog.country.currentData() == "EE" and dialog.country.currentText() == "Эстония (EE)"
        names = [dialog.country.itemText(index) for index in range(1, dialog.country.count())]
        assert "Германия (DE)" in names and names == sorted(names, key=str.casefold)
        dialog.reject()
    finally:
        install_language(QApplication.instance(), "en")


def test_the_persons_cases_say_which_is_critical_or_has_a_deadline_passed(qtbot, view, store):
    person_id = add_person(store, "Лев Сугробов")
    with store.transaction() as session:
        late = cases.add_case(session, "test", person_id, "asylum", "GE", opened_on=date(2024, 3, 1)).number
        cases.add_deadline(session, "test", late, date(2024, 4, 1), "appeal")
        calm = cases.add_case(session, "test", person_id, "other", "GE", opened_on=date(2024, 2, 1)).number
        grave = cases.add_case(session, "test", person_id, "deportation", "GE", opened_on=date(2024, 1, 1))
        grave.alert = "critical"  # as the rules rate it
    view.refresh()
    click_row(qtbot, view.list, "Лев Сугробов")
    shown = {view.editor.cases.item(row).text().split()[0]: view.editor.cases.item(row) for row in range(3)}
    assert shown[late].text().endswith("⚠ deadline passed 2024-04-01")
    assert shown[grave.number].text().endswith("⚠ Critical")
    assert shown[late].foreground().color().name() == colours.colour("alarm")
    assert "⚠" not in shown[calm].text()


def test_the_document_form_starts_afresh_when_another_person_is_chosen(qtbot, view, store):
    add_person(store, "Анна Волкова")
    choose_person(qtbot, view, store, "Лев Сугробов")
    editor = view.editor
    qtbot.keyClicks(editor.doc_kind, "Res")
    retype(qtbot, editor.doc_country, "de")
    qtbot.keyClicks(editor.doc_number, "RP-1")
    click_row(qtbot, view.list, "Анна Волкова")
    assert editor.doc_kind.currentIndex() == 0
    assert (editor.doc_country.text(), editor.doc_number.text()) == ("RU", "")
    assert read(store, lambda s: people.get_person(s, view.editor.person_id).documents) == []


def test_adding_someone_already_known_offers_to_open_them_and_opens_them(qtbot, view, store):
    known = add_person(store, "Лев Игоревич Сугробов", birth_date=date(1994, 1, 22))
    view.refresh()
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_person_dialog
    type_text(dialog.name, "Лев Сугробов")
    qtbot.keyClicks(dialog.birth_date, "22.01.1994")
    fields_height = dialog.name.height()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    warning = dialog.duplicates
    assert warning.isVisible() and dialog.isVisible()
    assert warning.listed()[0].startswith("Лев Игоревич Сугробов — ")
    assert dialog.name.height() == fields_height  # the form keeps its fields' room
    qtbot.mouseClick(warning.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert view.editor.person_id == known and view.editor.name.text() == "Лев Игоревич Сугробов"
    assert len(read(store, lambda s: people.find_people(s, "Сугробов"))) == 1


def test_enter_pressed_again_after_the_warning_opens_the_known_person_and_makes_no_second_record(
    qtbot, view, store
):
    known = add_person(store, "Лев Игоревич Сугробов", birth_date=date(1994, 1, 22))
    view.refresh()
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_person_dialog
    type_text(dialog.name, "Лев Сугробов")
    qtbot.keyClicks(dialog.birth_date, "22.01.1994")
    qtbot.keyClick(dialog.birth_date, Qt.Key.Key_Return)  # Enter: add
    assert dialog.duplicates.isVisible()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter again, out of habit
    assert not dialog.isVisible()
    assert view.editor.person_id == known
    assert len(read(store, lambda s: people.find_people(s, "Сугробов"))) == 1


WRONG_DATES = [
    ("1990-13-01", "no month 13"),  # a month that does not exist
    ("31.04.1990", "that month has 30 days"),  # the 31st of a 30-day month
    ("01.01.1850", "outside the years 1900–2099"),
]


@pytest.mark.parametrize(("typed", "said"), WRONG_DATES)
def test_the_new_person_dialog_says_what_is_wrong_with_a_birth_date(qtbot, view, store, typed, said):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_person_dialog
    type_text(dialog.name, "Борис")
    qtbot.keyClicks(dialog.birth_date, typed)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and said in dialog.error.text() and "not a real date" not in dialog.error.text()
    assert read(store, lambda s: people.find_people(s)) == []


@pytest.mark.parametrize(("typed", "said"), WRONG_DATES)
def test_the_person_form_says_what_is_wrong_with_a_birth_date(qtbot, view, store, typed, said):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов", birth_date=date(1990, 1, 2))
    retype(qtbot, view.editor.birth_date, typed)
    assert view.editor.birth_date_error.isVisible() and said in view.editor.birth_date_error.text()
    assert read(store, lambda s: people.get_person(s, person_id)).person.birth_date == date(1990, 1, 2)


@pytest.mark.parametrize(("typed", "said"), WRONG_DATES)
@pytest.mark.parametrize("field", ["doc_from", "doc_until"])
def test_the_document_form_says_which_date_is_wrong_and_how(qtbot, view, store, field, typed, said):
    person_id = choose_person(qtbot, view, store, "Лев Сугробов")
    editor = view.editor
    qtbot.keyClicks(editor.doc_number, "RP-123456")
    qtbot.keyClicks(getattr(editor, field), typed)
    qtbot.mouseClick(editor.add_document_button, Qt.MouseButton.LeftButton)
    shown = editor.document_error.text()
    assert editor.document_error.isVisible() and said in shown
    assert shown.startswith("Valid from:" if field == "doc_from" else "Valid until:")
    assert read(store, lambda s: people.get_person(s, person_id)).documents == []


def test_the_list_marks_people_at_risk_and_says_why_in_the_tooltip(qtbot, view, store):
    wanted = add_person(store, "Лев Сугробов")
    add_person(store, "Анна Волкова")
    with store.transaction() as session:
        people.set_marker(session, "t", wanted, people.MarkerDraft(marker="interpol_notice", detail="red"))
        people.set_marker(session, "t", wanted, people.MarkerDraft(marker="criminal_case"))
    view.refresh()
    items = {
        view.list.item(row).text().split("\n")[0]: view.list.item(row) for row in range(view.list.count())
    }
    marked, calm = items["Лев Сугробов"], items["Анна Волкова"]
    assert marked.toolTip() == "Risk markers: Criminal case in Russia, Interpol notice"
    assert inked(marked) == {colours.colour("warning")}  # amber: markers, no critical case
    assert calm.toolTip() == "" and inked(calm) == set()

    with store.transaction() as session:
        case = cases.add_case(session, "t", wanted, "deportation", "GE", opened_on=date(2024, 3, 1))
        case.alert = "critical"
    view.refresh()
    marked = next(
        view.list.item(row) for row in range(view.list.count()) if "Сугробов" in view.list.item(row).text()
    )
    assert marked.toolTip().startswith("A case of this person is critical.\nRisk markers: Criminal case")
    assert inked(marked) == {colours.colour("alarm")}


def inked(item) -> set[str]:
    """The colours a list item's mark is drawn in (none for a blank mark)."""
    image = item.icon().pixmap(16, 16).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(16)
        for y in range(16)
        if image.pixelColor(x, y).alpha() == 255
    }


def test_a_hint_cut_short_by_a_narrow_window_is_whole_in_its_tooltip(qtbot, view, store):
    choose_person(qtbot, view, store, "Лев Сугробов")
    fields = [detail for _check, detail in view.editor.markers.values()] + [view.editor.new_spelling]
    assert all(field.toolTip() == field.placeholderText() != "" for field in fields)
    assert "case number" in view.editor.markers["criminal_case"][1].toolTip()
