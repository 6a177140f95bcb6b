"""One round of sync with the team's server: push what was made here, pull what others made.

Push: the operations waiting in the outbox, each sealed with its scope's key, go to the server in
one transaction that first takes the server's push lock (so sequence numbers are given in commit
order and a pull never passes over a late commit) and inserts with ON CONFLICT DO NOTHING (a push
retried after a lost connection never stores an operation twice). Only once the server has
committed are they taken out of the outbox.

Pull: first the scope keys sealed to this member (a case newly shared brings its key, and its
earlier operations are fetched whole), then every operation after the last sequence number seen,
in pages, each page applied in one local transaction together with the new position. A page
interrupted anywhere is pulled again, and applying it twice changes nothing.
"""

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

import psycopg
from sqlalchemy import delete
from sqlmodel import Session, col, select

from casetracker.services import batch
from casetracker.services.store_settings import get_setting, set_setting
from casetracker.store.database import Store
from casetracker.store.models import Case, SyncOutbox, SyncRecord, TeamKey
from casetracker.team import crypto, files, identity, keys
from casetracker.team.apply import Incoming, apply_incoming
from casetracker.team.oplog import capture
from casetracker.team.postgres import connect

PULLED = "team.pulled"  # the greatest server sequence number applied here
PUSH_LOCK = 7317  # the advisory lock every push takes (docs/team-server.md)
PAGE = 2000


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # records here with a field to choose a value for
    upkeep: keys.Upkeep = field(default_factory=keys.Upkeep)  # a supervisor's: keys rotated and given


def sync(store: Store) -> SyncResult:
    """Take in new keys (so what is pushed is sealed with a case's newest key), push, pull, push what
    pulling changed here (deadlines evaluated again); on a supervisor's laptop, then keep every
    reader's keys (keys.upkeep)."""
    me = identity.current(store)
    result = SyncResult()
    with connect(me.dsn()) as connection:
        newly_readable = _fetch_keys(store, connection, me)
        result.pushed += _push(store, connection, me)
        result.pulled += _pull(store, connection, me, newly_readable)
        result.pushed += _push(store, connection, me)
        result.upkeep = keys.upkeep(store, connection, me)
    with store.reading() as session:
        result.conflicts = len(session.exec(select(SyncRecord.record_id).where(SyncRecord.in_conflict)).all())
    return result


# --- push ------------------------------------------------------------------------------------------


def _push(store: Store, connection: psycopg.Connection, me: identity.Identity) -> int:
    with store.transaction() as session:
        capture(session)
        waiting = session.exec(select(SyncOutbox).order_by(col(SyncOutbox.seq))).all()
        held = keys.held(session, {row.scope_id for row in waiting})
        kinds = _scope_kinds(session, {row.scope_id for row in waiting})
    if not waiting or me.read_only:  # a lawyer's copy is read-only: nothing of theirs is sent
        return 0
    connection.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
    unheld = [scope for scope in dict.fromkeys(row.scope_id for row in waiting) if scope not in held]
    new_keys = _open_scopes(connection, me, unheld, kinds)
    held |= new_keys
    _link_persons(connection, waiting)
    rows = []
    for row in waiting:
        version, key = held[row.scope_id]
        body = crypto.secret_seal(key, json.dumps(row.body, ensure_ascii=False).encode("utf-8"))
        rows.append((row.op_id, row.scope_id, version, body))
    for start in range(0, len(rows), PAGE):  # checked once per case on the server, not once per operation
        columns = [list(column) for column in zip(*rows[start : start + PAGE], strict=True)]
        connection.execute("SELECT ct.push_ops(%s, %s, %s, %s)", columns)
    added = [uuid.UUID(row.body["id"]) for row in waiting if row.body["entity"] == "attachment"]
    if added:
        with store.reading() as session:
            files.upload(connection, session, store.paths.attachments, added, held)
    connection.commit()
    with store.transaction() as session:
        keys.keep(session, new_keys)
        last = waiting[-1].seq
        session.exec(delete(SyncOutbox).where(col(SyncOutbox.seq) <= last))
    return len(waiting)


