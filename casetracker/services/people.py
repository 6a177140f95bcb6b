"""Persons: their names in every spelling, risk markers and documents.

Every write runs inside the caller's transaction (see Store.transaction) and
leaves exactly one audit entry.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from casetracker.errors import Conflict, InvalidInput, NotFound, reason
from casetracker.names import fold
from casetracker.services import audit, batch
from casetracker.services.validation import RULES, check_name, check_values, check_vocabulary
from casetracker.store.models import Case, FamilyLink, Person, PersonMarker, PersonName, TravelDocument
from casetracker.store.types import utcnow
from casetracker.vocabulary import DocumentKind, NameScript, RiskMarker


@dataclass(frozen=True)
class MarkerDraft:
    marker: RiskMarker | str
    detail: str = ""
    since: date | None = None


@dataclass(frozen=True)
class PersonDraft:
    name: str
    other_names: tuple[str, ...] = ()
    birth_date: date | None = None
    birth_place: str = ""
    citizenships: tuple[str, ...] = ("RU",)
    languages: tuple[str, ...] = ()
    secure_contact: str = ""
    current_location: str = ""
    markers: tuple[MarkerDraft, ...] = ()
    military_status: str = ""


@dataclass
class PersonDetail:
    person: Person
    names: list[PersonName] = field(default_factory=list)
    markers: list[PersonMarker] = field(default_factory=list)
    documents: list[TravelDocument] = field(default_factory=list)

    @property
    def latin_names(self) -> list[str]:
        return [name.text for name in self.names if name.script == NameScript.LATIN]


def script_of(text: str) -> NameScript:
    letters = [char for char in text if char.isalpha()]
    if letters and all("\u0400" <= char <= "\u04ff" for char in letters):
        return NameScript.CYRILLIC
    if letters and all(char.isascii() or "\u00c0" <= char <= "\u024f" for char in letters):
        return NameScript.LATIN
    return NameScript.OTHER


def add_person(session: Session, actor: str, draft: PersonDraft) -> PersonDetail:
    person = Person(**_person_fields(draft))
    session.add(person)
    names = [_name(person.id, text) for text in _distinct_spellings(person.name, draft.other_names)]
    markers = [_marker(person.id, marker) for marker in draft.markers]
    session.add_all(names + markers)
    detail = PersonDetail(person, names, markers)
    audit.record(session, actor, "create", person, None, person_snapshot(detail))
    return detail


def _person_fields(draft: PersonDraft) -> dict:
    """The checked columns of a new person."""
    fields = {
        "name": draft.name,
        "birth_date": draft.birth_date,
        "birth_place": draft.birth_place,
        "citizenships": list(draft.citizenships),
        "languages": list(draft.languages),
        "secure_contact": draft.secure_contact,
        "current_location": draft.current_location,
    }
    if draft.military_status:
        fields["military_status"] = draft.military_status
    return check_values(Person, fields)


@dataclass
class NewPerson:
    """A person checked and ready to be inserted with `insert_people`, as plain rows."""

    person: dict
    names: list[dict]
    markers: list[dict]

    @property
    def id(self) -> uuid.UUID:
        return self.person["id"]


def new_person(draft: PersonDraft) -> NewPerson:
    """What `add_person` would create for `draft` (the same checks), without writing anything."""
    person = batch.new_row(Person, **_person_fields(draft))
    names = [
        batch.new_row(PersonName, person_id=person["id"], text=text, script=script_of(text))
        for text in _distinct_spellings(person["name"], draft.other_names)
    ]
    markers = [
        batch.new_row(PersonMarker, **_marker_fields(person["id"], marker)) for marker in draft.markers
    ]
    return NewPerson(person, names, markers)


def insert_people(session: Session, actor: str, persons: list[NewPerson]) -> None:
    """Insert many new persons in a few statements, with the audit entry `add_person` writes for each.

    The search index does not see them until the writer indexes them (`search.index_deferred`)."""
    batch.insert_rows(session, Person, (new.person for new in persons))
    batch.insert_rows(session, PersonName, (name for new in persons for name in new.names))
    batch.insert_rows(session, PersonMarker, (marker for new in persons for marker in new.markers))
    snapshots = [
        audit.snapshot_of(new.person)
        | {
            "names": [name["text"] for name in new.names],
            "markers": [audit.snapshot_of(marker) for marker in new.markers],
        }
        for new in persons
    ]
    audit.record_created(session, actor, Person, [new.person for new in persons], snapshots)


def _distinct_spellings(name: str, others: tuple[str, ...]) -> list[str]:
    seen = {name.casefold()}
    spellings = []
    for other in others:
        cleaned = check_name("other spelling", other, required=True)
        if cleaned.casefold() not in seen:
            seen.add(cleaned.casefold())
            spellings.append(cleaned)
    return spellings


def _name(person_id: uuid.UUID, text: str) -> PersonName:
    return PersonName(person_id=person_id, text=text, script=script_of(text))


def _marker(person_id: uuid.UUID, draft: MarkerDraft) -> PersonMarker:
    return PersonMarker(**_marker_fields(person_id, draft))


def _marker_fields(person_id: uuid.UUID, draft: MarkerDraft) -> dict:
    """The columns of a new marker. A person has each marker once: its id follows from the person
    and the marker, so that two laptops of a team that add the same marker add the same record."""
    fields = check_values(
        PersonMarker, {"marker": draft.marker, "detail": draft.detail, "since": draft.since}
    )
    return {"id": uuid.uuid5(person_id, f"marker/{fields['marker']}"), "person_id": person_id, **fields}


def person_snapshot(detail: PersonDetail) -> dict:
    state = audit.snapshot(detail.person)
    state["names"] = [name.text for name in detail.names]
    state["markers"] = [audit.snapshot(marker) for marker in detail.markers]
    return state


def get_person(
    session: Session, person_id: uuid.UUID | str, *, include_deleted: bool = False
) -> PersonDetail:
    person = session.get(Person, _as_uuid(person_id))
    if person is None or (person.deleted_at is not None and not include_deleted):
        raise NotFound("person", str(person_id))
    return PersonDetail(
        person,
        names=list(session.exec(select(PersonName).where(PersonName.person_id == person.id))),
        markers=list(session.exec(select(PersonMarker).where(PersonMarker.person_id == person.id))),
        documents=list(
            session.exec(
                select(TravelDocument).where(
                    TravelDocument.person_id == person.id, col(TravelDocument.deleted_at).is_(None)
                )
            )
        ),
    )


def list_people(session: Session) -> list[Person]:
    statement = select(Person).where(col(Person.deleted_at).is_(None)).order_by(col(Person.name))
    return list(session.exec(statement))


_EDITABLE = {"name", "birth_date", "birth_place", "secure_contact", "current_location", "military_status"}


def update_person(session: Session, actor: str, person_id: uuid.UUID | str, **changes) -> PersonDetail:
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise InvalidInput(", ".join(sorted(unknown)), reason("not_editable"))
    detail = get_person(session, person_id)
    before = person_snapshot(detail)
    changes = check_values(Person, changes)
    for key, value in changes.items():
        setattr(detail.person, key, value)
    detail.person.updated_at = utcnow()
    audit.record(session, actor, "update", detail.person, before, person_snapshot(detail))
    return detail


def add_spelling(session: Session, actor: str, person_id: uuid.UUID | str, text: str) -> PersonName:
    detail = get_person(session, person_id)
    before = person_snapshot(detail)
    spelling = _name(detail.person.id, check_name("other spelling", text, required=True))
    session.add(spelling)
    detail.names.append(spelling)
    audit.record(session, actor, "update", detail.person, before, person_snapshot(detail))
    return spelling


def set_marker(session: Session, actor: str, person_id: uuid.UUID | str, draft: MarkerDraft) -> PersonMarker:
    """Add a risk marker, or update its detail if the person already has it."""
    detail = get_person(session, person_id)
    before = person_snapshot(detail)
    wanted = _marker(detail.person.id, draft)
    existing = next((m for m in detail.markers if m.marker == wanted.marker), None)
    if existing is None:
        session.add(wanted)
        detail.markers.append(wanted)
        existing = wanted
    else:
        existing.detail, existing.since, existing.updated_at = wanted.detail, wanted.since, utcnow()
    audit.record(session, actor, "update", detail.person, before, person_snapshot(detail))
    reevaluate_cases_of(session, actor, detail.person.id)
    return existing


def add_document(
    session: Session,
    actor: str,
    person_id: uuid.UUID | str,
    kind: DocumentKind | str,
    country: str,
    number: str = "",
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> TravelDocument:
    detail = get_person(session, person_id)
    fields = {"kind": kind, "country": country, "number": number}
    fields |= {"valid_from": valid_from, "valid_until": valid_until}
    document = TravelDocument(person_id=detail.person.id, **check_values(TravelDocument, fields))
    session.add(document)
    audit.record(session, actor, "create", document, None, audit.snapshot(document))
    reevaluate_cases_of(session, actor, detail.person.id)
    return document


def delete_person(session: Session, actor: str, person_id: uuid.UUID | str) -> Person:
    """Move a person to the trash. A person who still has cases stays: their cases come first."""
    detail = get_person(session, person_id)
    live_cases = session.exec(
        select(Case.number).where(Case.person_id == detail.person.id, col(Case.deleted_at).is_(None))
    ).all()
    if live_cases:
        numbers = ", ".join(live_cases[:3])
        raise Conflict(key="conflict.person_has_cases", count=len(live_cases), numbers=numbers)
    before = person_snapshot(detail)
    detail.person.deleted_at = utcnow()
    audit.record(session, actor, "delete", detail.person, before, person_snapshot(detail))
    return detail.person


def reevaluate_cases_of(session: Session, actor: str, person_id: uuid.UUID) -> None:
    """Markers and documents change the risk and expiry findings of every case of the person."""
    from casetracker.services.evaluation import refresh_deadlines  # evaluation builds on this module

    session.flush()
    for case in session.exec(select(Case).where(Case.person_id == person_id, col(Case.deleted_at).is_(None))):
        refresh_deadlines(session, actor, case)


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value)
    except ValueError as error:
        raise NotFound("person", value) from error


# --- The people view: search, name variants, markers, documents, family and cases -------------------


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list."""

    id: uuid.UUID
    name: str
    birth_date: date | None
    other_names: tuple[str, ...] = ()


