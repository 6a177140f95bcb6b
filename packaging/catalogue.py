"""Build the catalogue of texts outside the Qt widgets (see casetracker/catalogue): after changing an
English text or adding a key,

    python packaging/catalogue.py

refreshes resources/i18n/casetracker_<language>.po from the English in casetracker/catalogue (a new key
comes in untranslated, a changed English text as a fuzzy suggestion for review, a removed key leaves), and
compiles each .po to the .mo the app reads. Translate the .po (Poedit, Weblate or a text editor), then run
it again. Needs Babel (installed with the test extras); the app itself needs only the .mo.
"""

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from casetracker.catalogue import DOMAINS, LANGUAGES, context, source  # noqa: E402

I18N = ROOT / "resources" / "i18n"
PROJECT = "Exile Case Tracker"
HEADER = """\
# The texts of Exile Case Tracker outside the Qt widgets: the rule engine's findings, the PDF reports,
# the spreadsheet import, the errors, and the glossary of the vocabulary and the countries.
# msgctxt is "<domain>:<key>", msgid the English (casetracker/catalogue), msgstr the translation.
# Keep every {placeholder}; a number with its noun is {days:день|дня|дней} (forms for 1, 2 and 5).
# Refreshed and compiled by packaging/catalogue.py."""


def po_path(language: str) -> Path:
    return I18N / f"casetracker_{language}.po"


def mo_path(language: str) -> Path:
    return I18N / f"casetracker_{language}.mo"


def template() -> Catalog:
    """Every key of every domain, with its English, as a template (what a .pot file holds)."""
    catalog = Catalog(project=PROJECT, fuzzy=False)
    for domain in DOMAINS:
        for key, english in source(domain).items():
            catalog.add(english, context=context(domain, key))
    return catalog


def read(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def updated(language: str) -> Catalog:
    """The language's catalogue brought up to the current English."""
    catalog = read(language) if po_path(language).exists() else Catalog(locale=language, project=PROJECT)
    created = catalog.creation_date
    catalog.update(template(), update_header_comment=False)
    catalog.creation_date = created  # the file changes only where a text does
    catalog.obsolete.clear()  # a removed key leaves; its translation stays in the history of the file
    catalog.project, catalog.fuzzy = PROJECT, False
    catalog.header_comment = HEADER
    catalog.msgid_bugs_address = catalog.last_translator = catalog.language_team = PROJECT
    return catalog


def entries(catalog: Catalog) -> list[tuple]:
    """What a catalogue says, without its header: each entry's context, English, translation and flags."""
    return [(m.context, m.id, m.string, sorted(m.flags)) for m in catalog if m.id]


def po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=110, omit_header=False, sort_output=False, include_lineno=False)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def main() -> int:
    for language in LANGUAGES:
        if language == "en":
            continue
        catalog = updated(language)
        po_path(language).write_bytes(po_bytes(catalog))
        mo_path(language).write_bytes(mo_bytes(read(language)))
        entries = [message for message in catalog if message.id]
        untranslated = [message for message in entries if not message.string or message.fuzzy]
        print(f"{po_path(language).name}: {len(entries)} entries, {len(untranslated)} to translate or review")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
