"""Realistic spreadsheets as NGOs keep them, generated for the exchange tests."""

import hashlib
from datetime import date, datetime
from pathlib import Path

from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.exchange import (
    import_sheet,
)
from casetracker.services import cases, people, trash
from casetracker.store.models import AuditEntry, Case, Event, Person

TWO_ROW_HEADER = [
    ["Учёт обращений 2022–2023", "", "", "", "", "", "", "", ""],
    ["Клиент", "", "", "Дело", "", "Событие", "", "", ""],
    ["ФИО", "Латиница", "Дата рождения", "Страна", "Тип дела", "Дата", "Событие", "Место", "Описание"],
]
ROWS = [
    ["Иванов Иван Иванович", "IVANOV IVAN", "01.02.1990", "Грузия", "Отказ во въезде", "15.09.2022",
     "Въезд", "Верхний Ларс", "пешком"],
    [],
    ["Иванов Иван Иванович", "IVANOV IVAN", "01.02.1990", "Грузия", "Отказ во въезде", "16.09.2022",
     "Отказ во въезде", "Верхний Ларс", '=HYPERLINK("http://example.org";"решение")'],
    ["Petrova Anna", "", "1985-07-30", "DE", "asylum", "03.2023", "Подача заявления", "Berlin", "Antrag"],
    ["Сидоров Пётр", "SIDOROV PETR", "", "Казахстан", "Задержание", "~10.10.2022", "Задержание",
     "Алматы", "-по запросу РФ"],
]  # fmt: skip


def csv_bytes(rows: list[list[str]], *, delimiter: str = ";", encoding: str = "cp1251") -> bytes:
    def cell(text: str) -> str:
        if any(char in text for char in (delimiter, '"', "\n")):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "\r\n".join(delimiter.join(cell(c) for c in row) for row in rows) + "\r\n"
    return text.encode(encoding)


def write_csv(path: Path, rows=None, **options) -> Path:
    path.write_bytes(csv_bytes(TWO_ROW_HEADER + ROWS if rows is None else rows, **options))
    return path


def write_xlsx(path: Path) -> Path:
    """A workbook with a title, a merged group-heading row, real date cells and a formula."""
    from openpyxl import Workbook

    workbook = Workbook()
    info = workbook.active
    info.title = "Инструкция"
    info["A1"] = "Заполняйте лист «Дела»"
    sheet = workbook.create_sheet("Дела")
    sheet.append(["Клиент", None, None, "Дело", None, "Событие", None, None])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("D1:E1")
    sheet.merge_cells("F1:H1")
    sheet.append(["ФИО", "Дата рождения", "Гражданство", "Страна", "Тип дела", "Дата", "Событие", "Описание"])
    link = '=HYPERLINK("http://example.org","письмо")'
    sheet.append(["Козлова Мария", datetime(1992, 4, 5), "Россия", "Армения", "Аннулирование ВНЖ",
                  date(2023, 1, 20), "ВНЖ аннулирован", link])  # fmt: skip
    sheet.append([None] * 8)
    sheet.append(["Козлова Мария", datetime(1992, 4, 5), "Россия", "Армения", "Аннулирование ВНЖ",
                  date(2023, 2, 1), "Подана жалоба", "=1+1"])  # fmt: skip
    workbook.save(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(store) -> tuple[int, int, int, int]:
    with store.session() as session:
        return (
            len(session.exec(select(Person)).all()),
            len(session.exec(select(Case)).all()),
            len(session.exec(select(Event)).all()),
            len(session.exec(select(AuditEntry)).all()),
        )


def fill(store, tmp_path) -> str:
    """Persons with spellings, markers, documents and family; cases with events, deadlines, notes, trash."""
    with store.transaction() as session:
        import_sheet(session, "tester", write_csv(tmp_path / "a.csv"))
        person = people.add_person(
            session,
            "tester",
            people.PersonDraft(
                name="Волков Алексей",
                other_names=("VOLKOV ALEKSEI", "Wolkow Alexej"),
                birth_date=date(1988, 3, 8),
                markers=(people.MarkerDraft("criminal_case", "ст. 207.3 УК РФ", date(2022, 4, 1)),),
            ),
        ).person
        people.add_document(session, "tester", person.id, "foreign_passport", "RU", "75 1234567")
        people.add_family_link(session, "tester", person.id, "сестра", relative_name="Волкова Анна")
        case = cases.add_case(session, "tester", person.id, "asylum", "DE", opened_on=date(2023, 5, 2))
        session.flush()
        cases.add_event(session, "tester", case.number, "application_filed", PartialDate(date(2023, 5, 2)))
        cases.add_deadline(session, "tester", case.number, date(2024, 1, 10), "hearing", description="суд")
        cases.add_note(session, "tester", case.number, "=Позвонить адвокату")
        other = cases.add_case(session, "tester", person.id, "other", "GE", opened_on=date(2022, 1, 1))
        session.flush()
        trash.move_to_trash(session, "tester", "case", other.id)
        return case.number
