"""One glossary for the app and the PDF: the widgets (.ts) and the catalogue (.po) name each thing alike."""

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from casetracker import catalogue
from casetracker.catalogue import glossary

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "casetracker_ru.ts"
PO = ROOT / "resources" / "i18n" / "casetracker_ru.po"

KEY_GROUPS = ("case_kind", "event_kind", "case_status", "priority", "procedure", "deadline_kind", "role")
"""The terms a caseworker and a lawyer read on every screen and every page of a summary."""

FIELDS = {
    "Person": "section.person",
    "Case": "section.case",
    "Country": "country",
    "Kind": "kind",
    "Status": "status",
    "Priority": "priority",
    "Outcome": "outcome",
    "Summary": "summary",
    "Timeline": "section.timeline",
    "Notes": "section.notes",
    "Family": "section.family",
}
"""A field the app names in its widgets (English, without a colon) and the PDF's key for its heading."""


def widget_words() -> dict[str, set[str]]:
    """Every Russian the widgets give each English text, colons and access keys left out (a Latin key
    the Russian menus add in brackets, "Дело (&C)", too)."""
    found = defaultdict(set)
    for context in ET.parse(TS).getroot():
        for message in context.iter("message"):
            english, russian = message.findtext("source"), message.findtext("translation") or ""
            russian = re.sub(r"\s*\(&[A-Za-z]\)", "", russian)
            found[english.rstrip(":").replace("&", "")].add(russian.rstrip(":").replace("&", ""))
    return found


def test_the_key_terms_read_the_same_in_the_widgets_and_in_the_pdf():
    widgets = widget_words()
    different = []
    for key, english in glossary.EN.items():
        if key.split(".")[0] not in KEY_GROUPS:
            continue
        russian = catalogue.translated("glossary", key, "ru")
        for said in widgets.get(english, set()) - {russian}:
            if (english, said) not in {("Open", "Открыть")}:  # the verb, not the status
                different.append((key, said, russian))
    assert different == []


def test_the_fields_of_a_case_are_named_alike_on_screen_and_in_the_summary():
    widgets = widget_words()
    different = []
    for english, key in FIELDS.items():
        pdf = catalogue.translated("report", key, "ru")
        assert widgets[english], f"the widgets no longer say {english!r}"
        # The PDF may name the field more fully ("Тип дела" for the case's "Тип"), never otherwise.
        different += [(english, said, pdf) for said in widgets[english] if not pdf.startswith(said)]
    assert different == []


def test_the_person_a_case_is_about_is_never_called_a_criminal_defendant():
    """A criminal defence calls its client "подзащитный"; the people here are not accused of anything."""
    for path in (TS, PO):
        assert "подзащитн" not in path.read_text(encoding="utf-8").casefold()
    assert catalogue.translated("report", "section.person", "ru") == "Человек"
