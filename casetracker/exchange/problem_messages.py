"""What the spreadsheet import says about a row or a file: message keys, their parameters, and the
English templates that word them (the Russian ones are in problem_messages_ru.py).

A `RowProblem` keeps its English `reason`, which the command line prints, and beside it a key and its
parameters, so the import wizard and the list it saves can say it in the caseworker's language
(`RowProblem.text(language)`). Parameters are plain values: text quoted from the spreadsheet (always
printed as written), dates (2023-02-01 in English, 01.02.2023 in Russian), numbers, `Words` (values of
the app's vocabulary: as stored in English, by their Russian names in Russian), `Listed` items, and a
`Phrase` (a message inside a message). A key that a language lacks is said in English.

Template syntax is str.format's. A number followed by its noun is written `{count:row|rows}` in English
and `{count:строка|строки|строк}` in Russian (forms for 1, 2 and 5; see rules.messages.plural).
"""

import re
import string
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from casetracker.exchange.problem_messages_ru import RU
from casetracker.reports.labels import LABELS
from casetracker.rules.messages import dotted_day, plural
from casetracker.vocabulary import CaseKind, CaseStatus, EventKind, Priority, Procedure

GROUPS: dict[type[StrEnum], str] = {
    CaseKind: "case_kind",
    CaseStatus: "case_status",
    Priority: "priority",
    EventKind: "event_kind",
    Procedure: "procedure",
}
"""The vocabularies a sheet's cells are read into, by the group that names their values in reports.labels."""


class Words(NamedTuple):
    """Values of the app's vocabulary as stored, printed with the names a language gives them."""

    group: str  # a group of reports.labels ("case_kind"); "" for values it has no names for
    values: tuple[str, ...]

    @classmethod
    def of(cls, vocabulary: type[StrEnum]) -> "Words":
        return cls(GROUPS.get(vocabulary, ""), tuple(member.value for member in vocabulary))


class Listed(NamedTuple):
    """Several values printed one after another, separated by commas."""

    items: tuple


class Phrase(NamedTuple):
    """A message inside a message, with the English text to print where its key has no template."""

    key: str
    params: Mapping[str, Any]
    english: str


EN: dict[str, str] = {
    # where a problem is: RowProblem.__str__ and the lines under a rejection
    "where.row": "row {row}",
    "where.row_column": "row {row}, column '{column}'",
    "more": "... and {count} more",
    # plan.py: the cells of a row
    "name.empty": "the name is empty",
    "birth_date.future": "the date of birth is in the future",
    "event.without_case": "an event needs a case: the country and the case type are empty",
    "country.empty": "the country is empty",
    "case_kind.empty": "the case type is empty",
    "event.no_date": "the event has no date",
    "event.no_kind": "the event has no kind",
    "exit_before_entry": "the exit is before the first entry ({first})",
    # values.py: reading a cell
    "date.invalid": "'{value}' is not a valid date; write DD.MM.YYYY, YYYY-MM-DD or MM.YYYY",
    "date.not_exact": "'{value}' is not an exact date; write DD.MM.YYYY",
    "date.out_of_range": "'{value}' is outside the years 1900 to 2099",
    "country.unknown": "'{value}' is not a country this app knows by name; write its two-letter ISO code "
    "(such as GE), or add it under 'values' in a mapping file",
    "unknown.case_kind": "'{value}' is not a known case type; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    "unknown.case_status": "'{value}' is not a known case status; use one of: {allowed}, or add the word "
    "under 'values' in a mapping file",
    "unknown.procedure": "'{value}' is not a known procedure; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    "unknown.priority": "'{value}' is not a known priority; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    "unknown.event_kind": "'{value}' is not a known event; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    # the services' checks (InvalidInput reasons), recognised by service_reason()
    "value.empty": "must not be empty",
    "value.too_long": "is longer than {limit:character|characters}",
    "value.nul": "contains a NUL character",
    "value.not_country_code": "'{value}' is not a two-letter ISO 3166 code such as EE or GE",
    "value.not_allowed": "'{value}' is not one of: {allowed}",
    "value.future": "is in the future",
    "value.line_break": "contains a line break",
    "value.control": "contains a control character ({code})",
    "value.bidi": "contains a character that changes the direction of text ({code})",
    "value.years": "is outside the years {first} to {last}",
    "value.not_utf8": "contains bytes that are not text (not UTF-8)",
    # importer.py
    "duplicate": "likely the same person as {ids}",
    "cancelled": "The import was cancelled; nothing was imported.",
    "rejected.no_headings": "No row of {file} has column headings this app knows (such as ФИО, Дата "
    "рождения, Страна, Тип дела, Дата, Событие, or Full name, Country, Case type, Date, Event). Rename the "
    "headings, or give a mapping file (--mapping).",
    "rejected.missing_columns": "{file} has no column for: {wanted} (headings found in row {row}). Add the "
    "column, or map an existing heading to it in a mapping file (--mapping).",
    "rejected.rows": "{count} row(s) of {file} cannot be imported, so nothing was imported. Correct them, or "
    "choose to import only the good rows:",
    "rejected.duplicates": "{count} person(s) in {file} are likely already in the store (same name and date "
    "of birth), so nothing was imported. Choose to link their cases to the persons already there, or to "
    "create new persons all the same:",
    "rejected.no_rows": "{file} has headings but no rows to import.",
    "rejected.row": "Row {row} cannot be imported ({field}: {reason}); nothing was imported.",
}

CATALOGS: dict[str, Mapping[str, str]] = {"en": EN, "ru": RU}
_DAYS: dict[str, Callable[[date], str]] = {"en": date.isoformat, "ru": dotted_day}
_QUOTED = {"ru": "«{}»"}  # a vocabulary word among others; English lists them as stored, unquoted


def english(key: str, **params: Any) -> str:
    """The English text of a message: what the command line prints and `RowProblem.reason` keeps."""
    return render(key, params)


def render(key: str, params: Mapping[str, Any], language: str = "en", fallback: str | None = None) -> str:
    """The message in `language`. Where the language has no template for `key`, or the template does not
    fit the parameters, `fallback` is returned (if given), else the English text."""
    template = CATALOGS.get(language, {}).get(key)
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


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            return f"{self.number(value)} {plural(value, format_spec.split('|'))}"
        return self.value(value)

    def number(self, value: int) -> str:
        """1,000,000 in English; 1 000 000 in Russian (a no-break space), from five digits on."""
        if self.language == "en":
            return f"{value:,}"
        return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10_000 else str(value)

    def value(self, value: Any) -> str:
        if isinstance(value, Phrase):
            return render(value.key, value.params, self.language, value.english)
        if isinstance(value, Words):
            return ", ".join(self.word(value.group, item) for item in value.values)
        if isinstance(value, Listed):
            return ", ".join(self.value(item) for item in value.items)
        if isinstance(value, date):
            return _DAYS.get(self.language, date.isoformat)(value)
        return str(value)

    def word(self, group: str, value: str) -> str:
        if self.language not in _QUOTED:
            return value
        name = LABELS.get(self.language, {}).get(f"{group}.{value}", value) if group else value
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
