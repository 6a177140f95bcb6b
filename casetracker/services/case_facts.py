"""What the rule engine needs to know about cases, read from the store in a few queries.

Two ways to read the same facts: for a page of persons (`facts_for_persons`, index look-ups by
id) and for every case at once (`facts_for_every_case`, one pass over each table in storage
order, which is several times quicker than a million look-ups). Both read rows in storage
(rowid) order, so events on the same day keep one order, and both give equal facts.

Rows are read as plain tuples through the connection: ids as their stored hex text, dates as
ISO text parsed once per distinct day, vocabulary values through dictionaries. Building a UUID,
a date or an enum for each of a million events would cost more than the rest of the reading.
"""

import gc
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from operator import attrgetter
from typing import NamedTuple

from sqlalchemy import Connection, String, type_coerce
from sqlmodel import Session, col, select

from casetracker.rules import CaseFacts, DocumentFact, EventFact
from casetracker.store.models import Case
from casetracker.vocabulary import CaseKind, DatePrecision, DocumentKind, EventKind, RiskMarker

_TRAVEL = frozenset({EventKind.ENTRY, EventKind.EXIT})
_CASE_KINDS = {kind.value: kind for kind in CaseKind}
_EVENT_KINDS = {kind.value: kind for kind in EventKind}
_PRECISIONS = {precision.value: precision for precision in DatePrecision}
_DATE = attrgetter("date")
_NO_MARKERS: frozenset[RiskMarker] = frozenset()
_NO_EVENTS: list[EventFact] = []


def hex_id(column):
    """A UUID column read or compared as its stored 32-character hex text."""
    return type_coerce(column, String)


class CaseRow(NamedTuple):
    """A case as the bulk readers list it (a named tuple: quick to build a hundred thousand)."""

    id: str  # hex
    number: str
    kind: str
    country: str
    person_id: str  # hex

    @property
    def uuid(self) -> uuid.UUID:
        return uuid.UUID(self.id)


def live_person_ids(session: Session, country: str | None = None, limit: int | None = None) -> list[str]:
    """The (hex) ids of persons with at least one live case, in `country` if given; at most `limit`
    of them (enough to tell a few persons from many without listing a hundred thousand)."""
    statement = select(hex_id(Case.person_id)).where(col(Case.deleted_at).is_(None)).distinct()
    if country:
        statement = statement.where(Case.country == country)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.exec(statement).all())


def facts_for_persons(session: Session, person_ids: list[str]) -> Iterator[tuple[CaseFacts, CaseRow]]:
    """The facts of every live case of these persons; a person's entries and exits in all of
    their cases count as their travel, so stays in a shared zone add up.

    For a page of persons (a few thousand at most: each id is one query parameter)."""
    connection = _flushed_connection(session)
    of_persons = f"person_id IN ({_placeholders(person_ids)})"
    cases = _cases(connection, f"WHERE {of_persons} AND deleted_at IS NULL ORDER BY rowid", person_ids)
    case_ids = [case.id for case in cases]
    events = _events(
        connection,
        f"WHERE case_id IN ({_placeholders(case_ids)}) AND deleted_at IS NULL ORDER BY rowid",
        case_ids,
        {case.id: case.country for case in cases},
    )
    persons = frozenset(person_ids)
    markers = _markers(connection, f"WHERE {of_persons} ORDER BY rowid", person_ids, persons)
    documents = _documents(
        connection, f"WHERE {of_persons} AND deleted_at IS NULL ORDER BY rowid", person_ids, persons
    )
    return _assemble(_by_person(cases), events, markers, documents)


def facts_for_every_case(session: Session, country: str | None = None) -> Iterator[tuple[CaseFacts, CaseRow]]:
    """The facts of every live case, or of every case of the persons with a live case in
    `country`, from one pass over each table, read when the first case is asked for. Holds the
    facts of all those cases in memory (about 200 bytes per event) until each case is handed out."""
    connection = _flushed_connection(session)
    with _cycle_collection_paused():
        cases = _cases(connection, "WHERE deleted_at IS NULL ORDER BY rowid", ())
        if country:
            chosen = {case.person_id for case in cases if case.country == country}
            cases = [case for case in cases if case.person_id in chosen]
        persons = frozenset(case.person_id for case in cases)
        # Events of cases in the trash, or of persons not chosen, are read and passed over.
        events = _events(
            connection, "WHERE deleted_at IS NULL ORDER BY rowid", (), {c.id: c.country for c in cases}
        )
        markers = _markers(connection, "ORDER BY rowid", (), persons)
        documents = _documents(connection, "WHERE deleted_at IS NULL ORDER BY rowid", (), persons)
        cases_of = _by_person(cases)  # before setting aside: a hundred thousand lists to keep out too
        set_aside = _set_aside_from_collection()
    try:
        yield from _assemble(cases_of, events, markers, documents)
    finally:
        if set_aside:
            gc.unfreeze()


def _flushed_connection(session: Session) -> Connection:
    """The session's connection, with what this unit of work has added or changed written to it:
    plain SQL does not flush pending objects, as ORM queries do."""
    session.flush()
    return session.connection()


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Building a million small objects sets off the cycle collector again and again, each time
    walking all of them so far: a third of the reading time. They form no cycles; reference
    counting alone frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _set_aside_from_collection() -> bool:
    """Keep the objects tracked so far out of the cycle collector's passes (True if done). Once it
    runs again, it would otherwise walk the million facts just read three times over, a full pass
    each time: a fifth of the reading. They are still freed by reference counting as each case is
    handed out, and are given back to the collector (gc.unfreeze) once the caller is done.
    Objects someone else set aside are left as they are, and so is the collection."""
    if gc.get_freeze_count() > _SET_ASIDE_AT_START:
        return False
    gc.freeze()
    return True


