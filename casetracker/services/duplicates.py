"""Persons who may be recorded twice, and merging them (audited, and undoable).

A likely duplicate shares a name in some spelling (Щеглов Иван / SHCHEGLOV IVAN), a date of
birth within about a year, or a travel-document number. Matches are only ranked, with their
reasons: different people often have similar names, so nothing is ever merged automatically.
"""

import itertools
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from casetracker.errors import Conflict, InvalidInput, NotFound, reason
from casetracker.names import fold, name_keys
from casetracker.services import audit, people, search
from casetracker.store.models import (
    AuditEntry,
    Case,
    FamilyLink,
    Note,
    Person,
    PersonMarker,
    PersonName,
    TravelDocument,
)
from casetracker.store.types import utcnow

NEAR_BIRTH_DAYS = 366
_BLOCK_LIMIT = 400  # persons sharing one pair of name keys; beyond that the pair says nothing


@dataclass
class _Profile:
    id: uuid.UUID | None
    name: str
    spellings: list[str]
    birth_date: date | None
    documents: set[str] = field(default_factory=set)

    def keyed(self) -> list[tuple[str, list[set[str]]]]:
        return [(text, [set(keys) for keys in name_keys(text)]) for text in self.spellings]


@dataclass(frozen=True)
class Reason:
    """Why two records may be one person, for a window to word in its own language: `kind` is
    same_name (values: the name), similar_name (the two spellings), same_birth_date (the date),
    near_birth_date (days apart, both dates) or same_document (the number)."""

    kind: str
    values: tuple[str, ...]
    text: str  # in plain English, as the command line prints it


@dataclass(frozen=True)
class DuplicateMatch:
    person_id: uuid.UUID
    name: str
    score: float  # 0..1, higher is likelier
    reasons: tuple[str, ...]
    why: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class DuplicatePair:
    person_id: uuid.UUID
    name: str
    other_id: uuid.UUID
    other_name: str
    score: float
    reasons: tuple[str, ...]
    why: tuple[Reason, ...] = ()
    birth_date: date | None = None
    other_birth_date: date | None = None


def _document_number(number: str) -> str:
    return "".join(char for char in number.upper() if char.isalnum())


def _name_match(a: _Profile, b: _Profile) -> tuple[float, Reason] | None:
    best: tuple[float, Reason] | None = None
    for (text_a, keys_a), (text_b, keys_b) in itertools.product(a.keyed(), b.keyed()):
        if not keys_a or not keys_b:
            continue
        matched = sum(1 for word in keys_a if any(word & other for other in keys_b))
        shorter = min(len(keys_a), len(keys_b))
        if matched < min(2, shorter):
            continue
        same = sorted(fold(text_a).split()) == sorted(fold(text_b).split())
        score = matched / max(len(keys_a), len(keys_b)) + (0.2 if same else 0.0)
        reason = (
            Reason("same_name", (text_a,), f"same name: {text_a}")
            if same
            else Reason("similar_name", (text_a, text_b), f"similar name: {text_a} ~ {text_b}")
        )
        if best is None or score > best[0]:
            best = (score, reason)
    return best


def _texts(reasons: tuple[Reason, ...]) -> tuple[str, ...]:
    return tuple(reason.text for reason in reasons)


