"""Schema migrations with Alembic, run from code on an open engine.

A new store is built by running every revision from the first; an older store
is backed up, then upgraded. A store from a newer version is refused untouched.
Alembic is imported only when a migration runs, which keeps start-up fast.
"""

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from casetracker import faults
from casetracker.errors import StoreTooNew
from casetracker.store.engine import for_writing

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"

SCHEMA_REVISION = "0008"
"""The newest revision in migrations/versions; a test keeps the two in step."""


def _config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    return [script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()]


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no such table: a store from before any migration
            return None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Every revision up to `revision`, in one transaction: a process killed half-way (a minute
    rebuilding the search index of a large store) leaves the store at its old revision, whole,
    and the next start upgrades it again."""
    from alembic import command

    with for_writing(engine).begin() as connection:
        command.upgrade(_config(connection), revision)
        faults.step("upgrade.migrated")  # all done, nothing committed yet


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with for_writing(engine).begin() as connection:
        command.downgrade(_config(connection), revision)


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != SCHEMA_REVISION


def upgrade_if_needed(engine: Engine, backup: Callable[[], object]) -> bool:
    """Upgrade an older schema to the newest, calling `backup` first. True if it upgraded."""
    current = current_revision(engine)
    if current == SCHEMA_REVISION:
        return False
    if current is not None and current not in known_revisions():
        raise StoreTooNew(Path(str(engine.url.database)))
    backup()
    upgrade(engine)
    return True
