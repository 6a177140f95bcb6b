"""What every command-line command builds on: declaring commands and their arguments, asking for
the passphrase, opening the store, printing a record as text or JSON.

The passphrase comes from the terminal or from the environment variable CASETRACKER_PASSPHRASE
(for scripts).
"""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from casetracker import paths
from casetracker.dates import DateError, parse_date, parse_partial_date
from casetracker.errors import CaseTrackerError
from casetracker.services import store_settings
from casetracker.services.rules_update import update_deadlines_to_current_rules
from casetracker.store.database import Store, open_store

PASSPHRASE_VARIABLE = "CASETRACKER_PASSPHRASE"


class UsageError(CaseTrackerError):
    """The command line itself is wrong."""


# --- commands and their arguments -----------------------------------------------------------------


def group(commands, name: str, help_text: str):
    group = commands.add_parser(name, help=help_text)
    sub = group.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
    return sub


def command(commands, name: str, help_text: str, handler: Callable[..., int]) -> argparse.ArgumentParser:
    command = commands.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(handler=handler)
    return command


def json_flag(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help="print JSON")


def count(lowest: int, highest: int) -> Callable[[str], int]:
    """An argument type: a whole number from `lowest` to `highest`."""

    def read(text: str) -> int:
        if not text.strip().isdigit() or not lowest <= int(text) <= highest:
            raise argparse.ArgumentTypeError(
                f"'{text[:30]}' is not a whole number from {lowest} to {highest:,}"
            )
        return int(text)

    return read


def exact_date(text: str) -> date:
    try:
        return parse_date(text)
    except DateError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def partial_date(text: str):
    try:
        return parse_partial_date(text)
    except DateError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


# --- passphrases and the store ---------------------------------------------------------------


def read_passphrase(
    prompt: str = "Passphrase: ", *, variable: str = PASSPHRASE_VARIABLE, twice: bool = False
) -> str:
    from_environment = os.environ.get(variable)
    if from_environment:
        return from_environment
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase: run this in a terminal, or set {variable} for scripts.")
    passphrase = getpass.getpass(prompt)
    if twice and getpass.getpass("Repeat it: ") != passphrase:
        raise UsageError("The two passphrases differ; nothing was changed.")
    if not passphrase:
        raise UsageError("The passphrase is empty.")
    return passphrase


def store_dir(arguments: argparse.Namespace) -> Path:
    return arguments.store or paths.default_store_dir()


def unlock(arguments: argparse.Namespace) -> Store:
    return open_store(store_dir(arguments), read_passphrase(), upgrading=_say_upgrading)


def _say_upgrading() -> None:
    print(
        "Updating the store to this version: a backup is made first, then the search index is rebuilt. "
        "On a large store this takes a minute or two.",
        file=sys.stderr,
        flush=True,
    )


def unlock_current(arguments: argparse.Namespace) -> Store:
    """The unlocked store, its computed deadlines brought up to date first if a release changed the
    rules since they were computed (once: a report must not show a period the rules dropped)."""
    store = unlock(arguments)
    try:
        updated = update_deadlines_to_current_rules(store)
    except BaseException:
        store.close()
        raise
    if updated.recomputed:
        print(
            f"The rules were updated since this store's deadlines were worked out: {updated.recomputed} "
            f"case(s) recomputed, the deadlines of {updated.changed} changed.",
            file=sys.stderr,
        )
    return store


def write(arguments: argparse.Namespace, work: Callable[..., Any]) -> Any:
    """Run `work(session, actor)` as one transaction on the unlocked store."""
    store = unlock_current(arguments)
    try:
        with store.transaction() as session:
            return work(session, store_settings.current_actor(session))
    finally:
        store.close()


def read(arguments: argparse.Namespace, work: Callable[..., Any]) -> Any:
    store = unlock_current(arguments)
    try:
        with store.session() as session:
            return work(session)
    finally:
        store.close()


# --- output ------------------------------------------------------------------------------------------


def emit(arguments: argparse.Namespace, record: Any, text: str) -> None:
    if getattr(arguments, "json", False):
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(text)
