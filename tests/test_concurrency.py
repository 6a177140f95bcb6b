"""Several writers at once: each waits its turn; none is refused, nothing is lost."""

import json
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from casetracker.services import cases, people
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def _a_case(store) -> str:
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft("Фиктивная Персона"))
        case = cases.add_case(
            session, "t", person.person.id, "entry_denial", "GE", opened_on=date(2024, 1, 5)
        )
        return case.number


def test_a_write_waits_for_another_processs_write_instead_of_being_refused(store, store_dir):
    """The second store object stands for another process (its own connections and locks). Its
    transaction reads first; the other writes and commits meanwhile. Begun as a read, it would be
    refused at its first write ("database is locked") without waiting; it must wait and succeed."""
    number = _a_case(store)
    other = open_store(store_dir, PASSPHRASE)
    holding = threading.Event()
    released = threading.Event()

    def long_write() -> None:
        with store.transaction() as session:
            cases.add_note(session, "first", number, "the first writer's note")
            holding.set()
            time.sleep(1.0)
        released.set()

    writer = threading.Thread(target=long_write)
    writer.start()
    holding.wait(5)
    started = time.monotonic()
    try:
        with other.transaction() as session:
            cases.find_case(session, number)  # a read, then the write
            cases.add_note(session, "second", number, "the second writer's note")
    finally:
        writer.join()
    waited = time.monotonic() - started
    assert released.is_set() and waited > 0.5  # it queued behind the first
    with other.session() as session:
        notes = cases.case_detail(session, number).notes
    other.close()
    assert {note.author for note in notes} == {"first", "second"}


@pytest.mark.slow
def test_three_writer_processes_have_none_of_their_writes_refused_or_lost():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "writers.py"), "--processes", "3", "--seconds", "6"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("WRITERS-RESULT ")]
    summary = json.loads(line.removeprefix("WRITERS-RESULT "))
    assert summary["committed"] > 100, summary  # they really wrote, and at the same time
    assert summary["refused"] == 0 and summary["failed"] == 0, summary
    assert summary["lost"] == 0 and summary["failures"] == []
    assert result.returncode == 0, result.stderr[-2000:]
