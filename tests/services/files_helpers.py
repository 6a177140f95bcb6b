"""Small builders shared by the tests of attachments, backups and the calendar."""

import json
from datetime import date
from pathlib import Path

from casetracker.services import attachments, cases, people
from casetracker.store.database import Store

ACTOR = "tester"
NAME = "Мария Иванова"


def add_case(store: Store, name: str = NAME, country: str = "GE") -> str:
    with store.transaction() as session:
        person = people.add_person(session, ACTOR, people.PersonDraft(name=name)).person
        case = cases.add_case(session, ACTOR, person.id, "asylum", country, opened_on=date(2024, 3, 1))
        return case.number


def attach(store: Store, number: str, path: Path, content: bytes):
    path.write_bytes(content)
    with store.transaction() as session:
        return attachments.add_attachment(session, ACTOR, number, path, store.paths.attachments)


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def make_case(cli) -> str:
    """A new store with one person and one case, made with the command line; the case number."""
    cli("init")
    person = json.loads(cli("person", "add", "--name", "Анна Смирнова", "--json").stdout)
    case = json.loads(
        cli("case", "add", "--person", person["id"], "--kind", "asylum", "--country", "GE", "--json").stdout
    )
    return case["number"]
