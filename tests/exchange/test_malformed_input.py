"""Malformed files and values are refused with the place named, and the store is left as it was."""

import json
import uuid
from datetime import date

import pytest

from casetracker.errors import CaseTrackerError, Conflict, InvalidInput
from casetracker.exchange import import_sheet
from casetracker.exchange.bundle import import_bundle
from casetracker.exchange.problems import UnreadableFile
from casetracker.exchange.restore import import_json
from casetracker.services import cases, people
from casetracker.services.validation import NAME_MAX
from casetracker.store.database import create_store
from tests.exchange.test_bundle import BUNDLE_PASSPHRASE, seal_crafted, sent_bundle  # noqa: F401
from tests.store_digest import store_digest

HEAD = "ФИО;Дата рождения;Страна;Тип дела;Заметка\r\n"
ROWS = [f"Человек Номер{i};01.01.1990;GE;Отказ во въезде;" for i in range(1, 50)]


def _csv(tmp_path, lines: list[str]):
    path = tmp_path / "cases.csv"
    path.write_bytes((HEAD + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _import(store, path, **options):
    with store.transaction() as session:
        return import_sheet(session, "tester", path, **options)


def _quote_opened(rows: list[str], index: int) -> None:
    rows[index] = '"' + rows[index]


def _quote_closed(rows: list[str], index: int) -> None:
    rows[index] = rows[index].replace(";", '";', 1)


@pytest.mark.parametrize(
    "change, row",
    [
        # A stray quotation mark that is never closed: everything after it would be one cell.
        (lambda rows: _quote_opened(rows, 10), 12),
        # The same on the last row.
        (lambda rows: _quote_opened(rows, 48), 50),
        # A stray one closed many rows later, the closing mark followed by a delimiter.
        (lambda rows: (_quote_opened(rows, 10), _quote_closed(rows, 29)), 12),
    ],
)
def test_a_stray_quotation_mark_refuses_the_file_naming_the_row(store, tmp_path, change, row):
    rows = list(ROWS)
    change(rows)
    path = _csv(tmp_path, rows)
    before = store_digest(store)
    for dry_run in (True, False):
        with pytest.raises(UnreadableFile, match=f"row {row} ") as refused:
            _import(store, path, dry_run=dry_run)
        assert "quotation mark" in str(refused.value) and "nothing was imported" in str(refused.value)
    assert store_digest(store) == before


def test_a_note_over_several_lines_in_quotes_is_read_as_one_cell(store, tmp_path):
    rows = list(ROWS)
    rows[5] = rows[5] + '"первая строка; с точкой с запятой\r\nвторая строка"'
    result = _import(store, _csv(tmp_path, rows))
    assert len(result.case_numbers) == len(ROWS)


@pytest.mark.parametrize("bad", ["\n", "\r", "\x07", "\x00", "\u202e", "\u2066"])
def test_a_name_refuses_control_and_direction_characters(store, bad):
    with store.transaction() as session, pytest.raises(InvalidInput) as refused:
        people.add_person(session, "t", people.PersonDraft(f"Иван{bad}Петров"))
    assert refused.value.field == "name"
    with store.session() as session:
        assert people.find_people(session, "Иван") == []


def test_names_and_lines_have_sane_limits_and_notes_keep_their_line_breaks(store):
    with store.transaction() as session, pytest.raises(InvalidInput, match="longer than 300"):
        people.add_person(session, "t", people.PersonDraft("Я" * (NAME_MAX + 1)))
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft("Иван Петров"))
        number = cases.add_case(session, "t", person.person.id, "asylum", "DE").number
        note = cases.add_note(session, "t", number, "первая строка\nвторая строка\tс табуляцией")
    assert "\n" in note.text


@pytest.mark.parametrize("day", [date(1, 1, 2), date(9999, 12, 31), date(1899, 12, 31)])
def test_an_event_outside_the_years_of_a_case_is_refused(store, day):
    from casetracker.dates import PartialDate

    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft("Иван Петров"))
        number = cases.add_case(session, "t", person.person.id, "asylum", "DE").number
    with store.transaction() as session, pytest.raises(InvalidInput, match="outside the years 1900 to 2099"):
        cases.add_event(session, "t", number, "entry", PartialDate(day))


# --- JSON exports and case bundles go through the same checks --------------------------------------


def _export(store, tmp_path) -> dict:
    from casetracker.exchange import export_data

    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft("Ольга Кузнецова"))
        number = cases.add_case(session, "t", person.person.id, "asylum", "DE").number
        from casetracker.dates import PartialDate

        cases.add_event(session, "t", number, "application_filed", PartialDate(date(2024, 3, 1)))
    with store.session() as session:
        return json.loads(json.dumps(export_data(session), default=str))


