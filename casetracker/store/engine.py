"""The SQLAlchemy engine on the SQLCipher database: the raw key, the pragmas every connection
gets, and transactions that take the write lock when they begin."""

import shutil
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from casetracker.errors import DiskFull, StoreBusy, StoreDamagedInUse, StoreKeyChanged
from casetracker.names import fold
from casetracker.store.keycheck import derive_key

_ROOM_NEEDED = 1024 * 1024  # below this, opening and writing fail for want of space

# How long a write waits for another process's write to finish before it is refused. Writes are
# short (milliseconds); a long one is an import or a restore, which other processes must wait for.
BUSY_TIMEOUT_MS = 30_000

# SQLCipher reports every failed page decryption on stderr; a wrong passphrase is
# an expected condition that we explain ourselves. The setting is process-wide.
sqlcipher3.connect(":memory:").execute("PRAGMA cipher_log_level = NONE").close()


def make_engine(database: Path, key: str | None) -> Engine:
    """An engine on `database`, encrypted with SQLCipher under `key` (see `raw_key`).

    With no key the same SQLite library runs unencrypted: only the benchmarks do
    that, to measure what the encryption costs.
    """
    # hide_parameters: statement errors must never quote names or notes into logs.
    # A pool of connections that any thread may borrow, one at a time. SQLAlchemy's default for
    # SQLCipher keeps one connection per thread and closes the oldest once five threads have one:
    # Qt's worker threads come and go, and the connection closed could be the one in use on the
    # GUI thread; two sessions open at once on one thread would share a transaction too.
    pooling = {"poolclass": QueuePool, "connect_args": {"check_same_thread": False}}
    if key is None:
        url = URL.create("sqlite", database=str(database))
        engine = create_engine(url, hide_parameters=True, module=sqlcipher3, **pooling)
    else:
        url = URL.create("sqlite+pysqlcipher", password=key, database=str(database))
        engine = create_engine(url, hide_parameters=True, **pooling)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def for_writing(engine: Engine) -> Engine:
    """The same engine, whose transactions take SQLite's write lock as they begin.

    A transaction that begins as a read and then writes asks for the lock only at its first
    write; if another process wrote in between, SQLite refuses it at once ("database is
    locked"), without waiting, since waiting could not make its reads current again. Taken at
    the start (BEGIN IMMEDIATE), the lock is waited for, up to the busy timeout, and a second
    writer queues instead of failing."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def _begin(connection) -> None:
    # SQLAlchemy, not the driver, decides where transactions begin, so that the reads and writes
    # of one unit of work share one transaction.
    connection.exec_driver_sql(f"BEGIN {connection.get_execution_options().get('sqlite_begin', '')}".strip())


def raw_key(passphrase: str, salt: bytes, kdf_iter: int) -> str:
    """The key SQLCipher itself derives from `passphrase` and the file's salt, in the raw form
    `PRAGMA key` accepts.

    It is derived once per unlock. Every thread gets its own connection, and each would
    otherwise spend a tenth of a second or more of processor time deriving it again. The
    file stays a standard SQLCipher 4 database that opens with the passphrase alone.
    """
    return f"x'{derive_key(passphrase, salt, kdf_iter).hex()}{salt.hex()}'"


def _configure_connection(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function("ct_fold", 1, fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = FULL")  # a committed change survives a power cut
    cursor.execute("PRAGMA cache_size = -65536")  # 64 MiB: fewer pages to decrypt again
    cursor.execute("PRAGMA temp_store = MEMORY")  # never spill decrypted rows into temp files
    cursor.execute("PRAGMA journal_mode = WAL")  # stored in the file; a no-op once set
    cursor.close()


def known_database_error(error: DatabaseError, root: Path | None = None) -> Exception:
    """The known condition behind a SQLite error (a full disk, another writer, a changed key), or
    the error itself."""
    message = str(error.orig).lower()
    if "full" in message or ("disk i/o" in message and root is not None and disk_is_full(root)):
        return DiskFull()
    if "locked" in message or "busy" in message:
        return StoreBusy()
    if "not a database" in message:  # the key no longer opens the file: it was re-keyed elsewhere
        return StoreKeyChanged()
    if any(sign in message for sign in _DAMAGE):
        return StoreDamagedInUse()
    return error


# How SQLite says a page it read is damaged: a failed check of the page itself, or of the search
# index's tables (then its virtual table cannot even be built).
_DAMAGE = ("malformed", "corrupt", "vtable constructor failed")


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding `folder` has too little room left for SQLite to work."""
    try:
        return shutil.disk_usage(folder).free < _ROOM_NEEDED
    except OSError:
        return False
