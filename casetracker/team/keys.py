"""Who holds which scope key, kept right from a supervisor's laptop (its sync, or `team rotate`).

Two kinds of upkeep, both under the server's key lock (so two supervisors never make two different
keys of one version):

- Rotation: a scope whose newest key a disabled member holds (a revoked member, a seized laptop) gets
  a new key version, sealed to its remaining readers: the active members who hold a key of it, every
  supervisor and the recovery key. Every laptop seals its new operations with the newest version it
  holds, and takes new versions in at its next pull, so what is written afterwards stays unreadable
  to the revoked laptop.
- Sealing: every key held here is sealed to each reader who lacks it: a supervisor invited after the
  scope was made, the recovery key, and a member whose access was re-issued on a new laptop (the
  admin empties their sealed keys, which this laptop then seals again to their new public key).

A caseworker who unshares a case of their own rotates its key the same way (`rotate_scopes`).
"""

import base64
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import psycopg
from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from casetracker.services import batch
from casetracker.services.store_settings import get_setting, set_setting
from casetracker.store.database import Store
from casetracker.store.models import TeamKey
from casetracker.team import crypto, identity
from casetracker.team.postgres import connect

KEY_LOCK = 7318  # the advisory lock taken by whoever makes a new key version (docs/team-server.md)


@dataclass
class Upkeep:
    rotated: int = 0  # scopes given a new key version
    sealed: int = 0  # keys sealed to a reader who lacked them


def keep_keys(store: Store) -> Upkeep:
    """The upkeep now, on its own connection (`casetracker team rotate`): a supervisor's only."""
    me = identity.current(store)
    with connect(me.dsn()) as connection:
        return upkeep(store, connection, me)


def grant_key(
    connection: psycopg.Connection,
    me: identity.Identity,
    scope_id: uuid.UUID,
    version: int,
    key: bytes,
    readers: dict[uuid.UUID, bytes],
) -> None:
    """The scope key sealed to each reader's public key (a reader who has it already is passed over)."""
    grant_keys(connection, me, [(scope_id, version, key, readers)])


def grant_keys(
    connection: psycopg.Connection,
    me: identity.Identity,
    grants: Iterable[tuple[uuid.UUID, int, bytes, dict[uuid.UUID, bytes]]],
) -> None:
    """Many scopes' keys (scope, version, key, readers) sealed to their readers, in one statement."""
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO ct.scope_key (scope_id, version, member_id, sealed, granted_by)"
            " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [
                (scope_id, version, member, crypto.seal_for(public, key), me.member_id)
                for scope_id, version, key, readers in grants
                for member, public in readers.items()
            ],
        )


def upkeep(store: Store, connection: psycopg.Connection, me: identity.Identity) -> Upkeep:
    """Rotate the scopes a disabled member holds the newest key of, then seal every key held here to
    each reader who lacks it; committed on the server, then the new keys kept here. Nothing for a
    laptop that is not a supervisor's: only a supervisor holds every scope's key."""
    if me.role != "supervisor":
        return Upkeep()
    with store.reading() as session:
        checked = get_setting(session, _CHECKED)
        held_count = session.exec(select(func.count()).select_from(TeamKey)).one()
    state = f"{_members_state(connection)}/{held_count}"
    if state == checked:  # nobody joined, left or came back, and no key came here, since the last upkeep
        return Upkeep()
    connection.execute("SELECT pg_advisory_xact_lock(%s)", (KEY_LOCK,))
    new = rotate_scopes(connection, me, _revoked_scopes(connection))
    with store.reading() as session:
        keys_here = held(session, every_version=True) | {
            (scope, version): key for scope, (version, key) in new.items()
        }
    sealed = _seal_missing(connection, me, keys_here)
    connection.commit()
    with store.transaction() as session:
        keep(session, new)
        set_setting(session, _CHECKED, f"{_members_state(connection)}/{len(keys_here)}")
    return Upkeep(rotated=len(new), sealed=sealed)


_CHECKED = "team.keys_checked"  # what the last upkeep saw: the members' state and the keys held here


def _members_state(connection: psycopg.Connection) -> str:
    """A digest of who may read what: each member's role, whether they are disabled, and whether
    their laptop's public key. The upkeep has work only when it changed (or new keys came here)."""
    return connection.execute(
        "SELECT md5(string_agg(id::text || role || disabled::text || coalesce(encode(box_public, 'hex'), ''),"
        " ',' ORDER BY id)) FROM ct.member"
    ).fetchone()[0]


def rotate_scopes(
    connection: psycopg.Connection, me: identity.Identity, scope_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, bytes]]:
    """A new key version for each scope, sealed to its readers now; the caller holds `KEY_LOCK` and
    commits. Returns each scope's new (version, key), for the caller to keep once committed."""
    new = {}
    for scope_id in scope_ids:
        newest = connection.execute(
            "SELECT coalesce(max(version), 0) FROM ct.scope_key WHERE scope_id = %s", (scope_id,)
        ).fetchone()[0]
        key = crypto.new_secret_key()
        grant_key(connection, me, scope_id, newest + 1, key, _readers(connection, scope_id))
        new[scope_id] = (newest + 1, key)
    return new


