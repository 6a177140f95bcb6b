"""Builders and a brute-force stay counter shared by the rules tests."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

from casetracker.rules import CaseFacts, DocumentFact, EventFact
from casetracker.vocabulary import CaseKind, DatePrecision, EventKind

_ids = count()


def ev(
    kind: EventKind,
    day: date,
    country: str = "",
    precision: DatePrecision = DatePrecision.EXACT,
    id: str | None = None,
) -> EventFact:
    return EventFact(id or f"e{next(_ids)}", kind, day, precision, country)


def entry(day: date, country: str, **kw) -> EventFact:
    return ev(EventKind.ENTRY, day, country, **kw)


def exit_(day: date, country: str, **kw) -> EventFact:
    return ev(EventKind.EXIT, day, country, **kw)


def case(
    country: str,
    kind: CaseKind = CaseKind.ASYLUM,
    events=(),
    travel=(),
    markers=(),
    documents: tuple[DocumentFact, ...] = (),
) -> CaseFacts:
    return CaseFacts("T-1", kind, country, frozenset(markers), tuple(events), tuple(travel), documents)


def days_of(intervals) -> set[date]:
    days = set()
    for start, end in intervals:
        day = start
        while day <= end:
            days.add(day)
            day += timedelta(days=1)
    return days


def brute_count(days: set[date], day: date, window: int) -> int:
    """Days of stay in the `window` days ending on `day`, counted one by one."""
    return sum((day - timedelta(days=k)) in days for k in range(window))


def brute_last_day(days: set[date], start: date, limit: int, window: int) -> date | None:
    """Walk forward from `start`, staying every day, until some window would go over the limit."""
    stayed = {d for d in days if d < start}
    day, last = start, None
    while True:
        stayed.add(day)
        if brute_count(stayed, day, window) > limit:
            return last
        last, day = day, day + timedelta(days=1)
