"""Spreadsheet import: real NGO sheets, the preview, all-or-nothing, duplicates and bad input."""

import codecs
import json
import uuid
from datetime import date

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from casetracker.errors import DiskFull
from casetracker.exchange import (
    ImportRejected,
    UnreadableFile,
    import_sheet,
    plan_import,
)
from casetracker.exchange.importer import ImportCancelled
from casetracker.services import batch, cases, duplicates, people
from casetracker.services.duplicates import DuplicateMatch
from casetracker.store.models import AuditEntry, Case, Event, Person, PersonName, StoreSetting
from casetracker.vocabulary import DatePrecision
from tests.exchange.exchange_samples import ROWS, TWO_ROW_HEADER, counts, digest, write_csv, write_xlsx

HEADINGS = TWO_ROW_HEADER[2]


def run_import(store, path, **options):
    with store.transaction() as session:
        return import_sheet(session, "tester", path, **options)


def test_cp1251_semicolon_csv_with_two_row_header_imports_persons_cases_and_events(store, tmp_path):
    path = write_csv(tmp_path / "клиенты.csv")
    before = digest(path)
    with store.session() as session:
        plan = plan_import(session, path)
    assert (plan.table.encoding, plan.table.delimiter, plan.mapping.header_row) == ("cp1251", ";", 3)
    assert (len(plan.persons), len(plan.cases), plan.events, plan.problems) == (3, 3, 4, [])

    result = run_import(store, path)

    assert (result.persons, len(result.case_numbers), result.events) == (3, 3, 4)
    assert sorted(result.case_numbers) == ["DE-2023-0001", "GE-2022-0001", "KZ-2022-0001"]
    assert digest(path) == before  # the source file is never modified
    with store.session() as session:
        ivanov = session.exec(select(Person).where(Person.name == "Иванов Иван Иванович")).one()
        assert str(ivanov.birth_date) == "1990-02-01"
        spellings = session.exec(select(PersonName.text).where(PersonName.person_id == ivanov.id)).all()
        assert spellings == ["IVANOV IVAN"]
        georgia = cases.case_detail(session, "GE-2022-0001")
        assert str(georgia.case.opened_on) == "2022-09-15"  # the first event's day
        assert georgia.case.kind == "entry_denial"
        assert [e.kind for e in georgia.events] == ["entry", "entry_denied"]
        # A formula is kept as text, never evaluated.
        assert georgia.events[1].description == '=HYPERLINK("http://example.org";"решение")'
        petrova = cases.case_detail(session, "DE-2023-0001")
        assert petrova.events[0].date_precision == DatePrecision.MONTH
        kazakhstan = cases.case_detail(session, "KZ-2022-0001")
        assert kazakhstan.events[0].date_precision == DatePrecision.APPROXIMATE
        assert kazakhstan.events[0].description == "-по запросу РФ"
        actions = {(e.entity, e.action) for e in session.exec(select(AuditEntry))}
        assert {("person", "create"), ("case_file", "create"), ("event", "create")} <= actions


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ";"), ("utf-8", ","), ("cp1251", "\t"), ("utf-16", "\t")]
)
def test_encodings_and_delimiters_are_detected(store, tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "sheet.csv", encoding=encoding, delimiter=delimiter)
    with store.session() as session:
        plan = plan_import(session, path)
    assert plan.table.delimiter == delimiter
    assert plan.table.encoding == ("utf-8-sig" if encoding == "utf-8" else encoding)
    assert plan.persons[0].draft.name == "Иванов Иван Иванович"
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(codecs.BOM_UTF8)


def test_computed_deadlines_follow_from_imported_events(store, tmp_path):
    rows = [
        ["ФИО", "Страна", "Тип дела", "Дата", "Событие"],
        ["Орлов Олег", "DE", "Убежище", "01.03.2024", "Подано заявление"],
        ["Орлов Олег", "DE", "Убежище", "01.06.2024", "Отрицательное решение"],
        ["Орлов Олег", "DE", "Убежище", "05.06.2024", "Получено уведомление"],
    ]
    run_import(store, write_csv(tmp_path / "a.csv", rows=rows))
    with store.session() as session:
        detail = cases.case_detail(session, "DE-2024-0001")
    assert detail.deadlines, "the rules compute the appeal deadline from the imported decision"
    assert all(d.origin != "manual" for d in detail.deadlines)


