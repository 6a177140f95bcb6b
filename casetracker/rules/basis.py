"""Lawful stay on another basis than a short stay: a pending asylum application or a valid residence permit.

While such a basis runs, the short-stay limit does not apply and the days are not counted against it;
the count resumes when the basis ends. What is assumed about the start and the end of each basis is
said in `Basis.assumed`, which the findings repeat.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from casetracker.rules.facts import DocumentFact, EventFact
from casetracker.rules.messages import Message, Place
from casetracker.rules.remedies import Refusal
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

ASYLUM_ASSUMED = Message("assumed.asylum")
PERMIT_ASSUMED = Message("assumed.permit")


@dataclass(frozen=True)
class Basis:
    start: date  # first day not counted
    end: date | None  # last day not counted; None while it still runs on the evaluation day
    text: Message  # what the basis is, to be read after "while" or "because"
    assumed: Message

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
        if refusal is None:
            text = Message("basis.pending", {"filed": filed.date})
        elif refusal.notice is None:
            text = Message("basis.pending.no_notice", {"filed": filed.date, "refused": refusal.decision.date})
        else:
            text = Message(
                "basis.pending.appeal_open",
                {"filed": filed.date, "refused": refusal.decision.date, "last": last},
            )
        bases.append(Basis(filed.date, None, text, ASYLUM_ASSUMED))
    return bases


def _last_protected_day(refusal: Refusal | None) -> date | None:
    """The last day a notified refusal leaves the application protecting the stay; None if not notified."""
    if refusal is None or refusal.notice is None:
        return None
    return refusal.due or refusal.notice.date  # no appeal period known: the protection ends on notification


def _refused_text(filed: EventFact, refusal: Refusal, last: date) -> Message:
    key = "basis.refused" if refusal.due else "basis.refused.no_period"
    return Message(key, {"filed": filed.date, "refused": refusal.decision.date, "last": last})


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
        if cut:
            text = Message("basis.permit_issued.annulled", {"day": event.date, "annulled": cut})
        else:
            text = Message("basis.permit_issued", {"day": event.date})
        bases.append(Basis(event.date, cut and cut - ONE_DAY, text, PERMIT_ASSUMED))
    for doc in documents:
        if doc.kind is not _RESIDENCE_PERMIT or doc.country not in countries:
            continue
        anchor = min(doc.valid_until, on) if doc.valid_until else on
        assumed = PERMIT_ASSUMED
        start = doc.valid_from
        if start is None:
            start, how = _assumed_start(anchor, issued, stays)
            assumed = Message("assumed.permit_start", {"assumed": PERMIT_ASSUMED, "how": how})
        cut = next((day for day in annulled if day >= start), None)
        end = doc.valid_until
        if cut is not None and (end is None or cut <= end):
            end = cut - ONE_DAY
        if start > anchor or (end is not None and end < start):
            continue
        country = Place(doc.country, doc.country)
        if end is not None and end < on:
            if cut is not None and end == cut - ONE_DAY:
                text = Message("basis.permit_annulled", {"country": country, "until": end, "annulled": cut})
            else:
                text = Message("basis.permit_ended", {"country": country, "until": end})
        elif doc.valid_until:
            text = Message("basis.permit_valid", {"country": country, "until": doc.valid_until})
        else:
            text = Message("basis.permit_open", {"country": country})
        bases.append(Basis(start, end if end is not None and end < on else None, text, assumed))
    return bases


def _assumed_start(anchor: date, issued: list[EventFact], stays: list[Interval]) -> tuple[date, Message]:
    """When a permit document does not say from when it is valid: the latest permit_issued event, or the
    whole stay running on the last day it was valid (record the first day for exact figures)."""
    recorded = [e.date for e in issued if e.date <= anchor]
    if recorded:
        return recorded[-1], Message("how.issued", {"day": recorded[-1]})
    stay = next((s for s in stays if s[0] <= anchor <= s[1]), None)
    if stay is not None:
        return stay[0], Message("how.stay", {"day": stay[0]})
    return anchor, Message("how.day", {"day": anchor})
