"""Three laptops making random changes, offline for a while and syncing in random order, end equal.

After a full sync every laptop holds the same shared records and the same conflicts, and every
value anyone wrote is still somewhere: the value shown, one of the field's conflicting values, or
the record's history, on every laptop.
"""

import contextlib
import shutil
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlmodel import Session, col, select

from casetracker.dates import PartialDate
from casetracker.errors import Conflict
from casetracker.services import audit, cases, people, store_settings, trash
from casetracker.store.models import Case, Event, Note, Person, PersonMarker, PersonName, SyncRecord
from casetracker.team import merge
from casetracker.team.records import SHARED, as_json
from tests.team.team_helpers import Relay, laptop

NAMES = ("Тестова Анна", "Примеров Борис", "Образцова Вера", "Выдумкин Глеб")
SPELLINGS = ("Testova Anna", "Primerov Boris", "Obraztsova Vera", "Vydumkin Gleb", "Testowa Anna")
COUNTRIES = ("EE", "RS", "GE", "NL")
CASE_FIELDS = {
    "summary": st.sampled_from(("Denied at Narva", "Called the lawyer", "Waiting for the court", "")),
    "status": st.sampled_from(("open", "waiting", "appeal", "closed")),
    "priority": st.sampled_from(("low", "normal", "high", "urgent")),
    "lawyer": st.sampled_from(("", "Адвокат Первый", "Адвокат Второй")),
    "outcome": st.sampled_from(("", "Allowed to stay", "Left the country")),
}
EVENT_KINDS = ("entry", "exit", "entry_denied", "interview", "decision_negative", "appeal_filed", "hearing")
MARKERS = ("criminal_case", "wanted_federal", "foreign_agent")
NOTES = ("Встреча в четверг", "Звонил адвокат", "Documents received")
LAPTOPS = ("Anna", "Boris", "Vera")
laptops = st.integers(0, len(LAPTOPS) - 1)


def _rows(session: Session) -> dict[tuple[str, str], dict]:
    """Every shared row of a store as its operations carry it (times of the row's last local
    change left out: each laptop keeps its own)."""
    return {
        (entity, str(row.id)): as_json(row)
        for entity, model in SHARED.items()
        for row in session.exec(select(model))
    }


def _conflicts(session: Session) -> dict[str, dict]:
    return {
        str(record.record_id): {
            name: sorted((alternative.op, repr(alternative.value)) for alternative in values)
            for name, values in merge.conflicts(record.heads).items()
        }
        for record in session.exec(select(SyncRecord))
    }


def _history_values(session: Session, entity: str, record_id: str, name: str) -> list:
    """Every value the record's field held in its history (a spelling's or marker's history is
    also kept in its person's entries)."""
    found = []
    entries = audit.history(session, uuid.UUID(record_id))
    if entity == "person_marker":
        marker = session.get(PersonMarker, uuid.UUID(record_id))
        person_ids = {marker.person_id} if marker else set(session.exec(select(Person.id)))
        for person_id in person_ids:
            for entry in audit.history(session, person_id):
                for snapshot in (entry.before, entry.after):
                    found += [row for row in (snapshot or {}).get("markers", []) if row["id"] == record_id]
    for entry in entries:
        found += [snapshot for snapshot in (entry.before, entry.after) if snapshot]
    return [snapshot[name] for snapshot in found if name in snapshot]