def _scope_kinds(session: Session, scope_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    cases = set(batch.select_in(session, select(Case.id), Case.id, scope_ids))
    return {scope_id: "case" if scope_id in cases else "person" for scope_id in scope_ids}


def _open_scopes(
    connection: psycopg.Connection,
    me: identity.Identity,
    scope_ids: list[uuid.UUID],
    kinds: dict[uuid.UUID, str],
) -> dict[uuid.UUID, tuple[int, bytes]]:
    """The keys of scopes this laptop has none of: those sealed to this member on the server, and,
    for scopes the server does not know yet, new ones sealed to whoever must read them."""
    if not scope_ids:
        return {}
    found = {}
    rows = connection.execute(
        "SELECT scope_id, version, sealed FROM ct.scope_key"
        " WHERE member_id = %s AND scope_id = ANY(%s) AND octet_length(sealed) > 0 ORDER BY version",
        (me.member_id, scope_ids),
    ).fetchall()
    for scope_id, version, sealed in rows:  # the newest version last
        found[scope_id] = (version, crypto.open_sealed(me.private_key, bytes(sealed)))
    missing = [scope_id for scope_id in scope_ids if scope_id not in found]
    if missing:
        made = {scope_id: (1, crypto.new_secret_key()) for scope_id in missing}
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO ct.scope (id, kind, owner) VALUES (%s, %s, %s)",
                [(scope_id, kinds[scope_id], me.member_id) for scope_id in missing],
            )
        readers = {me.member_id: _my_public(connection, me)} | _always_readers(connection)
        keys.grant_keys(
            connection, me, [(scope, version, key, readers) for scope, (version, key) in made.items()]
        )
        found |= made
    return found


def _my_public(connection: psycopg.Connection, me: identity.Identity) -> bytes:
    return bytes(crypto.PrivateKey(me.private_key).public_key)


def _always_readers(connection: psycopg.Connection) -> dict[uuid.UUID, bytes]:
    """Who holds the key of every scope: each supervisor, and the organisation's recovery key."""
    rows = connection.execute(
        "SELECT id, box_public FROM ct.member WHERE role IN ('supervisor', 'recovery')"
        " AND NOT disabled AND box_public IS NOT NULL"
    ).fetchall()
    return {row[0]: bytes(row[1]) for row in rows}


def _link_persons(connection: psycopg.Connection, waiting: Iterable[SyncOutbox]) -> None:
    """Each case sent is linked to its person, so the case's readers may read the person too."""
    links = {
        (uuid.UUID(row.body["set"]["person_id"]), row.scope_id)
        for row in waiting
        if row.body["entity"] == "case_file" and "person_id" in row.body["set"]
    }
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO ct.person_case (person_id, case_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            sorted(links),
        )


# --- pull ------------------------------------------------------------------------------------------


def _pull(
    store: Store, connection: psycopg.Connection, me: identity.Identity, newly_readable: set[uuid.UUID]
) -> int:
    with store.reading() as session:
        position = int(get_setting(session, PULLED, "0"))
    pulled = 0
    if newly_readable and position:  # what was written before this laptop could read it
        earlier = connection.execute(
            _SELECT_OPS + " WHERE scope_id = ANY(%s) AND seq <= %s ORDER BY seq",
            (list(newly_readable), position),
        ).fetchall()
        pulled += _apply_page(store, earlier, position)
    while True:
        page = connection.execute(
            _SELECT_OPS + " WHERE seq > %s ORDER BY seq LIMIT %s", (position, PAGE)
        ).fetchall()
        connection.commit()
        if not page:
            files.download_missing(store, connection, lambda scopes: _held_keys(store, scopes))
            return pulled
        position = page[-1][0]
        pulled += _apply_page(store, page, position)


_SELECT_OPS = "SELECT seq, op_id, scope_id, key_version, body FROM ct.op"


def _fetch_keys(store: Store, connection: psycopg.Connection, me: identity.Identity) -> set[uuid.UUID]:
    """Take in the scope keys sealed to this member that this laptop lacks; the scopes new to it."""
    rows = connection.execute("SELECT scope_id, version, sealed FROM ct.my_keys()").fetchall()
    with store.transaction() as session:
        held = {
            (scope, version) for scope, version in session.exec(select(TeamKey.scope_id, TeamKey.version))
        }
        fresh = {
            (row[0], row[1]): crypto.open_sealed(me.private_key, row[2])
            for row in rows
            if (row[0], row[1]) not in held
        }
        keys.keep_versions(session, fresh)
    return {scope for scope, _version in fresh} - {scope for scope, _version in held}


def _apply_page(store: Store, rows: list, position: int) -> int:
    """Open and apply one page of operations, and move the position past it, in one transaction.
    An operation whose key this laptop lacks (a supervisor's, before the key reaches them) is
    passed over: it is fetched again when the key arrives."""
    with store.transaction() as session:
        held = keys.held(session, {row[2] for row in rows}, every_version=True)
        incoming = []
        for _seq, _op_id, scope_id, version, body in rows:
            key = held.get((scope_id, version))
            if key is not None:
                incoming.append(Incoming(scope_id, json.loads(crypto.secret_open(key, bytes(body)))))
        applied = apply_incoming(session, incoming)
        if position > int(get_setting(session, PULLED, "0")):
            set_setting(session, PULLED, str(position))
    return applied.applied


# --- keys kept here ----------------------------------------------------------------------------------


def _held_keys(store: Store, scope_ids) -> dict[tuple[uuid.UUID, int], bytes]:
    with store.reading() as session:
        return keys.held(session, scope_ids, every_version=True)
