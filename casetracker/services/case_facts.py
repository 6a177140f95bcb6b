"""What the rule engine needs to know about cases, read from the store in a few queries.

Ids are read as their stored hex text and vocabulary values through dictionaries:
building a UUID or calling an enum for each of a million events would cost more
than the rest of the reading.
"""

import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, type_coerce
from sqlmodel import Session, col, select

from casetracker.rules import CaseFacts, DocumentFact, EventFact
from casetracker.store.models import Case, Event, PersonMarker, TravelDocument
from casetracker.vocabulary import CaseKind, DatePrecision, DocumentKind, EventKind, RiskMarker

_TRAVEL = {EventKind.ENTRY, EventKind.EXIT}
_EVENT_KINDS = {kind.value: kind for kind in EventKind}
_PRECISIONS = {precision.value: precision for precision in DatePrecision}


def _as_text(column):
    """A date column read as its ISO text for `date.fromisoformat`, quicker than the generic
    conversion over a million rows (a server's driver hands back dates, which pass as they are)."""
    return type_coerce(column, String)


def hex_id(column):
    """A UUID column read or compared as its stored 32-character hex text."""
    return type_coerce(column, String)


@dataclass(frozen=True)
class CaseRow:
    id: str  # hex
    number: str
    kind: str
    country: str
    person_id: str  # hex

    @property
    def uuid(self) -> uuid.UUID:
        return uuid.UUID(self.id)


def live_person_ids(session: Session, country: str | None = None) -> list[str]:
    """The (hex) ids of persons with at least one live case, in `country` if given."""
    statement = select(hex_id(Case.person_id)).where(col(Case.deleted_at).is_(None)).distinct()
    if country:
        statement = statement.where(Case.country == country)
    return list(session.exec(statement).all())


def facts_for_persons(session: Session, person_ids: list[str]) -> Iterator[tuple[CaseFacts, CaseRow]]:
    """The facts of every live case of these persons; a person's entries and exits in all of
    their cases count as their travel, so stays in a shared zone add up."""
    cases = [
        CaseRow(*row)
        for row in session.exec(
            select(hex_id(Case.id), Case.number, Case.kind, Case.country, hex_id(Case.person_id)).where(
                hex_id(Case.person_id).in_(person_ids), col(Case.deleted_at).is_(None)
            )
        )
    ]
    events = _events(session, {case.id: case.country for case in cases})
    travel: dict[str, list[EventFact]] = defaultdict(list)
    for case in cases:
        travel[case.person_id] += [fact for fact in events[case.id] if fact.kind in _TRAVEL]
    markers = _markers(session, person_ids)
    documents = _documents(session, person_ids)
    for case in cases:
        facts = CaseFacts(
            number=case.number,
            kind=CaseKind(case.kind),
            country=case.country,
            markers=frozenset(markers[case.person_id]),
            events=tuple(events[case.id]),
            travel=tuple(sorted(travel[case.person_id], key=lambda fact: fact.date)),
            documents=tuple(documents[case.person_id]),
        )
        yield facts, case


def _events(session: Session, country_of: dict[str, str]) -> dict[str, list[EventFact]]:
    events: dict[str, list[EventFact]] = defaultdict(list)
    # Core, not the ORM, and all rows at once: these are plain columns, and a million of them.
    rows = (
        session.connection()
        .execute(
            select(
                hex_id(Event.id),
                hex_id(Event.case_id),
                Event.kind,
                _as_text(Event.date),
                Event.date_precision,
            ).where(hex_id(Event.case_id).in_(list(country_of)), col(Event.deleted_at).is_(None))
        )
        .all()
    )
    for event_id, case_id, kind, day, precision in rows:
        when = date.fromisoformat(day) if isinstance(day, str) else day
        events[case_id].append(
            EventFact(event_id, _EVENT_KINDS[kind], when, _PRECISIONS[precision], country_of[case_id])
        )
    for timeline in events.values():  # a few events per case: sorting here beats sorting in SQL
        timeline.sort(key=_by_date)
    return events


def _by_date(fact: EventFact):
    return fact.date


def _markers(session: Session, person_ids: list[str]) -> dict[str, set[RiskMarker]]:
    markers: dict[str, set[RiskMarker]] = defaultdict(set)
    rows = session.exec(
        select(hex_id(PersonMarker.person_id), PersonMarker.marker).where(
            hex_id(PersonMarker.person_id).in_(person_ids)
        )
    )
    for person_id, marker in rows:
        markers[person_id].add(RiskMarker(marker))
    return markers


def _documents(session: Session, person_ids: list[str]) -> dict[str, list[DocumentFact]]:
    documents: dict[str, list[DocumentFact]] = defaultdict(list)
    rows = session.exec(
        select(
            hex_id(TravelDocument.id),
            hex_id(TravelDocument.person_id),
            TravelDocument.kind,
            TravelDocument.country,
            TravelDocument.valid_from,
            TravelDocument.valid_until,
        ).where(hex_id(TravelDocument.person_id).in_(person_ids), col(TravelDocument.deleted_at).is_(None))
    )
    for document_id, person_id, kind, issuer, valid_from, valid_until in rows:
        documents[person_id].append(
            DocumentFact(document_id, DocumentKind(kind), issuer, valid_until, valid_from=valid_from)
        )
    return documents


def case_facts(session: Session, case: Case) -> CaseFacts:
    rows = facts_for_persons(session, [case.person_id.hex])
    return next(facts for facts, row in rows if row.id == case.id.hex)
