"""The catalogue: every text the user reads outside the Qt widgets, in English and Russian.

The rule engine's findings, the PDF reports, the spreadsheet import's problems and the known errors are
worded here, with the glossary (glossary.py) that names the vocabulary's values and the countries once
for the app's widgets and the PDF alike. English is the source language, written in this package as
plain dictionaries of keys (findings.py, report.py, imports.py, errors.py, dates.py, glossary.py, and
profile.py for the Countries page); every other language is a gettext catalogue,
resources/i18n/casetracker_<language>.po, compiled to the .mo beside it.

Why gettext and not Qt's .ts for these texts: the rule engine, the PDF and the command line run without
Qt, and the language of a PDF (or of the command line, always English) is chosen apart from the app's;
a .po file is what translators' tools (Poedit, Weblate, Lokalize) read; Babel, which builds and checks the
catalogue (packaging/catalogue.py, tests/catalogue), brings CLDR's plural rules. At run time the compiled
.mo is read by the standard library's `gettext`: Babel is not needed to run the app. Measured with
`python -X importtime`: this package costs about 2 ms to import (gettext 0.6 ms more) and 2.5 ms to read
the Russian .mo on first use; importing Babel's dates costs 20-45 ms, and a bundle would carry its 35 MB
of locale data for twelve month names that the .po holds anyway.

How a text is found. Each entry is `msgctxt` "<domain>:<key>" (such as "findings:remedy.due"), `msgid`
its English text, `msgstr` its translation. A changed English text is a new msgid: the old translation no
longer matches, is kept only as a fuzzy suggestion when the catalogue is updated, and the text reads in
English until a translator reviews it; the catalogue's test fails meanwhile. So a stale translation never
survives silently.

Templates use str.format's syntax. A number followed by its noun is written `{days:day|days}`, with as
many forms as the language's plural rule has (the .po's Plural-Forms header, CLDR's rule: one|other in
English, one|few|many in Russian: `{days:день|дня|дней}`), because one sentence often counts two things.
Dates are worded by the "dates" domain: its patterns and month names are the translator's too.
"""

from __future__ import annotations

import gettext
import importlib
import string
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from casetracker.resources import resource_path

LANGUAGES = ("en", "ru")
DOMAINS: dict[str, str] = {
    "glossary": "casetracker.catalogue.glossary",
    "dates": "casetracker.catalogue.dates",
    "findings": "casetracker.catalogue.findings",
    "report": "casetracker.catalogue.report",
    "import": "casetracker.catalogue.imports",
    "error": "casetracker.catalogue.errors",
    "profile": "casetracker.catalogue.profile",
}
"""Each domain of the catalogue and the module that holds its English (`EN`)."""


@cache
def source(domain: str) -> Mapping[str, str]:
    """The English texts of a domain, by key."""
    return importlib.import_module(DOMAINS[domain]).EN


def context(domain: str, key: str) -> str:
    """The msgctxt of an entry."""
    return f"{domain}:{key}"


class _Missing(gettext.NullTranslations):
    def pgettext(self, context, message):
        return None


@cache
def _translations(language: str) -> gettext.NullTranslations:
    path = resource_path("i18n", f"casetracker_{language}.mo")
    with path.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    translations.add_fallback(_Missing())
    return translations


def translated(domain: str, key: str, language: str) -> str | None:
    """The text of `key` in `language`; None where the language has none for the current English."""
    english = source(domain).get(key)
    if english is None:
        return None
    if language == "en":
        return english
    return _translations(language).pgettext(context(domain, key), english)


def template(domain: str, key: str, language: str = "en") -> str:
    """The text of `key` in `language`, English where that language has none (KeyError for no key)."""
    return translated(domain, key, language) or source(domain)[key]


def text(domain: str, key: str, language: str = "en", **params: Any) -> str:
    """The text of `key` in `language`, its placeholders filled by `Formatter`."""
    words = template(domain, key, language)
    return Formatter(language).vformat(words, (), params) if params else words


# --- plural forms ---------------------------------------------------------------------------------


def _english_plural(count: int) -> int:
    return int(count != 1)


@cache
def plural_rule(language: str) -> Callable[[int], int]:
    """The index of the noun form for a number, from the language's catalogue (Plural-Forms)."""
    if language == "en":
        return _english_plural
    return _translations(language).plural


