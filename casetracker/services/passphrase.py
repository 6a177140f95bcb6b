"""Changing a store's passphrase, for the command line and the app alike.

The store is re-encrypted under the new passphrase; then the backups beside it, which still open
with the old one, are deleted and one is made under the new one. If the old passphrase was given
away (at a border, say), none of them must stay. Backups elsewhere (a USB stick) are out of reach:
the caller says so. The front end asks for the passphrases; this module does everything else.
"""

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from casetracker.errors import InvalidInput, WrongPassphrase
from casetracker.passphrases import passphrase_problem
from casetracker.services.backups import list_backups, rolling_backup
from casetracker.store.database import Store, open_store

OPERATION = "passphrase change"  # as a refusal names it while another process has the store open


@dataclass(frozen=True)
class PassphraseChanged:
    old_backups: int  # backups beside the store made under the old passphrase: deleted, one new made


def change_passphrase(
    store: Store, new_passphrase: str | Callable[[], str], *, current: str | None = None
) -> PassphraseChanged:
    """Re-encrypt the open `store` under `new_passphrase` and replace the backups beside it.

    With `current`, the passphrase the caseworker typed to prove it is them (the app asks for it:
    an unlocked laptop left alone must not let someone else lock the owner out); a wrong one is
    refused (`WrongPassphrase`) before anything else.

    `new_passphrase` may be a function that asks for it: it is called only once no other process
    has the store open, so that nobody types a new passphrase for a change that is then refused.
    Refused, with nothing changed: while another process has the store open (`StoreInUse`), and a
    new passphrase the app's rule does not accept (`InvalidInput`). A full disk during the re-key
    leaves the old passphrase in force (`DiskFull`). Once the new passphrase is in force, the old
    no longer opens the store, whatever happens to the backups after.
    """
    if current is not None and not store.accepts(current):
        raise WrongPassphrase()
    with store.alone(OPERATION):
        new = new_passphrase() if callable(new_passphrase) else new_passphrase
        problem = passphrase_problem(new)
        if problem:
            raise InvalidInput("new passphrase", problem)
        store.change_passphrase(new)
        old = list_backups(store.paths.backups)
        for backup in old:
            shutil.rmtree(backup)
        rolling_backup(store)
    return PassphraseChanged(old_backups=len(old))


def change_store_passphrase(
    root: Path, old_passphrase: str, new_passphrase: str | Callable[[], str]
) -> PassphraseChanged:
    """Open the store in `root` with `old_passphrase` and change it (see `change_passphrase`).

    A wrong old passphrase is refused (`WrongPassphrase`) before anything is asked or changed.
    """
    store = open_store(root, old_passphrase)
    try:
        return change_passphrase(store, new_passphrase)
    finally:
        store.close()
