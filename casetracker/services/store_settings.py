"""Store-wide values kept inside the encrypted database (never in the plaintext settings file)."""

from pathlib import Path

from sqlmodel import Session

from casetracker.store.database import Store, create_store
from casetracker.store.models import StoreSetting

CASEWORKER = "caseworker"
DEFAULT_ACTOR = "caseworker"


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(StoreSetting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(StoreSetting, key) or StoreSetting(key=key, value=value)
    row.value = value
    session.add(row)


def current_actor(session: Session) -> str:
    """Who the audit log names for changes made on this laptop."""
    return get_setting(session, CASEWORKER) or DEFAULT_ACTOR


def start_store(root: Path, passphrase: str, caseworker: str) -> Store:
    """A new encrypted store in `root`, its changes signed with `caseworker`'s name."""
    store = create_store(root, passphrase)
    with store.transaction() as session:
        set_setting(session, CASEWORKER, caseworker.strip())
    return store