def test_xlsx_with_merged_header_dates_and_formula(store, tmp_path):
    path = write_xlsx(tmp_path / "дела.xlsx")
    before = digest(path)
    with store.session() as session:
        plan = plan_import(session, path)
    assert (plan.table.name, plan.mapping.header_row, plan.problems) == ("Дела", 2, [])
    result = run_import(store, path)
    assert (result.persons, result.case_numbers, result.events) == (1, ["AM-2023-0001"], 2)
    assert digest(path) == before
    with store.session() as session:
        detail = cases.case_detail(session, "AM-2023-0001")
        assert str(detail.person.person.birth_date) == "1992-04-05"
        assert detail.case.kind == "residence_permit_annulment"
        assert detail.events[0].description == '=HYPERLINK("http://example.org","письмо")'
        assert detail.events[1].description == "=1+1"  # text; never evaluated to 2


def test_every_problem_row_is_reported_and_nothing_is_imported(store, tmp_path):
    rows = [
        HEADINGS,
        ROWS[0],
        ["Петров Пётр", "", "31.02.2023", "Грузия", "Отказ во въезде", "01.01.2023", "Въезд", "", ""],
        ["Смирнова Ольга", "", "", "Атлантида", "Полёт на Луну", "2023-13-01", "Танцы", "", ""],
        ["", "", "", "Грузия", "Убежище", "", "", "", ""],
        ["Кузнецов", "", "", "", "", "01.01.2023", "Въезд", "", ""],
    ]
    path = write_csv(tmp_path / "bad.csv", rows=rows)
    with store.session() as session:
        plan = plan_import(session, path)
    found = {(p.row, p.column) for p in plan.problems}
    assert found == {
        (3, "Дата рождения"),
        (4, "Страна"),
        (4, "Тип дела"),
        (4, "Дата"),
        (4, "Событие"),
        (5, "ФИО"),
        (6, "Страна"),
    }
    assert all(p.reason for p in plan.problems)
    assert "31.02.2023" in next(p.reason for p in plan.problems if p.row == 3)
    empty = counts(store)
    with pytest.raises(ImportRejected) as raised:
        run_import(store, path)
    assert "row 4, column 'Тип дела'" in str(raised.value)
    assert counts(store) == empty

    result = run_import(store, path, only_good_rows=True)
    assert (result.persons, result.skipped_rows) == (1, [3, 4, 5, 6])


def test_dry_run_checks_everything_and_writes_nothing(store, tmp_path):
    path = write_csv(tmp_path / "a.csv")
    empty = counts(store)
    result = run_import(store, path, dry_run=True)
    assert (result.persons, len(result.case_numbers), result.events) == (3, 3, 4)
    assert counts(store) == empty
    with store.session() as session:
        assert session.exec(select(StoreSetting).where(StoreSetting.key.startswith("exchange."))).all() == []


def test_likely_duplicates_are_reported_not_created(store, tmp_path):
    with store.transaction() as session:
        existing = people.add_person(
            session, "t", people.PersonDraft(name="ИВАНОВ иван иванович", birth_date=date(1990, 2, 1))
        ).person.id
    path = write_csv(tmp_path / "a.csv")
    with store.session() as session:
        plan = plan_import(session, path)
    assert [p.duplicate_of for p in plan.duplicates] == [[existing]]
    before = counts(store)
    with pytest.raises(ImportRejected, match="likely already in the store"):
        run_import(store, path)
    assert counts(store) == before

    result = run_import(store, path, duplicates="link")
    assert (result.persons, result.linked) == (2, 1)
    with store.session() as session:
        assert cases.find_case(session, "GE-2022-0001").person_id == existing


def test_duplicate_check_is_a_hook(store, tmp_path):
    calls = []

    def finder(session, candidates):
        calls.append(len(candidates))
        return {candidates[0].key: [DuplicateMatch(uuid.uuid4(), "Someone", 0.5, ("same name",))]}

    with store.session() as session:
        plan = plan_import(session, write_csv(tmp_path / "a.csv"), find_duplicates=finder)
    assert calls == [3] and len(plan.duplicates) == 1


