"""Encrypted copies of the database file.

The database file is already encrypted, so a copy of it (after folding in the
write-ahead log) is an encrypted backup that opens with the same passphrase.
"""

from datetime import UTC, datetime
from pathlib import Path

from casetracker.store.database import Store
from casetracker.store.files import copy_durably


def backup_database(store: Store, reason: str, folder: Path | None = None) -> Path:
    folder = folder or store.paths.backups
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"cases-{stamp}-{reason}.db"
    store.checkpoint()
    copy_durably(store.paths.database, target)
    return target
