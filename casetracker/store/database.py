"""Opening, creating and re-keying the encrypted case store.

The store is one SQLCipher 4 database with the standard settings, keyed by the
caseworker's passphrase: the stock `sqlcipher` tool opens it with nothing but
`PRAGMA key`, so an organisation is never locked in. Everything that only
SQLite/SQLCipher has (the key pragmas, the integrity check) stays in this module.
"""

import errno
import logging
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from casetracker.errors import (
    DiskFull,
    StoreBusy,
    StoreDamaged,
    StoreExists,
    StoreLocked,
    StoreNotFound,
    WrongPassphrase,
)
from casetracker.names import fold
from casetracker.paths import StorePaths
from casetracker.store import migrate
from casetracker.store.keycheck import (
    SQLCIPHER_DEFAULT_KDF_ITER,
    Manifest,
    derive_key,
    kdf_iter_from_environment,
)

log = logging.getLogger(__name__)

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_SQLCIPHER_MIN_SIZE = 1024
_SALT_SIZE = 16  # SQLCipher 4 keeps the salt of its key derivation in the file's first 16 bytes

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
    # Let SQLAlchemy, not the driver, decide where transactions begin, so that
    # reads and writes of one unit of work share one transaction.
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


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
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA synchronous = FULL")  # a committed change survives a power cut
    cursor.execute("PRAGMA cache_size = -65536")  # 64 MiB: fewer pages to decrypt again
    cursor.execute("PRAGMA temp_store = MEMORY")  # never spill decrypted rows into temp files
    cursor.execute("PRAGMA journal_mode = WAL")  # stored in the file; a no-op once set
    cursor.close()


