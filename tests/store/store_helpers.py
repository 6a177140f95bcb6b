"""Helpers for the store tests: a person with a distinctive name, and a file's digest."""

import hashlib

from casetracker.services import people

DISTINCTIVE_NAME = "Зиновий Перепелицын-Оглоблин"
DISTINCTIVE_LATIN = "ZINOVII PEREPELITSYN"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_person(store, name=DISTINCTIVE_NAME, latin=(DISTINCTIVE_LATIN,)):
    with store.transaction() as session:
        return people.add_person(
            session, "tester", people.PersonDraft(name=name, other_names=latin)
        ).person.id
