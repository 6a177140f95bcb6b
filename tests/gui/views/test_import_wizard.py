"""The spreadsheet import wizard driven as a caseworker would: file, columns, preview, import."""

import csv
import io
import json
import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from casetracker.exchange.importer import ImportCancelled
from casetracker.services import cases, people
from casetracker.store.models import AuditEntry, StoreSetting
from casetracker.ui import failures
from casetracker.ui.i18n import install_language
from casetracker.ui.views import import_steps
from casetracker.ui.views.import_wizard import COLUMNS, DONE, FILE, PREVIEW, run_import_wizard
from tests.exchange.exchange_samples import ROWS, TWO_ROW_HEADER, counts, digest, write_csv, write_xlsx
from tests.gui.file_picker import answer_next_file_dialog

HEADINGS = TWO_ROW_HEADER[2]
BAD_ROWS = [
    HEADINGS,
    ROWS[0],
    ["Петров Пётр", "", "31.02.2023", "Грузия", "Отказ во въезде", "01.01.2023", "Въезд", "", ""],
    ["Смирнова Ольга", "", "", "Атлантида", "Полёт на Луну", "2023-13-01", "Танцы", "", ""],
    ["", "", "", "Грузия", "Убежище", "", "", "", ""],
]


def open_wizard(window, path=None):
    wizard = run_import_wizard(window, path)
    return wizard


def click(qtbot, button) -> None:
    """Click near the left edge: on the text of a button, on the round mark of a radio button."""
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def mapped(wizard) -> dict[str, str | None]:
    """Each column's heading as shown, and the field its combo box says."""
    layout = wizard.layout_read
    return {
        column.heading: wizard.mapping_page.combos[column.index].currentData() for column in layout.columns
    }


def combo_for(wizard, heading: str):
    index = next(c.index for c in wizard.layout_read.columns if c.heading == heading)
    return wizard.mapping_page.combos[index]


def pick(combo, field: str | None) -> None:
    combo.setCurrentIndex(combo.findData(field) if field else 0)


def shown_counts(wizard) -> dict[str, int]:
    return {key: int(label.text()) for key, label in wizard.preview_page.counts.items()}


def table_text(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def remembered_settings(store) -> list[StoreSetting]:
    with store.session() as session:
        return list(session.exec(select(StoreSetting).where(StoreSetting.key.startswith("exchange."))))


def test_a_russian_cp1251_sheet_is_mapped_previewed_imported_and_the_case_list_refreshes(
    qtbot, window, store, tmp_path
):
    path = write_csv(tmp_path / "клиенты.csv")  # ';', Windows-1251, DD.MM.YYYY, two heading rows
    before = digest(path)
    wizard = open_wizard(window, path)

    assert wizard.pages.currentIndex() == COLUMNS
    assert wizard.windowTitle() == "Import a spreadsheet"  # never the file's name: it may be a person's
    source = wizard.mapping_page.source.text()
    assert "Windows-1251" in source and "semicolons" in source and "row 3" in source
    assert mapped(wizard) == {
        "ФИО": "person.name",
        "Латиница": "person.latin_name",
        "Дата рождения": "person.birth_date",
        "Страна": "case.country",
        "Тип дела": "case.kind",
        "Дата": "event.date",
        "Событие": "event.kind",
        "Место": "event.place",
        "Описание": "event.description",
    }
    # Taking the case type away is said plainly, and the wizard cannot go on.
    pick(combo_for(wizard, "Тип дела"), None)
    assert "Case: type" in wizard.mapping_page.missing.text()
    assert not wizard.next_button.isEnabled()
    pick(combo_for(wizard, "Тип дела"), "case.kind")
    pick(combo_for(wizard, "Описание"), None)  # re-planned without the descriptions
    assert wizard.mapping_page.missing.isHidden()
    assert "3 people, 3 cases, 4 events" in wizard.mapping_page.status.text()

    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == PREVIEW
    assert shown_counts(wizard) == {"persons": 3, "cases": 3, "events": 4, "problems": 0, "duplicates": 0}
    first = table_text(wizard.preview_page.rows)[0]
    assert first == [
        "4",
        "Иванов Иван Иванович",
        "1990-02-01",
        "GE",
        "Entry denial",
        "2022-09-15",
        "Entry",
        "Верхний Ларс",
    ]
    assert wizard.import_button.isDefault()

    click(qtbot, wizard.import_button)

    assert wizard.pages.currentIndex() == DONE
    assert "Imported 3 people, 3 cases and 4 events" in wizard.done_page.summary.text()
    assert "GE-2022-0001" in wizard.done_page.numbers.text()
    with store.session() as session:
        georgia = cases.case_detail(session, "GE-2022-0001")
        assert [(str(e.date), e.kind, e.description) for e in georgia.events] == [
            ("2022-09-15", "entry", ""),
            ("2022-09-16", "entry_denied", ""),
        ]
        assert str(georgia.person.person.birth_date) == "1990-02-01"
        actions = {(entry.entity, entry.action) for entry in session.exec(select(AuditEntry))}
    assert {("person", "create"), ("case_file", "create"), ("event", "create")} <= actions
    remembered = json.loads(remembered_settings(store)[0].value)["columns"]
    assert remembered["ФИО"] == "person.name" and remembered["Описание"] is None
    assert digest(path) == before  # the source file is never modified
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 3)
    click(qtbot, wizard.close_button)


