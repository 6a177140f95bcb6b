"""Search across persons, cases, events and notes, whatever the script or spelling.

The index (casetracker.store.fts) holds one document per record (what goes into each:
casetracker.store.search_documents). It is kept up to date in the same transaction as every
write by a session hook (`install_index_hooks`, installed when this module is imported), and
can be rebuilt from the tables (`reindex`).
Bulk writers (an import of thousands of rows) defer it and index once (`index_deferred`).
Records in the trash have no document; an event or note of a case in the trash is left
out of results.
"""

import itertools
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, event, inspect, select, text
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col

from casetracker.names import bare_keys, closeness, may_lack_diacritics, word_keys, words
from casetracker.store import fts
from casetracker.store.models import Case, Event, Note, Person, PersonName
from casetracker.store.search_documents import DOCUMENT_KINDS as _DOCUMENT_KINDS
from casetracker.store.search_documents import rebuild_index, refresh

KINDS = ("person", "case", "event", "note")
CANDIDATES = 100  # documents ranked by the index before names are compared word by word


@dataclass(frozen=True)
class PersonCase:
    """One of a person's cases, listed under the person's hit so it can be opened from there."""

    number: str
    kind: str  # the stored value: the UI names it
    country: str  # ISO code
    status: str


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person, case, event, note
    id: uuid.UUID
    case_number: str | None
    title: str
    snippet: str
    score: float  # higher is better
    person_id: uuid.UUID | None = None
    cases: tuple[PersonCase, ...] = ()  # a person's cases not in the trash, the newest first


def reindex(session: Session, progress: Callable[[str, int], None] | None = None) -> int:
    """`rebuild_index` inside the session's transaction."""
    return rebuild_index(session.connection(), progress)


# --- keeping the index current: one hook on every session flush ----------------------------------

# Which changes of which model touch which document.
_WATCHED: dict[type, tuple[str, tuple[str, ...]]] = {
    Person: ("person", ("name", "deleted_at")),
    Case: ("case", ("number", "summary", "outcome", "deleted_at")),
    Event: ("events", ("place", "description", "deleted_at", "case_id")),
    Note: ("note", ("text", "deleted_at")),
}


def _touched(session: OrmSession) -> dict[str, set[uuid.UUID]]:
    touched: dict[str, set[uuid.UUID]] = {kind: set() for kind in _DOCUMENT_KINDS}
    for instance in itertools.chain(session.new, session.deleted):
        if isinstance(instance, PersonName):
            touched["person"].add(instance.person_id)
        elif isinstance(instance, Event):
            touched["events"].add(instance.case_id)
        elif type(instance) in _WATCHED:
            touched[_WATCHED[type(instance)][0]].add(instance.id)
    for instance in session.dirty:
        state = inspect(instance)
        if isinstance(instance, PersonName):
            history = state.attrs.person_id.history
            touched["person"].update(v for v in (*history.added, *history.deleted, instance.person_id) if v)
        elif type(instance) in _WATCHED:
            kind, fields = _WATCHED[type(instance)]
            if any(state.attrs[field].history.has_changes() for field in fields):
                if isinstance(instance, Event):
                    history = state.attrs.case_id.history
                    touched[kind].update(v for v in (*history.deleted, instance.case_id) if v)
                else:
                    touched[kind].add(instance.id)
    return touched


def _after_flush(session: OrmSession, _flush_context) -> None:
    touched = _touched(session)
    backlog = session.info.get(_BACKLOG)
    if backlog is not None:
        backlog.merge(touched)
    else:
        _refresh_touched(session, touched)


def _refresh_touched(session: OrmSession, touched: dict[str, set[uuid.UUID]]) -> None:
    if not any(touched.values()):
        return
    connection = session.connection()
    if not fts.exists(connection):  # a store at a schema from before the index
        return
    for kind, ids in touched.items():
        if ids:
            refresh(connection, kind, ids)


# --- bulk writers: one indexing pass at the end instead of one per flush --------------------------

_BACKLOG = "casetracker.search.backlog"


class IndexBacklog:
    """The records whose documents are out of date while indexing is deferred."""

    def __init__(self) -> None:
        self._touched: dict[str, set[uuid.UUID]] = {kind: set() for kind in _DOCUMENT_KINDS}

    def add(
        self,
        *,
        persons: Iterable[uuid.UUID] = (),
        cases: Iterable[uuid.UUID] = (),
        notes: Iterable[uuid.UUID] = (),
    ) -> None:
        """Records written without the ORM (`batch.insert_rows`), which the flush hook never sees.

        A case stands for its own document and that of its events: name the case of new events."""
        cases = set(cases)
        self.merge({"person": set(persons), "case": cases, "events": cases, "note": set(notes)})

    def merge(self, touched: dict[str, set[uuid.UUID]]) -> None:
        for kind, ids in touched.items():
            self._touched[kind].update(ids)

    def take(self) -> dict[str, set[uuid.UUID]]:
        taken, self._touched = self._touched, {kind: set() for kind in _DOCUMENT_KINDS}
        return taken