@settings(
    max_examples=20, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
class ThreeLaptops(RuleBasedStateMachine):
    """Anna, Boris and Vera share one server; each edits and syncs when the test says."""

    @initialize()
    def open_stores(self):
        self.folder = Path(tempfile.mkdtemp(prefix="convergence-"))
        self.stores = [laptop(self.folder, name) for name in LAPTOPS]
        self.relay = Relay()
        # (entity, record id, field) -> every value some laptop wrote into it, as JSON
        self.written: dict[tuple[str, str, str], list] = {}
        # (record id, field) -> the values of a conflict a person saw when writing the field anew.
        # Such a value is gone from the history of a laptop where it lost the conflict, as
        # test_apply.test_a_value_that_lost_a_conflict_stays_in_the_history shows.
        self.chosen_over: dict[tuple[str, str], list] = {}
        # What the team shares from the start, so that laptops change the same records.
        self.add_person_and_case(0, NAMES[0], "EE")
        self.add_person_and_case(1, NAMES[1], "RS")
        self.relay.sync(*self.stores)

    def teardown(self):
        if not hasattr(self, "stores"):
            return
        try:
            for _ in range(2):
                for store in self.stores:
                    self.relay.push(store)
                    self.relay.pull(store)
            self._check_equal()
            event(f"operations: {len(self.relay.log) // 20 * 20}+")
            self._check_every_edit_kept()
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # --- what a caseworker does -------------------------------------------------------------

    def _write(self, who: int, work):
        """Run `work(session, actor)` on a laptop; note every field of the records it returns."""
        store = self.stores[who]
        with store.transaction() as session:
            actor = store_settings.current_actor(session)
            shown = {str(r.record_id): merge.conflicts(r.heads) for r in session.exec(select(SyncRecord))}
            written = work(session, actor)
            session.flush()
            for row in written or ():
                entity = str(row.__tablename__)
                for name, value in as_json(row).items():
                    if name not in _NOT_EDITS:
                        values = self.written.setdefault((entity, str(row.id), name), [])
                        if value not in values:
                            values.append(value)
                        seen = shown.get(str(row.id), {}).get(name, [])
                        self.chosen_over.setdefault((str(row.id), name), []).extend(a.value for a in seen)

    def _pick(self, who: int, data, statement):
        with self.stores[who].session() as session:
            found = list(session.exec(statement))
        return data.draw(st.sampled_from(found)) if found else None

    @rule(who=laptops, name=st.sampled_from(NAMES), country=st.sampled_from(COUNTRIES))
    def add_person_and_case(self, who, name, country):
        def work(session, actor):
            person = people.add_person(session, actor, people.PersonDraft(name=name))
            case = cases.add_case(session, actor, person.person.id, "entry_denial", country)
            return [case]

        self._write(who, work)

    @rule(who=laptops, data=st.data(), name=st.sampled_from(sorted(CASE_FIELDS)))
    def edit_case(self, who, data, name):
        number = self._pick(who, data, select(Case.number).where(col(Case.deleted_at).is_(None)))
        if number is None:
            return
        value = data.draw(CASE_FIELDS[name])
        self._write(who, lambda session, actor: [cases.update_case(session, actor, number, **{name: value})])

    @rule(who=laptops, data=st.data(), kind=st.sampled_from(EVENT_KINDS), day=st.integers(0, 300))
    def add_event(self, who, data, kind, day):
        number = self._pick(who, data, select(Case.number).where(col(Case.deleted_at).is_(None)))
        if number is None:
            return
        when = date(2026, 1, 1) + timedelta(days=day)

        def work(session, actor):
            case = cases.find_case(session, number)
            entries = [e.date for e in cases.timeline(session, case.id) if e.kind == "entry"]
            moment = max([when, *entries]) if kind == "exit" else when
            return [cases.add_event(session, actor, number, kind, PartialDate(moment, "exact"))]

        self._write(who, work)

    @rule(who=laptops, data=st.data(), text=st.sampled_from(NOTES))
    def add_note(self, who, data, text):
        number = self._pick(who, data, select(Case.number).where(col(Case.deleted_at).is_(None)))
        if number is not None:
            self._write(who, lambda session, actor: [cases.add_note(session, actor, number, text)])

    @rule(who=laptops, data=st.data(), text=st.sampled_from(SPELLINGS))
    def add_spelling(self, who, data, text):
        person_id = self._pick(who, data, select(Person.id).where(col(Person.deleted_at).is_(None)))
        if person_id is None:
            return
        with self.stores[who].session() as session:
            if text in people.get_person(session, person_id).person.name or text in {
                name.text
                for name in session.exec(select(PersonName).where(PersonName.person_id == person_id))
            }:
                return
        self._write(who, lambda session, actor: [people.add_spelling(session, actor, person_id, text)])

    @rule(
        who=laptops,
        data=st.data(),
        marker=st.sampled_from(MARKERS),
        detail=st.sampled_from(("", "ст. 207.3", "ст. 280")),
    )
    def set_marker(self, who, data, marker, detail):
        person_id = self._pick(who, data, select(Person.id).where(col(Person.deleted_at).is_(None)))
        if person_id is None:
            return
        draft = people.MarkerDraft(marker, detail)
        self._write(who, lambda session, actor: [people.set_marker(session, actor, person_id, draft)])

    @rule(who=laptops, data=st.data())
    def remove_marker(self, who, data):
        found = self._pick(who, data, select(PersonMarker.person_id, PersonMarker.marker))
        if found is not None:
            person_id, marker = found
            self._write(
                who, lambda session, actor: people.remove_marker(session, actor, person_id, marker) and []
            )

    @rule(who=laptops, data=st.data(), kind=st.sampled_from(("case", "event", "note")))
    def move_to_trash(self, who, data, kind):
        model = {"case": Case, "event": Event, "note": Note}[kind]
        row_id = self._pick(who, data, select(model.id).where(col(model.deleted_at).is_(None)))
        if row_id is not None:
            self._write(who, lambda session, actor: [trash.move_to_trash(session, actor, kind, row_id)])

    @rule(who=laptops, data=st.data(), kind=st.sampled_from(("case", "event", "note")))
    def restore(self, who, data, kind):
        model = {"case": Case, "event": Event, "note": Note}[kind]
        row_id = self._pick(who, data, select(model.id).where(col(model.deleted_at).is_not(None)))
        if row_id is None:
            return
        with contextlib.suppress(Conflict):  # its case is in the trash here: it waits for that
            self._write(who, lambda session, actor: [trash.restore(session, actor, row_id)])

    @rule(who=laptops)
    def push(self, who):
        self.relay.push(self.stores[who])

    @rule(who=laptops)
    def pull(self, who):
        self.relay.pull(self.stores[who])

    @rule(who=laptops)
    def push_and_pull(self, who):
        self.relay.push(self.stores[who])
        self.relay.pull(self.stores[who])

    # --- the checks after a full sync -------------------------------------------------------

    def _check_equal(self):
        states = []
        for store in self.stores:
            with store.session() as session:
                states.append((_rows(session), _conflicts(session)))
        event(f"records in conflict: {len(states[0][1]) and sum(bool(c) for c in states[0][1].values())}")
        for name, (rows, conflicts) in zip(LAPTOPS[1:], states[1:], strict=True):
            first_rows, first_conflicts = states[0]
            extra = sorted(set(rows) ^ set(first_rows))
            assert not extra, f"{name} and {LAPTOPS[0]} hold other records: {extra}"
            for key, value in rows.items():
                diff = {
                    f: (value.get(f), first_rows[key].get(f))
                    for f in value
                    if value.get(f) != first_rows[key].get(f)
                }
                assert not diff, f"{key} differs between {name} and {LAPTOPS[0]}: {diff}"
            differing = {
                key
                for key in set(conflicts) | set(first_conflicts)
                if conflicts.get(key) != first_conflicts.get(key)
            }
            assert not differing, f"{name}'s conflicts differ from {LAPTOPS[0]}'s: {sorted(differing)}"

    def _check_every_edit_kept(self):
        for store, name in zip(self.stores, LAPTOPS, strict=True):
            with store.session() as session:
                rows = _rows(session)
                records = {str(r.record_id): r.heads for r in session.exec(select(SyncRecord))}
                for (entity, record_id, field), values in self.written.items():
                    shown = rows.get((entity, record_id), {}).get(field, _MISSING)
                    heads = records.get(record_id, {})
                    alternatives = [a.value for a in merge.conflicts(heads).get(field, [])]
                    history = _history_values(session, entity, record_id, field)
                    for value in values:
                        kept = value == shown or value in alternatives or value in history
                        kept = kept or value in self.chosen_over.get((record_id, field), [])
                        assert kept, f"{name} lost {value!r} written into {entity}.{field} of {record_id}"


_MISSING = object()
# Not written by a person: a case's number is given by the laptop, and another laptop may have
# given the same one while offline (then one of the two cases is numbered again).
_NOT_EDITS = frozenset({"id", "created_at", "number", "alert"})
test_three_laptops_end_equal_and_keep_every_edit = ThreeLaptops.TestCase