def test_rows_with_problems_are_listed_saved_and_block_the_import_until_skipped(
    qtbot, window, store, tmp_path, said, monkeypatch
):
    path = write_csv(tmp_path / "bad.csv", rows=BAD_ROWS)
    empty = counts(store)
    wizard = open_wizard(window, path)
    click(qtbot, wizard.next_button)

    assert shown_counts(wizard)["problems"] == 3
    shown_problems = table_text(wizard.preview_page.problems)
    listed = {(row, column) for row, column, _ in shown_problems}
    assert listed == {("3", "Дата рождения"), ("4", "Страна"), ("4", "Тип дела"), ("4", "Дата"),
                      ("4", "Событие"), ("5", "ФИО")}  # fmt: skip
    assert wizard.preview_page.tabs.currentIndex() == 1  # the problems are shown first
    assert "nothing will be imported" in wizard.preview_page.verdict.text()
    assert not wizard.import_button.isEnabled()  # all or nothing, as on the command line
    wizard.start_import()
    assert counts(store) == empty

    report = tmp_path / "problems.csv"
    answer_next_file_dialog(report)
    click(qtbot, wizard.preview_page.save_report)
    saved = list(csv.reader(io.StringIO(report.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert saved[0] == ["Row", "Column", "Why it cannot be imported"]
    assert [row[:2] for row in saved[1:]] == [[str(row), column] for row, column, _ in shown_problems]
    assert saved[1][2].startswith("'31.02.2023' is not a valid date")
    assert "Saved to" in wizard.preview_page.saved.text()

    wizard.preview_page.skip_bad_rows.setFocus()
    qtbot.keyClick(wizard.preview_page.skip_bad_rows, Qt.Key.Key_Space)
    click(qtbot, wizard.import_button)
    assert said == []
    assert "Imported 1 person, 1 case and 1 event" in wizard.done_page.summary.text()
    assert "3 rows with problems were skipped" in wizard.done_page.summary.text()
    assert counts(store)[:3] == (1, 1, 1)


@pytest.fixture
def in_russian():
    """The app switched to Russian, as the language setting does; English again afterwards."""
    install_language(QApplication.instance(), "ru")
    yield
    install_language(QApplication.instance(), "en")


def test_in_russian_the_reasons_are_listed_and_saved_in_russian(qtbot, in_russian, window, tmp_path, said):
    path = write_csv(tmp_path / "плохие.csv", rows=BAD_ROWS)  # Windows-1251, as Excel saves it in Russia
    wizard = open_wizard(window, path)
    click(qtbot, wizard.next_button)

    page = wizard.preview_page
    assert page.tabs.currentIndex() == 1 and page.tabs.tabText(1) == "Нельзя импортировать (3)"
    shown = {(row, column): why for row, column, why in table_text(page.problems)}
    assert shown[("3", "Дата рождения")] == (
        "«31.02.2023» — неверная дата; пишите ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или ММ.ГГГГ"
    )  # the value as written in the sheet, the formats as a Russian form writes them
    assert shown[("4", "Страна")].startswith("«Атлантида» — такой страны приложение не знает по названию")
    assert shown[("4", "Тип дела")].startswith(
        "«Полёт на Луну» — неизвестный тип дела; напишите один из: «Отказ во въезде», «Аннулирование визы»"
    )
    assert shown[("4", "Дата")].startswith("«2023-13-01» — неверная дата")
    assert shown[("4", "Событие")].startswith("«Танцы» — неизвестное событие; напишите одно из: «Въезд»")
    assert shown[("5", "ФИО")] == "имя не заполнено"
    assert not [why for why in shown.values() if "is not" in why or "the " in why or "entry_denial" in why]

    report = tmp_path / "problems.csv"
    answer_next_file_dialog(report)
    click(qtbot, page.save_report)
    saved = list(csv.reader(io.StringIO(report.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert saved[0] == ["Строка", "Столбец", "Почему нельзя импортировать"]
    assert {(row, column): why for row, column, why in saved[1:]} == shown
    assert said == []
    assert failures.describe(ImportCancelled()) == "Импорт отменён; ничего не импортировано."
    click(qtbot, wizard.close_button)


def test_cancelling_the_import_leaves_the_store_unchanged_and_says_so(
    qtbot, window, store, tmp_path, said, monkeypatch
):
    original = import_steps.apply_plan

    def cancelling_during_the_first_round(session, actor, plan, *, progress, **options):
        def cancel_then_progress(done, total):
            dialog = wizard.findChild(QProgressDialog)
            dialog.findChild(QPushButton).click()  # the caseworker clicks Cancel while rows are written
            progress(done, total)

        return original(session, actor, plan, progress=cancel_then_progress, **options)

    monkeypatch.setattr(import_steps, "apply_plan", cancelling_during_the_first_round)
    empty = counts(store)
    wizard = open_wizard(window, write_csv(tmp_path / "a.csv"))
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.import_button)

    assert said == ["The import was cancelled; nothing was imported."]
    assert counts(store) == empty
    assert remembered_settings(store) == []
    assert wizard.pages.currentIndex() == PREVIEW and wizard.import_button.isEnabled()


def test_a_failure_before_the_commit_leaves_the_store_unchanged_and_says_so(
    qtbot, window, store, tmp_path, said, monkeypatch
):
    original = import_steps.apply_plan

    def disk_fills_after_writing(session, *args, **kwargs):
        original(session, *args, **kwargs)  # every row is written in the transaction, then it fails
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(import_steps, "apply_plan", disk_fills_after_writing)
    empty = counts(store)
    wizard = open_wizard(window, write_csv(tmp_path / "a.csv"))
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.import_button)
    assert len(said) == 1 and "disk" in said[0].lower()
    assert counts(store) == empty and remembered_settings(store) == []
    assert wizard.pages.currentIndex() == PREVIEW


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (bytes(range(256)) * 40, "binary"),  # binary garbage renamed .csv
        ("ФИО;Страна\r\nИванов;GE\r\n".encode("utf-16-le"), "binary"),  # UTF-16 without its BOM
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
        (b"PK\x03\x04 not really a workbook", "ZIP"),
        (b"", "empty"),
    ],
)
def test_a_file_that_is_not_a_usable_spreadsheet_is_explained_and_nothing_changes(
    qtbot, window, store, tmp_path, content, expected
):
    path = tmp_path / "cases.csv"
    path.write_bytes(content)
    empty = counts(store)
    wizard = open_wizard(window)
    wizard.file_page.path.setFocus()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    qtbot.keyClick(wizard.file_page.path, Qt.Key.Key_Return)  # Enter is Next
    assert wizard.pages.currentIndex() == FILE
    assert expected in wizard.file_page.error.text()
    assert counts(store) == empty and path.read_bytes() == content


def test_a_100_mb_file_is_refused_before_it_is_read(qtbot, window, store, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: takes no room on disk
    wizard = open_wizard(window, path)
    assert wizard.pages.currentIndex() == FILE
    assert "100.0 MB" in wizard.file_page.error.text() and "not imported" in wizard.file_page.error.text()


def test_a_sheet_without_known_headings_is_mapped_by_hand_and_remembered(qtbot, window, store, tmp_path):
    rows = [
        ["Клиент полностью", "Куда", "Что за дело", "Когда", "Что было", "Служебное"],
        ["Белова Вера", "Грузия", "Отказ во въезде", "12.12.2022", "Въезд", "x"],
    ]
    wizard = open_wizard(window, write_csv(tmp_path / "own.csv", rows=rows))
    assert wizard.mapping_page.unknown_headings.isVisible()
    assert set(mapped(wizard).values()) == {None}
    assert "Person: full name" in wizard.mapping_page.missing.text()
    assert not wizard.next_button.isEnabled()
    name_combo = combo_for(wizard, "Клиент полностью")
    name_combo.setFocus()
    qtbot.keyClick(name_combo, Qt.Key.Key_Down)  # the first field in the list: the person's name
    for heading, field in (("Куда", "case.country"), ("Что за дело", "case.kind"),
                           ("Когда", "event.date"), ("Что было", "event.kind")):  # fmt: skip
        pick(combo_for(wizard, heading), field)
    click(qtbot, wizard.next_button)
    assert shown_counts(wizard) == {"persons": 1, "cases": 1, "events": 1, "problems": 0, "duplicates": 0}
    click(qtbot, wizard.import_button)
    with store.session() as session:
        assert cases.case_detail(session, "GE-2022-0001").person.person.name == "Белова Вера"

    rows[1][0] = "Белова Вероника"
    again = open_wizard(window, write_csv(tmp_path / "again.csv", rows=rows))
    assert not again.mapping_page.unknown_headings.isVisible()
    assert mapped(again)["Клиент полностью"] == "person.name" and mapped(again)["Служебное"] is None


def test_choosing_a_field_takes_it_from_the_column_that_had_it(qtbot, window, tmp_path):
    wizard = open_wizard(window, write_csv(tmp_path / "a.csv"))
    pick(combo_for(wizard, "Латиница"), "person.name")
    assert mapped(wizard)["ФИО"] is None and mapped(wizard)["Латиница"] == "person.name"


def test_possible_duplicates_are_shown_and_linked_only_when_chosen(qtbot, window, store, tmp_path):
    with store.transaction() as session:
        existing = people.add_person(
            session, "t", people.PersonDraft(name="ИВАНОВ иван иванович", birth_date=date(1990, 2, 1))
        ).person.id
    wizard = open_wizard(window, write_csv(tmp_path / "a.csv"))
    click(qtbot, wizard.next_button)
    assert shown_counts(wizard)["duplicates"] == 1
    assert table_text(wizard.preview_page.duplicates) == [
        ["4, 6", "Иванов Иван Иванович (1990-02-01)", "ИВАНОВ иван иванович"]
    ]
    assert wizard.preview_page.tabs.currentIndex() == 2
    assert not wizard.import_button.isEnabled()  # "stop" is the default, as on the command line
    link = wizard.preview_page.duplicate_choice.button(1)
    click(qtbot, link)
    assert "2 new people" in wizard.preview_page.verdict.text()
    click(qtbot, wizard.import_button)
    with store.session() as session:
        assert cases.find_case(session, "GE-2022-0001").person_id == existing
    assert counts(store)[0] == 3


def test_an_xlsx_workbook_is_chosen_with_the_file_picker_and_imported(
    qtbot, window, store, tmp_path, monkeypatch
):
    path = write_xlsx(tmp_path / "дела.xlsx")
    answer_next_file_dialog(path)
    wizard = open_wizard(window)
    click(qtbot, wizard.file_page.browse_button)
    assert "sheet “Дела”" in wizard.mapping_page.source.text()
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.import_button)
    assert "AM-2023-0001" in wizard.done_page.numbers.text()
    with store.session() as session:
        assert [e.description for e in cases.case_detail(session, "AM-2023-0001").events][1] == "=1+1"


def write_ordinary_xlsx(path):
    """One row per person and refusal, as a volunteer keeps it: no case type, no event column."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Отказы"
    sheet.append(["ФИО", "Дата рождения", "Дата", "Место", "Страна", "Комментарий"])
    sheet.append(["Иванов Иван", date(1990, 2, 1), date(2022, 9, 16), "Верхний Ларс", "Грузия", "пешком"])
    sheet.append(["Петрова Анна", date(1985, 7, 30), date(2023, 1, 12), "Нарва", "Эстония", None])
    workbook.save(path)
    return path


def test_an_ordinary_sheet_is_imported_with_the_case_type_chosen_for_every_row(
    qtbot, window, store, tmp_path
):
    wizard = open_wizard(window, write_ordinary_xlsx(tmp_path / "отказы.xlsx"))
    page = wizard.mapping_page
    assert mapped(wizard) == {
        "ФИО": "person.name",
        "Дата рождения": "person.birth_date",
        "Дата": "event.date",
        "Место": "event.place",
        "Страна": "case.country",
        "Комментарий": "event.description",
    }
    # No column says the case type: the wizard asks for one, or for a value for every row.
    assert "Case: type" in page.missing.text() and "Event: what happened" not in page.missing.text()
    assert not wizard.next_button.isEnabled()
    assert page.fixed["event.kind"].currentText() == "inferred from the case type"
    assert page.fixed["case.country"].currentText() == "from the column “Страна”"
    assert not page.fixed["case.country"].isEnabled()

    pick(page.fixed["case.kind"], "entry_denial")
    assert page.missing.isHidden()
    assert "2 people, 2 cases, 2 events" in page.status.text()
    click(qtbot, wizard.next_button)

    preview = wizard.preview_page
    assert preview.tabs.tabText(3) == "Columns (8)"
    columns = dict(table_text(preview.columns))
    assert columns["Место"] == "the event's place" and columns["Комментарий"] == "the event's description"
    assert columns["(same for every row)"] == "the case type: Entry denial in every row"
    assert columns["(inferred)"] == (
        "what happened (the event's kind): inferred from the case type (Entry denial → Entry denied)"
    )
    assert (
        "What happened is inferred from the case type (Entry denial → Entry denied)" in preview.notes.text()
    )
    assert table_text(preview.rows)[0][-2:] == ["Entry denied", "Верхний Ларс"]

    click(qtbot, wizard.import_button)

    assert wizard.pages.currentIndex() == DONE
    with store.session() as session:
        georgia = cases.case_detail(session, "GE-2022-0001")
        assert georgia.case.kind == "entry_denial"
        assert [(str(e.date), e.kind, e.place, e.description) for e in georgia.events] == [
            ("2022-09-16", "entry_denied", "Верхний Ларс", "пешком")
        ]
        estonia = cases.case_detail(session, "EE-2023-0001")
        assert [(e.kind, e.place) for e in estonia.events] == [("entry_denied", "Нарва")]
    remembered = json.loads(remembered_settings(store)[0].value)
    assert remembered["fixed"] == {"case.kind": "entry_denial"}


def test_what_happened_can_be_chosen_instead_of_inferred_and_a_column_left_out_is_said(
    qtbot, window, store, tmp_path
):
    wizard = open_wizard(window, write_ordinary_xlsx(tmp_path / "отказы.xlsx"))
    page = wizard.mapping_page
    pick(page.fixed["case.kind"], "entry_denial")
    pick(combo_for(wizard, "Дата"), None)  # without a date no event is made: the place has nowhere to go
    assert "2 cases, 0 events" in page.status.text()
    click(qtbot, wizard.next_button)

    preview = wizard.preview_page
    columns = table_text(preview.columns)
    assert columns[:3] == [
        ["Дата", "not imported: no field is chosen for this column"],
        ["Место", "not imported: no event is made without a column for its date, so the event's place has "
                  "nowhere to go"],
        ["Комментарий", "not imported: no event is made without a column for its date, so the event's "
                        "description has nowhere to go"],
    ]  # fmt: skip
    assert preview.tabs.currentIndex() == 3  # the columns left out are shown first
    assert preview.notes.text().startswith("3 columns will not be imported: “Дата”, “Место”, “Комментарий”.")

    click(qtbot, wizard.back_button)
    pick(page.fixed["event.kind"], "entry_ban")  # what happened, for every row, but on which day?
    assert "Event: date" in page.missing.text() and not wizard.next_button.isEnabled()
    pick(combo_for(wizard, "Дата"), "event.date")
    click(qtbot, wizard.next_button)
    assert dict(table_text(preview.columns))["(same for every row)"].endswith("Entry ban in every row")
    click(qtbot, wizard.import_button)
    with store.session() as session:
        assert [e.kind for e in cases.case_detail(session, "GE-2022-0001").events] == ["entry_ban"]


def test_in_russian_the_columns_and_the_inferred_kind_are_said_in_russian(
    qtbot, in_russian, window, tmp_path
):
    wizard = open_wizard(window, write_ordinary_xlsx(tmp_path / "отказы.xlsx"))
    page = wizard.mapping_page
    assert page.fixed["event.kind"].currentText() == "по типу дела"
    pick(page.fixed["case.kind"], "entry_denial")
    click(qtbot, wizard.next_button)
    columns = dict(table_text(wizard.preview_page.columns))
    assert columns["Место"] == "место события"
    assert columns["(одно для всех строк)"] == "тип дела: Отказ во въезде во всех строках"
    assert wizard.preview_page.tabs.tabText(3) == "Столбцы (8)"
    assert wizard.preview_page.notes.text().startswith("Что произошло, определяется по типу дела (")


def test_a_row_naming_a_person_already_in_the_store_is_a_possible_duplicate_without_a_birth_date(
    qtbot, window, store, tmp_path
):
    with store.transaction() as session:
        kira = people.add_person(
            session, "t", people.PersonDraft(name="Кира Андреевна Будницкая", birth_date=date(1994, 3, 12))
        ).person.id
    rows = [["ФИО", "Дата", "Место", "Страна"], ["Кира Андреевна Будницкая", "16.09.2022", "Ларс", "Грузия"]]
    wizard = open_wizard(window, write_csv(tmp_path / "a.csv", rows=rows))
    pick(wizard.mapping_page.fixed["case.kind"], "entry_denial")
    click(qtbot, wizard.next_button)
    preview = wizard.preview_page
    assert shown_counts(wizard)["duplicates"] == 1
    assert preview.tabs.tabText(2) == "Possible duplicates (1)" and preview.tabs.currentIndex() == 2
    assert table_text(preview.duplicates) == [
        ["2", "Кира Андреевна Будницкая (date of birth unknown)", "Кира Андреевна Будницкая"]
    ]
    click(qtbot, preview.duplicate_choice.button(1))
    click(qtbot, wizard.import_button)
    with store.session() as session:
        assert cases.find_case(session, "GE-2022-0001").person_id == kira
    assert counts(store)[0] == 1  # no second Кира
