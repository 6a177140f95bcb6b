"""Opening, creating and re-keying the encrypted case store.

The store is one SQLCipher 4 database with the standard settings, keyed by the
caseworker's passphrase: the stock `sqlcipher` tool opens it with nothing but
`PRAGMA key`, so an organisation is never locked in. Everything that only
SQLite/SQLCipher has (the key pragmas, the integrity check) stays in this module.
"""

import errno
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, DBAPIError
from sqlmodel import Session

from casetracker import faults
from casetracker.errors import (
    DiskFull,
    DiskFullOnOpen,
    StoreBusy,
    StoreDamaged,
    StoreExists,
    StoreLocked,
    StoreNotFound,
    StoreUnreachable,
    WrongPassphrase,
)
from casetracker.paths import StorePaths
from casetracker.store import migrate
from casetracker.store.engine import (
    BUSY_TIMEOUT_MS,
    disk_is_full,
    for_writing,
    known_database_error,
    make_engine,
    raw_key,
)
from casetracker.store.files import make_private, private_file
from casetracker.store.keycheck import SQLCIPHER_DEFAULT_KDF_ITER, Manifest, kdf_iter_from_environment
from casetracker.store.leftovers import Journal, remove_after_a_crash
from casetracker.store.locking import StoreUse

log = logging.getLogger(__name__)

# What SQLite says when the disk or the system, not the file's content, is at fault.
_NOT_THE_CONTENT = ("disk i/o error", "unable to open", "readonly", "read-only", "is full", "out of memory")
CHECKPOINT_WAIT_MS = 250  # how long a checkpoint waits for readers, holding back writers meanwhile

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_SQLCIPHER_MIN_SIZE = 1024
_SALT_SIZE = 16  # SQLCipher 4 keeps the salt of its key derivation in the file's first 16 bytes


