"""Laptops of a team in one test: real encrypted stores that exchange their operations in the
order a server would hand them out."""

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.services import cases, people, store_settings
from casetracker.store.database import Store, create_store
from casetracker.store.models import SyncOutbox
from casetracker.team import apply, membership, oplog, sync
from casetracker.team.admin import invite

PASSPHRASE = "team test passphrase"


@dataclass
class Relay:
    """What a server keeps: every operation once, in the order it was stored."""

    log: list[apply.Incoming] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)  # each laptop's position in the log

    def push(self, laptop: Store) -> int:
        with laptop.transaction() as session:
            oplog.capture(session)
            waiting = session.exec(select(SyncOutbox).order_by(SyncOutbox.seq)).all()
            for row in waiting:
                self.log.append(apply.Incoming(row.scope_id, row.body))
                session.delete(row)
        return len(waiting)

    def pull(self, laptop: Store) -> apply.Applied:
        start = self.seen.get(str(laptop.paths.root), 0)
        with laptop.transaction() as session:
            result = apply.apply_incoming(session, self.log[start:])
        self.seen[str(laptop.paths.root)] = len(self.log)
        return result

    def sync(self, *laptops: Store) -> None:
        """Each laptop pushes and pulls, then each pulls again: all have seen everything."""
        for laptop in laptops:
            self.push(laptop)
            self.pull(laptop)
        for laptop in laptops:
            self.push(laptop)
            self.pull(laptop)


def laptop(folder: Path, name: str) -> Store:
    store = create_store(folder / name, PASSPHRASE)
    with store.transaction() as session:
        store_settings.set_setting(session, store_settings.CASEWORKER, name)
        store_settings.set_setting(session, oplog.REPLICA, str(uuid.uuid4()))
        oplog.share_everything(session)
    return store


def a_case(store: Store, name: str = "Тестова Анна", country: str = "EE") -> str:
    """A person, their case and an entry denial; the case's number."""
    with store.transaction() as session:
        actor = store_settings.current_actor(session)
        person = people.add_person(session, actor, people.PersonDraft(name=name))
        case = cases.add_case(session, actor, person.person.id, "entry_denial", country)
        cases.add_event(session, actor, case.number, "entry_denied", PartialDate(date(2026, 11, 20), "exact"))
        return case.number


def joined_laptop(folder: Path, admin_dsn: str, name: str, role: str = "caseworker"):
    """A new store whose member (`name`, `role`) was invited and has joined: the store and its invitation."""
    store = create_store(folder / name, PASSPHRASE)
    with store.transaction() as session:
        store_settings.set_setting(session, store_settings.CASEWORKER, name)
    invitation = invite(admin_dsn, name, role)
    membership.join(store, invitation)
    return store, invitation


def supervisor_sync(store: Store):
    """A supervisor's sync: the round, and the key upkeep it ended with."""
    result = sync.sync(store)
    return result, result.upkeep
