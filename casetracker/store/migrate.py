"""Schema migrations with Alembic, run from code on an open engine.

A new store is built by running every revision from the first; an older store
is backed up, then upgraded. A store from a newer version is refused untouched.
"""

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from casetracker.errors import StoreTooNew

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def upgrade_if_needed(engine: Engine, backup: Callable[[], object]) -> bool:
    """Upgrade an older schema to the newest, calling `backup` first. True if it upgraded."""
    current = current_revision(engine)
    if current == head_revision():
        return False
    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise StoreTooNew(Path(str(engine.url.database)))
    backup()
    upgrade(engine)
    return True
