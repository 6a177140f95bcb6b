"""Known conditions that a caseworker can act on.

Each carries a message fit to show as it is: what is wrong and what to do, worded by the catalogue
(casetracker/catalogue/errors.py) in English on the command line and in the app's language in the app.
Messages never contain personal data (names, notes, case contents), because
they may end up on screen next to a client or in a bug report. Anything that
is not one of these is a bug.
"""

from pathlib import Path
from typing import Any

from casetracker import catalogue
from casetracker.catalogue import Entry


class CaseTrackerError(Exception):
    """A known condition with a message for the user: a key of the catalogue's "error" domain and its
    parameters. str() is the English the command line prints and logs keep; `text(language)` is the
    app's wording in its language. An error raised with a finished English message and no key (some
    conflicts) says that message in every language."""

    def __init__(self, message: str | None = None, *, key: str = "", **params: Any) -> None:
        self.key, self.params = key, params
        super().__init__(message if message is not None else self.worded("en", app=False))

    def text(self, language: str = "en") -> str:
        """The app's wording of this error in `language`."""
        return self.worded(language, app=True)

    def worded(self, language: str, *, app: bool) -> str:
        """The error in `language`: the app's wording (`app`), which says what to do in its windows where
        the command line's names a command; the command line's otherwise."""
        key = self.key
        if not key:
            return str(self)
        if app and f"{key}.app" in catalogue.source("error"):
            key = f"{key}.app"
        return catalogue.text("error", key, language, **self.params)


def error_text(error: BaseException, language: str = "en", *, app: bool = True) -> str:
    """What to tell the user about an error, in `language`: a known error's own words (the app's, or with
    `app=False` the command line's); anything else says only its English message."""
    if isinstance(error, CaseTrackerError):
        return error.worded(language, app=app)
    return str(error)


def _error(key: str, **params: Any) -> Entry:
    return Entry("error", key, params)


class WrongPassphrase(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(key="wrong_passphrase")


class StoreNotFound(CaseTrackerError):
    def __init__(self, path: Path) -> None:
        super().__init__(key="store_not_found", path=str(path))


class StoreExists(CaseTrackerError):
    def __init__(self, path: Path) -> None:
        super().__init__(key="store_exists", path=str(path))


class StoreDamaged(CaseTrackerError):
    """The file is not a case store or cannot be read; it is left untouched. `detail` is a key of the
    catalogue's "damage." entries, with its parameters."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None, **detail_params: Any) -> None:
        why = _error(f"damage.{detail}", **detail_params)
        if newest_backup is not None:
            backup = str(newest_backup)
            super().__init__(key="store_damaged.backup", path=str(path), detail=why, backup=backup)
        else:
            backups = str(path.parent / "backups")
            super().__init__(key="store_damaged.no_backup", path=str(path), detail=why, backups=backups)
        self.path = path
        self.newest_backup = newest_backup


class StoreTooNew(CaseTrackerError):
    def __init__(self, path: Path) -> None:
        super().__init__(key="store_too_new", path=str(path))


class StoreBusy(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(key="store_busy")


class StoreInUse(CaseTrackerError):
    """An operation that needs the store to itself found it open in another process. `operation` names
    an entry of the catalogue's "operation." ("passphrase change", "upgrade", "cleanup")."""

    def __init__(self, operation: str) -> None:
        name = f"operation.{operation.replace(' ', '_')}"
        known = name in catalogue.source("error")
        super().__init__(key="store_in_use", operation=_error(name) if known else operation)


class AppAlreadyOpen(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(key="app_already_open")


class StoreKeyChanged(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(key="store_key_changed")


class StoreDamagedInUse(CaseTrackerError):
    """A part of the open store can no longer be read (a failing disk, a file changed behind the app):
    what was being done stopped, and nothing more was written."""

    def __init__(self) -> None:
        super().__init__(key="store_damaged_in_use")


class StoreLocked(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(key="store_locked")


class DiskFull(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(key="disk_full")


class DiskFullOnOpen(DiskFull):
    """The disk holding the store is full, so it cannot even be opened: not a damaged store."""

    def __init__(self, path: Path) -> None:
        CaseTrackerError.__init__(self, key="disk_full_on_open", path=str(path))


class StoreUnreachable(CaseTrackerError):
    """The disk or the system refused to read the store: not its content. `detail` is the system's own
    words (in English)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(key="store_unreachable", path=str(path), detail=detail)


class InvalidInput(CaseTrackerError):
    """A value the user typed cannot be accepted; `field` says which one. `reason` is English text, or an
    `Entry` of the catalogue that words it in every language (then `reason` keeps its English)."""

    def __init__(self, field: str, reason: str | Entry) -> None:
        if isinstance(reason, Entry):
            name = f"field.{field.replace(' ', '_')}"
            worded = _error(name) if name in catalogue.source("error") else field
            super().__init__(key="invalid_input", field=worded, reason=reason)
            reason = catalogue.Formatter("en").value(reason)
        else:
            super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class NotFound(CaseTrackerError):
    """No record of a kind with this id or number. `what` names an entry of the catalogue's "what."
    ("person", "event on this case"); another word is said as written."""

    def __init__(self, what: str, key: str) -> None:
        name = f"what.{what.replace(' ', '_')}"
        if name in catalogue.source("error"):
            super().__init__(key="not_found", what=_error(name), id=key)
        else:
            super().__init__(f"No {what} '{key}' was found (it may be in the trash).")


class Conflict(CaseTrackerError):
    """The change would break a rule of the data, for example deleting a person who still has cases:
    `Conflict(key="conflict.person_has_cases", count=2, numbers="...")`."""


def reason(key: str, **params: Any) -> Entry:
    """Why a value is refused, for `InvalidInput`: a key of the catalogue's "reason." entries."""
    return Entry("error", f"reason.{key}", params)


def value_reason(key: str, **params: Any) -> Entry:
    """Why a value is refused, by the checks shared with the import: a key of its "value." entries."""
    return Entry("import", f"value.{key}", params)


class Cancelled(Exception):
    """Raised by a progress callback when the caseworker presses Cancel; the work stops and leaves
    nothing half-done (a report leaves no file, a backup no folder, an import no rows)."""


class TeamServerError(CaseTrackerError):
    """The team server could not do what was asked: it cannot be reached, its certificate is not the
    organisation's, the login is refused or disabled, the login lacks a right, the database is not set up.
    `what` is one of the catalogue's "team." entries; the parameters never hold a password."""

    def __init__(self, what: str, **params: Any) -> None:
        super().__init__(key=f"team.{what}", **params)
        self.what = what
