"""Translated names of the stable vocabulary (stored values stay English identifiers)."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from casetracker import vocabulary
from casetracker.rules.messages import CATALOGS, DAY_FORMATS, ENGLISH, Wording

_CONTEXT = "vocabulary"

# Listed so that pyside6-lupdate finds every value; the values themselves are the keys.
_ENGLISH = {
    # case kinds
    "entry_denial": QT_TRANSLATE_NOOP("vocabulary", "Entry denial"),
    "visa_cancellation": QT_TRANSLATE_NOOP("vocabulary", "Visa cancellation"),
    "residence_permit_annulment": QT_TRANSLATE_NOOP("vocabulary", "Residence permit annulment"),
    "asylum": QT_TRANSLATE_NOOP("vocabulary", "Asylum"),
    "detention_extradition": QT_TRANSLATE_NOOP("vocabulary", "Detention / extradition"),
    "abduction_disappearance": QT_TRANSLATE_NOOP("vocabulary", "Abduction / disappearance"),
    "deportation": QT_TRANSLATE_NOOP("vocabulary", "Deportation"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
    "expulsion_order": QT_TRANSLATE_NOOP("vocabulary", "Expulsion order"),
    "entry_ban": QT_TRANSLATE_NOOP("vocabulary", "Entry ban"),
    # statuses and priorities
    "open": QT_TRANSLATE_NOOP("vocabulary", "Open"),
    "waiting": QT_TRANSLATE_NOOP("vocabulary", "Waiting"),
    "appeal": QT_TRANSLATE_NOOP("vocabulary", "Appeal"),
    "closed": QT_TRANSLATE_NOOP("vocabulary", "Closed"),
    "low": QT_TRANSLATE_NOOP("vocabulary", "Low"),
    "normal": QT_TRANSLATE_NOOP("vocabulary", "Normal"),
    "high": QT_TRANSLATE_NOOP("vocabulary", "High"),
    "urgent": QT_TRANSLATE_NOOP("vocabulary", "Urgent"),
    # event kinds
    "entry": QT_TRANSLATE_NOOP("vocabulary", "Entry"),
    "exit": QT_TRANSLATE_NOOP("vocabulary", "Exit"),
    "entry_denied": QT_TRANSLATE_NOOP("vocabulary", "Entry denied"),
    "visa_issued": QT_TRANSLATE_NOOP("vocabulary", "Visa issued"),
    "visa_cancelled": QT_TRANSLATE_NOOP("vocabulary", "Visa cancelled"),
    "permit_issued": QT_TRANSLATE_NOOP("vocabulary", "Permit issued"),
    "permit_annulled": QT_TRANSLATE_NOOP("vocabulary", "Permit annulled"),
    "application_filed": QT_TRANSLATE_NOOP("vocabulary", "Application filed"),
    "interview": QT_TRANSLATE_NOOP("vocabulary", "Interview"),
    "decision_positive": QT_TRANSLATE_NOOP("vocabulary", "Positive decision"),
    "decision_negative": QT_TRANSLATE_NOOP("vocabulary", "Negative decision"),
    "notified": QT_TRANSLATE_NOOP("vocabulary", "Decision notified"),
    "appeal_filed": QT_TRANSLATE_NOOP("vocabulary", "Appeal filed"),
    "hearing": QT_TRANSLATE_NOOP("vocabulary", "Hearing"),
    "detention": QT_TRANSLATE_NOOP("vocabulary", "Detention"),
    "release": QT_TRANSLATE_NOOP("vocabulary", "Release"),
    "extradition_request": QT_TRANSLATE_NOOP("vocabulary", "Extradition request"),
    "interim_measure": QT_TRANSLATE_NOOP("vocabulary", "Interim measure"),
    "disappearance": QT_TRANSLATE_NOOP("vocabulary", "Disappearance"),
    "last_contact": QT_TRANSLATE_NOOP("vocabulary", "Last contact"),
    "located": QT_TRANSLATE_NOOP("vocabulary", "Located"),
    "note": QT_TRANSLATE_NOOP("vocabulary", "Note"),
    # procedures of a decision ("normal" is also a priority, so its procedure has a key of its own)
    "procedure.normal": QT_TRANSLATE_NOOP("vocabulary", "General procedure"),
    "accelerated": QT_TRANSLATE_NOOP("vocabulary", "Accelerated procedure"),
    "manifestly_unfounded": QT_TRANSLATE_NOOP("vocabulary", "Rejected as manifestly unfounded"),
    "inadmissible": QT_TRANSLATE_NOOP("vocabulary", "Rejected as inadmissible"),
    "border": QT_TRANSLATE_NOOP("vocabulary", "Border procedure"),
    "detained": QT_TRANSLATE_NOOP("vocabulary", "Decided in detention"),
    "dublin": QT_TRANSLATE_NOOP("vocabulary", "Dublin transfer"),
    "extended": QT_TRANSLATE_NOOP("vocabulary", "Extended procedure"),
    "subsequent": QT_TRANSLATE_NOOP("vocabulary", "Subsequent application"),
    # date precision
    "exact": QT_TRANSLATE_NOOP("vocabulary", "Exact day"),
    "month": QT_TRANSLATE_NOOP("vocabulary", "Month only"),
    "approximate": QT_TRANSLATE_NOOP("vocabulary", "Approximate"),
    # risk markers
    "criminal_case": QT_TRANSLATE_NOOP("vocabulary", "Criminal case in Russia"),
    "wanted_federal": QT_TRANSLATE_NOOP("vocabulary", "Federal wanted list"),
    "wanted_interstate": QT_TRANSLATE_NOOP("vocabulary", "Interstate wanted list"),
    "interpol_notice": QT_TRANSLATE_NOOP("vocabulary", "Interpol notice"),
    "foreign_agent": QT_TRANSLATE_NOOP("vocabulary", "Foreign agent"),
    "mobilisation_summons": QT_TRANSLATE_NOOP("vocabulary", "Mobilisation summons"),
    "deserter": QT_TRANSLATE_NOOP("vocabulary", "Deserter"),
    # deadline kinds and statuses
    "appeal_accelerated": QT_TRANSLATE_NOOP("vocabulary", "Appeal (accelerated)"),
    "appeal_detained": QT_TRANSLATE_NOOP("vocabulary", "Appeal (detained)"),
    "remedy": QT_TRANSLATE_NOOP("vocabulary", "Challenge the decision"),
    "remedy_step": QT_TRANSLATE_NOOP("vocabulary", "Step before the challenge"),
    "custody_limit": QT_TRANSLATE_NOOP("vocabulary", "Extradition request due"),
    "asylum_filing": QT_TRANSLATE_NOOP("vocabulary", "Asylum filing limit"),
    "registration": QT_TRANSLATE_NOOP("vocabulary", "Registration"),
    "stay_end": QT_TRANSLATE_NOOP("vocabulary", "Last day of lawful stay"),
    "document_expiry": QT_TRANSLATE_NOOP("vocabulary", "Document expiry"),
    "done": QT_TRANSLATE_NOOP("vocabulary", "Done"),
    "missed": QT_TRANSLATE_NOOP("vocabulary", "Missed"),
    "cancelled": QT_TRANSLATE_NOOP("vocabulary", "Cancelled"),
    # documents and name scripts
    "foreign_passport": QT_TRANSLATE_NOOP("vocabulary", "Foreign passport"),
    "internal_passport": QT_TRANSLATE_NOOP("vocabulary", "Internal passport"),
    "visa": QT_TRANSLATE_NOOP("vocabulary", "Visa"),
    "residence_permit": QT_TRANSLATE_NOOP("vocabulary", "Residence permit"),
    "travel_document": QT_TRANSLATE_NOOP("vocabulary", "Travel document"),
    "cyrillic": QT_TRANSLATE_NOOP("vocabulary", "Cyrillic"),
    "latin": QT_TRANSLATE_NOOP("vocabulary", "Latin"),
    # kinds of source (rule profiles)
    "source.law": QT_TRANSLATE_NOOP("vocabulary", "law"),
    "source.government": QT_TRANSLATE_NOOP("vocabulary", "government"),
    "source.court": QT_TRANSLATE_NOOP("vocabulary", "court"),
    "source.unhcr_aida": QT_TRANSLATE_NOOP("vocabulary", "UNHCR / AIDA"),
    "source.ngo": QT_TRANSLATE_NOOP("vocabulary", "NGO, secondary"),
    "source.news": QT_TRANSLATE_NOOP("vocabulary", "news, secondary"),
    # severities
    "info": QT_TRANSLATE_NOOP("vocabulary", "Info"),
    "warning": QT_TRANSLATE_NOOP("vocabulary", "Warning"),
    "critical": QT_TRANSLATE_NOOP("vocabulary", "Critical"),
}


def label(value: str) -> str:
    """The caseworker's word for a stored value, in the current language."""
    english = _ENGLISH.get(value, value.replace("_", " ").capitalize())
    return QCoreApplication.translate(_CONTEXT, english)


