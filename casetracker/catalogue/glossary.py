"""The glossary: one English name for every value of the vocabulary and every country, shared by the
app's widgets, the PDF reports, the import and the engine's findings (their Russian names are in the
catalogue, domain "glossary", so the app and the PDF can never name one thing two ways).

Keys are "<group>.<stored value>" ("event_kind.notified", "country.GE"). A value the glossary lacks
prints as stored, with spaces for underscores and a capital.
"""

from enum import Enum

from casetracker import vocabulary

GROUPS: dict[type[Enum], str] = {
    vocabulary.CaseKind: "case_kind",
    vocabulary.CaseStatus: "case_status",
    vocabulary.Priority: "priority",
    vocabulary.EventKind: "event_kind",
    vocabulary.Procedure: "procedure",
    vocabulary.DatePrecision: "date_precision",
    vocabulary.RiskMarker: "marker",
    vocabulary.DocumentKind: "document_kind",
    vocabulary.DeadlineStatus: "deadline_status",
    vocabulary.DeadlineKind: "deadline_kind",
    vocabulary.NameScript: "name_script",
}
"""The glossary group that names each vocabulary's values."""

_TERMS: dict[str, dict[str, str]] = {
    "case_kind": {
        "entry_denial": "Entry denial",
        "visa_cancellation": "Visa cancellation",
        "residence_permit_annulment": "Residence permit annulment",
        "asylum": "Asylum",
        "detention_extradition": "Detention, extradition",
        "abduction_disappearance": "Abduction, disappearance",
        "deportation": "Deportation",
        "other": "Other",
    },
    "case_status": {"open": "Open", "waiting": "Waiting", "appeal": "Appeal", "closed": "Closed"},
    "priority": {"low": "Low", "normal": "Normal", "high": "High", "urgent": "Urgent"},
    "event_kind": {
        "entry": "Entry",
        "exit": "Exit",
        "entry_denied": "Entry denied",
        "visa_issued": "Visa issued",
        "visa_cancelled": "Visa cancelled",
        "permit_issued": "Permit issued",
        "permit_annulled": "Permit annulled",
        "application_filed": "Application filed",
        "interview": "Interview",
        "decision_positive": "Positive asylum decision",
        "decision_negative": "Negative asylum decision",
        "notified": "Notified of decision",
        "appeal_filed": "Appeal filed",
        "hearing": "Hearing",
        "detention": "Detention",
        "release": "Release",
        "extradition_request": "Extradition request",
        "interim_measure": "Interim measure",
        "deportation": "Deportation",
        "expulsion_order": "Expulsion order",
        "entry_ban": "Entry ban",
        "disappearance": "Disappearance",
        "last_contact": "Last contact",
        "located": "Located",
        "note": "Note",
    },
    "procedure": {
        "normal": "General procedure",
        "accelerated": "Accelerated procedure",
        "manifestly_unfounded": "Rejected as manifestly unfounded",
        "inadmissible": "Rejected as inadmissible",
        "border": "Border procedure",
        "detained": "Decided in detention",
        "dublin": "Dublin transfer",
        "extended": "Extended procedure",
        "subsequent": "Subsequent application",
    },
    "date_precision": {"exact": "Exact day", "month": "Month only", "approximate": "Approximate"},
    "marker": {
        "criminal_case": "Criminal case in Russia",
        "wanted_federal": "Federal wanted list",
        "wanted_interstate": "Interstate wanted list",
        "interpol_notice": "Interpol notice",
        "foreign_agent": "“Foreign agent” designation",
        "mobilisation_summons": "Mobilisation summons",
        "deserter": "Deserter",
    },
    "document_kind": {
        "foreign_passport": "Foreign passport",
        "internal_passport": "Internal passport",
        "visa": "Visa",
        "residence_permit": "Residence permit",
        "travel_document": "Travel document",
        "other": "Other",
    },
    "deadline_status": {"open": "Pending", "done": "Done", "missed": "Missed", "cancelled": "Cancelled"},
    "deadline_kind": {
        "appeal": "Appeal",
        "appeal_accelerated": "Appeal (accelerated)",
        "appeal_detained": "Appeal (detained)",
        "asylum_filing": "Asylum filing limit",
        "registration": "Registration",
        "stay_end": "Last day of lawful stay",
        "document_expiry": "Document expiry",
        "hearing": "Hearing",
        "remedy": "Challenge the decision",
        "remedy_step": "Step before the challenge",
        "custody_limit": "Extradition request due",
        "other": "Other",
    },
    "name_script": {"cyrillic": "Cyrillic", "latin": "Latin", "other": "Other"},
    # the kinds of source a rule profile cites
    "source": {
        "law": "law",
        "government": "government",
        "court": "court",
        "unhcr_aida": "UNHCR / AIDA",
        "ngo": "NGO, secondary",
        "news": "news, secondary",
    },
    "severity": {"info": "Info", "warning": "Warning", "critical": "Critical"},
    # the people acting in a case
    "role": {"caseworker": "Caseworker", "lawyer": "Lawyer"},
    # the zones whose members count stays together
    "zone": {
        "schengen": "Schengen area",
        "coe": "Council of Europe (European Convention on Human Rights)",
        "un_cat": "UN Committee against Torture (individual complaints)",
        "un_hrc": "UN Human Rights Committee (individual complaints)",
        "wgeid": "UN Working Group on Enforced or Involuntary Disappearances",
    },
    # the countries with rule profiles and the others caseworkers meet most, by ISO 3166 alpha-2 code
    "country": {
        "AE": "United Arab Emirates",
        "AM": "Armenia",
        "AT": "Austria",
        "AZ": "Azerbaijan",
        "BE": "Belgium",
        "BG": "Bulgaria",
        "BY": "Belarus",
        "CA": "Canada",
        "CH": "Switzerland",
        "CY": "Cyprus",
        "CZ": "Czechia",
        "DE": "Germany",
        "DK": "Denmark",
        "EE": "Estonia",
        "ES": "Spain",
        "FI": "Finland",
        "FR": "France",
        "GB": "United Kingdom",
        "GE": "Georgia",
        "GR": "Greece",
        "HR": "Croatia",
        "HU": "Hungary",
        "IE": "Ireland",
        "IL": "Israel",
        "IT": "Italy",
        "KG": "Kyrgyzstan",
        "KZ": "Kazakhstan",
        "LT": "Lithuania",
        "LV": "Latvia",
        "MD": "Moldova",
        "ME": "Montenegro",
        "MN": "Mongolia",
        "NL": "Netherlands",
        "NO": "Norway",
        "PL": "Poland",
        "PT": "Portugal",
        "RO": "Romania",
        "RS": "Serbia",
        "RU": "Russia",
        "SE": "Sweden",
        "SK": "Slovakia",
        "TH": "Thailand",
        "TJ": "Tajikistan",
        "TR": "Turkey",
        "UA": "Ukraine",
        "US": "United States",
        "UZ": "Uzbekistan",
    },
}

EN: dict[str, str] = {
    f"{group}.{value}": name for group, names in _TERMS.items() for value, name in names.items()
}
"""Every glossary key with its English name."""


def key(group: str, value: str) -> str:
    return f"{group}.{value}"


def group_of(value: Enum) -> str | None:
    """The glossary group of a vocabulary value, such as "event_kind" for EventKind.NOTIFIED."""
    return GROUPS.get(type(value))