def _compare(a: _Profile, b: _Profile) -> tuple[float, tuple[Reason, ...]] | None:
    reasons: list[Reason] = []
    score = 0.0
    name = _name_match(a, b)
    shared_documents = sorted(a.documents & b.documents)
    birth_apart = (
        abs((a.birth_date - b.birth_date).days)
        if a.birth_date is not None and b.birth_date is not None
        else None
    )
    if name is None and not shared_documents:
        return None
    if not shared_documents and birth_apart is not None and birth_apart > NEAR_BIRTH_DAYS:
        return None  # a similar name, born years apart: a different person
    if name is not None:
        score += 0.5 * min(name[0], 1.2)
        reasons.append(name[1])
    if birth_apart == 0:
        born = a.birth_date.isoformat()
        score += 0.3
        reasons.append(Reason("same_birth_date", (born,), f"same date of birth ({born})"))
    elif birth_apart is not None and birth_apart <= NEAR_BIRTH_DAYS:
        dates = (a.birth_date.isoformat(), b.birth_date.isoformat())
        score += 0.15
        reasons.append(
            Reason(
                "near_birth_date",
                (str(birth_apart), *dates),
                f"dates of birth {birth_apart} days apart ({dates[0]} and {dates[1]})",
            )
        )
    for number in shared_documents:
        score += 0.6
        reasons.append(Reason("same_document", (number,), f"same document number {number}"))
    return min(round(score, 3), 1.0), tuple(reasons)


def _profiles(session: Session, ids: list[uuid.UUID] | None) -> dict[uuid.UUID, _Profile]:
    statement = select(Person.id, Person.name, Person.birth_date).where(col(Person.deleted_at).is_(None))
    spellings = select(PersonName.person_id, PersonName.text)
    documents = select(TravelDocument.person_id, TravelDocument.number).where(
        col(TravelDocument.deleted_at).is_(None), TravelDocument.number != ""
    )
    if ids is not None:
        statement = statement.where(col(Person.id).in_(ids))
        spellings = spellings.where(col(PersonName.person_id).in_(ids))
        documents = documents.where(col(TravelDocument.person_id).in_(ids))
    profiles = {pid: _Profile(pid, name, [name], born) for pid, name, born in session.exec(statement)}
    for person_id, text in session.exec(spellings):
        if person_id in profiles:
            profiles[person_id].spellings.append(text)
    for person_id, number in session.exec(documents):
        if person_id in profiles and _document_number(number):
            profiles[person_id].documents.add(_document_number(number))
    return profiles


def _profile_of(session: Session, subject, document_numbers: tuple[str, ...]) -> _Profile:
    if isinstance(subject, people.PersonDraft):
        profile = _Profile(None, subject.name, [subject.name, *subject.other_names], subject.birth_date)
    else:
        person = subject.person if isinstance(subject, people.PersonDetail) else subject
        profile = _profiles(session, [person.id]).get(person.id) or _Profile(
            person.id, person.name, [person.name], person.birth_date
        )
    profile.documents |= {_document_number(n) for n in document_numbers if _document_number(n)}
    return profile


def find_likely_duplicates(
    session: Session,
    draft_or_person: "people.PersonDraft | people.PersonDetail | Person",
    document_numbers: tuple[str, ...] = (),
    limit: int = 20,
) -> list[DuplicateMatch]:
    """Persons already in the store who may be this one, likeliest first, each with reasons."""
    subject = _profile_of(session, draft_or_person, document_numbers)
    candidates = set(search.person_candidates(session, subject.spellings))
    if subject.documents:
        for person_id, number in session.exec(
            select(TravelDocument.person_id, TravelDocument.number).where(
                col(TravelDocument.deleted_at).is_(None), TravelDocument.number != ""
            )
        ):
            if _document_number(number) in subject.documents:
                candidates.add(person_id)
    candidates.discard(subject.id)
    if not candidates:
        return []
    matches = []
    for other in _profiles(session, list(candidates)).values():
        compared = _compare(subject, other)
        if compared is not None:
            score, why = compared
            matches.append(DuplicateMatch(other.id, other.name, score, _texts(why), why))
    matches.sort(key=lambda match: (-match.score, match.name))
    return matches[:limit]


_FEW = 50  # drafts looked up one by one in the search index; more are matched against the whole store


