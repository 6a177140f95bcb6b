"""The work behind the Data menu, run on a worker thread: services only, never a widget.

Each function takes what the caseworker chose, then what its operation gives it (see
operations.Op): `(session, progress)` for a read, `(session, actor, progress)` for a write,
`(store, actor, progress)` for work on the whole store; `progress` raises when Cancel was
pressed. Services are imported here, when a task runs, so that the menu costs nothing at start-up.
"""

from dataclasses import dataclass
from pathlib import Path

from casetracker.paths import ATTACHMENTS_DIR


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    cases: int
    attachments: int


def export_json(path: Path, session, progress) -> tuple[int, int]:
    """(persons, cases) written; a cancel leaves no file."""
    from casetracker.exchange.export_json import write_json

    return write_json(session, path, progress=progress)


def export_csv(folder: Path, session, progress) -> tuple[int, Path]:
    """The tables as CSV files in a new folder inside `folder` (an earlier export is never
    overwritten); a cancel or a crash leaves nothing."""
    from casetracker.exchange.export_csv import write_csv

    target, written = write_csv(session, folder, progress=progress)
    return len(written), target


def back_up(folder: Path, store, _actor, progress) -> BackupMade:
    from casetracker.services import backups, cases

    with store.reading() as session:  # closed before the copy: no read transaction held open meanwhile
        counted = cases.count_cases(session)
    path = backups.backup_store(store, folder, progress=progress)
    size = sum(item.stat().st_size for item in path.rglob("*") if item.is_file())
    evidence = sum(1 for item in (path / ATTACHMENTS_DIR).iterdir() if item.is_file())
    return BackupMade(path, size, counted, evidence)


def verify(backup: Path, passphrase: str, _session, progress):
    from casetracker.services import backups

    return backups.verify_backup(backup, passphrase, progress=progress)


def restore(backup: Path, target: Path, passphrase: str, _session, progress):
    from casetracker.services import backups

    return backups.restore_backup(backup, passphrase, target, progress=progress)


def send(store, number: str, path: Path, passphrase: str, session, progress) -> Path:
    from casetracker.exchange.bundle import write_bundle

    progress(0, 1)
    return write_bundle(session, number, path, passphrase, attachments_dir=store.paths.attachments)


def receive(attachments_dir: Path, path: Path, passphrase: str, session, actor: str, progress):
    """In the operation's one transaction: all of the case or nothing."""
    from casetracker.exchange.bundle import import_bundle

    progress(0, 1)
    return import_bundle(session, actor, path, passphrase, attachments_dir=attachments_dir)


def calendar(path: Path, with_names: bool, session, progress) -> int:
    from casetracker.services.calendar import write_calendar

    progress(0, 1)
    return write_calendar(session, path, with_details=with_names)
