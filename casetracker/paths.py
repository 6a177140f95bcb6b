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