def test_a_row_without_a_birth_date_naming_a_stored_person_is_a_possible_duplicate(store, tmp_path):
    # An ordinary sheet: no date of birth, no event kind, the case type given for every row.
    with store.transaction() as session:
        kira = people.add_person(
            session, "t", people.PersonDraft(name="Кира Андреевна Будницкая", birth_date=date(1994, 3, 12))
        ).person.id
        namesake = people.add_person(
            session, "t", people.PersonDraft(name="Будницкая Кира", birth_date=date(1961, 1, 1))
        ).person.id
    rows = [
        ["ФИО", "Дата", "Место", "Страна"],
        ["Кира Андреевна Будницкая", "16.09.2022", "Верхний Ларс", "Грузия"],
        ["Олег Сергеевич Тарасов", "17.09.2022", "Верхний Ларс", "Грузия"],
    ]
    path = write_csv(tmp_path / "a.csv", rows=rows)
    fixed = {"fixed": {"case.kind": "entry_denial"}}
    with store.session() as session:
        plan = plan_import(session, path, mapping=fixed)
        pairs = duplicates.all_pairs(session)
    # The row says no date of birth, so an older namesake may be the person too, after the exact name.
    assert [(p.rows, p.duplicate_of) for p in plan.duplicates] == [([2], [kira, namesake])]
    assert plan.duplicates[0].matches[0].why[0].kind == "same_name"
    assert "Row 2: possibly a person already in the store" in plan.summary()
    assert f"{kira} (same name: Кира Андреевна Будницкая)" in plan.summary()
    assert pairs == []  # born 33 years apart: two people, there as here
    before = counts(store)
    with pytest.raises(ImportRejected, match="likely already in the store"):
        run_import(store, path, mapping=fixed)
    assert counts(store) == before

    result = run_import(store, path, mapping=fixed, duplicates="link")
    assert (result.persons, result.linked) == (1, 1)
    with store.session() as session:
        assert cases.find_case(session, result.case_numbers[0]).person_id == kira
        assert duplicates.all_pairs(session) == []  # nothing left for People → "Possible duplicates"


def test_a_person_imported_all_the_same_is_listed_by_people_possible_duplicates(store, tmp_path):
    with store.transaction() as session:
        kira = people.add_person(
            session, "t", people.PersonDraft(name="Кира Андреевна Будницкая", birth_date=date(1994, 3, 12))
        ).person.id
    rows = [["ФИО", "Дата", "Страна", "Тип дела"], ["БУДНИЦКАЯ Кира Андреевна", "16.09.2022", "GE", "asylum"]]
    path = write_csv(tmp_path / "a.csv", rows=rows)
    with store.session() as session:
        flagged = plan_import(session, path).duplicates[0].matches
    run_import(store, path, duplicates="create")
    with store.session() as session:
        listed = duplicates.all_pairs(session)
    assert [m.person_id for m in flagged] == [kira]
    assert [kira in (pair.person_id, pair.other_id) for pair in listed] == [True]
    assert listed[0].score == flagged[0].score  # the same match, the same weight
    assert [r.kind for r in listed[0].why] == [r.kind for r in flagged[0].why] == ["same_name"]


def test_missing_required_columns_are_named(store, tmp_path):
    path = write_csv(tmp_path / "a.csv", rows=[["ФИО", "Страна", "Дата"], ["Иванов", "GE", "01.01.2023"]])
    with store.session() as session, pytest.raises(ImportRejected) as raised:
        plan_import(session, path)
    message = str(raised.value)
    # The event's kind is not asked for: once the case type is given, it is inferred from it.
    assert (
        "Тип дела" in message and "Событие" not in message and "--mapping" in message and "fixed" in message
    )


def test_no_known_headings_is_explained(store, tmp_path):
    path = write_csv(tmp_path / "a.csv", rows=[["Колонка 1", "Колонка 2"], ["а", "б"]])
    with store.session() as session, pytest.raises(ImportRejected, match="No row"):
        plan_import(session, path)


def test_mapping_file_overrides_and_is_remembered_per_layout_in_the_store(store, tmp_path):
    rows = [
        ["Клиент полностью", "Куда", "Что за дело", "Когда", "Что было", "Служебное"],
        ["Белова Вера", "Грузия", "Недопуск на границе", "12.12.2022", "Въезд", "x"],
    ]
    path = write_csv(tmp_path / "own.csv", rows=rows)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "columns": {
                    "Клиент полностью": "person.name",
                    "Куда": "case.country",
                    "Что за дело": "case.kind",
                    "Когда": "event.date",
                    "Что было": "event.kind",
                    "Служебное": None,
                },
                "values": {"case.kind": {"Недопуск на границе": "entry_denial"}},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = run_import(store, path, mapping=mapping)
    assert result.case_numbers == ["GE-2022-0001"]
    with store.session() as session:
        remembered = session.exec(select(StoreSetting).where(StoreSetting.key.startswith("exchange."))).one()
        assert "недопуск на границе" in remembered.value
    # The same layout again, without the mapping file: the store remembers it.
    rows[1][0] = "Белова Вероника"
    again = write_csv(tmp_path / "again.csv", rows=rows)
    assert run_import(store, again).case_numbers == ["GE-2022-0002"]


