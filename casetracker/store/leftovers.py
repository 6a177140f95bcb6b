"""What a crash may leave behind, and its removal at the next start.

Everything the app writes outside the encrypted database first goes under a temporary name:
an export, a PDF, a copy of an evidence file (plaintext, all of them), a backup folder, a
case bundle. The temporary name is recorded in the database, committed, before the first byte
is written, and the record is removed once the file has its real name. If the process is
killed in between, the record stays, and the next start of the app or of a command removes
whatever is at that name. Only temporary names are ever recorded, so a finished file is never
touched.

Encrypted evidence files written for a record that was never committed (the process was
killed between the two) are found by comparing the attachments folder with the database.
Both clean-ups run only when no other process has the store open: its outputs may be under
way.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from casetracker.errors import StoreInUse
from casetracker.store.engine import for_writing, known_database_error
from casetracker.store.files import TEMPORARY_PREFIX
from casetracker.store.locking import abandoned

log = logging.getLogger(__name__)

_KEY_PREFIX = "pending_output:"
RESTORING = ".partial-restore-"  # a store being restored beside its final folder, until complete
RESTORING_LOCK = ".restoring"  # held inside it by the restore while it runs


class Journal:
    """The store's record of temporary files and folders being written outside it."""

    def __init__(self, engine: Engine) -> None:
        self._engine = for_writing(engine)

    @classmethod
    def of(cls, session) -> Journal:
        """The journal of the store a session works on."""
        return cls(session.get_bind())

    @contextmanager
    def temporary_name(self, target: Path) -> Iterator[Path]:
        """A new temporary name beside `target`, recorded while the block runs. The caller creates
        the file or folder there and renames it to `target` when it is complete; a failure must
        remove it (the record only covers a crash)."""
        temporary = target.parent / f"{TEMPORARY_PREFIX}{secrets.token_hex(8)}"
        key = _KEY_PREFIX + temporary.name
        try:
            with self._engine.begin() as connection:
                connection.execute(
                    text("INSERT INTO store_setting (key, value) VALUES (:key, :value)"),
                    {"key": key, "value": str(temporary.absolute())},
                )
        except DatabaseError as error:  # the store's own disk is full, say: nothing was written
            raise known_database_error(error, Path(str(self._engine.url.database)).parent) from error
        try:
            yield temporary
        finally:
            # If the store closed meanwhile, the record stays and the next start cleans up.
            with contextlib.suppress(Exception), self._engine.begin() as connection:
                connection.execute(text("DELETE FROM store_setting WHERE key = :key"), {"key": key})

    def remove_leftovers(self) -> int:
        """Remove what killed processes left at recorded temporary names; how many were found."""
        with self._engine.begin() as connection:
            rows = connection.execute(
                text("SELECT key, value FROM store_setting WHERE key LIKE :prefix"),
                {"prefix": _KEY_PREFIX + "%"},
            ).all()
            for key, value in rows:
                _remove(Path(value))
                connection.execute(text("DELETE FROM store_setting WHERE key = :key"), {"key": key})
        return len(rows)


def _remove(path: Path) -> None:
    """Delete a leftover file or folder; a name that is not a temporary one is never touched."""
    if not path.name.startswith(TEMPORARY_PREFIX):
        return
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    except OSError as error:  # a USB stick that has gone: nothing to remove there now
        log.warning("could not remove a leftover temporary file (%s)", error.strerror)


def remove_orphan_blobs(engine: Engine, attachments: Path) -> int:
    """Encrypted files in `attachments` that no record names (written by an intake that was killed
    before its record was committed), and temporary ones; how many were removed."""
    if not attachments.is_dir():
        return 0
    with engine.connect() as connection:
        known = {row[0] for row in connection.execute(text("SELECT blob_name FROM attachment"))}
    removed = 0
    for path in attachments.iterdir():
        if path.is_file() and path.name not in known:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def remove_partial_folders(folder: Path) -> int:
    """Backups left under their temporary name in the store's own backups folder."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if path.name.startswith((".partial-", TEMPORARY_PREFIX)) and not path.is_symlink():
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed += 1
    return removed


def remove_abandoned_restores(folder: Path) -> int:
    """Remove the half-restored folders that a killed restore left in `folder` (never one that a
    running restore holds); how many."""
    removed = 0
    if not folder.is_dir():
        return removed
    for partial in folder.glob(f"{RESTORING}*"):
        if partial.is_dir() and not partial.is_symlink() and abandoned(partial / RESTORING_LOCK):
            shutil.rmtree(partial, ignore_errors=True)
            removed += 1
    return removed


def remove_after_a_crash(store) -> None:
    """Everything above, for a store just opened, when no other process has it open (its outputs
    may be under way); otherwise at a later start."""
    try:
        with store.alone("cleanup"):
            store.journal.remove_leftovers()
            remove_orphan_blobs(store.engine, store.paths.attachments)
            remove_partial_folders(store.paths.backups)
            remove_abandoned_restores(store.paths.root.parent)
    except StoreInUse:
        pass