def likely_duplicates_of(
    session: Session, drafts: "list[people.PersonDraft]", limit: int = 20
) -> list[list[DuplicateMatch]]:
    """For persons not stored yet (the rows of an import), the stored persons each may be, by the
    same matching as `find_likely_duplicates` and `all_pairs`: what an import flags is what the People
    page's "Possible duplicates" would list once it was imported."""
    stored = session.exec(select(Person.id).where(col(Person.deleted_at).is_(None)).limit(1)).first()
    if stored is None:
        return [[] for _ in drafts]
    if len(drafts) <= _FEW:
        return [find_likely_duplicates(session, draft, limit=limit) for draft in drafts]
    profiles = _profiles(session, None)  # once, as all_pairs reads them: cheaper than a search per row
    blocks: dict[tuple[str, ...], list[uuid.UUID]] = defaultdict(list)
    for profile in profiles.values():
        for block in _blocks(profile):
            blocks[block].append(profile.id)
    found = []
    for draft in drafts:
        subject = _profile_of(session, draft, ())
        candidates = {
            person_id
            for block in _blocks(subject)
            if not _too_common(block, blocks.get(block, []))
            for person_id in blocks.get(block, [])
        }
        matches = []
        for person_id in candidates:
            compared = _compare(subject, profiles[person_id])
            if compared is not None:
                score, why = compared
                matches.append(DuplicateMatch(person_id, profiles[person_id].name, score, _texts(why), why))
        matches.sort(key=lambda match: (-match.score, match.name))
        found.append(matches[:limit])
    return found


def _blocks(profile: _Profile) -> set[tuple[str, ...]]:
    """The keys under which a profile meets those it may match: each pair of its name words' keys (each
    key of a one-word name), and its document numbers. Two persons who share none never match."""
    found: set[tuple[str, ...]] = set()
    for _, keys in profile.keyed():
        if len(keys) == 1:
            found.update((key,) for key in keys[0])
        for first, second in itertools.combinations(keys, 2):
            found.update(tuple(sorted(pair)) for pair in itertools.product(first, second))
    found.update(("#document", number) for number in profile.documents)
    return found


def _too_common(block: tuple[str, ...], members: list) -> bool:
    return len(members) > _BLOCK_LIMIT and block[0] != "#document"


def all_pairs(session: Session) -> list[DuplicatePair]:
    """Every pair of persons in the store who may be one person, likeliest first."""
    profiles = _profiles(session, None)
    blocks: dict[tuple[str, ...], list[uuid.UUID]] = defaultdict(list)
    for profile in profiles.values():
        for block in _blocks(profile):
            blocks[block].append(profile.id)
    compared: set[tuple[uuid.UUID, uuid.UUID]] = set()
    pairs = []
    for block, members in blocks.items():
        if len(members) < 2 or _too_common(block, members):
            continue
        for a, b in itertools.combinations(sorted(members), 2):
            if (a, b) in compared:
                continue
            compared.add((a, b))
            result = _compare(profiles[a], profiles[b])
            if result is not None:
                score, why = result
                first, second = profiles[a], profiles[b]
                pairs.append(
                    DuplicatePair(
                        a,
                        first.name,
                        b,
                        second.name,
                        score,
                        _texts(why),
                        why,
                        first.birth_date,
                        second.birth_date,
                    )
                )
    pairs.sort(key=lambda pair: (-pair.score, pair.name, pair.other_name))
    return pairs


# --- merging -------------------------------------------------------------------------------------


