"""Encrypted backups of the whole store: make, verify, restore, and keep rolling daily ones.

A backup is one folder, named only by the time it was made::

    casetracker-backup-20250301T142500Z/
        backup.json      what the backup holds: format, date, every file with its size
        store.json       the store's manifest (key-derivation settings, passphrase verifier)
        cases.db         the database, a consistent copy of the encrypted file
        attachments/     the evidence blobs, encrypted, under their random names

Everything personal in it is encrypted (the database by SQLCipher, the blobs by AES-GCM
under a key kept in the database); backup.json and store.json hold nothing personal.
A folder rather than one archive: the copy runs at disk speed, nothing is re-encrypted,
and no single file outgrows a FAT32 USB stick's 4 GiB limit unless the database does.

The folder is written under a hidden `.partial-` name, every file fsynced, then renamed:
a USB stick pulled out or a full disk leaves no half backup that looks like a whole one.
`progress(done, total)` is called after each file; to cancel, raise from it.
"""

import errno
import json
import re
import secrets
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from casetracker import __version__, catalogue, faults
from casetracker.catalogue import Entry
from casetracker.errors import CaseTrackerError, DiskFull, StoreExists, WrongPassphrase
from casetracker.paths import ATTACHMENTS_DIR, BACKUPS_DIR, DATABASE_NAME, MANIFEST_NAME, StorePaths
from casetracker.services.attachments import Problem, verify_attachments
from casetracker.store import backup as store_backup
from casetracker.store import files
from casetracker.store.backup import full_integrity_problems, open_copy_read_only
from casetracker.store.database import Store, open_store
from casetracker.store.keycheck import SQLCIPHER_DEFAULT_KDF_ITER, Manifest
from casetracker.store.leftovers import RESTORING, RESTORING_LOCK, remove_abandoned_restores
from casetracker.store.locking import holding

FORMAT = "exile-case-tracker-backup"
INDEX_NAME = "backup.json"
PREFIX = "casetracker-backup-"
_PARTIAL = ".partial-"
_NAME = re.compile(r"^casetracker-backup-(\d{8})T(\d{6})Z(-\d+)?$")

Progress = Callable[[int, int], None]


class BackupFailed(CaseTrackerError):
    """The backup or restore could not be written; what was half-written has been removed."""


class BackupDiskFull(DiskFull):
    def __init__(self, folder: Path) -> None:
        CaseTrackerError.__init__(self, key="backup_disk_full", folder=str(folder))


class NotABackup(CaseTrackerError):
    """`detail`: a key of the catalogue's "not_a_backup." entries, with its parameters."""

    def __init__(self, path: Path, detail: str, **params) -> None:
        why = Entry("error", f"not_a_backup.{detail}", params)
        super().__init__(key="not_a_backup", path=str(path), detail=why)


@dataclass
class BackupReport:
    """What verifying a backup found. `problems` is empty when every check passed."""

    path: Path
    created: str = ""
    cases: int = 0
    attachments: int = 0
    database_problems: list[Entry | CaseTrackerError] = field(default_factory=list)
    attachment_problems: list[Problem] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Every problem, in the command line's English."""
        return self.problems_in("en", app=False)

    def problems_in(self, language: str, *, app: bool = True) -> list[str]:
        """Every problem in `language`: the app's wording, or with `app=False` the command line's."""
        said = [
            problem.worded(language, app=app)
            if isinstance(problem, CaseTrackerError)
            else catalogue.text(problem.domain, problem.key, language, **(problem.params or {}))
            for problem in self.database_problems
        ]
        return said + [problem.text(language, app=app) for problem in self.attachment_problems]

    @property
    def ok(self) -> bool:
        return not self.problems


# --- making a backup -----------------------------------------------------------------------------