@contextmanager
def index_deferred(session: Session) -> Iterator[IndexBacklog]:
    """Index once, at the end, what a bulk write changes in `session`, instead of on every flush.

    Inside, flushes only note the records they touch; the writer adds those it inserts without
    the ORM (`IndexBacklog.add`). On leaving, the session is flushed and every noted document
    brought up to date in a few set-based statements, still inside the caller's transaction.
    When the block raises, nothing is indexed: the caller must roll back, as after any failed
    write. Nested use joins the outermost block, which does the indexing.
    """
    outer = session.info.get(_BACKLOG)
    if outer is not None:
        yield outer
        return
    backlog = session.info[_BACKLOG] = IndexBacklog()
    try:
        yield backlog
        session.flush()
    finally:
        del session.info[_BACKLOG]
    _refresh_touched(session, backlog.take())


def install_index_hooks() -> None:
    """Keep the index current on every session flush (idempotent)."""
    if not event.contains(OrmSession, "after_flush", _after_flush):
        event.listen(OrmSession, "after_flush", _after_flush)


install_index_hooks()


# --- queries ------------------------------------------------------------------------------------


def _terms(query: str) -> list[fts.Term]:
    terms = []
    for chunk in query.split():
        tokens = tuple(words(chunk))
        if not tokens:
            continue
        readings = [word_keys(token) for token in tokens if not token.isdigit()]
        keys: tuple[tuple[str, ...], ...] = ()
        if len(readings) == len(tokens) and all(readings):
            keys = tuple(itertools.islice(itertools.product(*readings), 4))
        last = tokens[-1]
        bare: tuple[str, ...] = ()
        if len(tokens) == 1 and may_lack_diacritics(last):  # Sevcuk for Ševčuk
            bare = bare_keys(last)
        terms.append(
            fts.Term(
                tokens,
                keys,
                prefix=len(last) >= 2 or last.isdigit(),
                key_prefix=bool(keys) and len(last) >= 3,
                bare=bare,
            )
        )
    return terms


def _ranked(query: str, matches: list[fts.Match]) -> list[tuple[float, fts.Match]]:
    ranked = []
    for found in matches:
        snippet = found.snippet.replace("[", "").replace("]", "")
        text = " ".join(filter(None, (found.names, found.number, snippet)))
        bm25 = -found.rank / (1.0 - found.rank)  # bm25 is negative: map it to [0, 1)
        ranked.append((round(10.0 * closeness(query, text) + bm25, 4), found))
    ranked.sort(key=lambda pair: -pair[0])
    return ranked