def plural(count: int, forms: Sequence[str], language: str = "en") -> str:
    """The noun form for `count` among `forms` (as many as the language's rule has)."""
    return forms[min(plural_rule(language)(abs(count)), len(forms) - 1)]


# --- dates ----------------------------------------------------------------------------------------


@cache
def _date_words(language: str) -> dict[str, str]:
    return {key: template("dates", key, language) for key in source("dates")}


def day(value: date, language: str = "en") -> str:
    """A date in figures, as findings and import problems print it: 2024-03-01, 01.03.2024."""
    return _date_words(language)["day"].format(year=value.year, month=value.month, day=value.day)


def month(value: date, language: str = "en") -> str:
    """A month in figures: 2024-03, 03.2024."""
    return _date_words(language)["month"].format(year=value.year, month=value.month)


def long_day(value: date, language: str = "en") -> str:
    """A date with its month's name, as reports print it: 1 Mar 2024, 1 марта 2024."""
    words = _date_words(language)
    name = words[f"month_name.{value.month}"]
    return words["long_day"].format(year=value.year, month=name, day=value.day)


def long_month(year: int, number: int, language: str = "en") -> str:
    """A month with its name: Mar 2024, март 2024."""
    words = _date_words(language)
    return words["long_month"].format(year=year, month=words[f"month_alone.{number}"])


def approximate(worded_day: str, language: str = "en") -> str:
    """A day known only approximately: approx. 1 Mar 2024."""
    return _date_words(language)["approximate"].format(day=worded_day)


# --- sizes of files --------------------------------------------------------------------------------

_SIZE_UNITS = ("KB", "MB", "GB", "TB")


def file_size(size: int, language: str = "en") -> str:
    """A file's size as a file manager says it (powers of 1024): 1 byte, 512 bytes, 2.0 KB, 5.3 MB in
    English; 1 байт, 512 байт, 2,0 КБ, 5,3 МБ in Russian. Qt's own wording says "KiB" and "байты"."""
    if size < 1024:
        return text("report", "size.bytes", language, size=size)
    value = float(size)
    for unit in _SIZE_UNITS:
        value /= 1024
        if value < 1024 or unit == _SIZE_UNITS[-1]:
            break
    number = f"{value:,.1f}"
    if language != "en":
        number = number.replace(",", "\u00a0").replace(".", ",")
    return text("report", f"size.{unit}", language, size=number)


# --- the glossary ---------------------------------------------------------------------------------


def term(group: str, value: str, language: str = "en") -> str:
    """The glossary's name of a stored value, such as term("event_kind", "notified", "ru"); a value it
    lacks prints as stored, capitalised."""
    key = f"{group}.{value}"
    return translated("glossary", key, language) or source("glossary").get(key) or _as_stored(value)


def _as_stored(value: str) -> str:
    return value.replace("_", " ").capitalize()


def country_name(code: str, language: str = "en") -> str:
    """A country's name by ISO code; the code itself for a country the glossary lacks."""
    return translated("glossary", f"country.{code.upper()}", language) or code


# --- filling a template ---------------------------------------------------------------------------


class Entry(NamedTuple):
    """A text of the catalogue inside another, worded in the language of the text around it."""

    domain: str
    key: str
    params: Mapping[str, Any] | None = None


class Formatter(string.Formatter):
    """str.format with the catalogue's plural forms (`{days:day|days}`) and dates; subclasses print the
    values of their own domain (messages inside messages, vocabulary values)."""

    def __init__(self, language: str = "en") -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            return f"{self.number(value)} {plural(value, format_spec.split('|'), self.language)}"
        return self.value(value)

    def number(self, value: int) -> str:
        """1,000,000 in English; 1 000 000 in Russian (a no-break space), from five digits on."""
        if self.language == "en":
            return f"{value:,}"
        return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10_000 else str(value)

    def value(self, value: Any) -> str:
        if isinstance(value, date):
            return day(value, self.language)
        if isinstance(value, Entry):
            return text(value.domain, value.key, self.language, **(value.params or {}))
        return str(value)


def placeholders(words: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


def plural_forms(words: str) -> list[tuple[str, list[str]]]:
    """Every `{name:form|form...}` of a template, as (name, forms)."""
    return [
        (name, spec.split("|"))
        for _, name, spec, _ in string.Formatter().parse(words)
        if name and spec and "|" in spec
    ]