def backup_store(
    store: Store, folder: Path, *, now: datetime | None = None, progress: Progress | None = None
) -> Path:
    """Back up the whole store into a new folder inside `folder`; the new folder's path."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise BackupFailed(key="backup_no_folder", folder=str(folder))
    target = folder / _free_name(folder, now or datetime.now(UTC))
    blobs = _blobs(store.paths.attachments)
    total = len(blobs) + 3
    # Written under a temporary name recorded in the store: a crash leaves nothing that the next
    # start does not remove.
    with store.journal.temporary_name(target) as partial:
        try:
            partial.mkdir(mode=0o700)  # never parents: a folder that has gone must not be made again
            (partial / ATTACHMENTS_DIR).mkdir(mode=0o700)
            store_backup.copy_database_into(store, partial / DATABASE_NAME)
            _step(progress, 1, total)
            store_backup.copy_into(store.paths.manifest, partial / MANIFEST_NAME)
            _step(progress, 2, total)
            for done, blob in enumerate(blobs, start=3):
                store_backup.copy_into(blob, partial / ATTACHMENTS_DIR / blob.name)
                _step(progress, done, total)
            _write_index(partial, now)
            files.fsync_directory(partial / ATTACHMENTS_DIR)
            files.fsync_directory(partial)
            faults.step("backup.copied")
            partial.rename(target)
            files.fsync_directory(folder)
            _step(progress, total, total)
        except BaseException as error:
            replacement = _failed(error, partial, folder, "backup")
            if replacement is error:
                raise
            raise replacement from error
    return target


def rolling_backup(store: Store, keep: int = 7, *, now: datetime | None = None) -> Path | None:
    """Make today's backup in the store's backups folder unless there is one; keep the newest `keep`.

    Returns the new backup, or None when today's already existed.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    now = now or datetime.now(UTC)
    folder = store.paths.backups
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    today = now.astimezone(UTC).strftime("%Y%m%d")
    made = None
    if not any(_NAME.match(path.name).group(1) == today for path in list_backups(folder)):
        made = backup_store(store, folder, now=now)
    for old in list_backups(folder)[:-keep]:
        shutil.rmtree(old)
    return made