def _readers(connection: psycopg.Connection, scope_id: uuid.UUID) -> dict[uuid.UUID, bytes]:
    """Who may read the scope from now on: active members holding a key of it, every supervisor and
    the recovery key. A member re-issued but not joined yet gets theirs by a later upkeep."""
    rows = connection.execute(
        "SELECT m.id, m.box_public FROM ct.member m WHERE NOT m.disabled AND m.box_public IS NOT NULL"
        " AND (m.role IN ('supervisor', 'recovery') OR EXISTS (SELECT 1 FROM ct.scope_key k"
        " WHERE k.scope_id = %s AND k.member_id = m.id))",
        (scope_id,),
    ).fetchall()
    return {row[0]: bytes(row[1]) for row in rows}


def _revoked_scopes(connection: psycopg.Connection) -> list[uuid.UUID]:
    rows = connection.execute(
        "SELECT n.scope_id FROM (SELECT scope_id, max(version) AS version FROM ct.scope_key"
        " GROUP BY scope_id) n WHERE EXISTS (SELECT 1 FROM ct.scope_key k JOIN ct.member m"
        " ON m.id = k.member_id WHERE k.scope_id = n.scope_id AND k.version = n.version AND m.disabled)"
        " ORDER BY n.scope_id"
    ).fetchall()
    return [row[0] for row in rows]


# Each key version of a scope that an active, joined reader of the scope lacks, or holds only emptied
# (re-issued): readers are every supervisor, the recovery key, and the members holding a key of it.
_MISSING = """
WITH versions AS (SELECT DISTINCT scope_id, version FROM ct.scope_key),
readers AS (
    SELECT DISTINCT k.scope_id, k.member_id FROM ct.scope_key k
    UNION
    SELECT s.scope_id, m.id FROM (SELECT DISTINCT scope_id FROM versions) s
        CROSS JOIN ct.member m WHERE m.role IN ('supervisor', 'recovery'))
SELECT v.scope_id, v.version, m.id, m.box_public, x.member_id IS NOT NULL
FROM versions v JOIN readers r ON r.scope_id = v.scope_id
JOIN ct.member m ON m.id = r.member_id AND NOT m.disabled AND m.box_public IS NOT NULL
LEFT JOIN ct.scope_key x ON x.scope_id = v.scope_id AND x.version = v.version AND x.member_id = m.id
WHERE x.member_id IS NULL OR octet_length(x.sealed) = 0
ORDER BY v.scope_id, v.version"""


def _seal_missing(
    connection: psycopg.Connection, me: identity.Identity, held: dict[tuple[uuid.UUID, int], bytes]
) -> int:
    """Seal each key held here to the readers who lack it; a key not held here is left to another
    supervisor. How many keys were sealed."""
    sealed = 0
    for scope_id, version, member_id, public, emptied in connection.execute(_MISSING).fetchall():
        key = held.get((scope_id, version))
        if key is None:
            continue
        if emptied:
            connection.execute(
                "DELETE FROM ct.scope_key WHERE scope_id = %s AND version = %s AND member_id = %s"
                " AND octet_length(sealed) = 0",
                (scope_id, version, member_id),
            )
        grant_key(connection, me, scope_id, version, key, {member_id: bytes(public)})
        sealed += 1
    return sealed


# --- keys kept here ----------------------------------------------------------------------------------


def held(session: Session, scope_ids=None, *, every_version: bool = False) -> dict:
    """The scope keys held here (of `scope_ids` only, when given): by (scope, version), or by scope
    its newest (version, key)."""
    statement = select(TeamKey).order_by(col(TeamKey.version))
    if scope_ids is None:
        rows = session.exec(statement).all()
    else:
        rows = batch.select_in(session, statement, TeamKey.scope_id, scope_ids)
        rows.sort(key=lambda row: row.version)
    if every_version:
        return {(row.scope_id, row.version): base64.b64decode(row.key) for row in rows}
    return {row.scope_id: (row.version, base64.b64decode(row.key)) for row in rows}


def keep(session: Session, keys: dict[uuid.UUID, tuple[int, bytes]]) -> None:
    """Keep each scope's key of the version given (a version kept already stays as it is)."""
    keep_versions(session, {(scope_id, version): key for scope_id, (version, key) in keys.items()})


def keep_versions(session: Session, keys: dict[tuple[uuid.UUID, int], bytes]) -> None:
    """Keep the key of each (scope, version) given, in one statement however many (a new
    supervisor's laptop takes in a key for every case and person); one kept already stays as it is."""
    rows = [
        {"scope_id": scope_id, "version": version, "key": base64.b64encode(key).decode("ascii")}
        for (scope_id, version), key in keys.items()
    ]
    if rows:
        session.connection().execute(insert(TeamKey.__table__).prefix_with("OR IGNORE"), rows)
