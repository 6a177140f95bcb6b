"""A writer for the crash test: commits one person at a time and reports each commit on stdout."""

import sys

from casetracker.services import cases, people
from casetracker.store.database import open_store

store = open_store(sys.argv[1], sys.argv[2])
start = int(sys.argv[3])
for index in range(start, start + 1_000_000):
    with store.transaction() as session:
        person = people.add_person(session, "writer", people.PersonDraft(name=f"Писатель {index}")).person
        cases.add_case(session, "writer", person.id, "other", "GE")
    print(index, flush=True)  # only after the commit returned
