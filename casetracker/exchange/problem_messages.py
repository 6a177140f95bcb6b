"""What the spreadsheet import says about a row or a file: message keys and their parameters, worded by
the catalogue's "import" domain (casetracker/catalogue/imports.py and the .po).

A `RowProblem` keeps its English `reason`, which the command line prints, and beside it a key and its
parameters, so the import wizard and the list it saves can say it in the caseworker's language
(`RowProblem.text(language)`). Parameters are plain values: text quoted from the spreadsheet (always
printed as written), dates (2023-02-01 in English, 01.02.2023 in Russian), numbers, `Words` (values of
the app's vocabulary: as stored in English, by their Russian names in Russian), `Listed` items, and a
`Phrase` (a message inside a message). A key that a language lacks is said in English.

Template syntax is str.format's. A number followed by its noun is written `{count:row|rows}` in English
and `{count:строка|строки|строк}` in Russian (forms for 1, 2 and 5; see casetracker.catalogue).
"""

import re
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from casetracker import catalogue
from casetracker.catalogue.imports import EN
from casetracker.vocabulary import CaseKind, CaseStatus, EventKind, Priority, Procedure

GROUPS: dict[type[StrEnum], str] = {
    CaseKind: "case_kind",
    CaseStatus: "case_status",
    Priority: "priority",
    EventKind: "event_kind",
    Procedure: "procedure",
}
"""The vocabularies a sheet's cells are read into, by the glossary group that names their values."""


class Words(NamedTuple):
    """Values of the app's vocabulary as stored, printed with the names a language gives them."""

    group: str  # a group of the glossary ("case_kind"); "" for values it has no names for
    values: tuple[str, ...]

    @classmethod
    def of(cls, vocabulary: type[StrEnum]) -> "Words":
        return cls(GROUPS.get(vocabulary, ""), tuple(member.value for member in vocabulary))


class Listed(NamedTuple):
    """Several values printed one after another, separated by commas."""

    items: tuple


class Term(NamedTuple):
    """One value of the app's vocabulary (or a country, group "country") by the name the glossary gives it
    in the language, in English too."""

    group: str
    value: str


class Phrase(NamedTuple):
    """A message inside a message, with the English text to print where its key has no template."""

    key: str
    params: Mapping[str, Any]
    english: str


_QUOTED = {"ru": "«{}»"}  # a vocabulary word among others; English lists them as stored, unquoted


def english(key: str, **params: Any) -> str:
    """The English text of a message: what the command line prints and `RowProblem.reason` keeps."""
    return render(key, params)


def render(key: str, params: Mapping[str, Any], language: str = "en", fallback: str | None = None) -> str:
    """The message in `language`. Where the language has no template for `key`, or the template does not
    fit the parameters, `fallback` is returned (if given), else the English text."""
    template = catalogue.translated("import", key, language) if language in catalogue.LANGUAGES else None
    if template is None:
        if fallback is not None:
            return fallback
        language, template = "en", EN[key]
    try:
        return _Formatter(language).vformat(template, (), params)
    except (LookupError, ValueError, TypeError):  # a translation naming a parameter the key lacks
        if fallback is None:
            raise
        return fallback


class _Formatter(catalogue.Formatter):
    def value(self, value: Any) -> str:
        if isinstance(value, Phrase):
            return render(value.key, value.params, self.language, value.english)
        if isinstance(value, Words):
            return ", ".join(self.word(value.group, item) for item in value.values)
        if isinstance(value, Term):
            return catalogue.term(value.group, value.value, self.language)
        if isinstance(value, Listed):
            return ", ".join(self.value(item) for item in value.items)
        return super().value(value)

    def word(self, group: str, value: str) -> str:
        if self.language not in _QUOTED:
            return value
        name = catalogue.term(group, value, self.language) if group else value
        return _QUOTED[self.language].format(name)


# --- the services' reasons ------------------------------------------------------------------------

_SERVICE_REASONS = [
    (re.compile(r"must not be empty"), "value.empty"),
    (re.compile(r"is longer than (?P<limit>[\d,]+) characters"), "value.too_long"),
    (re.compile(r"contains a NUL character"), "value.nul"),
    (re.compile(r"'(?P<value>.*)' is not a two-letter ISO 3166 code such as EE or GE", re.S),
     "value.not_country_code"),
    (re.compile(r"'(?P<value>.*)' is not one of: (?P<allowed>.*)", re.S), "value.not_allowed"),
    (re.compile(r"is in the future"), "value.future"),
    (re.compile(r"contains a line break"), "value.line_break"),
    (re.compile(r"contains a control character \((?P<code>U\+[0-9A-F]{4,6})\)"), "value.control"),
    (re.compile(r"contains a character that changes the direction of text \((?P<code>U\+[0-9A-F]{4,6})\)"),
     "value.bidi"),
    (re.compile(r"is outside the years (?P<first>\d{4}) to (?P<last>\d{4})"), "value.years"),
    (re.compile(r"contains bytes that are not text \(not UTF-8\)"), "value.not_utf8"),
    (re.compile(r"the exit is before the first entry \((?P<first>\d{4}-\d{2}-\d{2})\)"), "exit_before_entry"),
]  # fmt: skip


def _allowed(text: str) -> Words:
    """The values listed in a reason, with the group that names them if they are all of one vocabulary."""
    values = tuple(text.split(", "))
    groups = [group for vocabulary, group in GROUPS.items() if {m.value for m in vocabulary} == set(values)]
    return Words(next(iter(groups), ""), values)


_READ: dict[str, Callable[[str], Any]] = {
    "limit": lambda text: int(text.replace(",", "")),
    "allowed": _allowed,
    "first": date.fromisoformat,
}


def service_reason(reason: str) -> tuple[str, dict[str, Any]]:
    """The key and parameters of a reason the services give (`InvalidInput.reason`, in English), read back
    from its text; ("", {}) for a reason not known here, which is then shown in English as it is."""
    for pattern, key in _SERVICE_REASONS:
        if match := pattern.fullmatch(reason):
            try:
                params = {name: _READ.get(name, str)(text) for name, text in match.groupdict().items()}
                if render(key, params) == reason:  # worded exactly as the service words it, or not at all
                    return key, params
            except ValueError:
                pass
    return "", {}
