"""The deadline calendar parses with an independent iCalendar parser, has alarms, and hides names."""

from datetime import date, timedelta

import icalendar
import pytest

from casetracker.services import calendar, cases, trash
from tests.services.files_helpers import ACTOR, NAME, add_case


@pytest.fixture
def deadlines(store):
    number = add_case(store)
    other = add_case(store, name="Пётр Сидоров", country="AM")
    long_text = "Подать апелляцию; приложить решение, перевод и доверенность. " * 4
    with store.transaction() as session:
        appeal = cases.add_deadline(
            session, ACTOR, number, date(2025, 5, 20), "appeal", description=long_text
        )
        done = cases.add_deadline(session, ACTOR, number, date(2025, 6, 1), "registration")
        cases.set_deadline_status(session, ACTOR, done.id, "done")
        gone = cases.add_deadline(session, ACTOR, other, date(2025, 7, 1), "hearing")
        trash.move_to_trash(session, ACTOR, "deadline", gone.id)
        hearing = cases.add_deadline(session, ACTOR, other, date(2025, 4, 2), "hearing")
    return number, other, appeal, hearing, long_text


def parse(path):
    raw = path.read_bytes()
    return raw, icalendar.Calendar.from_ical(raw)


def test_open_deadlines_parse_with_alarms_and_stable_uids(store, tmp_path, deadlines):
    number, other, appeal, hearing, _ = deadlines
    out = tmp_path / "deadlines.ics"
    with store.session() as session:
        assert calendar.write_calendar(session, out) == 2
    _, parsed = parse(out)
    events = parsed.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [
        f"deadline-{hearing.id}@exile-case-tracker.invalid",
        f"deadline-{appeal.id}@exile-case-tracker.invalid",
    ]
    first = events[1]
    assert first.decoded("DTSTART") == date(2025, 5, 20)  # an all-day date, not a time
    assert first.decoded("DTEND") == date(2025, 5, 21)
    assert str(first["SUMMARY"]) == f"{number}: appeal deadline"
    assert [alarm.decoded("TRIGGER") for alarm in first.walk("VALARM")] == [
        timedelta(days=-7),
        timedelta(days=-1),
    ]
    assert all(str(alarm["ACTION"]) == "DISPLAY" for alarm in first.walk("VALARM"))
    assert str(parsed["VERSION"]) == "2.0" and "PRODID" in parsed
    assert other in str(events[0]["SUMMARY"])


def test_no_names_or_free_text_by_default(store, tmp_path, deadlines):
    out = tmp_path / "deadlines.ics"
    with store.session() as session:
        calendar.write_calendar(session, out)
    raw, _ = parse(out)
    unfolded = raw.decode("utf-8").replace("\r\n ", "")
    for secret in (NAME, "Сидоров", "Подать апелляцию"):
        assert secret not in unfolded


def test_details_add_names_escaped_and_folded(store, tmp_path, deadlines):
    _, _, appeal, _, long_text = deadlines
    out = tmp_path / "deadlines.ics"
    with store.session() as session:
        calendar.write_calendar(session, out, with_details=True)
    raw, parsed = parse(out)
    [event] = [e for e in parsed.walk("VEVENT") if str(e["UID"]).startswith(f"deadline-{appeal.id}")]
    assert NAME in str(event["SUMMARY"])
    assert long_text.strip() in str(event["DESCRIPTION"])  # commas and semicolons survive escaping
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # never folded inside a character


def test_empty_store_gives_a_valid_empty_calendar(store, tmp_path):
    out = tmp_path / "empty.ics"
    with store.session() as session:
        assert calendar.write_calendar(session, out) == 0
    _, parsed = parse(out)
    assert parsed.walk("VEVENT") == []


def test_escape_and_fold():
    assert calendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = calendar._fold("SUMMARY:" + "я" * 100)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "я" * 100
