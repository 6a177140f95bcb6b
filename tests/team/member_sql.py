"""Connecting to the test cluster as an invited member, by direct SQL (psycopg), not through the app."""

import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg

from casetracker.team.admin import Invitation
from tests.team.pg_cluster import Cluster


def member_dsn(cluster: Cluster, invitation: Invitation, ca: Path | None = None) -> str:
    return cluster.dsn(invitation.login, invitation.password, invitation.dbname, ca)


@contextmanager
def as_member(cluster: Cluster, invitation: Invitation):
    """An autocommit connection logged in as the member: each statement is its own transaction."""
    with psycopg.connect(member_dsn(cluster, invitation), autocommit=True) as connection:
        yield connection


def new_scope(connection: psycopg.Connection, owner: Invitation, kind: str = "case") -> uuid.UUID:
    """A scope owned by `owner`, with its key sealed for the owner (the ciphertext is a stand-in here)."""
    scope = uuid.uuid4()
    connection.execute(
        "INSERT INTO ct.scope (id, kind, owner) VALUES (%s, %s, %s)", (scope, kind, owner.member_id)
    )
    give_key(connection, scope, owner, granted_by=owner)
    return scope


def give_key(connection: psycopg.Connection, scope: uuid.UUID, to: Invitation, granted_by: Invitation):
    connection.execute(
        "INSERT INTO ct.scope_key (scope_id, version, member_id, sealed, granted_by)"
        " VALUES (%s, 1, %s, %s, %s)",
        (scope, to.member_id, b"sealed key", granted_by.member_id),
    )


def push(connection: psycopg.Connection, scope: uuid.UUID, op_id: uuid.UUID | None = None) -> uuid.UUID:
    """One op pushed as the design says: the advisory lock, then an insert that a retry cannot double."""
    op_id = op_id or uuid.uuid4()
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(7317)")
        connection.execute(
            "INSERT INTO ct.op (op_id, scope_id, key_version, body) VALUES (%s, %s, 1, %s) "
            "ON CONFLICT (op_id) DO NOTHING",
            (op_id, scope, b"ciphertext"),
        )
    return op_id


def visible_ops(connection: psycopg.Connection) -> set[uuid.UUID]:
    return {row[0] for row in connection.execute("SELECT op_id FROM ct.op")}
