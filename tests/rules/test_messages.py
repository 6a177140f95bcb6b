"""Findings and deadlines as message keys with parameters, worded in English and Russian."""

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from casetracker import catalogue
from casetracker.reports.labels import finding_wording
from casetracker.rules import Finding, evaluate, load_shipped
from casetracker.rules.messages import EN, Joined, Message, Term, placeholders, plural, render
from casetracker.rules.schema import RuleType
from casetracker.vocabulary import CaseKind, DatePrecision, EventKind, RiskMarker
from tests.rules.rules_bench import ON, synthetic_cases
from tests.rules.rules_helpers import case, entry, ev

RULES = Path(__file__).resolve().parents[2] / "casetracker" / "rules"
ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")
RULE_ID = re.compile(r"[\w.-]+\.\d{4}-\d\d-\d\d\b")  # "DE.appeal.2022-02-24" names a rule
# A rule's id in a sentence ("PL.remedy.visa_cancelled.2022-02-24", "schengen.stay.2013-10-18"): a
# caseworker reads the decision and the country in words instead.
RULE_ID_IN_TEXT = re.compile(r"\b[A-Za-z_]+\.(" + "|".join(t.value for t in RuleType) + r")\.|\.stay\.2")
LOWER_AFTER_FULL_STOP = re.compile(r"\. +[a-zа-яё]")


def assert_reads_as_sentences(text: str) -> None:
    """No rule id inside the text, and every sentence after a full stop starts with a capital."""
    assert not RULE_ID_IN_TEXT.search(text), text
    assert not LOWER_AFTER_FULL_STOP.search(text), text
    assert not text[:1].islower(), text


@pytest.fixture(scope="module")
def profiles():
    return load_shipped()[0]


@pytest.fixture(scope="module")
def russian():
    return finding_wording("ru")


def keys_in(message) -> set[str]:
    """The key of a message and of every message inside its parameters."""
    if isinstance(message, Message):
        found = {message.key}
        for value in message.params.values():
            found |= keys_in(value)
        return found
    if isinstance(message, Joined):
        return set().union(*(keys_in(item) for item in message.items))
    return set()


RUSSIAN_DAYS = {0: "дней", 1: "день", 2: "дня", 4: "дня", 5: "дней", 11: "дней", 12: "дней", 14: "дней"}
RUSSIAN_DAYS |= {21: "день", 22: "дня", 25: "дней", 101: "день", 111: "дней", 112: "дней", 1000: "дней"}


@pytest.mark.parametrize(("count", "form"), sorted(RUSSIAN_DAYS.items()))
def test_russian_plural_forms(count, form):
    assert plural(count, ("день", "дня", "дней")) == form


def test_english_plural_forms():
    assert [plural(n, ("day", "days")) for n in (0, 1, 2, 21)] == ["days", "day", "days", "days"]


@pytest.mark.parametrize("language", catalogue.LANGUAGES)
def test_every_template_exists_in_every_language_with_the_same_placeholders(language):
    catalog = {key: catalogue.translated("findings", key, language) for key in EN}
    missing = sorted(key for key, words in catalog.items() if not words)
    different = sorted(k for k in EN if catalog[k] and placeholders(EN[k]) != placeholders(catalog[k]))
    assert (missing, different) == ([], [])


def _message_keys_written_in_the_engine() -> set[str]:
    """Every string literal that can become a message key: the first argument of each Message(...)
    call, and the strings the engine hands on as keys (assigned, returned or passed to `ordered`)."""
    found = set()
    for path in RULES.glob("*.py"):
        if path.name.startswith("messages") or path.name == "overview.py":
            continue  # overview.py words the Countries page from the "profile" domain, tested with it
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and _looks_like_a_key(node.value):
                found.add(node.value)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message" and node.args:
                found |= {c.value for c in ast.walk(node.args[0]) if isinstance(c, ast.Constant) and c.value}
    return found


_GROUPS = {key.split(".")[0] for key in EN if "." in key}


def _looks_like_a_key(value) -> bool:
    """A dotted string whose first part is a group of the catalog, such as "assumed_trigger.unknown"."""
    return (
        isinstance(value, str)
        and re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", value) is not None
        and value.split(".")[0] in _GROUPS
    )


def test_every_key_the_engine_writes_has_a_template():
    written = _message_keys_written_in_the_engine()
    assert len(written) > 80  # the scan sees the engine's messages
    for language in catalogue.LANGUAGES:
        assert sorted(k for k in written if not catalogue.translated("findings", k, language)) == [], language


def test_a_sweep_of_cases_words_every_finding_and_deadline_in_both_languages(profiles, russian):
    """Thousands of synthetic cases: every message renders in both languages (a missing or misnamed
    parameter would raise), and the Russian wording has Cyrillic text and no ISO dates."""
    seen: set[str] = set()
    for facts in synthetic_cases(1500):
        result = evaluate(facts, profiles, ON)
        for item in [*result.findings, *result.deadlines]:
            seen |= keys_in(item.message)
            english, words = item.text, item.render(russian)
            assert english and words and english != words
            assert re.search("[а-яё]", words), words
            assert not ISO_DAY.search(RULE_ID.sub("", words)), words
            assert_reads_as_sentences(english)
            assert_reads_as_sentences(words)
    assert len(seen) > 50  # the sweep reaches most of the engine's messages