def list_backups(folder: Path) -> list[Path]:
    """The backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = [path for path in folder.iterdir() if path.is_dir() and _NAME.match(path.name)]
    return sorted(found, key=lambda path: (*_NAME.match(path.name).groups()[:2], path.name))


# --- verifying --------------------------------------------------------------------------------------


def verify_backup(
    path: Path, passphrase: str, *, thorough: bool = False, progress: Progress | None = None
) -> BackupReport:
    """Open the backup read-only, authenticate every page, check every evidence file's SHA-256.

    The database check is SQLite's quick_check (every page read and authenticated, every
    b-tree checked); `thorough` adds the index-against-table checks of integrity_check.

    Raises WrongPassphrase or NotABackup; otherwise every finding is in the report.
    Nothing is written into or beside the backup.
    """
    path = Path(path).expanduser()
    index = _read_index(path)
    report = BackupReport(path, created=str(index.get("created", "")))
    for relative, size in sorted(index["files"].items()):
        if not _listed_name(relative):
            raise NotABackup(path, "stray_file", index=INDEX_NAME)
        present = path / relative
        if not _plain_file(present):
            report.database_problems.append(Entry("error", "backup.file_missing", {"file": relative}))
        elif present.lstat().st_size != size:
            report.database_problems.append(Entry("error", "backup.file_size", {"file": relative}))
    if (path / DATABASE_NAME).is_symlink() or (path / MANIFEST_NAME).is_symlink():
        raise NotABackup(path, "link")
    if not (path / DATABASE_NAME).is_file():
        return report
    manifest = Manifest.load(path / MANIFEST_NAME)
    if manifest is not None and not manifest.accepts(passphrase):
        raise WrongPassphrase()
    kdf_iter = manifest.kdf_iter if manifest else SQLCIPHER_DEFAULT_KDF_ITER
    engine = open_copy_read_only(path / DATABASE_NAME, passphrase, kdf_iter)
    try:
        _step(progress, 0, 2)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
        except DBAPIError as error:
            if manifest is None:
                raise WrongPassphrase() from error
            report.database_problems.append(Entry("error", "backup.undecryptable"))
            return report
        report.database_problems += [
            Entry("error", "backup.integrity", {"detail": problem})  # SQLite's own words: not translated
            for problem in full_integrity_problems(engine, thorough=thorough)
        ]
        with Session(engine) as session:
            report.cases = _count(session, "SELECT count(*) FROM case_file WHERE deleted_at IS NULL")
            report.attachments = _count(session, "SELECT count(*) FROM attachment")
            total = 1 + report.attachments  # the database, then each evidence file
            _step(progress, 1, total)
            report.attachment_problems = verify_attachments(
                session, path / ATTACHMENTS_DIR, checked=lambda done: _step(progress, 1 + done, total)
            )
    except DBAPIError as error:
        report.database_problems.append(
            Entry("error", "backup.unreadable", {"detail": type(error.orig).__name__})
        )
    except CaseTrackerError as error:
        report.database_problems.append(error)
    finally:
        engine.dispose()
    return report


# --- restoring ----------------------------------------------------------------------------------------


def restore_backup(
    path: Path, passphrase: str, target_dir: Path, *, progress: Progress | None = None
) -> BackupReport:
    """Restore a verified backup into a NEW store folder `target_dir`; never over an existing one.

    A backup whose database fails verification is refused. One whose evidence files fail is
    restored (it may be the best copy there is) and the report lists those files. `progress`
    hears of the verification, the database and each file copied; if it raises (a cancel),
    nothing is left behind.
    """
    path = Path(path).expanduser()
    target = StorePaths(target_dir).root
    if StorePaths(target).database.exists() or StorePaths(target).manifest.exists():
        raise StoreExists(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise CaseTrackerError(key="restore_target_not_empty", folder=str(target))
    blobs = _blobs(path / ATTACHMENTS_DIR)
    copying = 1 + len(blobs) + 1  # the database, each file, then the new store is opened

    def verifying(done: int, total: int) -> None:
        progress(done, total + copying)

    report = verify_backup(path, passphrase, progress=verifying if progress else None)
    verified = 1 + report.attachments  # as verify_backup counts
    total = verified + copying
    if report.database_problems:
        raise BackupFailed(key="backup_unrestorable", path=str(path), problem=report.database_problems[0])
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    remove_abandoned_restores(target.parent)
    partial = target.parent / f"{RESTORING}{secrets.token_hex(4)}"
    try:
        (partial / ATTACHMENTS_DIR).mkdir(mode=0o700, parents=True)
        (partial / BACKUPS_DIR).mkdir(mode=0o700)
        with holding(partial / RESTORING_LOCK):  # a restore cut short is told from one under way
            for name in (DATABASE_NAME, MANIFEST_NAME):
                if (path / name).is_file():
                    store_backup.copy_into(path / name, partial / name)
            _step(progress, verified + 1, total)
            for done, blob in enumerate(blobs, start=verified + 2):
                store_backup.copy_into(blob, partial / ATTACHMENTS_DIR / blob.name)
                _step(progress, done, total)  # after the last file: the last chance to cancel
            faults.step("restore.copied")
        (partial / RESTORING_LOCK).unlink()
        files.fsync_directory(partial / ATTACHMENTS_DIR)
        files.fsync_directory(partial)
        if target.exists():
            target.rmdir()  # empty, checked above
        partial.rename(target)
        files.fsync_directory(target.parent)
    except BaseException as error:
        replacement = _failed(error, partial, target.parent, "restore")
        if replacement is error:
            raise
        raise replacement from error
    open_store(target, passphrase).close()  # upgrades an older schema; proves the new store opens
    report.path = target
    return report


# --- helpers -----------------------------------------------------------------------------------------


def _free_name(folder: Path, now: datetime) -> str:
    base = f"{PREFIX}{now.astimezone(UTC):%Y%m%dT%H%M%S}Z"
    name, number = base, 1
    while (folder / name).exists() or (folder / f"{_PARTIAL}{name}").exists():
        number += 1
        name = f"{base}-{number}"
    return name


_BLOB_NAME = re.compile(r"^[0-9a-f]{32}$")


def _blobs(folder: Path) -> list[Path]:
    """The encrypted evidence files in `folder`: plain files named as the store names them. A
    symbolic link (which could point anywhere on the computer) or any other name is no blob."""
    if not folder.is_dir() or folder.is_symlink():
        return []
    return sorted(p for p in folder.iterdir() if _BLOB_NAME.match(p.name) and _plain_file(p))


def _plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)  # lstat: a link is never followed
    except OSError:
        return False


def _listed_name(relative: object) -> bool:
    """A name a backup's index may list: the database, the manifest or one evidence file."""
    if relative in (DATABASE_NAME, MANIFEST_NAME):
        return True
    folder, _, name = str(relative).partition("/")
    return folder == ATTACHMENTS_DIR and _BLOB_NAME.match(name) is not None