def test_bad_mapping_file_is_explained(store, tmp_path):
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"ФИО": "person.nickname"}}', encoding="utf-8")
    with store.session() as session, pytest.raises(UnreadableFile, match="not a field"):
        plan_import(session, write_csv(tmp_path / "a.csv"), mapping=mapping)
    mapping.write_text("{not json", encoding="utf-8")
    with store.session() as session, pytest.raises(UnreadableFile, match="not valid UTF-8 JSON"):
        plan_import(session, write_csv(tmp_path / "a.csv"), mapping=mapping)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (bytes(range(256)) * 40, "binary"),
        (b"PK\x03\x04 not really a zip", "ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, r"\.xls"),
        (b"", "No row"),
    ],
)
def test_garbage_files_are_refused_with_a_message(store, tmp_path, content, message):
    path = tmp_path / "cases.csv"
    path.write_bytes(content)
    with store.session() as session, pytest.raises((UnreadableFile, ImportRejected), match=message):
        plan_import(session, path)


def test_size_limit(store, tmp_path):
    path = write_csv(tmp_path / "a.csv")
    with store.session() as session, pytest.raises(UnreadableFile, match="not imported"):
        plan_import(session, path, max_bytes=100)


def test_missing_file(store, tmp_path):
    with store.session() as session, pytest.raises(UnreadableFile, match="does not exist"):
        plan_import(session, tmp_path / "nothing.csv")


def test_full_disk_propagates_and_nothing_is_half_imported(store, tmp_path, monkeypatch):
    import sqlite3

    original = batch.insert_rows

    def failing(session, model, rows):
        if model is Event:  # persons and cases are written by then
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
        return original(session, model, rows)

    monkeypatch.setattr(batch, "insert_rows", failing)
    empty = counts(store)
    with pytest.raises(DiskFull):
        run_import(store, write_csv(tmp_path / "a.csv"))
    assert counts(store) == empty


def test_exit_before_entry_is_a_row_problem(store, tmp_path):
    rows = [
        ["ФИО", "Страна", "Тип дела", "Дата", "Событие"],
        ["Лебедев", "GE", "Другое", "10.10.2022", "Въезд"],
        ["Лебедев", "GE", "Другое", "01.10.2022", "Выезд"],
    ]
    with store.session() as session:
        plan = plan_import(session, write_csv(tmp_path / "a.csv", rows=rows))
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Дата")]


def test_progress_can_cancel(store, tmp_path):
    empty = counts(store)
    with pytest.raises(ImportCancelled):
        run_import(store, write_csv(tmp_path / "a.csv"), progress=lambda done, total: done < 2)
    assert counts(store) == empty


def test_grouping_by_case_reference(store, tmp_path):
    rows = [
        ["№ дела", "ФИО", "Страна", "Тип дела", "Дата", "Событие"],
        ["A-1", "Зайцев", "GE", "Убежище", "01.01.2023", "Въезд"],
        ["A-2", "Зайцев", "GE", "Убежище", "01.06.2023", "Въезд"],
        ["A-1", "Зайцев", "GE", "Убежище", "02.01.2023", "Подано заявление"],
    ]
    result = run_import(store, write_csv(tmp_path / "a.csv", rows=rows))
    assert (result.persons, len(result.case_numbers), result.events) == (1, 2, 3)
    with store.session() as session:
        summaries = sorted(c.summary for c in session.exec(select(Case)))
        assert all("Reference in the imported sheet" in s for s in summaries)
        assert len(session.exec(select(Event)).all()) == 3


# --- ordinary sheets: no event-kind column --------------------------------------------------------

ORDINARY = [
    ["ФИО", "Дата рождения", "Дата", "Место", "Страна", "Комментарий"],
    ["Иванов Иван", "01.02.1990", "16.09.2022", "Верхний Ларс", "Грузия", "пешком, с семьёй"],
    ["Петрова Анна", "30.07.1985", "03.10.2022", "Аэропорт Тбилиси", "Грузия", "вернули тем же рейсом"],
    ["Сидоров Пётр", "", "12.01.2023", "Нарва", "Эстония", ""],
]


