"""What the team's admin login does on the server: invite a member, disable one.

The team key (which seals members' names) is made by `server_init` and kept on the server twice: sealed
to the recovery key in `ct.team_secret.team_key_for_recovery`, and in clear in `ct.team_secret.team_key`,
a table that only the admin login can read (no grant to members, row security forced). So `invite` reads
it with the admin address and puts it into the invitation, which is handed to the member securely.
"""

import base64
import json
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from uuid import UUID, uuid4

import psycopg
from psycopg import Connection, sql

from casetracker.errors import TeamServerError
from casetracker.team import ROLES, crypto
from casetracker.team.postgres import address, connect

INVITATION_FORMAT = "casetracker-team-invitation/1"


@dataclass(frozen=True)
class Invitation:
    """What a new member needs to connect and join: it holds the member's own password, never the
    admin's. `team_key` opens the members' names; `ca_pem` is the organisation's CA certificate."""

    name: str
    role: str
    member_id: str
    host: str
    port: int
    dbname: str
    login: str
    password: str
    ca_pem: str
    team_key: bytes

    def to_json(self) -> str:
        fields = asdict(self) | {"team_key": base64.b64encode(self.team_key).decode("ascii")}
        return json.dumps({"format": INVITATION_FORMAT, **fields}, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> "Invitation":
        """ValueError (KeyError, TypeError) if `text` is not an invitation of this format."""
        data = json.loads(text)
        if data.pop("format", None) != INVITATION_FORMAT:
            raise ValueError("not a team invitation")
        return cls(**data | {"team_key": base64.b64decode(data["team_key"], validate=True)})


def invite(admin_dsn: str, name: str, role: str, team_key: bytes | None = None) -> Invitation:
    """A new member: a login role `ct_m_<12 hex>` (says nothing about the person) with a random password,
    in the group of `role`, and its member row, the name sealed with the team key (read from the server
    when not given)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    params = address(admin_dsn)
    login, password, member_id = f"ct_m_{secrets.token_hex(6)}", secrets.token_urlsafe(32), uuid4()
    with connect(admin_dsn, admin=True) as connection:
        key, dbname = team_key or _team_key(connection), connection.info.dbname
        _create_login(connection, login, password, role)
        connection.execute(
            "INSERT INTO ct.member (id, login, role, name_sealed) VALUES (%s, %s, %s, %s)",
            (member_id, login, role, crypto.secret_seal(key, name.encode("utf-8"))),
        )
    return Invitation(
        name=name, role=role, member_id=str(member_id), host=params.get("host", "localhost"),
        port=int(params.get("port", 5432)), dbname=dbname, login=login, password=password,
        ca_pem=Path(params["sslrootcert"]).read_text("ascii") if params.get("sslrootcert") else "",
        team_key=key,
    )  # fmt: skip


def _team_key(connection: Connection) -> bytes:
    try:
        row = connection.execute("SELECT team_key FROM ct.team_secret").fetchone()
    except psycopg.errors.UndefinedTable:
        raise TeamServerError("not_initialised") from None
    if row is None:
        raise TeamServerError("not_initialised")
    return row[0]


def _create_login(connection: Connection, login: str, password: str, role: str) -> None:
    """The login role. Only the password's SCRAM verifier is sent, hashed here by libpq, so the password
    itself never reaches the server's logs."""
    verifier = connection.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    connection.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(login), sql.Literal(verifier.decode("ascii")), sql.Identifier(f"ct_{role}")
        )
    )


def disable_member(admin_dsn: str, member_id: UUID | str) -> None:
    """The member can no longer log in, and their open sessions end now. Their keys and ops stay: the
    cases they could read get new keys separately (revocation rotates them)."""
    with connect(admin_dsn, admin=True) as connection:
        row = connection.execute(
            "UPDATE ct.member SET disabled = true WHERE id = %s AND login IS NOT NULL RETURNING login",
            (str(member_id),),
        ).fetchone()
        if row is None:
            raise TeamServerError("no_member", member=str(member_id))
        login = sql.Identifier(row[0])
        connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(login))
        # Ending another login's sessions needs membership in its role (a CREATEROLE login may grant it).
        connection.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(login))
        connection.commit()  # no new session can start from here on; now end the open ones
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (row[0],)
        )
