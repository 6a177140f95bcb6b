"""Turn recorded events into something safe to compute with, saying aloud every assumption made.

Bad input (events out of order, dates in the future, month-only or approximate dates, an exit with
no entry) never stops the evaluation and never silently changes a number: each gives a finding.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date
from operator import attrgetter
from typing import NamedTuple

from casetracker.rules.facts import EventFact, Finding
from casetracker.rules.messages import Joined, Message, Month, Place, joined
from casetracker.rules.stay import Interval, merge
from casetracker.vocabulary import DatePrecision, EventKind

# Enum members as plain names: looking one up on its class costs ~0.2 µs on Python 3.11 (hot loops).
_APPROXIMATE = DatePrecision.APPROXIMATE
_EXACT = DatePrecision.EXACT
_MONTH = DatePrecision.MONTH
_ENTRY = EventKind.ENTRY
_EXIT = EventKind.EXIT

TRAVEL_KINDS = frozenset({EventKind.ENTRY, EventKind.EXIT})
_ENTRY_MONTH = Message("use.entry_month")
_UNCERTAIN = Message("use.uncertain")


def _place(code: str) -> Place:
    """A country known here only by its code (events carry no names)."""
    return Place(code, code)


_DATE = attrgetter("date")


def end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def ordered(events: Iterable[EventFact], on: date, what: str) -> tuple[list[EventFact], list[Finding]]:
    """Events sorted by date with those after `on` set aside, with a finding for each oddity."""
    events = list(events)
    dates = [e.date for e in events]
    if not dates or (dates[-1] <= on and dates == sorted(dates)):
        return events, []  # the usual case: the store hands them over in date order
    findings = []
    in_order = sorted(events, key=_DATE)  # stable: same-day events keep their order
    if dates != [e.date for e in in_order]:
        findings.append(
            Finding(
                "events_out_of_order",
                "info",
                Message("events_out_of_order", {"what": Message(what)}),
            )
        )
    kept = []
    for event in in_order:
        if event.date > on:
            findings.append(
                Finding(
                    "future_date",
                    "warning",
                    Message("future_date", {"event": event.kind, "day": event.date, "on": on}),
                    event_id=event.id,
                )
            )
        else:
            kept.append(event)
    return kept, findings


def approximate_findings(event: EventFact, use: Message) -> list[Finding]:
    """Say what was assumed for a month-only or approximate date; `use` says what the date is for."""
    if event.precision is _MONTH:
        text = Message("imprecise_month", {"event": event.kind, "month": Month(event.date), "use": use})
    elif event.precision is _APPROXIMATE:
        text = Message("imprecise_approximate", {"event": event.kind, "day": event.date, "use": use})
    else:
        return []
    return [Finding("imprecise_date", "warning", text, event_id=event.id)]


class Stays(NamedTuple):
    """Built twice or more for every case evaluated: a named tuple is quicker to build than a frozen
    dataclass."""

    intervals: list[Interval]  # merged stays in the counted countries, none after `on`
    present: bool  # in one of the countries on `on` (an open stay runs to `on`)
    current_entry: date | None  # first day of the stay running on `on`
    findings: list[Finding]


def build_stays(travel: list[EventFact], countries: frozenset[str], on: date) -> Stays:
    """Stays in `countries` (counted together, as in a shared zone) from date-ordered entries and exits.

    Worst-case assumptions, each stated: a month-only entry is taken as the 1st and a month-only exit
    as the month's last day (longest stay); an entry elsewhere with no exit recorded ends the stay
    that day; a second entry with no exit in between keeps the stay open from the first.
    """
    if not any(event.country in countries for event in travel):
        return Stays([], False, None, [])  # no entry or exit there: nothing to count or to say
    intervals: list[Interval] = []
    findings: list[Finding] = []
    since: date | None = None
    for event in _day_order(travel, countries):
        inside = event.country in countries
        exact = event.precision is _EXACT
        if event.kind is _ENTRY and inside:
            if not exact:
                findings += approximate_findings(
                    event,
                    _ENTRY_MONTH if event.precision is _MONTH else _UNCERTAIN,
                )
            if since is not None and event.country == _last_country(travel, event, countries):
                findings.append(
                    Finding(
                        "entry_without_exit",
                        "info",
                        Message("entry_without_exit.same", {"day": event.date, "since": since}),
                        event_id=event.id,
                    )
                )
            since = since or event.date
        elif event.kind is _EXIT and inside:
            last = event.date
            if exact:
                pass
            elif event.precision is _MONTH:
                last = min(end_of_month(event.date), on)
                findings += approximate_findings(event, Message("use.exit_month", {"day": last}))
            else:
                findings += approximate_findings(event, _UNCERTAIN)
            if since is None:
                findings.append(
                    Finding(
                        "exit_without_entry",
                        "warning",
                        Message("exit_without_entry", {"country": _place(event.country), "day": event.date}),
                        event_id=event.id,
                    )
                )
                intervals.append((event.date, last))
            else:
                intervals.append((since, last))
                since = None
        elif event.kind is _ENTRY and since is not None:
            findings.append(
                Finding(
                    "entry_without_exit",
                    "info",
                    Message(
                        "entry_without_exit.elsewhere",
                        {"country": _place(event.country), "day": event.date, "where": _counted(countries)},
                    ),
                    event_id=event.id,
                )
            )
            intervals.append((since, event.date))
            since = None
    if since is not None:
        intervals.append((since, on))
    return Stays(merge(intervals), since is not None, since, findings)


def _counted(countries: frozenset[str]) -> Message | Joined:
    """The countries whose stays count together, as a finding names them."""
    return joined(map(_place, sorted(countries)), "/") if len(countries) < 4 else Message("the_zone")


def _day_order(travel: list[EventFact], countries: frozenset[str]):
    """Events day by day; within one day, entries first when the person is outside and exits first
    when inside, so a same-day entry and exit is a one-day stay and a same-day exit and re-entry
    (a border run) restarts the stay rather than being read as an exit with no entry."""
    if len({e.date for e in travel}) == len(travel):  # no two on one day: nothing to reorder
        yield from travel
        return
    inside = False
    by_day: dict[date, list[EventFact]] = {}
    for event in travel:
        by_day.setdefault(event.date, []).append(event)
    for day_events in by_day.values():
        if len(day_events) == 1:
            event = day_events[0]
            if event.country in countries:
                inside = event.kind is _ENTRY
            elif event.kind is _ENTRY:
                inside = False
            yield event
            continue
        first = _EXIT if inside else _ENTRY
        for event in sorted(day_events, key=lambda e: e.kind is not first):
            if event.country in countries:
                inside = event.kind is _ENTRY
            elif event.kind is _ENTRY:
                inside = False
            yield event


def _last_country(travel: list[EventFact], event: EventFact, countries: frozenset[str]) -> str | None:
    """Country of the previous entry into `countries` (a repeated entry there suggests a missing exit)."""
    previous = [e for e in travel[: travel.index(event)] if e.kind is _ENTRY and e.country in countries]
    return previous[-1].country if previous else None


def travel_events(case_events: Iterable[EventFact], travel: Iterable[EventFact]) -> list[EventFact]:
    """All entries and exits, from the person's travel and the case timeline, each once."""
    seen: dict[str, EventFact] = {}
    for events in (travel, case_events):
        for event in events:
            if event.kind in TRAVEL_KINDS and event.id not in seen:
                country = event.country
                upper = country.upper()
                seen[event.id] = event if upper == country else event._replace(country=upper)
    return list(seen.values())