def test_english_text_is_the_default_rendering_and_findings_still_deduplicate(profiles):
    refused = ev(EventKind.DECISION_NEGATIVE, date(2024, 6, 3))._replace(procedure="normal")
    result = evaluate(case("DE", events=[refused]), profiles, date(2024, 6, 14))
    due = next(f for f in result.findings if f.kind == "remedy_due")
    assert due.text == (
        "3 days left to challenge the refusal of the asylum claim (by 2024-06-17), and no appeal is recorded."
    )
    params = {"decision": Term("decision", "decision_negative"), "due": date(2024, 6, 17), "left": 3}
    assert due.key == "remedy.due" and due.params == params
    twin = Finding(due.kind, due.severity, Message("remedy.due", params))
    assert len(dict.fromkeys([Finding(due.kind, due.severity, due.message), twin])) == 1
    assert render("a plain text stays as written") == "a plain text stays as written"


def test_russian_findings_name_countries_in_russian_with_dotted_dates(profiles, russian):
    refused = ev(EventKind.DECISION_NEGATIVE, date(2024, 6, 3))._replace(procedure="normal")
    texts = [
        f.render(russian)
        for f in evaluate(case("DE", events=[refused]), profiles, date(2024, 6, 14)).findings
    ]
    assert (
        "До конца срока обжалования отказа в убежище осталось 3 дня (до 17.06.2024), а жалоба не записана."
        in texts
    )
    assert any("«Германия»" in text for text in texts)  # the profile has no risk assessment
    schengen = case("DE", CaseKind.OTHER, travel=[entry(date(2024, 5, 1), "DE")])
    stay = next(f for f in evaluate(schengen, profiles, date(2024, 6, 13)).findings if f.kind == "stay")
    assert stay.render(russian).startswith(
        "Шенгенская зона: использовано 44 дня из 90 дней в течение любых 180 дней;"
    )
    assert "до 29.07.2024" in stay.render(russian)


def test_risk_markers_and_levels_are_worded_in_russian(profiles, russian):
    facts = case("KZ", markers=[RiskMarker.WANTED_INTERSTATE])
    risk = next(
        f for f in evaluate(facts, profiles, date(2024, 6, 13)).findings if f.kind == "extradition_risk"
    )
    text = risk.render(russian)
    assert text.startswith("Риск экстрадиции (Казахстан): ")
    assert "в межгосударственном розыске России, а страна Казахстан исполняет российские запросы" in text
    assert "Extradition" not in text and "acts on Russian requests" in risk.text


def test_a_denial_during_a_ban_names_the_targeted_marker_in_each_language(profiles, russian):
    facts = case(
        "GE",
        CaseKind.ENTRY_DENIAL,
        [ev(EventKind.ENTRY_DENIED, date(2024, 3, 1))],
        markers=[RiskMarker.FOREIGN_AGENT],
    )
    ban = next(
        f for f in evaluate(facts, profiles, date(2025, 11, 20)).findings if f.kind == "entry_denied_ban"
    )
    assert "The person is marked foreign agent, a group this practice targets." in ban.text
    assert (
        "У человека отмечено: «Иностранный агент» — группа, против которой направлена эта практика."
        in ban.render(russian)
    )
    assert ban.text.startswith("Entry refused on 2024-03-01 during an entry ban of Georgia in force since")
    assert "01.03.2024 во время действия запрета на въезд (Грузия, с " in ban.render(russian)
    assert ban.rule.startswith("GE.ban.")  # the rule's id stays, for the sources
    # The caveat after the practice's sentence starts one of its own.
    assert ban.text.endswith("targets. Start date not verified (in force at least since 2022-03-01)")


def test_findings_name_the_decision_and_country_in_words_not_the_rules_id(profiles, russian):
    cancelled = ev(EventKind.VISA_CANCELLED, date(2024, 6, 3))  # no notification recorded
    result = evaluate(case("PL", CaseKind.OTHER, [cancelled]), profiles, date(2024, 6, 5))
    assumed = next(f for f in result.findings if f.kind == "assumed_trigger")
    assert assumed.text.startswith(
        "The period to challenge the cancellation of the visa (Poland) runs from notification, but no "
    )
    assert assumed.render(russian).startswith(
        "Срок обжалования аннулирования визы (Польша) отсчитывается от уведомления, но "
    )
    assert assumed.rule.startswith("PL.remedy.visa_cancelled.")  # kept as the reference to the sources


def test_a_caveat_after_a_full_stop_starts_a_sentence_in_each_language(profiles, russian):
    facts = case("AM", CaseKind.OTHER, travel=[entry(date(2024, 5, 1), "AM")])
    result = evaluate(facts, profiles, date(2024, 5, 2))
    registration = next(d for d in result.deadlines if d.kind == "registration")
    assert "(entry day counted as day 1). Start date not verified (in force at least since 2015-03-09)" in (
        registration.text
    )
    assert "(день въезда считается первым). Дата начала не проверена" in registration.render(russian)


def test_a_month_only_event_names_the_kinds_of_rules_that_changed_that_month(profiles, russian):
    denied = ev(EventKind.ENTRY_DENIED, date(2022, 9, 1), "EE", precision=DatePrecision.MONTH)
    result = evaluate(case("EE", CaseKind.ENTRY_DENIAL, [denied]), profiles, date(2024, 6, 13))
    changed = next(f for f in result.findings if f.kind == "rules_changed_in_month")
    assert "changed between 2022-09-01 and 2022-09-30 (an entry ban); the event's exact day" in changed.text
    assert "изменились между 01.09.2022 и 30.09.2022 (запрет на въезд);" in changed.render(russian)
