"""Command-line commands for the store itself.

`init [--caseworker NAME]`, `check`, `demo`, `passphrase`. A new passphrase comes from the
terminal or, for a change, from CASETRACKER_NEW_PASSPHRASE (for scripts).
"""

import argparse

from casetracker.cli.common import PASSPHRASE_VARIABLE, UsageError, command, read_passphrase, store_dir
from casetracker.passphrases import passphrase_problem
from casetracker.services import cases, store_settings
from casetracker.services.passphrase import change_store_passphrase
from casetracker.store.database import open_store

NEW_PASSPHRASE_VARIABLE = "CASETRACKER_NEW_PASSPHRASE"


def register(commands) -> None:
    init = command(commands, "init", "create a new, empty store", cmd_init)
    init.add_argument("--caseworker", default="", help="your name, as the audit log should show it")
    command(commands, "check", "unlock the store and check its integrity", cmd_check)
    command(commands, "demo", "fill a new store with fictional demo cases", cmd_demo)
    command(commands, "passphrase", "change the store's passphrase", cmd_passphrase)


def new_passphrase(prompt: str = "New passphrase: ", *, variable: str = PASSPHRASE_VARIABLE) -> str:
    """A passphrase for a new store or a change: held to the same rule as in the app."""
    passphrase = read_passphrase(prompt, variable=variable, twice=True)
    problem = passphrase_problem(passphrase)
    if problem:
        raise UsageError(f"{problem} Nothing was created or changed.")
    return passphrase


def cmd_init(arguments: argparse.Namespace) -> int:
    store = store_settings.start_store(store_dir(arguments), new_passphrase(), arguments.caseworker)
    store.close()
    print(f"Created an encrypted store in {store.paths.root}.")
    print("Keep the passphrase safe: if it is forgotten, nobody can recover the store.")
    return 0


def cmd_check(arguments: argparse.Namespace) -> int:
    from sqlmodel import func, select

    from casetracker.services.attachments import verify_attachments
    from casetracker.services.evaluation import shipped_profiles
    from casetracker.store.models import Attachment

    store = open_store(store_dir(arguments), read_passphrase(), full_check=True)
    try:
        with store.session() as session:
            count = cases.count_cases(session)
            files = session.exec(select(func.count()).select_from(Attachment)).one()
            damaged = verify_attachments(session, store.paths.attachments)
    finally:
        store.close()
    print(f"The database of {store.paths.root} is sound: {count} case(s), every page authenticated.")
    for problem in damaged:
        print(f"Evidence file: {problem}")
    if damaged:
        print(f"{len(damaged)} of {files} evidence file(s) failed their check; the others are intact.")
    else:
        print(f"{files} evidence file(s) decrypted and checked against their SHA-256: all intact.")
    profiles, problems = shipped_profiles()
    for problem in problems:
        print(f"Rule profile not loaded: {problem}")
    print(f"{len(profiles)} country rule profile(s) loaded.")
    return 1 if problems or damaged else 0


def cmd_demo(arguments: argparse.Namespace) -> int:
    from casetracker.services.demo import create_demo_store

    store, numbers = create_demo_store(store_dir(arguments), read_passphrase("New passphrase: ", twice=True))
    store.close()
    print(f"Created a demo store with {len(numbers)} fictional cases in {store.paths.root}.")
    return 0


def cmd_passphrase(arguments: argparse.Namespace) -> int:
    # The new passphrase is asked for only once no other process (the app, a command) has the store open.
    changed = change_store_passphrase(
        store_dir(arguments), read_passphrase(), lambda: new_passphrase(variable=NEW_PASSPHRASE_VARIABLE)
    )
    print("The passphrase was changed. The old one no longer opens the store.")
    if changed.old_backups:
        print(
            f"{changed.old_backups} backup(s) made with the old passphrase were deleted and a new one made."
        )
        print("Backups elsewhere (a USB stick) still open with the old passphrase: replace them too.")
    return 0
