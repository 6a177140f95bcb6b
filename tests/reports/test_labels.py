"""The case summary words the rules' findings and computed deadlines in the report's language."""

import re
from datetime import date

import pytest

from casetracker.dates import PartialDate
from casetracker.reports import build_case_summary
from casetracker.services import cases, evaluation, people
from tests.reports.reports_helpers import add_secret_case, pdf_text

ON = date(2024, 3, 1)


def build(store, number, out, language):
    with store.session() as session:
        return pdf_text(build_case_summary(session, number, out, on=ON, language=language))


def flat(text: str) -> str:
    """PDF text with the table cells' line breaks undone, to search for whole sentences."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def asylum_case(store):
    """A German asylum case refused, with no notification recorded: appeal deadlines and a warning."""
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Всеслава Кручинина")).person
        case = cases.add_case(session, "t", person.id, "asylum", "DE", opened_on=date(2023, 3, 1))
        cases.add_event(session, "t", case.number, "decision_negative", PartialDate(date(2024, 2, 20)))
        cases.add_deadline(session, "t", case.number, date(2024, 3, 20), "hearing", description="Court date")
        evaluation.refresh_deadlines(session, "t", case, ON)  # as the app does after each change
    return case.number


def test_the_russian_summary_words_findings_in_russian(store, tmp_path):
    number = add_secret_case(store)
    russian = flat(build(store, number, tmp_path / "ru.pdf", "ru"))
    english = flat(build(store, number, tmp_path / "en.pdf", "en"))
    assert "Extradition risk in Georgia" in english
    assert "Риск экстрадиции (Грузия)" in russian and "Риск похищения (Грузия)" in russian
    assert "Extradition risk" not in russian and "Abduction risk" not in russian


def test_computed_deadlines_are_described_in_russian_and_hand_written_ones_as_written(
    store, asylum_case, tmp_path
):
    russian = flat(build(store, asylum_case, tmp_path / "ru.pdf", "ru"))
    assert "7 дней (календарные дни) с даты решения 20.02.2024; последний день 27.02.2024" in russian
    assert "Процедура не записана, поэтому указан самый ранний из возможных сроков" in russian
    assert "общая процедура: 14 дней, до 05.03.2024" in russian  # the alternative, with its condition
    assert "Срок обжалования отказа в убежище (Германия) отсчитывается от уведомления" in russian
    assert "DE.remedy.decision_negative" in russian  # the rule stays named as the finding's basis
    assert "Последний день обжалования отказа в убежище (27.02.2024) прошёл 3 дня назад" in russian
    assert "Court date" in russian  # a caseworker's own words are never translated
    assert "last day" not in russian and "no appeal is recorded" not in russian
    english = flat(build(store, asylum_case, tmp_path / "en.pdf", "en"))
    assert "7 days (calendar days) from the decision on 2024-02-20; last day 2024-02-27" in english
    assert "general procedure: 14 days, by 2024-03-05" in english
