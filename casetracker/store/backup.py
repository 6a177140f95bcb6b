"""Encrypted copies of the database file, and opening such a copy read-only.

The database file is already encrypted, so a copy of it (after folding in the
write-ahead log) is an encrypted backup that opens with the same passphrase.

The copy is consistent even while another connection writes: after the checkpoint
we hold a read transaction whose snapshot needs nothing from the (then empty)
write-ahead log. New commits go to the log, and no checkpoint may copy them into
the database file while that snapshot is open, so the file stays as it was
until the copy is done.
"""

import errno
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import sqlcipher3
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL

from casetracker.errors import DiskFull, StoreBusy
from casetracker.paths import StorePaths
from casetracker.store import files

_ATTEMPTS = 20


class OpenStore(Protocol):
    """What a copy needs of an open store: its files, its engine and a checkpoint. The open store
    (`database.Store`) backs itself up through this module before a migration, so this module
    names only what it needs, and the two do not import each other."""

    paths: StorePaths
    engine: Engine

    def checkpoint(self) -> bool: ...


def backup_database(store: OpenStore, reason: str, folder: Path | None = None) -> Path:
    folder = folder or store.paths.backups
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"cases-{stamp}-{reason}.db"
    copy_database(store, target)
    return target


def copy_database(store: OpenStore, target: Path) -> None:
    """Copy the database file to `target` (whole and fsynced, or not at all), consistent as of now."""
    with stable_database_file(store) as database:
        files.copy_durably(database, target)


def copy_into(source: Path, target: Path) -> None:
    """Copy a file into a folder being filled (a backup under its temporary name), fsynced.

    Unlike `files.copy_durably`, no folder is ever created: if the folder has gone (a USB
    stick pulled out) this fails instead of writing to whatever disk is mounted there
    now. The caller removes the whole folder on failure and fsyncs it when complete.
    """
    try:
        with open(source, "rb") as reader, os.fdopen(files.private_file(target), "wb") as writer:
            shutil.copyfileobj(reader, writer, length=1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise


def write_into(target: Path, data: bytes) -> None:
    """Write a new file into a folder being filled, like `copy_into`: never creating a folder."""
    try:
        with os.fdopen(files.private_file(target), "wb") as writer:
            writer.write(data)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise


def copy_database_into(store: OpenStore, target: Path) -> None:
    """`copy_into` for the database, consistent as of now even while others write."""
    with stable_database_file(store) as database:
        copy_into(database, target)


@contextmanager
def stable_database_file(store: OpenStore) -> Iterator[Path]:
    """The database file, holding every committed change and left unchanged until the block ends."""
    wal = store.paths.database.with_name(store.paths.database.name + "-wal")
    for _ in range(_ATTEMPTS):
        store.checkpoint()
        with store.engine.connect() as connection:
            cursor = connection.connection.dbapi_connection.cursor()
            try:
                cursor.execute("BEGIN")
                cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()  # takes the snapshot
                if not wal.exists() or wal.stat().st_size == 0:
                    yield store.paths.database
                    return
            finally:
                cursor.execute("ROLLBACK")
                cursor.close()
        time.sleep(0.05)  # another connection wrote in between: fold that in too
    raise StoreBusy()


def open_copy_read_only(database: Path, passphrase: str, kdf_iter: int) -> Engine:
    """An engine on a copy of the store that never writes to it, nor beside it.

    `immutable=1`: SQLite takes no locks and makes no journal or shared-memory files, so
    a copy on a read-only USB stick opens too. Only for copies nobody else writes to.
    """
    uri = Path(database).resolve().as_uri()
    query = {"uri": "true", "mode": "ro", "immutable": "1", "kdf_iter": str(kdf_iter)}
    url = URL.create("sqlite+pysqlcipher", password=passphrase, database=uri, query=query)
    return create_engine(url, hide_parameters=True)


def full_integrity_problems(engine: Engine, *, thorough: bool = False) -> list[str]:
    """What SQLite's integrity check finds in the whole database; empty when it is sound.

    `PRAGMA quick_check` reads and authenticates every page in use and checks every b-tree
    (about 20 s for the 100k-case store). `thorough` runs `PRAGMA integrity_check`, which
    also checks that every index matches its table: about three times as long.
    """
    pragma = "PRAGMA integrity_check" if thorough else "PRAGMA quick_check"
    with engine.connect() as connection:
        cursor = connection.connection.dbapi_connection.cursor()
        try:
            rows = [tuple(row) for row in cursor.execute(pragma).fetchall()]
        except sqlcipher3.DatabaseError as error:
            return [str(error)]
        finally:
            cursor.close()
    return [] if rows == [("ok",)] else [str(row[0]) for row in rows]
