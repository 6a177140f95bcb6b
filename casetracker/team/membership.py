"""A laptop joining its team, the team's members, and sharing a case with one of them or unsharing it."""

import base64
import uuid
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import CryptoError
from sqlmodel import col, select

from casetracker.errors import CaseTrackerError, TeamServerError
from casetracker.services.cases import find_case
from casetracker.store.database import Store
from casetracker.store.files import atomic_file
from casetracker.store.models import TeamKey
from casetracker.team import crypto, identity, keys
from casetracker.team.admin import Invitation
from casetracker.team.oplog import share_everything
from casetracker.team.postgres import connect


@dataclass(frozen=True)
class Member:
    id: uuid.UUID
    name: str
    role: str
    joined: bool  # has set up a laptop with their invitation
    disabled: bool


def read_invitation(path: Path) -> Invitation:
    try:
        return Invitation.from_json(path.read_text("utf-8"))
    except FileNotFoundError:
        raise CaseTrackerError(key="team.invitation_missing", path=str(path)) from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise CaseTrackerError(key="team.invitation_unreadable", path=str(path)) from None


def join(store: Store, invitation: Invitation) -> int:
    """Make this store the laptop of the invited member: a key pair of its own, its public half given
    to the server, and every record here queued to be shared. Returns how many records are queued."""
    with store.reading() as session:
        if identity.load(session, store.paths.root) is not None:
            raise CaseTrackerError(key="team.joined_already")
    ca_file = store.paths.root / identity.CA_FILE
    with atomic_file(ca_file) as handle:  # public, but nobody else's business which server it names
        handle.write(invitation.ca_pem.encode("ascii"))
    key_pair = crypto.new_key_pair()
    me = identity.Identity(
        name=invitation.name,
        role=invitation.role,
        member_id=uuid.UUID(invitation.member_id),
        host=invitation.host,
        port=invitation.port,
        dbname=invitation.dbname,
        login=invitation.login,
        password=invitation.password,
        private_key=bytes(key_pair),
        team_key=invitation.team_key,
        ca_file=ca_file,
    )
    try:
        with connect(me.dsn()) as connection:
            connection.execute("SELECT ct.join(%s)", (bytes(key_pair.public_key),))
    except TeamServerError as refused:
        if refused.what == "not_allowed":  # ct.join: another laptop has joined with this login
            raise TeamServerError("invitation_used") from None
        raise
    with store.transaction() as session:
        identity.save(session, me)
        return 0 if me.read_only else share_everything(session)


def members(store: Store) -> list[Member]:
    me = identity.current(store)
    with connect(me.dsn()) as connection:
        return _members(connection, me)


def _members(connection, me: identity.Identity) -> list[Member]:
    rows = connection.execute(
        "SELECT id, role, name_sealed, box_public IS NOT NULL, disabled FROM ct.member"
        " WHERE role <> 'recovery' ORDER BY created_at"
    ).fetchall()
    return [Member(row[0], _name(me, row[2]), row[1], row[3], row[4]) for row in rows]


def _name(me: identity.Identity, sealed: bytes) -> str:
    try:
        return crypto.secret_open(me.team_key, bytes(sealed)).decode("utf-8")
    except (CryptoError, UnicodeDecodeError):
        return "?"


def share_case(store: Store, number: str, member_name: str) -> Member:
    """Give a member the keys of a case and of its person: they can read both from their next sync."""
    me = identity.current(store)
    with store.reading() as session:
        case = find_case(session, number)
        held = {
            (row.scope_id, row.version): base64.b64decode(row.key)
            for row in session.exec(_keys_of([case.id, case.person_id]))
        }
    member = _member_named(store, member_name)
    if not member.joined:
        raise CaseTrackerError(key="team.member_not_joined", member=member_name)
    if not held:
        raise CaseTrackerError(key="team.case_not_synced", number=number)
    with connect(me.dsn()) as connection:
        public = connection.execute(
            "SELECT box_public FROM ct.member WHERE id = %s", (member.id,)
        ).fetchone()[0]
        for (scope_id, version), key in sorted(held.items()):
            keys.grant_key(connection, me, scope_id, version, key, {member.id: bytes(public)})
    return member


