"""Command-line commands for persons, cases, their timelines and notes, and the trash.

`person add|list|show`, `case add|list|show|delete`, `event add`, `note add`,
`trash list|restore`; with `--json`, those that print records print them as JSON.
"""

import argparse
from datetime import date

from casetracker.cli.common import (
    UsageError,
    command,
    emit,
    exact_date,
    group,
    json_flag,
    partial_date,
    read,
    write,
)
from casetracker.dates import format_partial_date
from casetracker.errors import InvalidInput
from casetracker.services import cases, people, records, trash
from casetracker.vocabulary import CaseKind, CaseStatus, EventKind, Priority, Procedure, RiskMarker


def register(commands):
    """Add the person, case, event and note commands; the person and case groups, for the commands
    of other modules that belong in them."""
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
    update = command(
        case, "update", "change a case's summary, status, priority, outcome or lawyer", cmd_case_update
    )
    update.add_argument("number")
    update.add_argument("--summary", metavar="TEXT")
    update.add_argument("--outcome", metavar="TEXT")
    update.add_argument("--status", choices=[s.value for s in CaseStatus])
    update.add_argument("--priority", choices=[p.value for p in Priority])
    update.add_argument("--lawyer", metavar="NAME")
    json_flag(update)
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
    return person, case


def register_trash(commands) -> None:
    bin_ = group(commands, "trash", "deleted records, recoverable")
    json_flag(command(bin_, "list", "list what is in the trash", cmd_trash_list))
    restore = command(bin_, "restore", "restore a record from the trash", cmd_trash_restore)
    restore.add_argument("id")


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


_UPDATABLE = ("summary", "outcome", "status", "priority", "lawyer")


def cmd_case_update(arguments: argparse.Namespace) -> int:
    changes = {name: getattr(arguments, name) for name in _UPDATABLE if getattr(arguments, name) is not None}
    if not changes:
        raise UsageError("say what to change: --summary, --outcome, --status, --priority or --lawyer")
    case = write(
        arguments, lambda session, actor: cases.update_case(session, actor, arguments.number, **changes)
    )
    emit(arguments, records.case_record(case), f"Updated case {case.number}: {', '.join(sorted(changes))}")
    return 0


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
