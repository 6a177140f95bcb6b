"""The caseworker's words for stored values: the vocabulary's names come from the catalogue's glossary
(shared with the PDF), the history's names of records and fields from the Qt translation."""

from datetime import date
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from casetracker import catalogue, vocabulary
from casetracker.catalogue import glossary
from casetracker.dates import DateError
from casetracker.rules.messages import Wording
from casetracker.rules.messages import wording as wording_in

# The glossary groups a bare stored value is looked for in, in this order ("open" is a case's status
# before a deadline's; "normal" a priority before a procedure, whose value is "procedure.normal").
_GROUPS = (
    "case_kind",
    "case_status",
    "priority",
    "event_kind",
    "procedure",
    "date_precision",
    "marker",
    "document_kind",
    "deadline_kind",
    "deadline_status",
    "name_script",
    "severity",
)


@cache
def _group_of(value: str) -> str | None:
    found = [group for group in _GROUPS if f"{group}.{value}" in glossary.EN]
    return found[0] if found else None


def label(value: str, group: str | None = None) -> str:
    """The caseworker's word for a stored value, in the current language: the glossary's name, the same
    the PDF prints. `value` may be a glossary key ("source.law", "procedure.normal"); a bare value is
    looked for in `group`, else in the groups in turn."""
    if group is None and value not in glossary.EN:
        group = _group_of(value)
    key = f"{group}.{value}" if group else value
    return catalogue.translated("glossary", key, current_language()) or value.replace("_", " ").capitalize()


