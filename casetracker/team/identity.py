"""Who this laptop is in its team: the member, their login and keys, the server and its CA.

Importing this module loads no database driver: a store in no team never loads one.

All of it is kept inside the encrypted store (store settings), never in the settings file; the
organisation's CA certificate, which is public, is written beside the store for libpq to read.
"""

import base64
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from casetracker.errors import CaseTrackerError
from casetracker.services.store_settings import get_setting, set_setting
from casetracker.store.database import Store
from casetracker.team.oplog import REPLICA

_IDENTITY = "team.identity"
CA_FILE = "team-ca.pem"


@dataclass(frozen=True)
class Identity:
    name: str
    role: str
    member_id: uuid.UUID
    host: str
    port: int
    dbname: str
    login: str
    password: str
    private_key: bytes
    team_key: bytes
    ca_file: Path

    def dsn(self) -> str:
        """The address to connect with: TLS, and only to the server the organisation's CA vouches for."""
        from psycopg.conninfo import make_conninfo  # the driver loads only for a store in a team

        return make_conninfo(
            host=self.host,
            port=str(self.port),
            dbname=self.dbname,
            user=self.login,
            password=self.password,
            sslmode="verify-full",
            sslrootcert=str(self.ca_file),
            application_name="casetracker",
        )

    @property
    def read_only(self) -> bool:
        return self.role == "lawyer"


def in_team(session: Session) -> bool:
    """Has this store joined a team?"""
    return bool(get_setting(session, _IDENTITY))


def load(session: Session, store_root: Path) -> Identity | None:
    """This laptop's identity, or None when the store is in no team."""
    text = get_setting(session, _IDENTITY)
    if not text:
        return None
    data = json.loads(text)
    return Identity(
        name=data["name"],
        role=data["role"],
        member_id=uuid.UUID(data["member_id"]),
        host=data["host"],
        port=int(data["port"]),
        dbname=data["dbname"],
        login=data["login"],
        password=data["password"],
        private_key=base64.b64decode(data["private_key"]),
        team_key=base64.b64decode(data["team_key"]),
        ca_file=store_root / CA_FILE,
    )


def save(session: Session, identity: Identity) -> None:
    data = {
        "name": identity.name,
        "role": identity.role,
        "member_id": str(identity.member_id),
        "host": identity.host,
        "port": identity.port,
        "dbname": identity.dbname,
        "login": identity.login,
        "password": identity.password,
        "private_key": base64.b64encode(identity.private_key).decode("ascii"),
        "team_key": base64.b64encode(identity.team_key).decode("ascii"),
    }
    set_setting(session, _IDENTITY, json.dumps(data))
    if not get_setting(session, REPLICA):
        set_setting(session, REPLICA, str(uuid.uuid4()))


def current(store: Store) -> Identity:
    """This laptop's identity; the known error `team.not_joined` when the store is in no team."""
    with store.reading() as session:
        me = load(session, store.paths.root)
    if me is None:
        raise CaseTrackerError(key="team.not_joined")
    return me
