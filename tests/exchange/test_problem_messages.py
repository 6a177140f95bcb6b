"""The import's reasons in the caseworker's language: catalogs, Russian wording, English unchanged."""

import ast
import string
from datetime import date
from pathlib import Path

import pytest

from casetracker import catalogue
from casetracker.errors import InvalidInput
from casetracker.exchange import ImportRejected, import_sheet, importer, plan_import
from casetracker.exchange import problem_messages as messages
from casetracker.exchange.importer import ImportCancelled
from casetracker.exchange.mapping import FIELDS
from casetracker.exchange.problem_messages import EN, Listed, render
from casetracker.exchange.problems import RowProblem
from casetracker.services import people
from casetracker.services.validation import check_country, check_text, check_vocabulary
from casetracker.vocabulary import CaseKind, Priority
from tests.exchange.exchange_samples import ROWS, TWO_ROW_HEADER, write_csv

PACKAGE = Path(messages.__file__).parent
CATALOG_FILES = {"problem_messages.py"}
RU = {key: catalogue.translated("import", key, "ru") for key in EN}
NBSP = "\u00a0"

HEADINGS = TWO_ROW_HEADER[2]  # ФИО; Латиница; Дата рождения; Страна; Тип дела; Дата; Событие; Место; Описание
BAD_ROWS = [
    *TWO_ROW_HEADER,
    ROWS[0],  # row 4: Иванов enters Georgia on 15.09.2022
    ["Петров Пётр", "", "31.02.2023", "Грузия", "Отказ во въезде", "01.01.2023", "Въезд", "", ""],
    ["Смирнова Ольга", "", "", "Атлантида", "Полёт на Луну", "2023-13-01", "Танцы", "", ""],
    ["", "", "", "Грузия", "Убежище", "", "", "", ""],
    ["Иванов Иван Иванович", "IVANOV IVAN", "01.02.1990", "Грузия", "Отказ во въезде", "10.09.2022", "Выезд",
     "", ""],
    ["Козлов Пётр", "", "", "", "Убежище", "", "", "", ""],
]  # fmt: skip

# What the command line printed before reasons had keys, word for word.
OLD_ENGLISH = {
    (5, "Дата рождения"): "'31.02.2023' is not a valid date; write DD.MM.YYYY, YYYY-MM-DD or MM.YYYY",
    (6, "Страна"): "'Атлантида' is not a country this app knows by name; write its two-letter ISO code "
    "(such as GE), or add it under 'values' in a mapping file",
    (6, "Тип дела"): "'Полёт на Луну' is not a known case type; use one of: entry_denial, visa_cancellation, "
    "residence_permit_annulment, asylum, detention_extradition, abduction_disappearance, deportation, other, "
    "or add the word under 'values' in a mapping file",
    (6, "Дата"): "'2023-13-01' is not a valid date; write DD.MM.YYYY, YYYY-MM-DD or MM.YYYY",
    (6, "Событие"): "'Танцы' is not a known event; use one of: entry, exit, entry_denied, visa_issued, "
    "visa_cancelled, permit_issued, permit_annulled, application_filed, interview, decision_positive, "
    "decision_negative, notified, appeal_filed, hearing, detention, release, extradition_request, "
    "interim_measure, deportation, expulsion_order, entry_ban, disappearance, last_contact, located, note, "
    "or add the word under "
    "'values' in a mapping file",
    (7, "ФИО"): "the name is empty",
    (8, "Дата"): "the exit is before the first entry (2022-09-15)",
    (9, "Страна"): "the country is empty",
}


@pytest.fixture
def plan(store, tmp_path):
    path = write_csv(tmp_path / "плохие.csv", rows=BAD_ROWS)  # ';', Windows-1251
    with store.session() as session:
        return plan_import(session, path)


def reasons(plan, language: str) -> dict[tuple[int, str], str]:
    return {(p.row, p.column): p.text(language) for p in plan.problems}


def names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# --- the catalogs ---------------------------------------------------------------------------------


def test_every_key_has_english_and_russian_words_with_the_same_parameters():
    assert set(RU) == set(EN)
    mismatched = {key: (names(EN[key]), names(RU[key])) for key in EN if names(EN[key]) != names(RU[key])}
    assert mismatched == {}


def exchange_sources() -> list[tuple[str, ast.AST]]:
    return [
        (path.name, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.glob("*.py"))
        if path.name not in CATALOG_FILES
    ]


