"""The statistics report: counts and no personal data."""

from datetime import date

from pypdf import PdfReader

from casetracker.reports import build_statistics
from casetracker.services import cases, people
from casetracker.services.demo import _CASES
from tests.reports.reports_helpers import LATIN, NAME, add_secret_case, pdf_text, run, tool


def test_statistics_hold_counts_and_no_personal_data(store, tmp_path):
    number = add_secret_case(store)
    with store.session() as session:
        out = build_statistics(
            session, tmp_path / "stats.pdf", start=date(2022, 1, 1), end=date(2024, 12, 31)
        )
    text = pdf_text(out)
    assert "Case statistics" in text and "Cases by country" in text and "Cases opened per month" in text
    assert "Georgia" in text and "Page 1 of" in text
    names = [NAME, LATIN] + [demo.person for demo in _CASES] + [s for demo in _CASES for s in demo.spellings]
    raw = out.read_bytes()
    for name in names:
        assert name not in text
        assert name.encode("utf-8") not in raw
    assert number not in text
    for value in (PdfReader(out).metadata or {}).values():
        assert "Щукина" not in str(value)
    assert run(tool("qpdf"), "--check", str(out)).returncode == 0


def test_statistics_of_an_empty_range_say_so(store, tmp_path):
    add_secret_case(store)
    with store.session() as session:
        out = build_statistics(session, tmp_path / "s.pdf", start=date(2030, 1, 1), end=None, language="ru")
    assert "В этом периоде дел нет" in pdf_text(out)


def _cases_opened(store, *days: date) -> None:
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Тестовая Персона")).person
        for day in days:
            cases.add_case(session, "t", person.id, "asylum", "GE", opened_on=day)


def test_the_chart_names_every_month_of_the_range_alike_in_each_language(store, tmp_path):
    _cases_opened(store, date(2024, 2, 10), date(2026, 6, 1))
    with store.session() as session:
        english = pdf_text(build_statistics(session, tmp_path / "en.pdf"))
        russian = pdf_text(build_statistics(session, tmp_path / "ru.pdf", language="ru"))
    shown = [f"{month} {year}" for year in (2024, 2025, 2026) for month in ENGLISH_MONTHS]
    assert all(name in english for name in shown[1:30])  # Feb 2024 to Jun 2026, the empty months too
    assert "Jan 2024" not in english and "Jul 2026" not in english
    assert not any(word in english.split() for word in ("June", "July", "Sept"))
    assert "Cases opened per month" in english
    russian_shown = [f"{month} {year}" for year in (2024, 2025, 2026) for month in RUSSIAN_MONTHS]
    assert all(name in russian for name in russian_shown[1:30])
    assert "Открыто дел по месяцам" in russian and "сент." not in russian and "июнь" not in russian


def test_a_range_of_years_is_charted_by_quarter(store, tmp_path):
    _cases_opened(store, date(2019, 5, 10), date(2024, 11, 1))
    with store.session() as session:
        english = pdf_text(build_statistics(session, tmp_path / "en.pdf"))
        russian = pdf_text(build_statistics(session, tmp_path / "ru.pdf", language="ru"))
    assert "Cases opened per quarter" in english and "Q2 2019" in english and "Q4 2024" in english
    assert "Q3 2021" in english  # an empty quarter has its bar too
    assert "Открыто дел по кварталам" in russian and "2 кв. 2019" in russian and "4 кв. 2024" in russian


ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
RUSSIAN_MONTHS = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