def _candidates(connection: Connection, query: str, count: int, kind: str | None) -> list[fts.Match]:
    terms = _terms(query)
    found = fts.match(connection, terms, count, kind=kind, with_snippets=kind is None)
    if not found and len(terms) > 1:  # a word that is nowhere: rank by the words that are
        found = fts.match(connection, terms, count, kind=kind, any_term=True, with_snippets=kind is None)
    return found


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Persons, cases, events and notes matching `query`, the closest spelling first."""
    connection = session.connection()
    ranked = _ranked(query, _candidates(connection, query, max(CANDIDATES, 2 * limit), None))
    hits = _hits(connection, query, ranked[:limit])
    hits.sort(key=lambda hit: -hit.score)
    return hits[:limit]


def matching_person_ids(session: Session, query: str, limit: int = 1000) -> list[uuid.UUID]:
    """Persons whose name, in any spelling, matches `query`, the closest first (for the lists)."""
    found = _candidates(session.connection(), query, limit, "person")
    return [match.id for _, match in _ranked(query, found)]


def _hits(connection: Connection, query: str, ranked: list[tuple[float, fts.Match]]) -> list[SearchHit]:
    by_kind: dict[str, list[uuid.UUID]] = {kind: [] for kind in _DOCUMENT_KINDS}
    for _, found in ranked:
        by_kind[found.kind].append(found.id)
    details: dict[uuid.UUID, tuple[str | None, str, uuid.UUID | None]] = {}
    person_cases = _persons_and_cases(connection, by_kind["person"], details)
    if by_kind["case"]:
        statement = (
            select(Case.id, Case.number, Person.name, Case.person_id)
            .join(Person, col(Person.id) == col(Case.person_id))
            .where(col(Case.id).in_(by_kind["case"]))
        )
        for case_id, number, name, person_id in connection.execute(statement):
            details[case_id] = (number, f"{number} · {name}", person_id)
    events: dict[uuid.UUID, list[tuple[float, uuid.UUID, str]]] = {}
    if by_kind["events"]:
        statement = (
            select(Event.id, Event.case_id, Event.kind, Event.date, Event.place, Event.description)
            .add_columns(Case.number, Case.person_id)
            .join(Case, col(Case.id) == col(Event.case_id))
            .where(
                col(Event.case_id).in_(by_kind["events"]),
                col(Event.deleted_at).is_(None),
                col(Case.deleted_at).is_(None),
            )
            .order_by(col(Event.date))
        )
        for event_id, case_id, kind, day, place, text, number, person_id in connection.execute(statement):
            near = closeness(query, f"{place} {text}")
            if near > 0:  # which of the case's events matched
                events.setdefault(case_id, []).append((near, event_id, f"{place} {text}".strip()))
                details[event_id] = (number, f"{number} · {kind} {day.isoformat()}", person_id)
    if by_kind["note"]:
        statement = (
            select(Note.id, Note.created_at, Case.number, Note.person_id, Case.person_id, Case.deleted_at)
            .outerjoin(Case, col(Case.id) == col(Note.case_id))
            .where(col(Note.id).in_(by_kind["note"]))
        )
        for note_id, created, number, own_person, case_person, case_deleted in connection.execute(statement):
            if case_deleted is None:
                title = f"{number + ' · ' if number else ''}note {created:%Y-%m-%d}"
                details[note_id] = (number, title, own_person or case_person)
    hits = []
    for score, found in ranked:
        if found.kind == "events":
            for near, event_id, text in events.get(found.id, []):
                number, title, person_id = details[event_id]
                hits.append(
                    SearchHit(
                        "event", event_id, number, title, text, round(score - 10 + 10 * near, 4), person_id
                    )
                )
            continue
        if found.id not in details:  # an event or note of a case in the trash
            continue
        number, title, person_id = details[found.id]
        snippet = found.names if found.kind == "person" else found.snippet
        listed = person_cases.get(found.id, ()) if found.kind == "person" else ()
        hits.append(SearchHit(found.kind, found.id, number, title, snippet, score, person_id, listed))
    return hits


# The persons found and their cases not in the trash, the newest first: one statement, built once.
# Ids stay in their stored form (hex), each matched back to one of the ids asked for: turning every
# case row's id into a UUID would cost more than the query.
_PERSONS_AND_CASES = text(
    "SELECT person.id, person.name, case_file.number, case_file.kind, case_file.country, case_file.status "
    "FROM person LEFT JOIN case_file ON case_file.person_id = person.id AND case_file.deleted_at IS NULL "
    "WHERE person.id IN :ids ORDER BY case_file.opened_on DESC, case_file.number"
).bindparams(bindparam("ids", expanding=True))


def _persons_and_cases(
    connection: Connection,
    person_ids: list[uuid.UUID],
    details: dict[uuid.UUID, tuple[str | None, str, uuid.UUID | None]],
) -> dict[uuid.UUID, tuple[PersonCase, ...]]:
    """Fill `details` with the persons found, and return their cases, in one query."""
    if not person_ids:
        return {}
    asked = {person_id.hex: person_id for person_id in person_ids}
    found: dict[uuid.UUID, list[PersonCase]] = {}
    for hex_id, name, number, kind, country, status in connection.execute(
        _PERSONS_AND_CASES, {"ids": list(asked)}
    ):
        person_id = asked[hex_id]
        details[person_id] = (None, name, person_id)
        listed = found.setdefault(person_id, [])
        if number is not None:  # a person without a case has one row, its case columns empty
            listed.append(PersonCase(number, kind, country, status))
    return {person_id: tuple(listed) for person_id, listed in found.items()}


def raw_expression(query: str) -> str:
    """The FTS5 expression `search` sends for `query` (for benchmarks and debugging)."""
    return fts.expression(_terms(query))


def person_candidates(session: Session, texts: Iterable[str], limit: int = 200) -> list[uuid.UUID]:
    """Persons sharing at least one name word, in any spelling, with `texts` (best first).

    Whole words only, no prefixes: the start of duplicate detection, not a search box.
    """
    terms = []
    for written in texts:
        for word in words(written):
            keys = tuple((key,) for key in word_keys(word))
            if keys:
                terms.append(fts.Term((word,), keys))
    if not terms:
        return []
    found = fts.match(session.connection(), terms, limit, kind="person", any_term=True, with_snippets=False)
    return [match.id for match in found]
