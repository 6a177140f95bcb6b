"""Command-line commands for evidence files, backups and the deadline calendar.

`attach NUMBER FILE [--event ID]`, `backup DIR`, `verify BACKUP`,
`restore BACKUP --store NEW_DIR`, `calendar -o FILE.ics [--details]`.
"""

import argparse
import uuid
from pathlib import Path

from casetracker.cli import common
from casetracker.errors import InvalidInput
from casetracker.services import attachments, backups, calendar, store_settings

CALENDAR_PLAIN = "Note: a calendar file is not encrypted; case numbers and deadline kinds are readable."
CALENDAR_DETAILS = (
    "Warning: this calendar file is not encrypted and contains names. Keep it only where the "
    "people's data is safe, and do not sync it to a cloud calendar you do not trust."
)


def register(commands) -> None:
    attach = common.command(
        commands, "attach", "add an evidence file to a case (stored encrypted)", cmd_attach
    )
    attach.add_argument("number", help="the case number, e.g. EE-2024-0003")
    attach.add_argument("file", type=Path)
    attach.add_argument("--event", metavar="ID", help="the event on the case this file belongs to")
    common.json_flag(attach)

    backup = common.command(commands, "backup", "write an encrypted backup of the whole store", cmd_backup)
    backup.add_argument("folder", type=Path, metavar="DIR", help="an existing folder, e.g. on a USB stick")

    verify = common.command(commands, "verify", "check a backup: every page and every file", cmd_verify)
    verify.add_argument("backup", type=Path, metavar="BACKUP", help="the backup folder")
    verify.add_argument("--thorough", action="store_true", help="also check every index (slower)")

    restore = common.command(commands, "restore", "restore a backup into a new store folder", cmd_restore)
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup folder")
    # The same option as `casetracker --store DIR`, accepted after the command too; here it
    # names the NEW folder. An existing store is never overwritten.
    restore.add_argument(
        "--store", type=Path, default=argparse.SUPPRESS, help="the new store folder (must not exist yet)"
    )

    ics = common.command(
        commands, "calendar", "write open deadlines as an iCalendar (.ics) file", cmd_calendar
    )
    ics.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    ics.add_argument("--details", action="store_true", help="put the person's name in event titles")


def cmd_attach(arguments: argparse.Namespace) -> int:
    event_id = None
    if arguments.event:
        try:
            event_id = uuid.UUID(arguments.event)
        except ValueError:
            raise InvalidInput("event", f"'{arguments.event}' is not an event id") from None
    store = common.unlock(arguments)
    try:
        with store.transaction() as session:
            attachment = attachments.add_attachment(
                session,
                store_settings.current_actor(session),
                arguments.number,
                arguments.file,
                store.paths.attachments,
                event_id=event_id,
            )
    finally:
        store.close()
    record = {
        "id": str(attachment.id),
        "filename": attachment.filename,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "media_type": attachment.media_type,
    }
    common.emit(
        arguments,
        record,
        f"Attached {attachment.filename} ({attachment.size:,} bytes) to case {arguments.number.upper()}; "
        f"stored encrypted. SHA-256 {attachment.sha256}. The original file was not changed.",
    )
    return 0


def cmd_backup(arguments: argparse.Namespace) -> int:
    store = common.unlock(arguments)
    try:
        path = backups.backup_store(store, arguments.folder)
    finally:
        store.close()
    print(f"Backed up the store to {path}. It opens only with the store's passphrase.")
    return 0


def cmd_verify(arguments: argparse.Namespace) -> int:
    report = backups.verify_backup(arguments.backup, common.read_passphrase(), thorough=arguments.thorough)
    for problem in report.problems:
        print(f"Problem: {problem}")
    if not report.ok:
        print(f"The backup {report.path} has {len(report.problems)} problem(s).")
        return 1
    print(
        f"The backup {report.path} is sound: {report.cases} case(s), every page authenticated, "
        f"{report.attachments} evidence file(s) matching their SHA-256."
    )
    return 0


def cmd_restore(arguments: argparse.Namespace) -> int:
    target = common.store_dir(arguments)
    report = backups.restore_backup(arguments.backup, common.read_passphrase(), target)
    for problem in report.attachment_problems:
        print(f"Problem: {problem}")
    print(
        f"Restored {report.cases} case(s) and {report.attachments} evidence file(s) into a new store in "
        f"{report.path}. Open it with 'casetracker --store {report.path}'."
    )
    return 1 if report.attachment_problems else 0


def cmd_calendar(arguments: argparse.Namespace) -> int:
    count = common.read(
        arguments,
        lambda session: calendar.write_calendar(session, arguments.output, with_details=arguments.details),
    )
    print(f"Wrote {count} open deadline(s) to {arguments.output}, with reminders 7 days and 1 day before.")
    print(CALENDAR_DETAILS if arguments.details else CALENDAR_PLAIN)
    return 0