def test_every_key_the_exchange_code_names_is_in_the_catalog_and_every_catalog_key_is_used():
    keyed_calls = {"about", "problem", "word", "CellError", "english", "Phrase"}
    unknown, used = [], set()
    for name, tree in exchange_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in EN:
                used.add(node.value)
            if isinstance(node, ast.Call):
                called = getattr(node.func, "attr", getattr(node.func, "id", ""))
                literals = [
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if called in keyed_calls:
                    unknown += [
                        f"{name}: {text}"
                        for text in literals
                        if text and text not in EN and text not in FIELDS
                    ]
    # the reasons the services give are matched in problem_messages itself
    used |= {key for _, key in messages._SERVICE_REASONS}
    used |= {f"to.{name}" for name in FIELDS}  # destinations.goes_to names where each field is stored
    assert unknown == []
    assert used == set(EN)


# --- a planned import of a cp1251 sheet with bad rows ---------------------------------------------


def test_the_english_wording_is_the_old_reason_word_for_word(plan):
    assert reasons(plan, "en") == OLD_ENGLISH
    for problem in plan.problems:
        assert problem.key, problem  # every reason of the planner has a key...
        assert render(problem.key, problem.params) == problem.reason  # ...whose English is the reason
    first = plan.problems[0]
    assert str(first) == "row 5, column 'Дата рождения': " + OLD_ENGLISH[(5, "Дата рождения")]
    assert first.line("en") == str(first)


def test_the_russian_wording_of_real_problems(plan):
    russian = reasons(plan, "ru")
    assert (
        russian[(5, "Дата рождения")]
        == "«31.02.2023» — неверная дата; пишите ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или ММ.ГГГГ"
    )
    assert russian[(6, "Страна")] == (
        "«Атлантида» — такой страны приложение не знает по названию; напишите её двухбуквенный код ISO, "
        "например GE"
    )
    assert russian[(6, "Тип дела")] == (
        "«Полёт на Луну» — неизвестный тип дела; напишите один из: «Отказ во въезде», «Аннулирование визы», "
        "«Аннулирование ВНЖ», «Убежище», «Задержание, экстрадиция», «Похищение, исчезновение», "
        "«Депортация», «Другое»"
    )  # the names the app gives the kinds, which the import reads as well
    assert russian[(6, "Событие")].startswith(
        "«Танцы» — неизвестное событие; напишите одно из: «Въезд», «Выезд»"
    )
    assert russian[(7, "ФИО")] == "имя не заполнено"
    assert russian[(8, "Дата")] == "выезд раньше первого въезда (15.09.2022)"  # DD.MM.YYYY
    assert russian[(9, "Страна")] == "страна не заполнена"
    assert (
        plan.problems[0].line("ru") == "строка 5, столбец «Дата рождения»: " + russian[(5, "Дата рождения")]
    )
    # Nothing English is left, and the values from the sheet are quoted as written.
    for text in russian.values():
        assert not any(word in text for word in ("the ", "is not", "entry_denial", "write ", "mapping")), text


# --- the services' reasons, read back from InvalidInput --------------------------------------------


def invalid(check, *args, **options) -> InvalidInput:
    """The error a service's check raises (made when the tests are collected, so not with pytest.raises)."""
    try:
        check(*args, **options)
    except InvalidInput as error:
        return error
    raise AssertionError(f"{check.__name__} accepted {args}")


@pytest.mark.parametrize(
    ("error", "key", "russian"),
    [
        (invalid(check_text, "name", "", required=True), "value.empty", "значение не может быть пустым"),
        (invalid(check_text, "summary", "x" * 1_000_001), "value.too_long",
         f"текст длиннее 1{NBSP}000{NBSP}000 символов"),
        (invalid(check_text, "summary", "a\x00b"), "value.nul", "содержит недопустимый символ NUL"),
        (invalid(check_country, "Atlantis"), "value.not_country_code",
         "«Atlantis» — не двухбуквенный код страны ISO 3166, такой как EE или GE"),
        (invalid(check_vocabulary, "priority", "asap", Priority), "value.not_allowed",
         "«asap» — не одно из допустимых значений: «Низкий», «Обычный», «Высокий», «Срочный»"),
        (InvalidInput("date", "the exit is before the first entry (2024-03-01)"), "exit_before_entry",
         "выезд раньше первого въезда (01.03.2024)"),
    ],
)  # fmt: skip
def test_a_reason_from_the_services_is_worded_in_russian_and_kept_in_english(error, key, russian):
    problem = RowProblem.from_service(3, "Описание", error.reason)
    assert (problem.key, problem.reason, problem.text("en")) == (key, error.reason, error.reason)
    assert render(problem.key, problem.params) == error.reason
    assert problem.text("ru") == russian


def test_allowed_values_outside_the_named_vocabularies_are_listed_as_stored():
    problem = RowProblem.from_service(2, "x", "'q' is not one of: exact, month, approximate")
    assert problem.text("ru") == "«q» — не одно из допустимых значений: «exact», «month», «approximate»"
    kinds = RowProblem.from_service(2, "x", invalid(check_vocabulary, "kind", "q", CaseKind).reason)
    assert "«Задержание, экстрадиция»" in kinds.text("ru")


# --- never a crash, never a raw key ---------------------------------------------------------------


def test_a_reason_without_russian_words_is_said_in_english(monkeypatch):
    unknown = RowProblem.from_service(4, "Описание", "is not what the services say today")
    assert unknown.key == "" and unknown.text("ru") == "is not what the services say today"
    plain = RowProblem(4, "", "an English reason from elsewhere")
    assert plain.text("ru") == "an English reason from elsewhere" and plain.line("ru").endswith(plain.reason)
    stray = RowProblem(4, "", "the old text", "no.such.key", {})
    assert stray.text("ru") == "the old text" and stray.text("de") == "the old text"
    empty = RowProblem.about(4, "ФИО", "name.empty")
    translated = catalogue.translated
    monkeypatch.setattr(catalogue, "translated", lambda domain, key, language: None)
    assert empty.text("ru") == "the name is empty"
    wrong = "{missing} не заполнено"  # a translation with a wrong parameter
    monkeypatch.setattr(
        catalogue, "translated", lambda *args: wrong if args[1] == "name.empty" else translated(*args)
    )
    assert empty.text("ru") == "the name is empty"


def test_numbers_take_the_russian_plural_and_thousands_spacing():
    said = {n: render("rejected.rows", {"count": n, "file": "a.csv"}, "ru") for n in (1, 3, 5, 21, 12_345)}
    assert "нельзя импортировать 1 строку," in said[1]
    assert "3 строки," in said[3] and "5 строк," in said[5] and "21 строку," in said[21]
    assert f"12{NBSP}345 строк," in said[12_345]
    assert render("duplicate", {"ids": Listed(("a", "b"))}) == "likely the same person as a, b"


# --- what the wizard shows when the import as a whole stops ---------------------------------------


def test_rejections_and_the_cancellation_are_worded_in_russian_and_unchanged_in_english(store, tmp_path):
    with store.transaction() as session:
        existing = people.add_person(
            session, "t", people.PersonDraft(name="Иванов Иван Иванович", birth_date=date(1990, 2, 1))
        ).person.id
    path = write_csv(tmp_path / "a.csv")
    with store.transaction() as session, pytest.raises(ImportRejected) as raised:
        import_sheet(session, "t", path)
    rejected = raised.value
    assert str(rejected) == (
        "1 person in a.csv: likely already in the store (the same name in some spelling, and no date of "
        "birth years apart), so nothing was imported. Choose to link their cases to the persons already "
        f"there, or to create new persons all the same:\n  row 4: likely the same person as {existing}"
    )
    assert rejected.text("en") == str(rejected)
    assert rejected.text("ru") == (
        "1 человек из файла a.csv, вероятно, уже есть в хранилище (то же имя в каком-либо написании, и даты "
        "рождения не расходятся на годы), поэтому "
        "ничего не импортировано. Выберите, добавить ли их дела к людям, которые уже есть в хранилище, "
        "или всё равно создать новых:"
        f"\n  строка 4: вероятно, тот же человек, что и {existing}, уже записанный в хранилище"
    )
    cancelled = ImportCancelled()
    assert str(cancelled) == "The import was cancelled; nothing was imported."
    assert cancelled.text("ru") == "Импорт отменён; ничего не импортировано."


def test_a_long_rejection_lists_twenty_rows_and_says_how_many_more():
    problems = [RowProblem.about(row, "ФИО", "name.empty") for row in range(2, 27)]
    rejected = ImportRejected.about("rejected.rows", problems, count=25, file="a.csv")
    assert str(rejected).endswith("\n  row 21, column 'ФИО': the name is empty\n  ... and 5 more")
    assert rejected.text("ru").endswith("\n  строка 21, столбец «ФИО»: имя не заполнено\n  … и ещё 5")
    assert rejected.text("ru").startswith("В файле a.csv нельзя импортировать 25 строк, поэтому")


def test_a_row_the_services_refuse_and_a_sheet_without_headings_are_worded_in_both_languages(store, tmp_path):
    refused = importer._rejected(5, InvalidInput("date of birth", "is in the future"))
    assert str(refused) == (
        "Row 5 cannot be imported (date of birth: is in the future); nothing was imported."
        "\n  row 5, column 'date of birth': is in the future"
    )
    assert refused.text("ru") == (
        "Строку 5 нельзя импортировать (date of birth: дата — в будущем); ничего не импортировано."
        "\n  строка 5, столбец «date of birth»: дата — в будущем"
    )
    path = write_csv(tmp_path / "чужое.csv", rows=[["Колонка 1", "Колонка 2"], ["а", "б"]])
    with store.session() as session, pytest.raises(ImportRejected) as raised:
        plan_import(session, path)
    assert str(raised.value) == (
        "No row of чужое.csv has column headings this app knows (such as ФИО, Дата рождения, Страна, "
        "Тип дела, Дата, Событие, or Full name, Country, Case type, Date, Event). Rename the headings, "
        "or give a mapping file (--mapping)."
    )
    assert raised.value.text("ru").startswith("Ни в одной строке файла чужое.csv нет заголовков столбцов")
