"""Opening a connection to the team server and wording what goes wrong, for the admin's commands and a
member's alike: a known error (`TeamServerError`) that says what to do, never psycopg's own message and
never the password.

An address (a libpq URI or key=value string) for a TCP host must say `sslmode=verify-full` and name the
organisation's CA (`sslrootcert`): the password then goes only to the server whose certificate that CA
signed for the host name. A Unix socket path (a technician on the server itself) needs no TLS.
"""

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

from casetracker.errors import TeamServerError

CONNECT_TIMEOUT = 10  # seconds; libpq would otherwise wait for the system's TCP timeout (minutes)


def address(dsn: str) -> dict[str, str]:
    """The parts of `dsn`, checked as the module's docstring says."""
    try:
        params = {key: str(value) for key, value in conninfo_to_dict(dsn).items()}
    except psycopg.ProgrammingError:
        raise TeamServerError("bad_address") from None
    if params.get("host", "").startswith("/"):
        return params
    if params.get("sslmode") != "verify-full" or not params.get("sslrootcert"):
        raise TeamServerError("not_verified")
    if not Path(params["sslrootcert"]).is_file():
        raise TeamServerError("ca_missing", ca=params["sslrootcert"])
    return params


def login_of(params: dict[str, str]) -> str:
    return params.get("user") or getpass.getuser()


@contextmanager
def connect(dsn: str, *, admin: bool = False) -> Iterator[psycopg.Connection]:
    """A connection whose block is one transaction: committed if the block ends normally, rolled back on
    any error; errors from the server come out worded (for the `admin` login's address, as its own)."""
    params = address(dsn)
    try:
        connection = psycopg.connect(dsn, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.OperationalError as error:
        refused = connect_error(error, params)
        if admin and refused.what == "login_refused":  # not a member's: no invitation helps
            raise TeamServerError("admin_login_refused", login=login_of(params)) from None
        raise refused from None
    try:
        with connection:
            yield connection
    except psycopg.errors.InsufficientPrivilege:
        raise TeamServerError("not_allowed", login=login_of(params)) from None
    except psycopg.errors.DiskFull:  # what was being written is rolled back; the laptop keeps its changes
        raise TeamServerError("server_full", host=params.get("host", "")) from None
    except psycopg.OperationalError:
        raise TeamServerError("connection_lost", host=params.get("host", "")) from None
    except (psycopg.errors.UndefinedFunction, psycopg.errors.UndefinedColumn):  # a newer version's SQL
        raise TeamServerError("server_outdated", host=params.get("host", "")) from None


# What libpq says when a connection it was opening breaks off (a network cut, a server going down): these
# mention SSL, but say nothing about the certificate.
_CUT = ("unexpected eof", "eof detected", "closed the connection unexpectedly", "connection reset")


def connect_error(error: psycopg.OperationalError, params: dict[str, str]) -> TeamServerError:
    """What a refused connection means for the user, read from libpq's message (its words are English
    whatever the locale: `lc_messages` applies only after login)."""
    message = str(error).lower()
    host, login, ca = params.get("host", "localhost"), login_of(params), params.get("sslrootcert", "")
    if "not permitted to log in" in message:
        return TeamServerError("login_disabled", login=login)
    if error.sqlstate in ("28P01", "28000") or "authentication failed" in message:
        return TeamServerError("login_refused", login=login)
    if error.sqlstate == "3D000":  # the database does not exist
        return TeamServerError("bad_address")
    if "root certificate file" in message:
        return TeamServerError("ca_missing", ca=ca)
    if any(cut in message for cut in _CUT):  # the connection broke off while it was being opened
        return TeamServerError("connection_lost", host=host)
    if "certificate" in message or "ssl" in message:
        return TeamServerError("certificate", host=host, ca=ca)
    return TeamServerError("unreachable", host=host, port=params.get("port", "5432"))