# What the history calls each audited record and field (the store's table and column names).
_ENTITIES = {
    "case_file": QT_TRANSLATE_NOOP("history", "Case"),
    "event": QT_TRANSLATE_NOOP("history", "Event"),
    "deadline": QT_TRANSLATE_NOOP("history", "Deadline"),
    "note": QT_TRANSLATE_NOOP("history", "Note"),
    "attachment": QT_TRANSLATE_NOOP("history", "Attachment"),
    "travel_document": QT_TRANSLATE_NOOP("history", "Travel document"),
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
}
_FIELDS = {
    "kind": QT_TRANSLATE_NOOP("history", "Kind"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "priority": QT_TRANSLATE_NOOP("history", "Priority"),
    "country": QT_TRANSLATE_NOOP("history", "Country"),
    "opened_on": QT_TRANSLATE_NOOP("history", "Opened"),
    "closed_on": QT_TRANSLATE_NOOP("history", "Closed"),
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


def current_language() -> str:
    """The language the app was switched to (install_language sets the default locale)."""
    code = QLocale().name().split("_")[0]
    return code if code in CATALOGS else "en"


def wording() -> Wording:
    """How findings and computed deadlines read in the current language."""
    language = current_language()
    if language == "en":
        return ENGLISH
    # The reports keep the country names and vocabulary words of each language; importing them loads
    # reportlab, so only a caseworker who reads another language pays for it, once.
    from casetracker.reports.labels import finding_wording

    return finding_wording(language)


def day(value: date) -> str:
    """A date as findings print it: 2024-03-01 in English, 01.03.2024 in Russian."""
    return DAY_FORMATS[current_language()](value)


def country_choices(language: str) -> list[tuple[str, str]]:
    """(name, ISO code) of every country, by name in the language (a code with no name known by code)."""
    from casetracker.reports.countries import country_name

    named = [(country_name(code, language), code) for code in vocabulary.COUNTRY_CODES]
    return sorted(named, key=lambda pair: (pair[0] == pair[1], pair[0].casefold()))


def choices(vocabulary_class) -> list[tuple[str, str]]:
    """(label, stored value) pairs for a combo box."""
    return [(label(member.value), member.value) for member in vocabulary_class]


__all__ = [
    "action_label",
    "choices",
    "country_choices",
    "current_language",
    "day",
    "entity_label",
    "field_label",
    "label",
    "trash_kind_label",
    "vocabulary",
    "wording",
]