# What the history calls each audited record and field (the store's table and column names).
_ENTITIES = {
    "case_file": QT_TRANSLATE_NOOP("history", "Case"),
    "event": QT_TRANSLATE_NOOP("history", "Event"),
    "deadline": QT_TRANSLATE_NOOP("history", "Deadline"),
    "note": QT_TRANSLATE_NOOP("history", "Note"),
    "attachment": QT_TRANSLATE_NOOP("history", "Attachment"),
    "travel_document": QT_TRANSLATE_NOOP("history", "Document"),
    "person": QT_TRANSLATE_NOOP("history", "Person"),
}
# The kinds the trash holds, by the table each is kept in.
_TRASH_KINDS = {"case": "case_file", "document": "travel_document"}
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("history", "Added"),
    "update": QT_TRANSLATE_NOOP("history", "Changed"),
    "delete": QT_TRANSLATE_NOOP("history", "Moved to trash"),
    "restore": QT_TRANSLATE_NOOP("history", "Restored"),
    "merge": QT_TRANSLATE_NOOP("history", "Merged"),
    "export": QT_TRANSLATE_NOOP("history", "Copy saved"),
    "view": QT_TRANSLATE_NOOP("history", "Opened for viewing"),
    "resolve": QT_TRANSLATE_NOOP("history", "Conflict settled"),  # a value kept of two laptops' (team mode)
    "conflict": QT_TRANSLATE_NOOP("history", "Conflicting value kept"),  # a conflict's value not shown
}
_FIELDS = {
    "kind": QT_TRANSLATE_NOOP("history", "Kind"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "priority": QT_TRANSLATE_NOOP("history", "Priority"),
    "country": QT_TRANSLATE_NOOP("history", "Country"),
    "opened_on": QT_TRANSLATE_NOOP("history", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("history", "Closed on"),
    "caseworker": QT_TRANSLATE_NOOP("history", "Caseworker"),
    "lawyer": QT_TRANSLATE_NOOP("history", "Lawyer"),
    "summary": QT_TRANSLATE_NOOP("history", "Summary"),
    "outcome": QT_TRANSLATE_NOOP("history", "Outcome"),
    "alert": QT_TRANSLATE_NOOP("history", "Alert level"),
    "date": QT_TRANSLATE_NOOP("history", "Date"),
    "date_precision": QT_TRANSLATE_NOOP("history", "Date precision"),
    "place": QT_TRANSLATE_NOOP("history", "Place"),
    "description": QT_TRANSLATE_NOOP("history", "Description"),
    "source": QT_TRANSLATE_NOOP("history", "Source"),
    "procedure": QT_TRANSLATE_NOOP("history", "Procedure"),
    "annulled_on": QT_TRANSLATE_NOOP("history", "Annulled on"),
    "due": QT_TRANSLATE_NOOP("history", "Due"),
    "origin": QT_TRANSLATE_NOOP("history", "Origin"),
    "event_id": QT_TRANSLATE_NOOP("history", "Event it runs from"),
    "text": QT_TRANSLATE_NOOP("history", "Text"),
    "author": QT_TRANSLATE_NOOP("history", "Author"),
    "filename": QT_TRANSLATE_NOOP("history", "File name"),
    "deleted_at": QT_TRANSLATE_NOOP("history", "In trash"),
}


def entity_label(entity: str) -> str:
    """The caseworker's name for an audited kind of record, such as "event"."""
    return QCoreApplication.translate("history", _ENTITIES.get(entity, entity.replace("_", " ").capitalize()))


def trash_kind_label(kind: str) -> str:
    """The caseworker's name for a kind of record in the trash, such as "case" or "document"."""
    return entity_label(_TRASH_KINDS.get(kind, kind))


def action_label(action: str) -> str:
    return QCoreApplication.translate("history", _ACTIONS.get(action, action.capitalize()))


def field_label(name: str) -> str:
    """The caseworker's name for a stored field, such as "decision_date" or "status"."""
    return QCoreApplication.translate("history", _FIELDS.get(name, name.replace("_", " ").capitalize()))


def role_label(role: str) -> str:
    """A team member's role (caseworker, supervisor, lawyer) in the app's language."""
    names = {
        "caseworker": QCoreApplication.translate("team", "caseworker"),
        "supervisor": QCoreApplication.translate("team", "supervisor"),
        "lawyer": QCoreApplication.translate("team", "lawyer"),
    }
    return names.get(role, role)


def current_language() -> str:
    """The language the app was switched to (install_language sets the default locale)."""
    code = QLocale().name().split("_")[0]
    return code if code in catalogue.LANGUAGES else "en"


def wording() -> Wording:
    """How findings and computed deadlines read in the current language."""
    return wording_in(current_language())


def day(value: date) -> str:
    """A date as findings print it: 2024-03-01 in English, 01.03.2024 in Russian."""
    return catalogue.day(value, current_language())


def file_size(size: int) -> str:
    """A file's size in the current language: 512 байт, 2,0 КБ (not Qt's "KiB" and "байты")."""
    return catalogue.file_size(size, current_language())


def date_problem(error: DateError) -> str:
    """What is wrong with a date typed in a field, precisely: no month 13, no 31 February, the year 1800."""
    return catalogue.text("dates", f"problem.{error.problem}", current_language(), **error.params)


def person_marks(markers: tuple[str, ...], critical: bool = False) -> str:
    """In words, what the mark beside a person in a list stands for: their risk markers, a critical case."""
    lines = []
    if critical:
        lines.append(QCoreApplication.translate("PersonMarks", "A case of this person is critical."))
    if markers:
        named = ", ".join(label(marker) for marker in markers)
        lines.append(QCoreApplication.translate("PersonMarks", "Risk markers: {0}").format(named))
    return "\n".join(lines)


def country_choices(language: str) -> list[tuple[str, str]]:
    """(name, ISO code) of every country, by name in the language (a code with no name known by code)."""
    named = [(catalogue.country_name(code, language), code) for code in vocabulary.COUNTRY_CODES]
    return sorted(named, key=lambda pair: (pair[0] == pair[1], pair[0].casefold()))


def profile_country_choices(codes, language: str) -> list[tuple[str, str]]:
    """("Name (CODE)", code) of each country that has a rule profile, by name in the language: a
    caseworker types the name, and the code tells apart what a name alone may not."""
    named = [(catalogue.country_name(code, language), code) for code in codes]
    return [(f"{name} ({code})", code) for name, code in sorted(named, key=lambda pair: pair[0].casefold())]


def choices(vocabulary_class) -> list[tuple[str, str]]:
    """(label, stored value) pairs for a combo box."""
    group = glossary.GROUPS.get(vocabulary_class)
    return [(label(member.value, group), member.value) for member in vocabulary_class]


__all__ = [
    "action_label",
    "choices",
    "country_choices",
    "current_language",
    "date_problem",
    "day",
    "entity_label",
    "field_label",
    "file_size",
    "label",
    "person_marks",
    "profile_country_choices",
    "trash_kind_label",
    "vocabulary",
    "wording",
]
