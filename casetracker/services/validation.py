"""Checks of values coming from a person at a keyboard or from a file.

One set of rules for every way a record enters the store: the app, the command line, a
spreadsheet, a JSON export and a colleague's case bundle. The services check each field as it
is given (`check_text`, `check_name`...); whole rows read from a file are checked against the
same rules, field by field, by `check_record`.
"""

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from casetracker.catalogue import Entry
from casetracker.dates import EARLIEST, LATEST
from casetracker.errors import InvalidInput, reason, value_reason
from casetracker.store.models import (
    Attachment,
    Case,
    Deadline,
    Event,
    FamilyLink,
    Note,
    Person,
    PersonMarker,
    PersonName,
    RuleOverrideRow,
    TravelDocument,
)
from casetracker.vocabulary import (
    COUNTRY_CODES,
    CaseKind,
    CaseStatus,
    DatePrecision,
    DeadlineKind,
    DeadlineStatus,
    DocumentKind,
    EventKind,
    NameScript,
    Priority,
    Procedure,
    RiskMarker,
)

_CASE_NUMBER = re.compile(r"^[A-Z]{2}-\d{4}-\d{4,6}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_BLOB_NAME = re.compile(r"^[0-9a-f]{32}$")

NAME_MAX = 300  # a name or one spelling of it: the longest real ones are far shorter
LINE_MAX = 1_000  # one line: a place, a lawyer, a document number, a file name
TEXT_MAX = 1_000_000  # a note, a summary: a 50-page note fits many times over

# Characters that reorder how text is displayed (embeddings, overrides, isolates): in a name they
# make one name look like another on screen and in a PDF.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_text(field: str, value: str, *, required: bool = False, limit: int = TEXT_MAX) -> str:
    """Text of several lines (a note, a summary): line breaks and tabs allowed, other control
    characters not."""
    cleaned = _cleaned(field, value, required, limit)
    for char in cleaned:
        if char not in "\t\n\r" and unicodedata.category(char) == "Cc":
            raise InvalidInput(field, _control_reason(char))
    return cleaned


def check_line(field: str, value: str, *, required: bool = False, limit: int = LINE_MAX) -> str:
    """One line (a place, a lawyer's name): no line breaks, control or direction-changing characters."""
    cleaned = _cleaned(field, value, required, limit)
    for char in cleaned:
        if unicodedata.category(char) == "Cc":
            raise InvalidInput(field, _control_reason(char))
        if char in _BIDI_CONTROLS:
            code = f"U+{ord(char):04X}"
            raise InvalidInput(field, value_reason("bidi", code=code))
    return cleaned


def check_name(field: str, value: str, *, required: bool = False) -> str:
    """A person's name or one spelling of it."""
    return check_line(field, value, required=required, limit=NAME_MAX)


def _cleaned(field: str, value: str, required: bool, limit: int) -> str:
    if value is not None and not isinstance(value, str):
        raise InvalidInput(field, reason("not_text"))
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise InvalidInput(field, value_reason("empty"))
    if len(cleaned) > limit:
        raise InvalidInput(field, value_reason("too_long", limit=limit))
    if "\x00" in cleaned:
        raise InvalidInput(field, value_reason("nul"))
    if any("\ud800" <= char <= "\udfff" for char in cleaned):  # bytes that were not UTF-8
        raise InvalidInput(field, value_reason("not_utf8"))
    return cleaned


def _control_reason(char: str) -> Entry:
    if char == "\x00":
        return value_reason("nul")
    if char in "\n\r":
        return value_reason("line_break")
    return value_reason("control", code=f"U+{ord(char):04X}")


def check_country(code: str) -> str:
    cleaned = (code or "").strip().upper() if isinstance(code, str) else ""
    if cleaned not in COUNTRY_CODES:
        shown = str(code)[:20]
        raise InvalidInput("country", value_reason("not_country_code", value=shown))
    return cleaned


def check_vocabulary[E: StrEnum](field: str, value: E | str, vocabulary: type[E]) -> E:
    try:
        return vocabulary(value)
    except ValueError:
        allowed = ", ".join(member.value for member in vocabulary)
        raise InvalidInput(
            field, value_reason("not_allowed", value=str(value)[:40], allowed=allowed)
        ) from None


def check_date(field: str, value: date | None, *, not_after: date | None = None) -> date | None:
    """A date between the years 1900 and 2099 (and, given `not_after`, not later than that day)."""
    if value is None:
        return None
    if not isinstance(value, date):
        raise InvalidInput(field, reason("not_a_date"))
    if not EARLIEST <= value <= LATEST:
        raise InvalidInput(field, value_reason("years", first=EARLIEST.year, last=LATEST.year))
    if not_after is not None and value > not_after:
        raise InvalidInput(field, value_reason("future"))
    return value


def check_case_number(number: str) -> str:
    cleaned = (number or "").strip() if isinstance(number, str) else ""
    if not _CASE_NUMBER.match(cleaned):
        raise InvalidInput("case number", reason("not_a_case_number", value=str(number)[:30]))
    return cleaned


# --- whole rows, as they come from a file -------------------------------------------------------------

Rule = Callable[[Any], Any]


def _text(label: str, **options) -> Rule:
    return lambda value: check_text(label, value, **options)


def _line(label: str, **options) -> Rule:
    return lambda value: check_line(label, value, **options)


def _name(label: str, **options) -> Rule:
    return lambda value: check_name(label, value, **options)


def _word(label: str, vocabulary: type[StrEnum]) -> Rule:
    return lambda value: check_vocabulary(label, value, vocabulary).value


def _day(label: str, *, past: bool = False) -> Rule:
    return lambda value: check_date(label, value, not_after=date.today() if past else None)


def _optional_country(value: Any) -> str:
    """A country code, or empty for "the case's country"."""
    return check_country(value) if value else ""


def _optional_word(label: str, vocabulary: type[StrEnum]) -> Rule:
    """A vocabulary word, or empty for "not known"."""
    return lambda value: check_vocabulary(label, value, vocabulary).value if value else ""


def _countries(value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > 10:
        raise InvalidInput("citizenships", reason("citizenships"))
    return [check_country(code) for code in value]


def _languages(value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > 20:
        raise InvalidInput("languages", reason("languages"))
    return [check_line("language", item, required=True, limit=50) for item in value]


def _matching(label: str, pattern: re.Pattern, what: str) -> Rule:
    """`what`: a key of the catalogue's "reason." entries."""

    def check(value: Any) -> str:
        if not isinstance(value, str) or not pattern.match(value):
            raise InvalidInput(label, reason(what))
        return value

    return check


def _size(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInput("size", reason("not_a_size"))
    return value


RULES: dict[type, dict[str, Rule]] = {
    Person: {
        "name": _name("name", required=True),
        "birth_date": _day("date of birth", past=True),
        "birth_place": _line("place of birth"),
        "citizenships": _countries,
        "languages": _languages,
        "secure_contact": _line("secure contact"),
        "current_location": _line("current location"),
        "military_status": _line("military status"),
    },
    PersonName: {
        "text": _name("other spelling", required=True),
        "script": _word("script", NameScript),
        "source": _line("source"),
    },
    PersonMarker: {
        "marker": _word("risk marker", RiskMarker),
        "detail": _line("marker detail"),
        "since": _day("marker since"),
    },
    FamilyLink: {"relation": _line("relation", required=True), "relative_name": _name("relative's name")},
    TravelDocument: {
        "kind": _word("document kind", DocumentKind),
        "country": check_country,
        "number": _line("document number", limit=100),
        "valid_from": _day("valid from"),
        "valid_until": _day("valid until"),
        "annulled_on": _day("annulled on"),
        "note": _text("document note"),
    },
    Case: {
        "number": check_case_number,
        "kind": _word("case kind", CaseKind),
        "country": check_country,
        "status": _word("status", CaseStatus),
        "priority": _word("priority", Priority),
        "opened_on": _day("opened on"),
        "closed_on": _day("closed on"),
        "caseworker": _line("caseworker", limit=NAME_MAX),
        "lawyer": _line("lawyer", limit=NAME_MAX),
        "summary": _text("summary"),
        "outcome": _text("outcome"),
    },
    Event: {
        "kind": _word("event kind", EventKind),
        "date": _day("date"),
        "date_precision": _word("date precision", DatePrecision),
        "place": _line("place"),
        "description": _text("description"),
        "source": _line("source"),
        "country": _optional_country,
        "procedure": _optional_word("procedure", Procedure),
    },
    Deadline: {
        "due": _day("due"),
        "kind": _word("deadline kind", DeadlineKind),
        "origin": _line("origin", required=True, limit=200),
        "status": _word("deadline status", DeadlineStatus),
        "description": _text("description"),
    },
    Note: {"text": _text("note", required=True), "author": _line("author", limit=NAME_MAX)},
    Attachment: {
        "filename": _line("file name", required=True, limit=255),
        "media_type": _line("media type", limit=200),
        "size": _size,
        "sha256": _matching("sha256", _SHA256, "not_a_sha256"),
        "blob_name": _matching("blob name", _BLOB_NAME, "not_a_blob_name"),
        "added_by": _line("added by", limit=NAME_MAX),
    },
    RuleOverrideRow: {
        "country": _line("country", required=True, limit=20),
        "rule_id": _line("rule", required=True, limit=200),
        "field": _line("field", required=True, limit=100),
        "reason": _text("reason", required=True, limit=LINE_MAX * 10),
        "author": _line("author", limit=NAME_MAX),
    },
}


def check_values(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """The `values` of a row of `model`, each checked by the rules above and cleaned (the keys
    without a rule pass as they are); `InvalidInput` names the first field that fails."""
    rules = RULES.get(model, {})
    checked = {key: rules[key](value) if key in rules else value for key, value in values.items()}
    _check_together(model, checked)
    return checked


def check_record(row: Any) -> Any:
    """Every field of a model row (an ORM object, read from a file, say) checked and cleaned in place."""
    for field, rule in RULES.get(type(row), {}).items():
        setattr(row, field, rule(getattr(row, field)))
    for field, value in vars(row).items():
        if isinstance(value, datetime):
            _check_moment(field, value)
    _check_together(type(row), vars(row))
    return row


def _check_moment(field: str, value: datetime) -> None:
    """A recorded moment (created, changed, deleted) from a file: with its time zone, in our years."""
    if value.tzinfo is None:
        raise InvalidInput(field.replace("_", " "), reason("no_time_zone"))
    if not EARLIEST <= value.date() <= LATEST:
        raise InvalidInput(
            field.replace("_", " "), value_reason("years", first=EARLIEST.year, last=LATEST.year)
        )


# Fields that may not come before another: the later field, the earlier, and what is said.
_ORDER = {
    Case: ("closed_on", "opened_on", "closed on", "closed_before_opened"),
    TravelDocument: ("valid_until", "valid_from", "valid until", "valid_before_from"),
}


def _check_together(model: type, values: dict[str, Any]) -> None:
    if model in _ORDER:
        later, earlier, label, why = _ORDER[model]
        if values.get(later) and values.get(earlier) and values[later] < values[earlier]:
            raise InvalidInput(label, reason(why))
