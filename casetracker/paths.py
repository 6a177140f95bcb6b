"""Where the application keeps its files.

Resolved once from platformdirs; `--store DIR` or the tests choose another store folder.
"""

from pathlib import Path

import platformdirs

APP_NAME = "ExileCaseTracker"
APP_AUTHOR = "ExileCaseTracker"

DATABASE_NAME = "cases.db"
MANIFEST_NAME = "store.json"
BACKUPS_DIR = "backups"
ATTACHMENTS_DIR = "attachments"


def default_store_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "store"


def demo_store_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "demo-store"


def settings_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def crash_notices_dir() -> Path:
    """Where a crash notice (a bug's type and stack, never its message) is written for a bug report."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)) / "crashes"


def viewing_copies_dir() -> Path:
    """Where decrypted evidence opened for viewing is kept for the moment: one known folder, so that
    copies left by a crash are found and deleted at the next start."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "viewing"


class StorePaths:
    """The files of one store folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser().resolve()

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUPS_DIR

    @property
    def attachments(self) -> Path:
        return self.root / ATTACHMENTS_DIR