def merge_persons(
    session: Session, actor: str, keep_id: uuid.UUID | str, merge_id: uuid.UUID | str
) -> AuditEntry:
    """Move the cases, documents, notes, spellings, markers and family links of `merge_id` to
    `keep_id`, and put the merged person in the trash. One audit entry "merge" records every
    row moved, so `undo_merge` can put them back."""
    keep = people.get_person(session, keep_id)
    merged = people.get_person(session, merge_id)
    if keep.person.id == merged.person.id:
        raise InvalidInput("persons to merge", reason("same_person"))
    before = {"keep": people.person_snapshot(keep), "merged": people.person_snapshot(merged)}
    old, new = merged.person.id, keep.person.id
    moved: dict[str, list[str]] = {}

    def move(name: str, rows, attribute: str = "person_id") -> None:
        moved[name] = []
        for row in rows:
            setattr(row, attribute, new)
            row.updated_at = utcnow()
            moved[name].append(str(row.id))

    move("case", session.exec(select(Case).where(Case.person_id == old)))
    move("travel_document", session.exec(select(TravelDocument).where(TravelDocument.person_id == old)))
    move("note", session.exec(select(Note).where(Note.person_id == old)))
    known = {fold(keep.person.name)} | {fold(name.text) for name in keep.names}
    move("person_name", [name for name in merged.names if fold(name.text) not in known])
    have = {marker.marker for marker in keep.markers}
    move("person_marker", [marker for marker in merged.markers if marker.marker not in have])
    links = session.exec(select(FamilyLink).where(FamilyLink.person_id == old, FamilyLink.relative_id != new))
    move("family_link", links)
    relatives = session.exec(
        select(FamilyLink).where(FamilyLink.relative_id == old, FamilyLink.person_id != new)
    )
    move("family_relative", relatives, "relative_id")
    added = []
    if fold(merged.person.name) not in known | {
        fold(name.text) for name in merged.names if name.person_id == new
    }:
        spelling = PersonName(
            person_id=new,
            text=merged.person.name,
            script=people.script_of(merged.person.name),
            source="merge",
        )
        session.add(spelling)
        added.append(str(spelling.id))
    merged.person.deleted_at = utcnow()
    after = {"keep_id": str(new), "merged_id": str(old), "moved": moved, "added_spellings": added}
    entry = audit.record(session, actor, "merge", keep.person, before, after)
    people.reevaluate_cases_of(session, actor, new)  # its documents and markers now count for them
    return entry


_MODELS = {
    "case": Case,
    "travel_document": TravelDocument,
    "note": Note,
    "person_name": PersonName,
    "person_marker": PersonMarker,
    "family_link": FamilyLink,
    "family_relative": FamilyLink,
}


def undo_merge(session: Session, actor: str, audit_entry_id: uuid.UUID | str) -> AuditEntry:
    """Put back what a merge moved, and bring the merged person back from the trash."""
    entry = session.get(AuditEntry, uuid.UUID(str(audit_entry_id)))
    if entry is None or entry.action != "merge" or not entry.after:
        raise NotFound("merge", str(audit_entry_id))
    undone = session.exec(
        select(AuditEntry).where(AuditEntry.action == "unmerge", AuditEntry.entity_id == entry.entity_id)
    )
    if any((other.after or {}).get("undoes") == str(entry.id) for other in undone):
        raise Conflict(key="conflict.merge_undone")
    keep_id, merged_id = uuid.UUID(entry.after["keep_id"]), uuid.UUID(entry.after["merged_id"])
    merged = session.get(Person, merged_id)
    keep = session.get(Person, keep_id)
    if merged is None or keep is None:
        raise NotFound("person", str(merged_id))
    before = {"keep": audit.snapshot(keep), "merged": audit.snapshot(merged)}
    for name, ids in entry.after["moved"].items():
        attribute = "relative_id" if name == "family_relative" else "person_id"
        for row_id in ids:
            row = session.get(_MODELS[name], uuid.UUID(row_id))
            if row is not None and getattr(row, attribute) == keep_id:
                setattr(row, attribute, merged_id)
                row.updated_at = utcnow()
    for row_id in entry.after["added_spellings"]:
        spelling = session.get(PersonName, uuid.UUID(row_id))
        if spelling is not None:
            session.delete(spelling)
    merged.deleted_at = None
    merged.updated_at = utcnow()
    after = {"keep": audit.snapshot(keep), "merged": audit.snapshot(merged), "undoes": str(entry.id)}
    undone_entry = audit.record(session, actor, "unmerge", keep, before, after)
    for person_id in (keep_id, merged_id):  # each person's documents count for their own cases again
        people.reevaluate_cases_of(session, actor, person_id)
    return undone_entry
