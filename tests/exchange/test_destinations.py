"""Where each column's values go, as the preview says it: nothing is left out without a reason."""

from casetracker.exchange import plan_import
from casetracker.exchange.destinations import Source
from tests.exchange.exchange_samples import write_csv

ORDINARY = [
    ["ФИО", "Дата рождения", "Дата", "Место", "Страна", "Комментарий"],
    ["Иванов Иван", "01.02.1990", "16.09.2022", "Верхний Ларс", "Грузия", "пешком"],
]


def said(plan, language: str = "en") -> dict[str, tuple[bool, str]]:
    return {d.heading or d.source.value: (d.imported, d.text(language)) for d in plan.destinations}


def test_each_column_says_which_field_of_the_person_case_or_event_it_goes_to(store, tmp_path):
    path = write_csv(tmp_path / "a.csv", rows=ORDINARY)
    with store.session() as session:
        plan = plan_import(session, path, mapping={"fixed": {"case.kind": "entry_denial"}})
    assert said(plan) == {
        "ФИО": (True, "the person's full name"),
        "Дата рождения": (True, "the person's date of birth"),
        "Дата": (True, "the event's date"),
        "Место": (True, "the event's place"),
        "Страна": (True, "the case's country"),
        "Комментарий": (True, "the event's description"),
        "fixed": (True, "the case type: Entry denial in every row"),
        "inferred": (True, "what happened (the event's kind): inferred from the case type "
                           "(Entry denial → Entry denied)"),
    }  # fmt: skip
    russian = said(plan, "ru")
    assert russian["Место"] == (True, "место события")
    assert russian["inferred"][1].startswith("что произошло (вид события): по типу дела (")
    assert "Where the values go:\n  'ФИО' → the person's full name" in plan.summary()


def test_a_place_column_without_a_date_column_is_listed_as_not_imported_with_the_reason(store, tmp_path):
    rows = [["ФИО", "Страна", "Тип дела", "Место", "Служебное"], ["Иванов", "GE", "Недопуск", "Казбеги", "x"]]
    path = write_csv(tmp_path / "a.csv", rows=rows)
    with store.session() as session:
        plan = plan_import(session, path)
    shown = said(plan)
    assert shown["Место"] == (
        False,
        "not imported: no event is made without a column for its date, so the event's place has nowhere "
        "to go",
    )
    assert shown["Служебное"] == (False, "not imported: no field is chosen for this column")
    assert shown["Место"][0] is False and "inferred" not in shown  # no dates: no events to infer a kind for
    assert "'Место' → not imported" in plan.summary()
    assert said(plan, "ru")["Место"][1].startswith("не импортируется: без столбца с датой")


def test_case_fields_without_a_case_have_nowhere_to_go(store, tmp_path):
    path = write_csv(tmp_path / "a.csv", rows=[["ФИО", "Статус", "Юрист"], ["Иванов", "Открыто", "Смирнов"]])
    with store.session() as session:
        plan = plan_import(session, path)
    assert said(plan)["Статус"] == (
        False,
        "not imported: no case is made without the case's country and type, so the case's status has "
        "nowhere to go",
    )
    assert [d.source for d in plan.destinations] == [Source.COLUMN] * 3


def test_a_value_for_every_row_beside_its_column_fills_only_the_empty_cells(store, tmp_path):
    rows = [["ФИО", "Страна", "Тип дела"], ["Иванов", "GE", "Убежище"], ["Петров", "GE", ""]]
    path = write_csv(tmp_path / "a.csv", rows=rows)
    with store.session() as session:
        plan = plan_import(session, path, mapping={"fixed": {"case.kind": "Отказ во въезде"}})
    assert said(plan)["fixed"] == (True, "the case type: Entry denial where the column's cell is empty")
    assert [case.kind for case in plan.cases] == ["asylum", "entry_denial"]
