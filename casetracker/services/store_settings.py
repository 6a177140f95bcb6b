"""Store-wide values kept inside the encrypted database (never in the plaintext settings file)."""

from sqlmodel import Session

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