def find_people(session: Session, text: str = "", limit: int = 500) -> list[PersonRow]:
    """People whose name or any other spelling contains `text`, ignoring case, sorted by name."""
    statement = select(Person).where(col(Person.deleted_at).is_(None))
    wanted = fold(text.strip())
    if wanted:
        spelled = select(PersonName.person_id).where(
            func.ct_fold(PersonName.text).contains(wanted, autoescape=True)
        )
        # Any script and passport spelling, through the search index (Щеглов finds SHCHEGLOV and
        # Schtscheglow), besides plain substrings of the name and its spellings as typed.
        from casetracker.services.search import matching_person_ids  # search builds on this module's rows

        statement = statement.where(
            or_(
                func.ct_fold(Person.name).contains(wanted, autoescape=True),
                col(Person.id).in_(spelled),
                col(Person.id).in_(matching_person_ids(session, text)),
            )
        )
    found = list(session.exec(statement.order_by(col(Person.name)).limit(limit)))
    spellings: dict[uuid.UUID, list[str]] = {person.id: [] for person in found}
    if found:
        names = session.exec(
            select(PersonName)
            .where(col(PersonName.person_id).in_(list(spellings)))
            .order_by(col(PersonName.created_at))
        )
        for name in names:
            spellings[name.person_id].append(name.text)
    return [PersonRow(p.id, p.name, p.birth_date, tuple(spellings[p.id])) for p in found]


