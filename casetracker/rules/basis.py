"""Lawful stay on another basis than a short stay: a pending asylum application or a valid residence permit.

While such a basis runs, the short-stay limit does not apply and the days are not counted against it;
the count resumes when the basis ends. What is assumed about the start and the end of each basis is
said in `Basis.assumed`, which the findings repeat.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from casetracker.rules.deadlines import Refusal
from casetracker.rules.facts import DocumentFact, EventFact
from casetracker.rules.stay import ONE_DAY, Interval
from casetracker.vocabulary import DocumentKind, EventKind

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_RESIDENCE_PERMIT = DocumentKind.RESIDENCE_PERMIT
_APPEAL_FILED = EventKind.APPEAL_FILED
_APPLICATION_FILED = EventKind.APPLICATION_FILED
_DECISION_NEGATIVE = EventKind.DECISION_NEGATIVE
_DECISION_POSITIVE = EventKind.DECISION_POSITIVE
_PERMIT_ANNULLED = EventKind.PERMIT_ANNULLED
_PERMIT_ISSUED = EventKind.PERMIT_ISSUED

ASYLUM_ASSUMED = (
    "the application protects the stay from the day it is filed; a refusal ends that only once it has "
    "been notified and its appeal period has passed with no appeal recorded (an appeal is taken to let "
    "the person stay while it is pending, which accelerated procedures may not allow; an appeal recorded "
    "after the period is not taken to restore it); a positive decision keeps the stay lawful"
)
PERMIT_ASSUMED = (
    "the permit covers each day from its first to its last day of validity; an annulment ends it the day "
    "before (any time allowed to leave is not counted as lawful)"
)


@dataclass(frozen=True)
class Basis:
    start: date  # first day not counted
    end: date | None  # last day not counted; None while it still runs on the evaluation day
    text: str  # what the basis is, to be read after "while" or "because"
    assumed: str

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def other_bases(
    asylum: bool,
    events: list[EventFact],
    documents: Iterable[DocumentFact],
    refusals: list[Refusal],
    code: str,
    countries: frozenset[str],
    stays: list[Interval],
    on: date,
) -> list[Basis]:
    """Every basis of lawful stay in the counted `countries` up to `on`, earliest first.

    `events` are the case's, sorted and none after `on`; `stays` the merged stays in `countries`.
    """
    bases = _asylum(events, refusals, code, on) if asylum else []
    bases += _permits(events, documents, countries, stays, on)
    return sorted(bases, key=lambda b: b.start)


def _asylum(events: list[EventFact], refusals: list[Refusal], code: str, on: date) -> list[Basis]:
    by_decision = {r.decision.id: r for r in refusals}
    bases: list[Basis] = []
    filed: EventFact | None = None
    refusal: Refusal | None = None
    for event in events:
        if event.country and event.country != code:
            continue
        last = _last_protected_day(refusal)
        if filed is not None and refusal is not None and last is not None and last < event.date:
            bases.append(Basis(filed.date, last, _refused_text(filed, refusal, last), ASYLUM_ASSUMED))
            filed = refusal = None
        if event.kind is _APPLICATION_FILED:
            filed = filed or event
            refusal = None
        elif filed is None:
            continue
        elif event.kind is _DECISION_NEGATIVE:
            refusal = by_decision.get(event.id)
        elif event.kind in (_APPEAL_FILED, _DECISION_POSITIVE):
            refusal = None
    if filed is None:
        return bases
    last = _last_protected_day(refusal)
    if refusal is not None and last is not None and last < on:
        bases.append(Basis(filed.date, last, _refused_text(filed, refusal, last), ASYLUM_ASSUMED))
    else:
        text = f"the asylum application filed on {filed.date} is pending"
        if refusal is not None and refusal.notice is None:
            text += f" (the refusal of {refusal.decision.date} has no notification recorded)"
        elif refusal is not None:
            text += f" (an appeal against the refusal of {refusal.decision.date} is possible until {last})"
        bases.append(Basis(filed.date, None, text, ASYLUM_ASSUMED))
    return bases


def _last_protected_day(refusal: Refusal | None) -> date | None:
    """The last day a notified refusal leaves the application protecting the stay; None if not notified."""
    if refusal is None or refusal.notice is None:
        return None
    return refusal.due or refusal.notice.date  # no appeal period known: the protection ends on notification


def _refused_text(filed: EventFact, refusal: Refusal, last: date) -> str:
    period = "its appeal period ended" if refusal.due else "no appeal period is known, so it was taken to end"
    return (
        f"the asylum application filed on {filed.date} was pending: it was refused on "
        f"{refusal.decision.date} and {period} on {last} with no appeal recorded"
    )


def _permits(
    events: list[EventFact],
    documents: Iterable[DocumentFact],
    countries: frozenset[str],
    stays: list[Interval],
    on: date,
) -> list[Basis]:
    issued = [e for e in events if e.kind is _PERMIT_ISSUED and (not e.country or e.country in countries)]
    annulled = [
        e.date for e in events if e.kind is _PERMIT_ANNULLED and (not e.country or e.country in countries)
    ]
    bases = []
    for event in issued:
        cut = next((day for day in annulled if day >= event.date), None)
        if cut == event.date:
            continue
        text = f"a residence permit was issued on {event.date}"
        text += f" (annulled on {cut})" if cut else " and no annulment is recorded"
        bases.append(Basis(event.date, cut and cut - ONE_DAY, text, PERMIT_ASSUMED))
    for doc in documents:
        if doc.kind is not _RESIDENCE_PERMIT or doc.country not in countries:
            continue
        anchor = min(doc.valid_until, on) if doc.valid_until else on
        assumed = PERMIT_ASSUMED
        start = doc.valid_from
        if start is None:
            start, how = _assumed_start(anchor, issued, stays)
            assumed += f"; its first day of validity is not recorded, so it is taken to cover {how}"
        cut = next((day for day in annulled if day >= start), None)
        end = doc.valid_until
        if cut is not None and (end is None or cut <= end):
            end = cut - ONE_DAY
        if start > anchor or (end is not None and end < start):
            continue
        until = f"valid until {doc.valid_until}" if doc.valid_until else "with no end of validity recorded"
        text = f"the residence permit issued by {doc.country} is {until}"
        if end is not None and end < on:
            text = f"the residence permit issued by {doc.country} was valid until {end}" + (
                f" (annulled on {cut})" if cut is not None and end == cut - ONE_DAY else ""
            )
        bases.append(Basis(start, end if end is not None and end < on else None, text, assumed))
    return bases


def _assumed_start(anchor: date, issued: list[EventFact], stays: list[Interval]) -> tuple[date, str]:
    """When a permit document does not say from when it is valid: the latest permit_issued event, or the
    whole stay running on the last day it was valid (record the first day for exact figures)."""
    recorded = [e.date for e in issued if e.date <= anchor]
    if recorded:
        return recorded[-1], f"the days from the permit issued on {recorded[-1]}"
    stay = next((s for s in stays if s[0] <= anchor <= s[1]), None)
    if stay is not None:
        return stay[0], f"the whole stay from {stay[0]}; record it for exact figures"
    return anchor, f"only {anchor}; record it for exact figures"