# Python 3.12 starts with a few hundred objects of its own set aside: only more than those are
# someone else's.
_SET_ASIDE_AT_START = gc.get_freeze_count()


def _placeholders(values: Sequence[str]) -> str:
    return ", ".join("?" * len(values)) or "NULL"  # IN (NULL) matches nothing, like an empty list


@contextmanager
def _rows(connection: Connection, sql: str, parameters: Sequence[str]) -> Iterator[Iterable[tuple]]:
    """The driver's cursor, giving plain tuples: SQLAlchemy fetches and wraps rows one at a time,
    which over a million rows costs more than reading them."""
    result = connection.exec_driver_sql(sql, tuple(parameters))
    try:
        yield result.cursor
    finally:
        result.close()


def _cases(connection: Connection, where: str, parameters: Sequence[str]) -> list[CaseRow]:
    with _rows(
        connection, f"SELECT id, number, kind, country, person_id FROM case_file {where}", parameters
    ) as rows:
        return list(map(CaseRow._make, rows))


def _events(
    connection: Connection, where: str, parameters: Sequence[str], country_of: dict[str, str]
) -> dict[str, list[EventFact]]:
    """Each case's events in date order (same-day events in the order they were stored), for
    the cases in `country_of`, each event carrying the country where it happened: its own, or else
    its case's."""
    events: dict[str, list[EventFact]] = {case_id: [] for case_id in country_of}
    # Per case: where its events go and the country they carry, found with one look-up per row.
    slots = {case_id: (events[case_id].append, country) for case_id, country in country_of.items()}
    days: dict[str, date] = {}  # a store holds a few thousand distinct days: parse each once
    kinds, precisions, new = _EVENT_KINDS, _PRECISIONS, tuple.__new__  # names local to the hot loop
    sql = f"SELECT id, case_id, kind, date, date_precision, country, procedure FROM event {where}"
    with _rows(connection, sql, parameters) as rows:
        for event_id, case_id, kind, day, precision, where_it_was, procedure in rows:
            slot = slots.get(case_id)
            if slot is None:
                continue
            add, country = slot
            when = days.get(day) or days.setdefault(day, _as_date(day))
            # tuple.__new__ fills the named tuple directly, without the Python-level EventFact.__new__
            fact = (event_id, kinds[kind], when, precisions[precision], where_it_was or country, procedure)
            add(new(EventFact, fact))
    for timeline in events.values():  # a few events per case: sorting here beats sorting in SQL
        timeline.sort(key=_DATE)
    return events


def _as_date(value: str | date) -> date:
    """SQLite hands back ISO text; a driver with a date type hands back dates as they are."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _markers(
    connection: Connection, where: str, parameters: Sequence[str], persons: frozenset[str]
) -> dict[str, set[RiskMarker]]:
    markers: dict[str, set[RiskMarker]] = defaultdict(set)
    with _rows(connection, f"SELECT person_id, marker FROM person_marker {where}", parameters) as rows:
        for person_id, marker in rows:
            if person_id in persons:
                markers[person_id].add(RiskMarker(marker))
    return markers


def _documents(
    connection: Connection, where: str, parameters: Sequence[str], persons: frozenset[str]
) -> dict[str, list[DocumentFact]]:
    documents: dict[str, list[DocumentFact]] = defaultdict(list)
    columns = "id, person_id, kind, country, valid_from, valid_until, annulled_on"
    sql = f"SELECT {columns} FROM travel_document {where}"
    with _rows(connection, sql, parameters) as rows:
        for document_id, person_id, kind, issuer, valid_from, valid_until, annulled_on in rows:
            if person_id in persons:
                dates = (_optional_date(valid_until), _optional_date(valid_from), _optional_date(annulled_on))
                documents[person_id].append(DocumentFact(document_id, DocumentKind(kind), issuer, *dates))
    return documents


def _optional_date(value: str | date | None) -> date | None:
    return None if value is None else _as_date(value)


def _by_person(cases: list[CaseRow]) -> dict[str, list[CaseRow]]:
    cases_of: dict[str, list[CaseRow]] = defaultdict(list)
    for case in cases:
        cases_of[case.person_id].append(case)
    return cases_of


def _assemble(
    cases_of: dict[str, list[CaseRow]],
    events: dict[str, list[EventFact]],
    markers: dict[str, set[RiskMarker]],
    documents: dict[str, list[DocumentFact]],
) -> Iterator[tuple[CaseFacts, CaseRow]]:
    """Each person's cases with their facts; a case's events are let go once handed out."""
    for person_id, own_cases in cases_of.items():
        person_markers = frozenset(markers[person_id]) if person_id in markers else _NO_MARKERS
        person_documents = tuple(documents[person_id]) if person_id in documents else ()
        timelines = [events.pop(case.id, _NO_EVENTS) for case in own_cases]
        travel = tuple(sorted(_travel(timelines), key=_DATE))
        for case, timeline in zip(own_cases, timelines, strict=True):
            facts = CaseFacts(
                number=case.number,
                kind=_CASE_KINDS.get(case.kind) or CaseKind(case.kind),
                country=case.country,
                markers=person_markers,
                events=tuple(timeline),
                travel=travel,
                documents=person_documents,
            )
            yield facts, case


def _travel(timelines: Iterable[list[EventFact]]) -> list[EventFact]:
    travel = _TRAVEL
    return [fact for timeline in timelines for fact in timeline if fact.kind in travel]


def case_facts(session: Session, case: Case) -> CaseFacts:
    rows = facts_for_persons(session, [case.person_id.hex])
    return next(facts for facts, row in rows if row.id == case.id.hex)