def unshare_case(store: Store, number: str, member_name: str) -> Member:
    """Take a case back from a member (its owner or a supervisor may): their keys of it are removed, so
    the server no longer lets them fetch it, and the case gets a new key that they never hold; so does
    its person, unless the member reads the person through another case of theirs. What their laptop
    received before stays there."""
    me = identity.current(store)
    with store.reading() as session:
        case = find_case(session, number)
    member = _member_named(store, member_name)
    if member.role == "supervisor":
        raise CaseTrackerError(key="team.unshare_supervisor", member=member.name)
    with connect(me.dsn()) as connection:
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (keys.KEY_LOCK,))
        scope = connection.execute("SELECT owner FROM ct.scope WHERE id = %s", (case.id,)).fetchone()
        if scope is None:
            raise CaseTrackerError(key="team.case_not_synced", number=number)
        if scope[0] == member.id:
            raise CaseTrackerError(key="team.unshare_owner", member=member.name, number=number)
        removed = connection.execute(
            "DELETE FROM ct.scope_key WHERE scope_id = %s AND member_id = %s", (case.id, member.id)
        ).rowcount
        if not removed:
            held = connection.execute(
                "SELECT 1 FROM ct.scope_key WHERE scope_id = %s AND member_id = %s", (case.id, member.id)
            ).fetchone()
            if held is None:
                raise CaseTrackerError(key="team.not_shared", member=member.name, number=number)
            raise CaseTrackerError(key="team.unshare_not_allowed", number=number)
        taken = [case.id, *_take_person_back(connection, case, member)]
        new = keys.rotate_scopes(connection, me, taken)
    with store.transaction() as session:
        keys.keep(session, new)
    return member


@dataclass(frozen=True)
class Sharing:
    """Who reads a case now: its owner, and the other members holding its newest key (the members it
    is shared with; supervisors, who read every case, are left out)."""

    owner: Member | None
    shared_with: list[Member]


def sharing(store: Store, number: str) -> Sharing:
    me = identity.current(store)
    with store.reading() as session:
        case_id = find_case(session, number).id
    with connect(me.dsn()) as connection:
        everyone = {member.id: member for member in _members(connection, me)}
        owner = connection.execute("SELECT owner FROM ct.scope WHERE id = %s", (case_id,)).fetchone()
        if owner is None:
            raise CaseTrackerError(key="team.case_not_synced", number=number)
        holders = connection.execute(
            "SELECT member_id FROM ct.scope_key WHERE scope_id = %s AND version ="
            " (SELECT max(version) FROM ct.scope_key WHERE scope_id = %s)",
            (case_id, case_id),
        ).fetchall()
    readers = [
        everyone[member_id]
        for (member_id,) in holders
        if member_id in everyone and member_id != owner[0] and everyone[member_id].role != "supervisor"
    ]
    return Sharing(everyone.get(owner[0]), sorted(readers, key=lambda member: member.name.casefold()))


def _take_person_back(connection, case, member: Member) -> list[uuid.UUID]:
    """The case's person, if the member's keys of it were removed too (they hold no other case of the
    person, and whoever unshares owns the person or supervises): its key is then rotated as well."""
    elsewhere = connection.execute(
        "SELECT ct.reads_person_elsewhere(%s, %s, %s)", (case.person_id, member.id, case.id)
    ).fetchone()[0]
    if elsewhere:
        return []
    removed = connection.execute(
        "DELETE FROM ct.scope_key WHERE scope_id = %s AND member_id = %s", (case.person_id, member.id)
    ).rowcount
    return [case.person_id] if removed else []


def _keys_of(scope_ids):
    return select(TeamKey).where(col(TeamKey.scope_id).in_(scope_ids))


def _member_named(store: Store, name: str) -> Member:
    found = [member for member in members(store) if member.name.casefold() == name.strip().casefold()]
    if not found:
        raise TeamServerError("no_member", member=name)
    return found[0]
