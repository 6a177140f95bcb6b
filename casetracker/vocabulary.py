"""The stable vocabulary of the application.

These values are stored in the database, typed on the command line and written
to exports, so they never change once released. The GUI shows them translated.
"""

from enum import StrEnum


class CaseKind(StrEnum):
    ENTRY_DENIAL = "entry_denial"
    VISA_CANCELLATION = "visa_cancellation"
    RESIDENCE_PERMIT_ANNULMENT = "residence_permit_annulment"
    ASYLUM = "asylum"
    DETENTION_EXTRADITION = "detention_extradition"
    ABDUCTION_DISAPPEARANCE = "abduction_disappearance"
    DEPORTATION = "deportation"
    OTHER = "other"


class CaseStatus(StrEnum):
    OPEN = "open"
    WAITING = "waiting"  # waiting for an authority or a court
    APPEAL = "appeal"
    CLOSED = "closed"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class EventKind(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"
    ENTRY_DENIED = "entry_denied"
    VISA_ISSUED = "visa_issued"
    VISA_CANCELLED = "visa_cancelled"
    PERMIT_ISSUED = "permit_issued"
    PERMIT_ANNULLED = "permit_annulled"
    APPLICATION_FILED = "application_filed"
    INTERVIEW = "interview"
    DECISION_POSITIVE = "decision_positive"
    DECISION_NEGATIVE = "decision_negative"
    NOTIFIED = "notified"
    APPEAL_FILED = "appeal_filed"
    HEARING = "hearing"
    DETENTION = "detention"
    RELEASE = "release"
    EXTRADITION_REQUEST = "extradition_request"
    INTERIM_MEASURE = "interim_measure"
    DEPORTATION = "deportation"
    EXPULSION_ORDER = "expulsion_order"  # a return decision or expulsion order, before any removal
    ENTRY_BAN = "entry_ban"  # a ban on entering again, often with a return decision
    DISAPPEARANCE = "disappearance"
    LAST_CONTACT = "last_contact"
    LOCATED = "located"
    NOTE = "note"


class Procedure(StrEnum):
    """The procedure a decision was taken in, as the decision states it: it sets the period to
    challenge it. Unknown (not recorded) means every period that may apply is shown, the earliest
    governing the alarms."""

    NORMAL = "normal"
    ACCELERATED = "accelerated"
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    INADMISSIBLE = "inadmissible"
    BORDER = "border"
    DETAINED = "detained"
    DUBLIN = "dublin"
    EXTENDED = "extended"
    SUBSEQUENT = "subsequent"


# The events that are decisions someone may challenge, each with its own remedy in a profile, in the
# order a listing shows them.
DECISION_KINDS = (
    EventKind.DECISION_NEGATIVE,
    EventKind.ENTRY_DENIED,
    EventKind.VISA_CANCELLED,
    EventKind.PERMIT_ANNULLED,
    EventKind.EXPULSION_ORDER,
    EventKind.ENTRY_BAN,
    EventKind.DEPORTATION,
    EventKind.DETENTION,
    EventKind.EXTRADITION_REQUEST,
)
DECISION_EVENTS = frozenset(DECISION_KINDS)


class DatePrecision(StrEnum):
    EXACT = "exact"
    MONTH = "month"  # only the month is known; the date holds its first day
    APPROXIMATE = "approximate"


class RiskMarker(StrEnum):
    CRIMINAL_CASE = "criminal_case"
    WANTED_FEDERAL = "wanted_federal"
    WANTED_INTERSTATE = "wanted_interstate"
    INTERPOL_NOTICE = "interpol_notice"
    FOREIGN_AGENT = "foreign_agent"
    MOBILISATION_SUMMONS = "mobilisation_summons"
    DESERTER = "deserter"


class DocumentKind(StrEnum):
    FOREIGN_PASSPORT = "foreign_passport"
    INTERNAL_PASSPORT = "internal_passport"
    VISA = "visa"
    RESIDENCE_PERMIT = "residence_permit"
    TRAVEL_DOCUMENT = "travel_document"  # refugee or stateless travel document
    OTHER = "other"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class DeadlineKind(StrEnum):
    APPEAL = "appeal"
    APPEAL_ACCELERATED = "appeal_accelerated"
    APPEAL_DETAINED = "appeal_detained"
    ASYLUM_FILING = "asylum_filing"  # e.g. the one-year limit in the United States
    REGISTRATION = "registration"
    STAY_END = "stay_end"  # the last day of lawful stay
    DOCUMENT_EXPIRY = "document_expiry"
    HEARING = "hearing"
    REMEDY = "remedy"  # the last day to challenge a decision, from the remedy in the country's profile
    REMEDY_STEP = "remedy_step"  # a step due before the remedy itself (a legal-aid request, say)
    CUSTODY_LIMIT = "custody_limit"  # the day an extradition request must have arrived by
    OTHER = "other"


class NameScript(StrEnum):
    CYRILLIC = "cyrillic"
    LATIN = "latin"
    OTHER = "other"


MANUAL_ORIGIN = "manual"
"""Origin of a deadline entered by hand; computed deadlines carry their rule id."""


# ISO 3166-1 alpha-2: the 249 officially assigned codes, and XK (Kosovo), user-assigned but used by
# the EU and on travel documents. A country code outside these is a typing error.
COUNTRY_CODES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
    BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
    ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
    HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
    LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
    NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
    SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
    UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
    """.split()  # noqa: SIM905 - a list literal of 250 quoted codes would be harder to check
)