class Store:
    """An open, unlocked case store."""

    def __init__(self, paths: StorePaths, engine: Engine, manifest: Manifest) -> None:
        self.paths = paths
        self.engine = engine
        self._manifest = manifest
        self._closed = False

    @property
    def is_demo(self) -> bool:
        return self._manifest.demo

    def session(self) -> Session:
        """A session for reading; objects stay usable after it closes."""
        if self._closed:  # never quietly reconnect with the key once the app has locked
            raise StoreLocked()
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed as a whole at the end, or not at all."""
        with self.session() as session:
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                raise _known_operational_error(error) from error
            except BaseException:
                session.rollback()
                raise

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA quick_check` finds; empty when the store is sound."""
        try:
            rows = _outside_transaction(self.engine, "PRAGMA quick_check")
        except sqlcipher3.DatabaseError as error:  # pages that fail their authentication check
            return [str(error)]
        return [] if [tuple(row) for row in rows] == [("ok",)] else [str(row[0]) for row in rows]

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the whole database under a new passphrase."""
        if not new_passphrase:
            raise ValueError("the new passphrase is empty")
        new_manifest = Manifest.for_passphrase(new_passphrase, self._manifest.kdf_iter, self._manifest.demo)
        # Record the new verifier first: if the change is interrupted at any point, the next
        # successful unlock sees the manifest does not match and writes it again.
        _record_verifier(self.engine, new_manifest)
        self.checkpoint()
        # Re-keying keeps the file's salt, so the passphrase alone still opens the file.
        new_key = raw_key(new_passphrase, _database_salt(self.paths), new_manifest.kdf_iter)
        _outside_transaction(self.engine, f'PRAGMA rekey = "{new_key}"')
        # Written after the re-key: if we crash in between, opening falls back on
        # the database itself to accept the new passphrase (see open_store).
        new_manifest.save(self.paths.manifest)
        self._manifest = new_manifest
        self.engine.dispose()
        self.engine = make_engine(self.paths.database, new_key)

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (before copying it)."""
        _outside_transaction(self.engine, "PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close every connection; the key is gone with them."""
        if self._closed:
            return
        self._closed = True
        # Let SQLite refresh its statistics so the query planner keeps choosing good indexes.
        # Closing must never fail: the statistics can wait for the next time.
        with suppress(sqlcipher3.Error, DBAPIError):
            _outside_transaction(self.engine, "PRAGMA optimize")
        self.engine.dispose()


def _outside_transaction(engine: Engine, statement: str) -> list[tuple]:
    """Run a pragma that SQLite refuses inside a transaction, on a pooled connection."""
    with engine.connect() as connection:
        dbapi_connection = connection.connection.dbapi_connection
        cursor = dbapi_connection.cursor()
        try:
            return [tuple(row) for row in cursor.execute(statement).fetchall()]
        finally:
            cursor.close()


def _known_operational_error(error: OperationalError) -> Exception:
    message = str(error.orig).lower()
    if "full" in message:
        return DiskFull()
    if "locked" in message or "busy" in message:
        return StoreBusy()
    return error


def create_store(root: Path, passphrase: str, *, demo: bool = False, kdf_iter: int | None = None) -> Store:
    """Create a new, empty store in the folder `root` (made if missing)."""
    paths = StorePaths(root)
    if paths.database.exists():
        raise StoreExists(paths.root)
    if not passphrase:
        raise ValueError("the passphrase is empty")
    kdf_iter = kdf_iter or kdf_iter_from_environment() or SQLCIPHER_DEFAULT_KDF_ITER
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
        paths.backups.mkdir(exist_ok=True)
        paths.attachments.mkdir(exist_ok=True)
        manifest = Manifest.for_passphrase(passphrase, kdf_iter, demo)
        engine = make_engine(paths.database, raw_key(passphrase, secrets.token_bytes(_SALT_SIZE), kdf_iter))
        migrate.upgrade(engine)
        _record_verifier(engine, manifest)
        manifest.save(paths.manifest)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise
    return Store(paths, engine, manifest)


def open_store(root: Path, passphrase: str, *, full_check: bool = False) -> Store:
    """Open and unlock the store in `root`, migrating an older schema after a backup.

    Opening always decrypts and reads the schema, which catches a wrong key and a
    damaged start of file at once. `full_check` also reads and authenticates every
    page (`PRAGMA quick_check`): seconds on a large store, so the app runs it in the
    background after unlocking and `casetracker check` runs it on demand.

    Raises WrongPassphrase, StoreNotFound, StoreDamaged or StoreTooNew; in each
    case the files are left as they were.
    """
    paths = StorePaths(root)
    if not paths.database.exists():
        raise StoreNotFound(paths.root)
    _reject_what_is_not_sqlcipher(paths)
    manifest = Manifest.load(paths.manifest)
    kdf_iter = manifest.kdf_iter if manifest else SQLCIPHER_DEFAULT_KDF_ITER
    engine = make_engine(paths.database, raw_key(passphrase, _database_salt(paths), kdf_iter))
    try:
        _read_schema(engine)
    except DatabaseError as error:
        engine.dispose()
        # Only now pay for the verifier: it tells a damaged first page from a wrong passphrase.
        if manifest is not None and manifest.accepts(passphrase):
            # Or a passphrase change was cut short after the database took the new key and
            # before the manifest did: then the new passphrase opens it (and repairs the manifest).
            raise _damaged(
                paths,
                "its first page cannot be decrypted (if its passphrase was being changed when the app "
                "or the computer stopped, try the new passphrase first)",
            ) from error
        raise WrongPassphrase() from error
    if manifest is None or _recorded_verifier(engine) not in (None, manifest.verifier.hex()):
        # The database accepted the passphrase, but the manifest is missing or from before an
        # interrupted passphrase change (the database records which verifier belongs to it).
        manifest = Manifest.for_passphrase(passphrase, kdf_iter, manifest.demo if manifest else False)
        _record_verifier(engine, manifest)
        manifest.save(paths.manifest)
    store = Store(paths, engine, manifest)
    try:
        if full_check:
            problems = store.integrity_problems()
            if problems:
                raise _damaged(paths, f"the integrity check failed ({problems[0]})")
        migrate.upgrade_if_needed(store.engine, lambda: _backup_before_migration(store))
    except DatabaseError as error:
        store.close()
        raise _damaged(paths, "some of its pages cannot be read") from error
    except BaseException:
        store.close()
        raise
    return store


def _reject_what_is_not_sqlcipher(paths: StorePaths) -> None:
    with open(paths.database, "rb") as handle:
        head = handle.read(_SQLCIPHER_MIN_SIZE)
    if head.startswith(_PLAIN_SQLITE_HEADER):
        raise _damaged(paths, "it is an unencrypted SQLite file, not a case store")
    if len(head) < _SQLCIPHER_MIN_SIZE:
        raise _damaged(paths, "the file is empty or cut short")


def _database_salt(paths: StorePaths) -> bytes:
    with open(paths.database, "rb") as handle:
        return handle.read(_SALT_SIZE)


_VERIFIER_KEY = "manifest_verifier"


def _recorded_verifier(engine: Engine) -> str | None:
    """The verifier of the manifest that belongs to this database, as recorded inside it."""
    with engine.connect() as connection:
        try:
            return connection.execute(
                text("SELECT value FROM store_setting WHERE key = :key"), {"key": _VERIFIER_KEY}
            ).scalar()
        except DatabaseError:  # a store from before the first migration, or a damaged page that
            return None  # the integrity check reports properly


def _record_verifier(engine: Engine, manifest: Manifest) -> None:
    with engine.begin() as connection:
        connection.execute(
            text("INSERT OR REPLACE INTO store_setting (key, value) VALUES (:key, :value)"),
            {"key": _VERIFIER_KEY, "value": manifest.verifier.hex()},
        )


def _read_schema(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()


def _damaged(paths: StorePaths, detail: str) -> StoreDamaged:
    return StoreDamaged(paths.database, detail, newest_backup(paths))


def newest_backup(paths: StorePaths) -> Path | None:
    if not paths.backups.is_dir():
        return None
    # Copies taken before an upgrade, and the daily backup folders (their database inside).
    candidates = [*paths.backups.glob("*.db"), *paths.backups.glob("casetracker-backup-*/cases.db")]
    if not candidates:
        return None
    newest = max(candidates, key=lambda candidate: candidate.stat().st_mtime)
    return newest.parent if newest.name == "cases.db" else newest  # a backup folder is named by its folder


def _backup_before_migration(store: Store) -> Path:
    from casetracker.store.backup import backup_database

    path = backup_database(store, reason="before-upgrade")
    log.info("backed up the store before upgrading its schema")
    return path


def remove_store(root: Path) -> None:
    """Delete a store folder entirely (used for demo stores only)."""
    shutil.rmtree(StorePaths(root).root)