def remove_spelling(
    session: Session, actor: str, person_id: uuid.UUID | str, name_id: uuid.UUID | str
) -> PersonName:
    detail = get_person(session, person_id)
    spelling = next((name for name in detail.names if str(name.id) == str(name_id)), None)
    if spelling is None:
        raise NotFound("spelling", str(name_id))
    before = person_snapshot(detail)
    detail.names.remove(spelling)
    session.delete(spelling)
    audit.record(session, actor, "update", detail.person, before, person_snapshot(detail))
    return spelling


def remove_marker(
    session: Session, actor: str, person_id: uuid.UUID | str, marker: RiskMarker | str
) -> PersonMarker | None:
    """Take a risk marker off a person; None (and no audit entry) if they did not have it."""
    detail = get_person(session, person_id)
    wanted = check_vocabulary("risk marker", marker, RiskMarker)
    existing = next((m for m in detail.markers if m.marker == wanted), None)
    if existing is None:
        return None
    before = person_snapshot(detail)
    detail.markers.remove(existing)
    session.delete(existing)
    audit.record(session, actor, "update", detail.person, before, person_snapshot(detail))
    reevaluate_cases_of(session, actor, detail.person.id)
    return existing


def remove_document(session: Session, actor: str, document_id: uuid.UUID | str) -> TravelDocument:
    """Move a document to the trash."""
    document = session.get(TravelDocument, _as_uuid(document_id))
    if document is None or document.deleted_at is not None:
        raise NotFound("document", str(document_id))
    before = audit.snapshot(document)
    document.deleted_at = utcnow()
    audit.record(session, actor, "delete", document, before, audit.snapshot(document))
    reevaluate_cases_of(session, actor, document.person_id)
    return document


