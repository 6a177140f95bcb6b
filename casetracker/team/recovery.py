"""The organisation's cases back from its server with the recovery key, when every laptop is lost.

Every scope key is sealed to the recovery key as well as to its members. With the admin login (which
reads every row) and the recovery key file kept offline, `recover` opens each operation the recovery
key can open and applies it to a new store, in the server's order, as a laptop's pull would.
"""

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey

from casetracker.errors import CaseTrackerError, TeamServerError
from casetracker.services.store_settings import set_setting
from casetracker.store.database import Store
from casetracker.team import crypto
from casetracker.team.apply import Incoming, apply_incoming
from casetracker.team.oplog import REPLICA
from casetracker.team.postgres import connect

PAGE = 2000


@dataclass
class Recovered:
    applied: int = 0  # operations applied to the new store
    unreadable: int = 0  # operations whose key was never sealed to the recovery key


def recover(admin_dsn: str, recovery_key: PrivateKey, new_store: Callable[[], Store]) -> Recovered:
    """Apply every operation on the server that `recovery_key` opens to the store `new_store` makes
    (made only once the key is known to be this team's)."""
    with connect(admin_dsn, admin=True) as connection:
        keys = _open_keys(connection, recovery_key)
        store = new_store()
        try:
            return _apply_all(connection, keys, store)
        finally:
            store.close()


def _apply_all(connection: psycopg.Connection, keys: dict, store: Store) -> Recovered:
    with store.transaction() as session:
        set_setting(session, REPLICA, str(uuid.uuid4()))
    result = Recovered()
    position = 0
    while True:
        page = connection.execute(
            "SELECT seq, scope_id, key_version, body FROM ct.op WHERE seq > %s ORDER BY seq LIMIT %s",
            (position, PAGE),
        ).fetchall()
        if not page:
            return result
        position = page[-1][0]
        incoming = []
        for _seq, scope_id, version, body in page:
            key = keys.get((scope_id, version))
            if key is None:
                result.unreadable += 1
                continue
            incoming.append(Incoming(scope_id, json.loads(crypto.secret_open(key, bytes(body)))))
        with store.transaction() as session:
            result.applied += apply_incoming(session, incoming).applied


def _open_keys(connection, recovery_key: PrivateKey) -> dict[tuple[uuid.UUID, int], bytes]:
    """Every scope key sealed to the recovery key; refused if it is not this team's recovery key."""
    public = bytes(recovery_key.public_key)
    try:
        row = connection.execute(
            "SELECT id FROM ct.member WHERE role = 'recovery' AND box_public = %s", (public,)
        ).fetchone()
    except psycopg.errors.UndefinedTable:
        raise TeamServerError("not_initialised") from None
    if row is None:
        raise CaseTrackerError(key="team.recovery_key_wrong")
    rows = connection.execute(
        "SELECT scope_id, version, sealed FROM ct.scope_key WHERE member_id = %s", (row[0],)
    ).fetchall()
    try:
        return {
            (scope, version): crypto.open_sealed(recovery_key, bytes(sealed))
            for scope, version, sealed in rows
        }
    except CryptoError:
        raise CaseTrackerError(key="team.recovery_key_wrong") from None
