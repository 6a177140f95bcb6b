"""The command line: every service scriptable, for power users and for tests.

`casetracker [--store DIR] COMMAND ...`; with `--json`, commands that print
records print them as JSON. The passphrase comes from the terminal or from the
environment variable CASETRACKER_PASSPHRASE (for scripts).
"""

import argparse
import getpass
import json
import os
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from casetracker import paths
from casetracker.dates import DateError, format_partial_date, parse_date, parse_partial_date
from casetracker.errors import CaseTrackerError, InvalidInput
from casetracker.passphrases import passphrase_problem
from casetracker.services import cases, people, records, store_settings, trash
from casetracker.services.rules_update import update_deadlines_to_current_rules
from casetracker.start_options import add_start_options
from casetracker.store.database import Store, create_store, open_store
from casetracker.vocabulary import CaseKind, EventKind, Priority, Procedure, RiskMarker

PASSPHRASE_VARIABLE = "CASETRACKER_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "CASETRACKER_NEW_PASSPHRASE"


class UsageError(CaseTrackerError):
    """The command line itself is wrong."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casetracker", description="Exile Case Tracker")
    add_start_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = command(commands, "init", "create a new, empty store", cmd_init)
    init.add_argument("--caseworker", default="", help="your name, as the audit log should show it")
    command(commands, "check", "unlock the store and check its integrity", cmd_check)
    command(commands, "demo", "fill a new store with fictional demo cases", cmd_demo)
    command(commands, "passphrase", "change the store's passphrase", cmd_passphrase)

    person = group(commands, "person", "persons")
    add = command(person, "add", "add a person", cmd_person_add)
    add.add_argument("--name", required=True, help="the name as the person writes it")
    add.add_argument("--latin", action="append", default=[], metavar="SPELLING", help="another spelling")
    add.add_argument("--born", type=exact_date, help="date of birth, YYYY-MM-DD")
    add.add_argument("--marker", action="append", default=[], choices=[m.value for m in RiskMarker])
    json_flag(add)
    json_flag(command(person, "list", "list persons", cmd_person_list))
    show = command(person, "show", "show a person", cmd_person_show)
    show.add_argument("id")
    json_flag(show)

    case = group(commands, "case", "cases")
    add = command(case, "add", "open a case", cmd_case_add)
    add.add_argument("--person", required=True, metavar="ID")
    add.add_argument("--kind", required=True, choices=[k.value for k in CaseKind])
    add.add_argument("--country", required=True, metavar="CC", help="ISO 3166 code, e.g. EE")
    add.add_argument("--opened", type=exact_date, help="opening date, YYYY-MM-DD (default: today)")
    add.add_argument("--priority", default=Priority.NORMAL.value, choices=[p.value for p in Priority])
    add.add_argument("--summary", default="")
    json_flag(add)
    listing = command(case, "list", "list cases", cmd_case_list)
    listing.add_argument("--country")
    listing.add_argument("--kind", choices=[k.value for k in CaseKind])
    listing.add_argument("--status")
    json_flag(listing)
    show = command(case, "show", "show a case with its timeline", cmd_case_show)
    show.add_argument("number")
    json_flag(show)
    delete = command(case, "delete", "move a case to the trash", cmd_case_delete)
    delete.add_argument("number")

    event = group(commands, "event", "events on a case's timeline")
    add = command(event, "add", "add an event", cmd_event_add)
    add.add_argument("--case", required=True, metavar="NUMBER")
    add.add_argument("--kind", required=True, choices=[k.value for k in EventKind])
    add.add_argument(
        "--date",
        required=True,
        type=partial_date,
        help="YYYY-MM-DD, YYYY-MM (month only), ~YYYY-MM-DD (approx.)",
    )
    add.add_argument("--place", default="")
    add.add_argument("--text", default="")
    add.add_argument("--source", default="")
    add.add_argument("--country", default="", metavar="CC", help="where it happened, if not in the case's")
    add.add_argument(
        "--procedure",
        default="",
        choices=["", *(p.value for p in Procedure)],
        help="the procedure a decision was taken in, as the decision says (it sets the period to appeal)",
    )
    json_flag(add)

    note = group(commands, "note", "notes on a case")
    add = command(note, "add", "add a note", cmd_note_add)
    add.add_argument("--case", required=True, metavar="NUMBER")
    add.add_argument("--text", required=True)

    # The other command modules build on the helpers of this one, so they are imported here.
    from casetracker import cli_exchange, cli_files, cli_reports, cli_rules, cli_search, cli_selftest

    cli_rules.register_case_commands(case)
    for module in (cli_rules, cli_reports, cli_search, cli_files, cli_exchange, cli_selftest):
        module.register(commands)

    bin_ = group(commands, "trash", "deleted records, recoverable")
    json_flag(command(bin_, "list", "list what is in the trash", cmd_trash_list))
    restore = command(bin_, "restore", "restore a record from the trash", cmd_trash_restore)
    restore.add_argument("id")
    return parser


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
    return open_store(store_dir(arguments), read_passphrase())


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


def emit(arguments: argparse.Namespace, record: Any, text: str) -> None:
    if getattr(arguments, "json", False):
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(text)


# --- commands -----------------------------------------------------------------------------------


def new_passphrase(prompt: str = "New passphrase: ", *, variable: str = PASSPHRASE_VARIABLE) -> str:
    """A passphrase for a new store or a change: held to the same rule as in the app."""
    passphrase = read_passphrase(prompt, variable=variable, twice=True)
    problem = passphrase_problem(passphrase)
    if problem:
        raise UsageError(f"{problem} Nothing was created or changed.")
    return passphrase


def cmd_init(arguments: argparse.Namespace) -> int:
    store = create_store(store_dir(arguments), new_passphrase())
    with store.transaction() as session:
        store_settings.set_setting(session, store_settings.CASEWORKER, arguments.caseworker.strip())
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
    from casetracker.services.demo import fill_demo_store

    store = create_store(store_dir(arguments), read_passphrase("New passphrase: ", twice=True), demo=True)
    with store.transaction() as session:
        numbers = fill_demo_store(session)
    store.close()
    print(f"Created a demo store with {len(numbers)} fictional cases in {store.paths.root}.")
    return 0


def cmd_passphrase(arguments: argparse.Namespace) -> int:
    store = unlock(arguments)
    try:
        # Refused before the new passphrase is asked for, while the app or a command has the store open.
        with store.alone("passphrase change"):
            new = new_passphrase(variable=NEW_PASSPHRASE_VARIABLE)
            store.change_passphrase(new)
            # The daily backups beside the store still open with the old passphrase: if it was given
            # away (at a border, say), they must not stay. Replace them with one under the new one.
            from casetracker.services.backups import list_backups, rolling_backup

            old = list_backups(store.paths.backups)
            for backup in old:
                shutil.rmtree(backup)
            rolling_backup(store)
    finally:
        store.close()
    print("The passphrase was changed. The old one no longer opens the store.")
    if old:
        print(f"{len(old)} backup(s) made with the old passphrase were deleted and a new one made.")
        print("Backups elsewhere (a USB stick) still open with the old passphrase: replace them too.")
    return 0


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


def cmd_person_add(arguments: argparse.Namespace) -> int:
    draft = people.PersonDraft(
        name=arguments.name,
        other_names=tuple(arguments.latin),
        birth_date=arguments.born,
        markers=tuple(people.MarkerDraft(marker) for marker in arguments.marker),
    )
    detail = write(arguments, lambda session, actor: people.add_person(session, actor, draft))
    emit(arguments, records.person_record(detail), f"Added person {detail.person.id}")
    return 0


def cmd_person_list(arguments: argparse.Namespace) -> int:
    found = read(arguments, people.list_people)
    emit(
        arguments,
        [
            {"id": str(p.id), "name": p.name, "birth_date": p.birth_date and p.birth_date.isoformat()}
            for p in found
        ],
        "\n".join(f"{p.id}  {p.name}" for p in found) or "No persons yet.",
    )
    return 0


def cmd_person_show(arguments: argparse.Namespace) -> int:
    detail = read(arguments, lambda session: people.get_person(session, arguments.id))
    record = records.person_record(detail)
    emit(arguments, record, "\n".join(f"{key}: {value}" for key, value in record.items()))
    return 0


def cmd_case_add(arguments: argparse.Namespace) -> int:
    case = write(
        arguments,
        lambda session, actor: cases.add_case(
            session,
            actor,
            arguments.person,
            arguments.kind,
            arguments.country,
            opened_on=arguments.opened,
            priority=arguments.priority,
            summary=arguments.summary,
        ),
    )
    emit(arguments, records.case_record(case), f"Opened case {case.number}")
    return 0


def cmd_case_list(arguments: argparse.Namespace) -> int:
    found = read(
        arguments,
        lambda session: cases.list_cases(
            session, country=arguments.country, kind=arguments.kind, status=arguments.status
        ),
    )
    lines = [f"{c.number:14} {c.kind:28} {c.status:8} {c.priority}" for c in found]
    emit(arguments, [records.case_record(c) for c in found], "\n".join(lines) or "No cases.")
    return 0


def cmd_case_show(arguments: argparse.Namespace) -> int:
    detail = read(arguments, lambda session: cases.case_detail(session, arguments.number))
    record = records.case_detail_record(detail)
    emit(arguments, record, _case_text(record))
    return 0


def _case_text(record: dict) -> str:
    lines = [
        "  ".join(record[key] for key in ("number", "kind", "country", "status", "priority")),
        f"Person: {record['person']['name']} ({', '.join(record['person']['latin_names'])})",
        f"Summary: {record['summary']}",
        "Timeline:",
    ]
    lines += [
        f"  {format_partial_date(date.fromisoformat(e['date']), e['date_precision']):20} {e['kind']:20} "
        f"{e['place']} {e['description']}"
        for e in record["events"]
    ]
    deadlines = [f"  {d['due']} {d['kind']} ({d['status']})" for d in record["deadlines"]]
    lines += ["Deadlines:", *(deadlines or ["  none recorded"])]
    return "\n".join(lines)


def cmd_case_delete(arguments: argparse.Namespace) -> int:
    def delete(session, actor):
        case = cases.find_case(session, arguments.number)
        return trash.move_to_trash(session, actor, "case", case.id)

    row = write(arguments, delete)
    print(
        f"Moved case {arguments.number} to the trash; restore it with 'casetracker trash restore {row.id}'."
    )
    return 0


def cmd_event_add(arguments: argparse.Namespace) -> int:
    event = write(
        arguments,
        lambda session, actor: cases.add_event(
            session,
            actor,
            arguments.case,
            arguments.kind,
            arguments.date,
            place=arguments.place,
            description=arguments.text,
            source=arguments.source,
            country=arguments.country,
            procedure=arguments.procedure,
        ),
    )
    emit(arguments, records.event_record(event), f"Added event {event.id}")
    return 0


def cmd_note_add(arguments: argparse.Namespace) -> int:
    note = write(
        arguments, lambda session, actor: cases.add_note(session, actor, arguments.case, arguments.text)
    )
    print(f"Added note {note.id}")
    return 0


def cmd_trash_list(arguments: argparse.Namespace) -> int:
    items = read(arguments, trash.list_trash)
    emit(
        arguments,
        [
            {"kind": i.kind, "id": str(i.id), "label": i.label, "deleted_at": i.deleted_at.isoformat()}
            for i in items
        ],
        "\n".join(f"{i.id}  {i.kind:9} {i.label}  (deleted {i.deleted_at:%Y-%m-%d %H:%M} UTC)" for i in items)
        or "The trash is empty.",
    )
    return 0


def cmd_trash_restore(arguments: argparse.Namespace) -> int:
    import uuid

    try:
        row_id = uuid.UUID(arguments.id)
    except ValueError:
        raise InvalidInput("id", f"'{arguments.id}' is not an id from 'casetracker trash list'") from None
    write(arguments, lambda session, actor: trash.restore(session, actor, row_id))
    print("Restored.")
    return 0
