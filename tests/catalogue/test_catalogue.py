"""The catalogue: every key translated and reviewed in every language, placeholders and plural forms as
the English has them, one Russian name per glossary term (in the .po and in the widgets' .ts), and the
shipped .mo built from the .po."""

import importlib.util
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from casetracker import catalogue
from casetracker.catalogue import DOMAINS, context, glossary, placeholders, plural_forms, source

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "casetracker_ru.ts"
TRANSLATED = [language for language in catalogue.LANGUAGES if language != "en"]


def _build():
    spec = importlib.util.spec_from_file_location("catalogue_build", ROOT / "packaging" / "catalogue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build()


def entries():
    return [(domain, key, english) for domain in DOMAINS for key, english in source(domain).items()]


@pytest.fixture(scope="module", params=TRANSLATED)
def po(request) -> Catalog:
    return build.read(request.param)


def test_every_key_is_translated_reviewed_and_nothing_else_is_in_the_po(po):
    found = {message.context: message for message in po if message.id}
    wanted = {context(domain, key): english for domain, key, english in entries()}
    missing = sorted(
        name
        for name, english in wanted.items()
        if name not in found or found[name].id != english or not found[name].string or found[name].fuzzy
    )
    assert missing == []
    assert sorted(set(found) - set(wanted)) == []
    assert len(wanted) > 500


def test_each_translation_has_the_placeholders_and_the_plurals_of_its_english(po):
    forms = po.num_plurals
    wrong = []
    for message in po:
        if not message.id:
            continue
        english, words = message.id, message.string
        if placeholders(english) != placeholders(words):
            wrong.append((message.context, "placeholders"))
        if any(len(found) != 2 for _, found in plural_forms(english)):
            wrong.append((message.context, "English plural forms"))
        if any(len(found) != forms or "" in found for _, found in plural_forms(words)):
            wrong.append((message.context, f"not {forms} plural forms"))
    assert wrong == []


def test_the_plural_rule_is_cldr_s(po):
    assert po.plural_forms == Catalog(locale=po.locale).plural_forms
    assert catalogue.plural_rule(str(po.locale))(21) == 0


@pytest.mark.parametrize(
    ("count", "form"),
    [(1, "день"), (2, "дня"), (5, "дней"), (11, "дней"), (21, "день"), (22, "дня"), (112, "дней")],
)
def test_russian_plurals_follow_the_catalogue_s_rule(count, form):
    assert catalogue.plural(count, ("день", "дня", "дней"), "ru") == form


def test_the_shipped_mo_is_compiled_from_the_po_and_the_po_from_the_current_english():
    for language in TRANSLATED:
        assert build.mo_path(language).read_bytes() == build.mo_bytes(build.read(language)), (
            "run python packaging/catalogue.py"
        )
        assert build.entries(build.updated(language)) == build.entries(build.read(language)), (
            "run python packaging/catalogue.py"
        )


def test_a_changed_english_text_is_said_in_english_until_its_translation_is_reviewed(monkeypatch):
    assert catalogue.translated("findings", "no_stay_rule", "ru").startswith("Для граждан России")
    changed = dict(source("findings"), no_stay_rule="No stay limit is known in {country} on {day}.")
    monkeypatch.setattr(catalogue, "source", lambda name: changed if name == "findings" else source(name))
    assert catalogue.translated("findings", "no_stay_rule", "ru") is None
    assert catalogue.template("findings", "no_stay_rule", "ru") == changed["no_stay_rule"]


# --- one name for each term -----------------------------------------------------------------------


def russian_glossary() -> dict[str, str]:
    return {key: catalogue.translated("glossary", key, "ru") for key in glossary.EN}


def test_no_two_glossary_terms_with_the_same_english_have_different_russian():
    names = defaultdict(set)
    for key, russian in russian_glossary().items():
        names[glossary.EN[key]].add(russian)
    assert {english: found for english, found in names.items() if len(found) > 1} == {}


def test_a_text_elsewhere_in_the_catalogue_that_names_a_glossary_term_has_the_glossary_s_russian():
    """A findings entry keyed like a term ("procedure.detained") names it within a sentence (compared
    regardless of case); a report's or an import's text spelled like a term is that term. (Findings
    spelled like a term but keyed otherwise inflect it: "from the detention", "от задержания".)"""
    ours = russian_glossary()
    terms = {glossary.EN[key]: russian for key, russian in ours.items()}
    different = []
    for domain, key, english in entries():
        russian = catalogue.translated(domain, key, "ru")
        if domain == "glossary":
            continue
        if key in ours and russian.casefold() != ours[key].casefold():
            different.append((domain, key, russian, ours[key]))
        if domain in ("report", "import") and english in terms and russian != terms[english]:
            different.append((domain, key, russian, terms[english]))
    assert different == []


# Widgets' texts that are spelled like a term and mean something else: a verb, not a state.
HOMOGRAPHS = {("Open", "Открыть")}


def test_the_widgets_name_each_glossary_term_as_the_glossary_does():
    terms = {glossary.EN[key]: russian for key, russian in russian_glossary().items()}
    different = []
    for context_node in ET.parse(TS).getroot():
        name = context_node.findtext("name")
        for message in context_node.iter("message"):
            english, russian = message.findtext("source"), message.findtext("translation")
            if english in terms and russian != terms[english] and (english, russian) not in HOMOGRAPHS:
                different.append((name, english, russian, terms[english]))
    assert different == []


def test_the_glossary_names_every_value_of_the_vocabulary():
    unnamed = [
        f"{group}.{member.value}"
        for vocabulary, group in glossary.GROUPS.items()
        for member in vocabulary
        if f"{group}.{member.value}" not in glossary.EN
    ]
    assert unnamed == []


# --- using it -------------------------------------------------------------------------------------


def test_dates_in_each_language():
    day = date(2024, 3, 1)
    assert (catalogue.day(day), catalogue.day(day, "ru")) == ("2024-03-01", "01.03.2024")
    assert (catalogue.month(day), catalogue.month(day, "ru")) == ("2024-03", "03.2024")
    assert (catalogue.long_day(day), catalogue.long_day(day, "ru")) == ("1 Mar 2024", "1 марта 2024")
    assert catalogue.long_month(2024, 3, "ru") == "март 2024"
    assert catalogue.approximate("1 марта 2024", "ru") == "около 1 марта 2024"


def test_terms_and_countries_in_each_language():
    assert catalogue.term("event_kind", "notified") == "Notified of decision"
    assert catalogue.term("event_kind", "notified", "ru") == "Решение вручено"
    assert catalogue.term("role", "lawyer", "ru") == "Юрист"
    assert catalogue.term("event_kind", "not_a_value", "ru") == "Not a value"
    assert (catalogue.country_name("ge"), catalogue.country_name("GE", "ru")) == ("Georgia", "Грузия")
    assert catalogue.country_name("XK", "ru") == "XK"
    assert catalogue.text("import", "more", "ru", count=3) == "… и ещё 3"


def test_the_catalogue_loads_without_qt_the_database_the_reports_or_babel():
    code = (
        "import json, sys, casetracker.catalogue as c; c.text('findings', 'no_stays', 'ru', where='X');"
        "c.long_day(__import__('datetime').date(2024, 1, 1), 'ru');"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'sqlalchemy', 'sqlmodel', 'reportlab', 'babel'} or m.startswith('casetracker.'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(loaded) == [
        "casetracker.catalogue",
        "casetracker.catalogue.dates",
        "casetracker.catalogue.findings",
        "casetracker.resources",
    ]


@pytest.mark.parametrize(
    ("size", "english", "russian"),
    [
        (1, "1 byte", "1 байт"),
        (3, "3 bytes", "3 байта"),
        (512, "512 bytes", "512 байт"),
        (2048, "2.0 KB", "2,0 КБ"),
        (5 * 1024 * 1024 + 300_000, "5.3 MB", "5,3 МБ"),
        (3 * 1024**3, "3.0 GB", "3,0 ГБ"),
    ],
)
def test_file_sizes_in_each_language_without_qt_s_kib_and_bytes(size, english, russian):
    assert (catalogue.file_size(size), catalogue.file_size(size, "ru")) == (english, russian)


def test_english_says_one_or_several_never_s_in_brackets():
    """A count chooses the form ("{count:row|rows}"): "1 row", "3 rows", never "row(s)"."""
    bracketed = [
        f"{domain}:{key}" for domain in DOMAINS for key, text in source(domain).items() if "(s)" in text
    ]
    assert bracketed == []
    assert catalogue.text("import", "rejected.rows", "en", count=1, file="a.csv").startswith("1 row of a.csv")
    assert catalogue.text("import", "rejected.rows", "en", count=3, file="a.csv").startswith(
        "3 rows of a.csv"
    )