class Store:
    """An open, unlocked case store."""

    def __init__(self, paths: StorePaths, engine: Engine, manifest: Manifest, use: StoreUse) -> None:
        self.paths = paths
        self.engine = engine
        self._manifest = manifest
        self._use = use  # this process's claim on the store folder, until it closes
        self._closed = False

    @property
    def is_demo(self) -> bool:
        return self._manifest.demo

    @property
    def journal(self) -> Journal:
        """Where files written outside the store are recorded while they are being written."""
        return Journal(self.engine)

    def session(self) -> Session:
        """A session for reading; objects stay usable after it closes."""
        if self._closed:  # never quietly reconnect with the key once the app has locked
            raise StoreLocked()
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading, whose known failures (the key changed elsewhere, a full disk)
        come out as the errors that explain them."""
        with self.session() as session:
            try:
                yield session
            except DatabaseError as error:
                raise known_database_error(error, self.paths.root) from error

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed as a whole at the end, or not at all.

        It takes the write lock when it begins, waiting its turn behind another process's
        write (see `for_writing`)."""
        if self._closed:
            raise StoreLocked()
        with Session(for_writing(self.engine), expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except DatabaseError as error:
                session.rollback()
                raise known_database_error(error, self.paths.root) from error
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

    def alone(self, operation: str):
        """A block in which no other process has the store open (`StoreInUse` if one has)."""
        return self._use.alone(operation)

    def accepts(self, passphrase: str) -> bool:
        """Is this the passphrase the store is encrypted with now (checked against its manifest)?"""
        return self._manifest.accepts(passphrase)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the whole database under a new passphrase; refused (`StoreInUse`) while
        another process has the store open, since its key would stop working mid-write."""
        if not new_passphrase:
            raise ValueError("the new passphrase is empty")
        with self.alone("passphrase change"):
            try:
                self._rekey(new_passphrase)
            except DatabaseError as error:  # a full disk: SQLCipher keeps the old key
                raise known_database_error(error, self.paths.root) from error

    def _rekey(self, new_passphrase: str) -> None:
        new_manifest = Manifest.for_passphrase(new_passphrase, self._manifest.kdf_iter, self._manifest.demo)
        # Record the new verifier first: if the change is interrupted at any point, the next
        # successful unlock sees the manifest does not match and writes it again.
        _record_verifier(self.engine, new_manifest)
        faults.step("passphrase.verifier")
        for _ in range(40):  # readers of this process finish within moments
            if self.checkpoint():
                break
            time.sleep(0.05)
        # Re-keying keeps the file's salt, so the passphrase alone still opens the file.
        new_key = raw_key(new_passphrase, _database_salt(self.paths), new_manifest.kdf_iter)
        _outside_transaction(self.engine, f'PRAGMA rekey = "{new_key}"')
        faults.step("passphrase.rekeyed")
        # Written after the re-key: if we crash in between, opening falls back on
        # the database itself to accept the new passphrase (see open_store).
        new_manifest.save(self.paths.manifest)
        self._manifest = new_manifest
        self.engine.dispose()
        self.engine = make_engine(self.paths.database, new_key)

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the database file (before copying it); whether it all went in.

        While a full checkpoint waits for readers to finish, SQLite holds back every writer. It
        waits only a moment here, so that a backup never makes the caseworker's next save wait
        long: the caller tries again."""
        with self.engine.connect() as connection:
            cursor = connection.connection.dbapi_connection.cursor()
            try:
                cursor.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
                busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                cursor.close()
        return not busy

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
        self._use.release()


def _outside_transaction(engine: Engine, statement: str) -> list[tuple]:
    """Run a pragma that SQLite refuses inside a transaction, on a pooled connection."""
    with engine.connect() as connection:
        dbapi_connection = connection.connection.dbapi_connection
        cursor = dbapi_connection.cursor()
        try:
            return [tuple(row) for row in cursor.execute(statement).fetchall()]
        finally:
            cursor.close()


def create_store(root: Path, passphrase: str, *, demo: bool = False, kdf_iter: int | None = None) -> Store:
    """Create a new, empty store in the folder `root` (made if missing)."""
    paths = StorePaths(root)
    if paths.database.exists():
        raise StoreExists(paths.root)
    if not passphrase:
        raise ValueError("the passphrase is empty")
    kdf_iter = kdf_iter or kdf_iter_from_environment() or SQLCIPHER_DEFAULT_KDF_ITER
    use = None
    try:
        paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        paths.backups.mkdir(mode=0o700, exist_ok=True)
        paths.attachments.mkdir(mode=0o700, exist_ok=True)
        os.close(private_file(paths.database))  # SQLite gives its log files the database's mode
        use = StoreUse(paths.root)
        manifest = Manifest.for_passphrase(passphrase, kdf_iter, demo)
        engine = make_engine(paths.database, raw_key(passphrase, secrets.token_bytes(_SALT_SIZE), kdf_iter))
        migrate.upgrade(engine)
        _record_verifier(engine, manifest)
        manifest.save(paths.manifest)
    except BaseException as error:
        if use is not None:
            use.release()
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise
    return Store(paths, engine, manifest, use)


def open_store(
    root: Path,
    passphrase: str,
    *,
    full_check: bool = False,
    upgrading: Callable[[], object] | None = None,
) -> Store:
    """Open and unlock the store in `root`, migrating an older schema after a backup.

    Opening always decrypts and reads the schema, which catches a wrong key and a
    damaged start of file at once. `full_check` also reads and authenticates every
    page (`PRAGMA quick_check`): seconds on a large store, so the app runs it in the
    background after unlocking and `casetracker check` runs it on demand.

    `upgrading()` is called, once the passphrase is known to be right, just before an older
    schema is backed up and upgraded: a minute or two on a large store, which the caller may
    want to announce. The upgrade is one transaction: cut short, it leaves the store as it was.

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
        _raise_if_not_about_the_content(error, paths)
        # Only now pay for the verifier: it tells a damaged first page from a wrong passphrase.
        if manifest is not None and manifest.accepts(passphrase):
            # Or a passphrase change was cut short after the database took the new key and
            # before the manifest did: then the new passphrase opens it (and repairs the manifest).
            raise _damaged(paths, "first_page") from error
        raise WrongPassphrase() from error
    # Only a store the passphrase opens is claimed (a file that is not one is left as it was);
    # read again under the claim, in case its passphrase was changed in between.
    use = StoreUse(paths.root)
    try:
        _read_schema(engine)
    except DatabaseError as error:
        use.release()
        engine.dispose()
        raise WrongPassphrase() from error
    try:
        return _claimed(
            paths, passphrase, engine, manifest, kdf_iter, use, full_check=full_check, upgrading=upgrading
        )
    except BaseException:
        use.release()
        raise


def _claimed(
    paths,
    passphrase,
    engine,
    manifest,
    kdf_iter,
    use,
    *,
    full_check: bool,
    upgrading: Callable[[], object] | None,
) -> Store:
    make_private(paths.root)  # a store made by an earlier version, or copied with a loose umask
    if manifest is None or _recorded_verifier(engine) not in (None, manifest.verifier.hex()):
        # The database accepted the passphrase, but the manifest is missing or from before an
        # interrupted passphrase change (the database records which verifier belongs to it).
        manifest = Manifest.for_passphrase(passphrase, kdf_iter, manifest.demo if manifest else False)
        _record_verifier(engine, manifest)
        manifest.save(paths.manifest)
    store = Store(paths, engine, manifest, use)
    try:
        if full_check:
            problems = store.integrity_problems()
            if problems:
                raise _damaged(paths, "integrity", problem=problems[0])
        if migrate.needs_upgrade(store.engine):  # never under another process's feet
            with store.alone("upgrade"):
                migrate.upgrade_if_needed(store.engine, lambda: _backup_before_migration(store, upgrading))
        remove_after_a_crash(store)
    except DatabaseError as error:
        store.close()
        _raise_if_not_about_the_content(error, paths)
        raise _damaged(paths, "pages") from error
    except BaseException:
        store.close()
        raise
    return store


def _raise_if_not_about_the_content(error: DatabaseError, paths: StorePaths) -> None:
    """A failure to open that is the disk's or the system's, not the file's content: say so, so that
    nobody restores an old backup over a sound store."""
    if disk_is_full(paths.root):
        raise DiskFullOnOpen(paths.root) from error
    message = str(error.orig).lower()
    if "locked" in message or "busy" in message:
        raise StoreBusy() from error
    if any(words in message for words in _NOT_THE_CONTENT):
        raise StoreUnreachable(paths.database, str(error.orig)) from error
    # Otherwise (not a database, malformed...) the content is at fault: the caller says which way.


def _reject_what_is_not_sqlcipher(paths: StorePaths) -> None:
    with open(paths.database, "rb") as handle:
        head = handle.read(_SQLCIPHER_MIN_SIZE)
    if head.startswith(_PLAIN_SQLITE_HEADER):
        raise _damaged(paths, "unencrypted")
    if len(head) < _SQLCIPHER_MIN_SIZE:
        raise _damaged(paths, "empty")


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
    with for_writing(engine).begin() as connection:
        connection.execute(
            text("INSERT OR REPLACE INTO store_setting (key, value) VALUES (:key, :value)"),
            {"key": _VERIFIER_KEY, "value": manifest.verifier.hex()},
        )


def _read_schema(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()


def _damaged(paths: StorePaths, detail: str, **params) -> StoreDamaged:
    """`detail`: a key of the catalogue's "damage." entries."""
    return StoreDamaged(paths.database, detail, newest_backup(paths), **params)


def newest_backup(paths: StorePaths) -> Path | None:
    if not paths.backups.is_dir():
        return None
    # Copies taken before an upgrade, and the daily backup folders (their database inside).
    candidates = [*paths.backups.glob("*.db"), *paths.backups.glob("casetracker-backup-*/cases.db")]
    if not candidates:
        return None
    newest = max(candidates, key=lambda candidate: candidate.stat().st_mtime)
    return newest.parent if newest.name == "cases.db" else newest  # a backup folder is named by its folder


def _backup_before_migration(store: Store, upgrading: Callable[[], object] | None) -> Path:
    from casetracker.store.backup import backup_database

    if upgrading is not None:  # called here: a store too new to upgrade is refused before
        upgrading()

    path = backup_database(store, reason="before-upgrade")
    log.info("backed up the store before upgrading its schema")
    return path


def remove_store(root: Path) -> None:
    """Delete a store folder entirely (used for demo stores only)."""
    shutil.rmtree(StorePaths(root).root)