DAMAGE = {
    "an event dated in the year 1": lambda d: d["cases"][0]["events"][0].__setitem__("date", "0001-01-02"),
    "an event dated 9999-12-31": lambda d: d["cases"][0]["events"][0].__setitem__("date", "9999-12-31"),
    "a name with a NUL": lambda d: d["persons"][0].__setitem__("name", "Ольга\x00Кузнецова"),
    "a name of 2,000 characters": lambda d: d["persons"][0].__setitem__("name", "Я" * 2000),
    "the country xx1": lambda d: d["cases"][0].__setitem__("country", "xx1"),
    "the case number ../../etc": lambda d: d["cases"][0].__setitem__("number", "../../etc"),
    "an unknown event kind": lambda d: d["cases"][0]["events"][0].__setitem__("kind", "teleported"),
    "a case without its person": lambda d: d.__setitem__("persons", []),
    "a creation time with no time zone": lambda d: d["persons"][0].__setitem__(
        "created_at", "2024-03-01T10:00:00"
    ),
    "a creation time in the year 1": lambda d: d["persons"][0].__setitem__("created_at", "0001-01-02"),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_json_export_is_refused_and_nothing_is_imported(store, tmp_path, damage):
    document = _export(store, tmp_path)
    DAMAGE[damage](document)
    target = create_store(tmp_path / "target", "target passphrase")
    try:
        before = store_digest(target)
        with target.transaction() as session, pytest.raises(CaseTrackerError) as refused:
            import_json(session, "t", document)
        assert "Ольга" not in str(refused.value)  # names the place, never the person
        assert store_digest(target) == before
    finally:
        target.close()


def without_files(bundle: dict) -> dict:
    """A deep copy of a bundle's payload, its evidence files left out."""
    payload = json.loads(json.dumps(bundle))
    payload["files"] = []
    return payload


def refused_leaving_it_unchanged(target, tmp_path, payload: dict, error: type[Exception]) -> None:
    before = store_digest(target)
    with target.transaction() as session, pytest.raises(error):
        import_bundle(session, "me", seal_crafted(tmp_path, payload), BUNDLE_PASSPHRASE)
    assert store_digest(target) == before


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_crafted_bundle_is_refused_by_the_same_checks(tmp_path, sent_bundle, damage):  # noqa: F811
    payload = without_files(sent_bundle)
    DAMAGE[damage](payload)
    target = create_store(tmp_path / "target", "target passphrase")
    try:
        refused_leaving_it_unchanged(target, tmp_path, payload, CaseTrackerError)
    finally:
        target.close()


def test_a_bundle_cannot_hang_its_case_on_someone_already_here(tmp_path, sent_bundle):  # noqa: F811
    payload = without_files(sent_bundle)
    target = create_store(tmp_path / "target", "target passphrase")
    try:
        with target.transaction() as session:
            here = people.add_person(session, "me", people.PersonDraft("Совсем Другой Человек")).person
        # The case names the local person's id, and the bundle carries no such person...
        alone = json.loads(json.dumps(payload))
        alone["persons"] = []
        alone["cases"][0]["person_id"] = str(here.id)
        # ... or carries a record with that id but another name.
        posing = json.loads(json.dumps(payload))
        posing["persons"][0]["id"] = str(here.id)
        posing["cases"][0]["person_id"] = str(here.id)
        for crafted, refusal in ((alone, UnreadableFile), (posing, Conflict)):
            refused_leaving_it_unchanged(target, tmp_path, crafted, refusal)
    finally:
        target.close()


def test_history_received_in_a_bundle_says_so_and_never_reads_as_local(tmp_path, sent_bundle):  # noqa: F811
    from sqlmodel import select

    from casetracker.store.models import AuditEntry

    payload = without_files(sent_bundle)
    payload["bundle"]["from"] = "Коллега Анна"
    forged = dict(payload["audit"][0])
    forged |= {"id": str(uuid.uuid4()), "actor": "me", "entity_id": str(uuid.uuid4())}
    forged["at"] = "2001-01-01T00:00:00Z"
    payload["audit"].append(forged)  # about nothing the bundle brings
    target = create_store(tmp_path / "target", "target passphrase")
    try:
        with target.transaction() as session:
            import_bundle(session, "me", seal_crafted(tmp_path, payload), BUNDLE_PASSPHRASE)
        with target.session() as session:
            entries = list(session.exec(select(AuditEntry)))
    finally:
        target.close()
    received = [entry for entry in entries if entry.action != "import"]
    assert received
    assert all(entry.actor.endswith("(received in a bundle from Коллега Анна)") for entry in received)
    assert str(forged["entity_id"]) not in {str(entry.entity_id) for entry in entries}
    assert {entry.actor for entry in entries if entry.action == "import"} == {"me"}


# --- what would take the machine down -----------------------------------------------------------------


def test_a_workbook_that_unpacks_to_hundreds_of_megabytes_is_refused_unread(tmp_path):
    import zipfile

    from casetracker.exchange.sheets import read_tables

    bomb = tmp_path / "cases.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            for _ in range(210):
                part.write(b" " * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(UnreadableFile, match="unpacks to 210 MB"):
        read_tables(bomb)


def test_a_bundle_asking_for_a_ruinous_key_derivation_is_refused_before_deriving(tmp_path):
    import base64
    import os

    from casetracker.exchange.bundle import MAGIC, unseal

    header = {
        "kdf": "scrypt",
        "n": 2**20,
        "r": 32,
        "p": 1,
        "cipher": "AES-256-GCM",
        "compression": "zlib",
        "salt": base64.b64encode(os.urandom(16)).decode(),
        "nonce": base64.b64encode(os.urandom(12)).decode(),
    }
    raw = json.dumps(header).encode()  # fmt: skip
    crafted = MAGIC + len(raw).to_bytes(4, "big") + raw + os.urandom(64)
    with pytest.raises(UnreadableFile, match="key-derivation settings are out of range"):
        unseal(crafted, "any passphrase at all")
