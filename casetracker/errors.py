"""Known conditions that a caseworker can act on.

Each carries a message fit to show as it is: what is wrong and what to do.
Messages never contain personal data (names, notes, case contents), because
they may end up on screen next to a client or in a bug report. Anything that
is not one of these is a bug.
"""

from pathlib import Path


class CaseTrackerError(Exception):
    """A known condition with a message for the user."""


class WrongPassphrase(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__("The passphrase is wrong. Check the keyboard layout and Caps Lock, then try again.")


class StoreNotFound(CaseTrackerError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"There is no case store in {path}. Create one with 'casetracker init', or choose another folder."
        )


class StoreExists(CaseTrackerError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"A case store already exists in {path}; it was left untouched.")


class StoreDamaged(CaseTrackerError):
    """The file is not a case store or cannot be read; it is left untouched."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None) -> None:
        message = f"The case store {path} cannot be opened: {detail}. The file has not been changed."
        if newest_backup is not None:
            message += (
                f" The newest backup is {newest_backup}: restore it into a new folder with "
                f"'casetracker restore {newest_backup} --store NEW_FOLDER'."
            )
        else:
            message += (
                f" No backup was found in {path.parent / 'backups'}. If you keep backups elsewhere "
                "(a USB stick), restore the newest with 'casetracker restore BACKUP --store NEW_FOLDER'."
            )
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


class StoreTooNew(CaseTrackerError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The case store {path} was written by a newer version of Exile Case Tracker. "
            "Install the newest version to open it; the store has not been changed."
        )


class StoreBusy(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(
            "The case store is busy (another window or command is writing). Try again in a moment."
        )


class StoreInUse(CaseTrackerError):
    """An operation that needs the store to itself found it open in another process."""

    def __init__(self, operation: str) -> None:
        super().__init__(
            f"The {operation} needs the case store to itself, but it is open elsewhere: in the app "
            "(lock it or close it) or in another command (let it finish). Then try again; nothing "
            "was changed."
        )


class AppAlreadyOpen(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(
            "This case store is already open in another window of Exile Case Tracker. Switch to "
            "that window (if it is locked, unlock it there); two windows on one store would show "
            "each other's changes late."
        )


class StoreKeyChanged(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(
            "The case store can no longer be read with the passphrase it was unlocked with: it was "
            "changed elsewhere. The last change was not saved. Lock the app (Ctrl+L) and unlock it "
            "with the new passphrase, then make the change again."
        )


class StoreLocked(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__("The case store is locked. Unlock it to go on; nothing was changed.")


class DiskFull(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so the last change was not saved. Free some space and try again; "
            "everything saved before is intact."
        )


class DiskFullOnOpen(DiskFull):
    """The disk holding the store is full, so it cannot even be opened: not a damaged store."""

    def __init__(self, path: Path) -> None:
        CaseTrackerError.__init__(
            self,
            f"The disk that holds the case store ({path}) is full, so the store cannot be opened. "
            "Free some space on it (move or delete files you do not need) and try again. The store "
            "is not damaged and nothing was changed: do not restore a backup over it.",
        )


class StoreUnreachable(CaseTrackerError):
    """The disk or the system refused to read the store: not its content."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The case store {path} cannot be opened: the disk or the system reported a problem "
            f"({detail}). Check that the disk is connected, has free space and can be written to, then "
            "try again. The store has not been changed; do not restore a backup over it."
        )


class InvalidInput(CaseTrackerError):
    """A value the user typed cannot be accepted; `field` says which one."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class NotFound(CaseTrackerError):
    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"No {what} '{key}' was found (it may be in the trash).")


class Conflict(CaseTrackerError):
    """The change would break a rule of the data, for example deleting a person who still has cases."""


class Cancelled(Exception):
    """Raised by a progress callback when the caseworker presses Cancel; the work stops and leaves
    nothing half-done (a report leaves no file, a backup no folder, an import no rows)."""
