"""A country's profile read as sentences: today first, each fact with its dates, checks and sources."""

from datetime import date

import pytest

from casetracker.rules import load_shipped
from casetracker.rules.overview import overview

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def profiles():
    loaded = load_shipped()
    return loaded[0] if isinstance(loaded, tuple) else loaded


def facts(page, heading):
    return next(section.facts for section in page.today if section.heading == heading)


def test_what_applies_today_comes_first_in_words_and_past_rules_apart(profiles):
    page = overview(profiles.get("AE"), TODAY)
    assert page.title == "United Arab Emirates"
    assert [f.lines[0] for f in facts(page, "Entry")] == ["Russian citizens enter without a visa."]
    assert facts(page, "How long a stay may last")[0].lines == ("At most 90 days in any 180 days.",)
    past = [fact for section in page.other for fact in section.facts]
    assert "Russian citizens get a visa on arrival." in [f.lines[0] for f in past]
    assert "From 2017-02-01 to 2019-02-16" not in str(page.today)
    assert any(f.when == "In force from 2017-02-01 to 2019-02-16." for f in past)
    assert "visa_on_arrival" not in str([f.lines for f in past])


def test_the_page_is_in_russian_with_the_glossary_s_names(profiles):
    page = overview(profiles.get("DE"), TODAY, "ru")
    assert page.title == "Германия"
    assert page.today_heading == "Что действует сегодня, 05.12.2026"
    entry = facts(page, "Въезд")[0]
    assert entry.lines[0] == "Гражданам России нужна виза."
    stay = facts(page, "Сколько можно пробыть")[0]
    assert stay.lines[0] == "Не более 90 дней в любые 180 дней."
    assert "Шенгенская зона" in stay.lines[-1]
    remedy = facts(page, "Обжалование решений")[0]
    assert remedy.lines[0].startswith("Отрицательное решение по убежищу: ")
    assert "Срок: 14 дней (календарные дни)." in remedy.lines
    assert "Считается со дня вручения решения." in remedy.lines
    assert "Приостанавливает высылку: только если попросить суд." in remedy.lines
    assert remedy.items_heading == "Другие сроки"
    assert remedy.items[0].startswith("Отказ как явно необоснованное: 7 дней")


def test_each_fact_says_when_it_was_checked_what_is_unverified_and_which_sources_are_secondary(profiles):
    page = overview(profiles.get("KG"), TODAY, "ru")
    risk = facts(page, "Риск выдачи и похищения")[0]
    assert risk.lines[:2] == ("Риск выдачи: высокий.", "Риск похищения: критический.")
    assert risk.items_heading == "Почему" and len(risk.items) == 4
    assert risk.checked == "Сверено с источником 22.11.2026."
    assert risk.when == "Действует по крайней мере с 24.02.2022 (дата начала не проверена)."
    kinds = {(s.kind, s.secondary) for s in risk.sources}
    assert ("закон", False) in kinds and ("СМИ, вторичный источник", True) in kinds
    entry_denied = next(
        f for f in facts(page, "Обжалование решений") if f.lines[0].startswith("Отказ во въезде")
    )
    assert entry_denied.warnings == ("Не проверено: проверьте, прежде чем на это полагаться.",)
    assert entry_denied.sources == ()


def test_a_kind_of_rule_the_profile_lacks_today_is_said(profiles):
    page = overview(profiles.get("DE"), TODAY)
    risk = next(section for section in page.today if section.heading == "Extradition and abduction risk")
    assert risk.facts == () and risk.empty == "The profile has no rule for this."


def test_every_shipped_profile_reads_in_both_languages_without_a_stored_value(profiles):
    for profile in profiles:
        for language in ("en", "ru"):
            page = overview(profile, TODAY, language)
            worded = [
                (*fact.lines[:1], fact.when, fact.checked, *fact.warnings, *(s.kind for s in fact.sources))
                for section in page.today + page.other
                for fact in section.facts
            ]
            text = str(worded)
            assert "visa_free" not in text and "on_request" not in text and "decision_negative" not in text