def _write_index(partial: Path, now: datetime | None) -> None:
    listed = {DATABASE_NAME, MANIFEST_NAME}
    sizes = {name: (partial / name).stat().st_size for name in listed}
    for blob in _blobs(partial / ATTACHMENTS_DIR):
        sizes[f"{ATTACHMENTS_DIR}/{blob.name}"] = blob.stat().st_size
    document = {
        "format": FORMAT,
        "version": 1,
        "created": (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "files": sizes,
    }
    store_backup.write_into(partial / INDEX_NAME, json.dumps(document, indent=2).encode())


def _read_index(path: Path) -> dict:
    if not path.is_dir():
        raise NotABackup(path, "no_folder")
    try:
        index = json.loads((path / INDEX_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotABackup(path, "no_index", index=INDEX_NAME) from None
    except (OSError, ValueError, RecursionError) as error:
        raise NotABackup(path, "unreadable_index", index=INDEX_NAME, error=type(error).__name__) from None
    if (
        not isinstance(index, dict)
        or index.get("format") != FORMAT
        or not isinstance(index.get("files"), dict)
        or not isinstance(index.get("version", 0), int)
    ):
        raise NotABackup(path, "foreign_index", index=INDEX_NAME)
    if index.get("version", 0) > 1:
        raise NotABackup(path, "too_new")
    return index


def _count(session: Session, statement: str) -> int:
    return int(session.connection().exec_driver_sql(statement).scalar_one())


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _failed(error: BaseException, partial: Path, folder: Path, what: str) -> BaseException:
    """Remove the half-written folder; the error to raise instead of `error` (or `error` itself)."""
    shutil.rmtree(partial, ignore_errors=True)
    if partial.exists():
        kept = Entry("error", "backup_kept", {"partial": str(partial)})
    else:
        kept = Entry("error", "backup_nothing_kept")
    action = Entry("error", f"backup_what.{what}")
    if not isinstance(error, Exception):  # KeyboardInterrupt: pass it on unchanged
        return error
    if isinstance(error, DiskFull) or (isinstance(error, OSError) and error.errno == errno.ENOSPC):
        if what == "backup" and not partial.exists():
            return BackupDiskFull(folder)
        return BackupFailed(key="backup_disk_full_partly", folder=str(folder), what=action, kept=kept)
    if isinstance(error, OSError):
        if isinstance(error, FileNotFoundError) or not folder.is_dir():
            reason = Entry("error", "backup_folder_gone")
        else:
            reason = Entry("error", "backup_disk_error", {"detail": error.strerror or type(error).__name__})
        return BackupFailed(key="backup_failed", what=action, folder=str(folder), reason=reason, kept=kept)
    return error  # a known condition (StoreBusy, a cancel) or a bug: already cleaned up