@dataclass(frozen=True)
class FamilyLinkRow:
    id: uuid.UUID
    relation: str
    name: str  # the relative's name in the store, or the name typed for someone not in it
    relative_id: uuid.UUID | None = None


def add_family_link(
    session: Session,
    actor: str,
    person_id: uuid.UUID | str,
    relation: str,
    relative_id: uuid.UUID | str | None = None,
    relative_name: str = "",
) -> FamilyLink:
    person = get_person(session, person_id).person
    relation = RULES[FamilyLink]["relation"](relation)
    relative = get_person(session, relative_id).person.id if relative_id is not None else None
    name = check_name("relative's name", relative_name, required=relative is None)
    if relative == person.id:
        raise InvalidInput("relative", reason("relative_self"))
    link = FamilyLink(person_id=person.id, relative_id=relative, relative_name=name, relation=relation)
    session.add(link)
    audit.record(session, actor, "create", link, None, audit.snapshot(link))
    return link


def remove_family_link(session: Session, actor: str, link_id: uuid.UUID | str) -> FamilyLink:
    link = session.get(FamilyLink, _as_uuid(link_id))
    if link is None:
        raise NotFound("family link", str(link_id))
    before = audit.snapshot(link)
    session.delete(link)
    audit.record(session, actor, "delete", link, before, None)
    return link


def family_of(session: Session, person_id: uuid.UUID | str) -> list[FamilyLinkRow]:
    """The person's relatives, in the order they were added."""
    links = session.exec(
        select(FamilyLink)
        .where(FamilyLink.person_id == _as_uuid(person_id))
        .order_by(col(FamilyLink.created_at))
    ).all()
    rows = []
    for link in links:
        relative = session.get(Person, link.relative_id) if link.relative_id else None
        name = relative.name if relative is not None else link.relative_name
        rows.append(FamilyLinkRow(link.id, link.relation, name, link.relative_id))
    return rows


def cases_of(session: Session, person_id: uuid.UUID | str) -> list[Case]:
    """The person's cases that are not in the trash, newest first."""
    statement = (
        select(Case)
        .where(Case.person_id == _as_uuid(person_id), col(Case.deleted_at).is_(None))
        .order_by(col(Case.opened_on).desc(), col(Case.number))
    )
    return list(session.exec(statement))
