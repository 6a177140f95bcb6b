"""What the admin login does when a laptop is lost or seized: revoke its member, or re-issue their
access on a new laptop. Members are found by name: the admin login reads the team key, which opens
the sealed names.

Revoking disables the login and ends its sessions at once; the keys of the member's scopes are then
rotated by a supervisor's laptop at its next sync (or `casetracker team rotate` there), which alone
holds every scope's key. Re-issuing gives the same member (their id, their cases, their authorship) a
new login and password, clears their public key so that the new laptop can join, and empties their
sealed scope keys: those were sealed to the lost laptop's key pair, and a supervisor's laptop seals
them again to the new one once it has joined.
"""

import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import CryptoError
from psycopg import Connection, sql

from casetracker.errors import CaseTrackerError, TeamServerError
from casetracker.store.files import write_private_text
from casetracker.team import ROLES, crypto
from casetracker.team.admin import Invitation, _create_login, _team_key, disable_member, invite
from casetracker.team.postgres import address, connect


@dataclass(frozen=True)
class FoundMember:
    id: uuid.UUID
    name: str
    role: str
    login: str
    disabled: bool


def find_member(connection: Connection, team_key: bytes, name: str) -> FoundMember:
    """The member named `name` (letter case aside), or whose id it is."""
    rows = connection.execute(
        "SELECT id, role, login, disabled, name_sealed FROM ct.member WHERE role <> 'recovery'"
        " ORDER BY created_at"
    ).fetchall()
    wanted = name.strip().casefold()
    found = [
        FoundMember(row[0], shown, row[1], row[2], row[3])
        for row in rows
        if (shown := _name(team_key, row[4])).casefold() == wanted or str(row[0]) == wanted
    ]
    if not found:
        raise TeamServerError("no_member", member=name)
    if len(found) > 1:
        raise CaseTrackerError(key="team.member_ambiguous", member=name)
    return found[0]


def _name(team_key: bytes, sealed: bytes) -> str:
    try:
        return crypto.secret_open(team_key, bytes(sealed)).decode("utf-8")
    except (CryptoError, UnicodeDecodeError):
        return ""


def revoke(admin_dsn: str, name: str) -> FoundMember:
    """Disable the member's login and end their sessions now."""
    with connect(admin_dsn, admin=True) as connection:
        member = find_member(connection, _team_key(connection), name)
    disable_member(admin_dsn, member.id)
    return member


def reissue(admin_dsn: str, name: str, role: str | None = None) -> Invitation:
    """A new invitation for an existing member (a new laptop): a new login and password, the old login
    disabled and its sessions ended, their public key cleared, their sealed keys emptied for a
    supervisor's laptop to seal again. `role` changes their role too, when given."""
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    params = address(admin_dsn)
    login, password = f"ct_m_{secrets.token_hex(6)}", secrets.token_urlsafe(32)
    with connect(admin_dsn, admin=True) as connection:
        team_key, dbname = _team_key(connection), connection.info.dbname
        member = find_member(connection, team_key, name)
        role = role or member.role
        _create_login(connection, login, password, role)
        connection.execute(
            "UPDATE ct.member SET login = %s, role = %s, box_public = NULL, disabled = false WHERE id = %s",
            (login, role, member.id),
        )
        connection.execute("UPDATE ct.scope_key SET sealed = '' WHERE member_id = %s", (member.id,))
        old = sql.Identifier(member.login)
        connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(old))
        connection.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(old))  # to end its sessions
        connection.commit()
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (member.login,)
        )
    return Invitation(
        name=member.name, role=role, member_id=str(member.id), host=params.get("host", "localhost"),
        port=int(params.get("port", 5432)), dbname=dbname, login=login, password=password,
        ca_pem=Path(params["sslrootcert"]).read_text("ascii") if params.get("sslrootcert") else "",
        team_key=team_key,
    )  # fmt: skip


def write_invitation(
    admin_dsn: str, target: Path, name: str, role: str | None = None, *, new_laptop: bool = False
) -> Invitation:
    """Invite `name` as `role` (or, `new_laptop`, re-issue their access) and write the invitation to
    `target`, a new file only its owner can read. A `target` that exists is refused before the login is
    made, so that a refusal leaves nothing behind, on the server or on the disk."""
    if target.exists():
        raise CaseTrackerError(key="target_exists", path=str(target))
    invitation = reissue(admin_dsn, name, role) if new_laptop else invite(admin_dsn, name, role)
    write_private_text(target, invitation.to_json())
    return invitation