def test_an_ordinary_sheet_imports_with_the_case_type_given_for_every_row_and_what_happened_inferred(
    store, tmp_path
):
    path = write_csv(tmp_path / "отказы.csv", rows=ORDINARY)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"fixed": {"case.kind": "Отказ во въезде"}}, ensure_ascii=False), "utf-8")

    result = run_import(store, path, mapping=mapping)

    assert (result.persons, len(result.case_numbers), result.events) == (3, 3, 3)
    with store.session() as session:
        georgia = cases.case_detail(session, "GE-2022-0001")
        assert georgia.case.kind == "entry_denial"
        assert [(str(e.date), e.kind, e.place, e.description) for e in georgia.events] == [
            ("2022-09-16", "entry_denied", "Верхний Ларс", "пешком, с семьёй")
        ]
        estonia = cases.case_detail(session, "EE-2023-0001")
        assert (estonia.events[0].kind, estonia.events[0].place) == ("entry_denied", "Нарва")
        # Opened the same way again, the sheet gets the same choices without the mapping file.
        again = plan_import(session, path)
    assert again.mapping.fixed == {"case.kind": "entry_denial"}


def test_what_happened_is_inferred_row_by_row_from_each_case_type(store, tmp_path):
    rows = [
        ["ФИО", "Страна", "Тип дела", "Дата"],
        ["Иванов", "GE", "Отказ во въезде", "16.09.2022"],
        ["Петрова", "DE", "Убежище", "03.2023"],
        ["Сидоров", "KG", "Экстрадиция", "10.10.2022"],
    ]
    with store.session() as session:
        plan = plan_import(session, write_csv(tmp_path / "a.csv", rows=rows))
    assert [(c.kind, [e.kind for e in c.events]) for c in plan.cases] == [
        ("entry_denial", ["entry_denied"]),
        ("asylum", ["application_filed"]),
        ("detention_extradition", ["detention"]),
    ]
    assert plan.problems == []


def test_what_happened_given_for_every_row_replaces_the_inferred_kind(store, tmp_path):
    rows = [["ФИО", "Страна", "Тип дела", "Дата"], ["Иванов", "GE", "Отказ во въезде", "16.09.2022"]]
    with store.session() as session:
        plan = plan_import(
            session, write_csv(tmp_path / "a.csv", rows=rows), mapping={"fixed": {"event.kind": "entry_ban"}}
        )
    assert plan.cases[0].events[0].kind == "entry_ban"
    assert not plan.mapping.event_kind_inferred


def test_a_mapped_place_is_never_dropped_a_row_with_a_place_but_no_date_is_refused(store, tmp_path):
    rows = [*ORDINARY[:2], ["Петрова Анна", "30.07.1985", "", "Аэропорт Тбилиси", "Грузия", "звонок"]]
    path = write_csv(tmp_path / "a.csv", rows=rows)
    empty = counts(store)
    fixed = {"fixed": {"case.kind": "entry_denial"}}
    with pytest.raises(ImportRejected) as raised:
        run_import(store, path, mapping=fixed)
    assert (
        "row 3, column 'Дата': the event has no date, so its place, description or source cannot be "
        in str(raised.value)
    )
    assert counts(store) == empty  # nothing saved on refusal

    result = run_import(store, path, mapping=fixed, only_good_rows=True)
    assert (result.persons, result.events, result.skipped_rows) == (1, 1, [3])


def test_a_value_for_every_row_that_names_nothing_known_is_refused_before_anything_is_read(store, tmp_path):
    path = write_csv(tmp_path / "a.csv", rows=ORDINARY)
    with store.session() as session:
        with pytest.raises(ImportRejected) as raised:
            plan_import(session, path, mapping={"fixed": {"case.kind": "Полёт на Луну"}})
        assert "for every row for Тип дела / Case type" in str(raised.value)
        assert "'Полёт на Луну' is not a known case type" in str(raised.value)
        assert "Полёт на Луну" in raised.value.text("ru") and "для всех строк" in raised.value.text("ru")
        with pytest.raises(UnreadableFile, match=r"'fixed' names 'person\.name'"):
            plan_import(session, path, mapping={"fixed": {"person.name": "Иванов"}})
    assert counts(store)[:3] == (0, 0, 0)
