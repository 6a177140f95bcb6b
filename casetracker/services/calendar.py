"""Open deadlines as an iCalendar file (RFC 5545) for a phone or desktop calendar.

One all-day event per open deadline, with reminders 7 days and 1 day before. UIDs come
from the deadline ids, so importing a newer file updates the same events instead of
adding copies. Titles carry the case number and the kind of deadline only: a calendar
is plaintext and often synchronised to a cloud. With `with_details=True` the person's
name and the deadline's description are added, for a calendar the caseworker trusts.
"""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from casetracker import __version__
from casetracker.store.files import write_atomically
from casetracker.store.leftovers import Journal
from casetracker.store.models import Case, Deadline, Person
from casetracker.vocabulary import DeadlineStatus

ALARM_DAYS = (7, 1)
PRODID = f"-//Exile Case Tracker//casetracker {__version__}//EN"
_UID_DOMAIN = "exile-case-tracker.invalid"


def write_calendar(
    session: Session, out: Path, *, with_details: bool = False, now: datetime | None = None
) -> int:
    """Write the open deadlines of cases that are not in the trash to `out`; how many were written."""
    rows = session.exec(
        select(Deadline, Case.number, Person.name)
        .join(Case, col(Case.id) == col(Deadline.case_id))
        .join(Person, col(Person.id) == col(Case.person_id))
        .where(
            Deadline.status == DeadlineStatus.OPEN.value,
            col(Deadline.deleted_at).is_(None),
            col(Case.deleted_at).is_(None),
        )
        .order_by(col(Deadline.due), col(Case.number), col(Deadline.id))
    ).all()
    stamp = _utc(now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Case deadlines",
    ]
    for deadline, number, name in rows:
        lines += _event(deadline, number, name if with_details else None, stamp)
    lines.append("END:VCALENDAR")
    content = "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")
    write_atomically(Path(out), content, Journal.of(session))  # plaintext, maybe names: no leftover
    return len(rows)


def _event(deadline: Deadline, number: str, name: str | None, stamp: str) -> list[str]:
    kind = deadline.kind.replace("_", " ")
    title = f"{number}: {kind} deadline"
    description = f"Case {number}: {kind} deadline, due {deadline.due.isoformat()}."
    if name is not None:
        title += f" — {name}"
        if deadline.description:
            description += "\n" + deadline.description
    lines = [
        "BEGIN:VEVENT",
        f"UID:deadline-{deadline.id}@{_UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(deadline.due)}",
        f"DTEND;VALUE=DATE:{_day(deadline.due + timedelta(days=1))}",
        f"SUMMARY:{escape(title)}",
        f"DESCRIPTION:{escape(description)}",
        f"CATEGORIES:{escape(deadline.kind)}",
        "TRANSP:TRANSPARENT",
    ]
    for days in ALARM_DAYS:
        when = "1 day" if days == 1 else f"{days} days"
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER;RELATED=START:-P{days}D",
            f"DESCRIPTION:{escape(f'{title} (in {when})')}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def escape(value: str) -> str:
    """A TEXT value as RFC 5545 (3.3.11) writes it."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    pieces, current, size = [], [], 0
    for character in line:
        width = len(character.encode("utf-8"))
        limit = 75 if not pieces else 74  # continuation lines start with one space
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(character)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _day(day: date) -> str:
    return day.strftime("%Y%m%d")


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
