"""What the per-country tables ask of the shipped profiles: the deadline a decision gets there.

Each country's test file holds one test per kind of decision (and procedure), each citing the page
its figures were taken from, so that a lawyer can check a deadline against its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casetracker.rules import CaseFacts, ComputedDeadline, EventFact, evaluate, load_shipped
from casetracker.rules.remedies import remedy_rule
from casetracker.vocabulary import CaseKind, DatePrecision, EventKind

PROFILES, PROBLEMS = load_shipped()
UNVERIFIED = "check before relying on it"  # "unverified — …" or "not verified: <what> — …"

CASE_KIND = {
    EventKind.DECISION_NEGATIVE: CaseKind.ASYLUM,
    EventKind.ENTRY_DENIED: CaseKind.ENTRY_DENIAL,
    EventKind.VISA_CANCELLED: CaseKind.VISA_CANCELLATION,
    EventKind.PERMIT_ANNULLED: CaseKind.RESIDENCE_PERMIT_ANNULMENT,
    EventKind.EXPULSION_ORDER: CaseKind.DEPORTATION,
    EventKind.ENTRY_BAN: CaseKind.DEPORTATION,
    EventKind.DEPORTATION: CaseKind.DEPORTATION,
    EventKind.DETENTION: CaseKind.DETENTION_EXTRADITION,
    EventKind.EXTRADITION_REQUEST: CaseKind.DETENTION_EXTRADITION,
}


@dataclass(frozen=True)
class Outcome:
    due: date | None  # the legal last day (None: no deadline computed)
    act_by: date | None  # the day to act by, when earlier (a day moved off a weekend, say)
    text: str  # the deadline's description, or the finding that says there is none
    rule: str | None


def deadline(
    code: str,
    decision: str,
    decided: date,
    *,
    notified: date | None = None,
    procedure: str = "",
) -> Outcome:
    """The remedy deadline a decision of kind `decision`, taken in `code` on `decided` (and notified
    on `notified`, if given) in `procedure`, gets from the shipped profile."""
    kind = EventKind(decision)
    events = [EventFact("decision", kind, decided, DatePrecision.EXACT, code, procedure)]
    if notified is not None:
        events.append(EventFact("notice", EventKind.NOTIFIED, notified, DatePrecision.EXACT, code))
    facts = CaseFacts("T-1", CASE_KIND.get(kind, CaseKind.OTHER), code, frozenset(), tuple(events))
    result = evaluate(facts, PROFILES, max(decided, notified or decided))
    found = [d for d in result.deadlines if d.kind == "remedy" and d.event_id == "decision"]
    if found:
        return Outcome(found[0].due, found[0].act_by, found[0].text, found[0].rule)
    said = [f for f in result.findings if f.kind in ("no_remedy", "remedy_unknown")]
    return Outcome(None, None, said[0].text if said else "", said[0].rule if said else None)


def remedy(code: str, decision: str, on: date):
    """The remedy rule itself, for its fields (body, suspensive, sources...)."""
    return remedy_rule(PROFILES.get(code), EventKind(decision), on)


def custody(code: str, detained: date) -> list[ComputedDeadline]:
    """The deadlines for an extradition request after a detention in `code` on `detained`."""
    events = (EventFact("det", EventKind.DETENTION, detained, DatePrecision.EXACT, code),)
    facts = CaseFacts("T-1", CaseKind.DETENTION_EXTRADITION, code, frozenset(), events)
    return [d for d in evaluate(facts, PROFILES, detained).deadlines if d.kind == "custody_limit"]
