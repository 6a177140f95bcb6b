"""JSON export round trip, CSV per table, and encrypted case bundles between two laptops."""

import codecs
import csv
import io
import json
import os
import uuid
from datetime import date

import pytest

from casetracker.dates import PartialDate
from casetracker.errors import CaseTrackerError, Conflict
from casetracker.exchange import (
    UnreadableFile,
    WrongBundlePassphrase,
    content,
    export_data,
    import_bundle,
    import_json,
    import_sheet,
    write_bundle,
    write_json,
)
from casetracker.exchange import (
    write_csv as export_csv,
)
from casetracker.exchange.bundle import MAGIC, seal, unseal
from casetracker.services import audit, cases, people, trash
from casetracker.store.database import create_store
from tests.conftest import PASSPHRASE
from tests.exchange.exchange_samples import write_csv

BUNDLE_PASSPHRASE = "переход через Верхний Ларс"
FAST = {"scrypt_n": 2**10}  # tests only: the shipped default costs ~0.3 s per bundle


def fill(store, tmp_path) -> str:
    """Persons with spellings, markers, documents and family; cases with events, deadlines, notes, trash."""
    with store.transaction() as session:
        import_sheet(session, "tester", write_csv(tmp_path / "a.csv"))
        person = people.add_person(
            session,
            "tester",
            people.PersonDraft(
                name="Волков Алексей",
                other_names=("VOLKOV ALEKSEI", "Wolkow Alexej"),
                birth_date=date(1988, 3, 8),
                markers=(people.MarkerDraft("criminal_case", "ст. 207.3 УК РФ", date(2022, 4, 1)),),
            ),
        ).person
        people.add_document(session, "tester", person.id, "foreign_passport", "RU", "75 1234567")
        people.add_family_link(session, "tester", person.id, "сестра", relative_name="Волкова Анна")
        case = cases.add_case(session, "tester", person.id, "asylum", "DE", opened_on=date(2023, 5, 2))
        session.flush()
        cases.add_event(session, "tester", case.number, "application_filed", PartialDate(date(2023, 5, 2)))
        cases.add_deadline(session, "tester", case.number, date(2024, 1, 10), "hearing", description="суд")
        cases.add_note(session, "tester", case.number, "=Позвонить адвокату")
        other = cases.add_case(session, "tester", person.id, "other", "GE", opened_on=date(2022, 1, 1))
        session.flush()
        trash.move_to_trash(session, "tester", "case", other.id)
        return case.number


@pytest.mark.parametrize("include_audit", [False, True])
def test_json_export_round_trips_through_an_empty_store(store, tmp_path, include_audit):
    fill(store, tmp_path)
    with store.session() as session:
        written = write_json(session, tmp_path / "export.json", include_audit=include_audit)
    first = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert written == (4, 5)
    assert len(first["persons"]) == 4 and len(first["cases"]) == 5
    volkov = next(p for p in first["persons"] if p["name"] == "Волков Алексей")
    assert [n["text"] for n in volkov["names"]] == ["VOLKOV ALEKSEI", "Wolkow Alexej"]
    assert volkov["markers"][0]["detail"] == "ст. 207.3 УК РФ"
    assert volkov["documents"][0]["number"] == "75 1234567"
    assert volkov["family"][0]["relative_name"] == "Волкова Анна"
    assert any(c["deleted_at"] for c in first["cases"])  # the trash is part of "everything"
    assert ("audit" in first) is include_audit

    other = create_store(tmp_path / "other", PASSPHRASE)
    try:
        with other.transaction() as session:
            result = import_json(session, "colleague", tmp_path / "export.json")
        assert result.persons == 4
        with other.session() as session:
            second = export_data(session, include_audit=include_audit)
    finally:
        other.close()
    assert content(second) == content(json.loads(json.dumps(first)))


def test_records_read_in_small_chunks_give_the_same_export(store, tmp_path, monkeypatch):
    """The export reads persons and cases a thousand at a time with their parts; the chunks'
    edges must not lose, repeat or misplace a record."""
    from casetracker.exchange import export_json

    fill(store, tmp_path)
    with store.session() as session:
        whole = content(export_data(session, include_audit=True))
    monkeypatch.setattr(export_json, "CHUNK", 1)
    with store.session() as session:
        chunked = content(export_data(session, include_audit=True))
    assert chunked == whole
    assert [len(case["events"]) for case in whole["cases"]] == [len(c["events"]) for c in chunked["cases"]]


def test_rows_read_for_exports_are_exactly_what_the_models_give(store, tmp_path):
    """Exports read JSON values straight from the tables (store/json_rows.py): each must equal
    pydantic's own `model_dump(mode="json")` of the row, for every table and kind of value."""
    from datetime import UTC, datetime

    from sqlmodel import col, select

    from casetracker.exchange.export_csv import TABLES
    from casetracker.store.json_rows import json_rows
    from casetracker.store.models import AuditEntry, Note

    fill(store, tmp_path)
    with store.transaction() as session:  # a timestamp on a whole second: pydantic drops the fraction
        session.exec(select(Note)).first().created_at = datetime(2024, 3, 1, 12, 0, 5, tzinfo=UTC)
    with store.session() as session:
        for model in [*TABLES.values(), AuditEntry]:
            order = "at, id" if model is AuditEntry else "created_at, id"
            columns = (model.at, model.id) if model is AuditEntry else (model.created_at, model.id)
            expected = [
                row.model_dump(mode="json")
                for row in session.exec(select(model).order_by(*map(col, columns)))
            ]
            assert list(json_rows(session.connection(), model, order_by=order)) == expected, model.__name__
            assert expected or model.__name__ == "RuleOverrideRow"


def test_json_import_refuses_a_store_that_already_has_the_records(store, tmp_path):
    fill(store, tmp_path)
    with store.session() as session:
        write_json(session, tmp_path / "export.json")
    with store.transaction() as session, pytest.raises(Conflict, match="already in the store"):
        import_json(session, "tester", tmp_path / "export.json")


@pytest.mark.parametrize(
    "text", ["[]", "{}", '{"format": "exile-case-tracker-export", "version": 1, "persons": [{"name": 5}]}']
)
def test_damaged_json_is_explained(store, tmp_path, text):
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    with store.transaction() as session, pytest.raises(UnreadableFile):
        import_json(session, "tester", path)


def test_csv_per_table_with_bom_and_formula_escaping(store, tmp_path):
    number = fill(store, tmp_path)
    with store.session() as session:
        folder, files = export_csv(session, tmp_path / "csv")
    assert folder == tmp_path / "csv"  # a new folder is the export itself
    names = {path.name for path in files}
    assert {
        "persons.csv",
        "person_names.csv",
        "cases.csv",
        "events.csv",
        "deadlines.csv",
        "notes.csv",
    } <= names
    raw = (tmp_path / "csv" / "persons.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    persons = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert "Волков Алексей" in {p["name"] for p in persons}
    notes = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "notes.csv").read_text("utf-8-sig"))))
    assert notes[0]["text"] == "'=Позвонить адвокату" and notes[0]["case_number"] == number
    events = (tmp_path / "csv" / "events.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in events and "'-по запросу РФ" in events
    with store.session() as session:  # an earlier export is never overwritten: a new folder inside
        again, _ = export_csv(session, tmp_path / "csv")
    assert again.parent == tmp_path / "csv" and again.name.startswith("casetracker-tables-")
    assert not [path for path in tmp_path.rglob(".tmp-*")]


def test_case_bundle_moves_a_case_to_a_colleague(store, tmp_path):
    number = fill(store, tmp_path)
    path = tmp_path / "case.ctbundle"
    with store.session() as session:
        write_bundle(session, number, path, BUNDLE_PASSPHRASE, **FAST)
        original = cases.case_detail(session, number)
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert "Волков".encode() not in data and b"VOLKOV" not in data

    colleague = create_store(tmp_path / "colleague", "another passphrase")
    try:
        with colleague.transaction() as session:
            # The colleague already has a case with the same number: the imported one is renumbered.
            mine = people.add_person(session, "colleague", people.PersonDraft(name="Другой"))
            for _ in range(2):
                cases.add_case(
                    session, "colleague", mine.person.id, "asylum", "DE", opened_on=date(2023, 1, 1)
                )
        with colleague.transaction() as session:
            result = import_bundle(session, "colleague", path, BUNDLE_PASSPHRASE)
        assert number == "DE-2023-0002" and result.renumbered == {number: "DE-2023-0003"}
        with colleague.session() as session:
            received = cases.case_detail(session, "DE-2023-0003")
            assert received.case.id == original.case.id
            assert received.person.person.name == "Волков Алексей"
            assert len(received.person.names) == 2 and received.person.markers[0].marker == "criminal_case"
            assert [e.kind for e in received.events] == [e.kind for e in original.events]
            assert [d.due for d in received.deadlines] == [d.due for d in original.deadlines]
            assert received.notes[0].text == "=Позвонить адвокату"
            assert people.family_of(session, received.person.person.id)[0].name == "Волкова Анна"
        with colleague.transaction() as session, pytest.raises(Conflict):
            import_bundle(session, "colleague", path, BUNDLE_PASSPHRASE)  # the same case twice
    finally:
        colleague.close()


def test_a_bundle_carries_the_case_files_checked_and_re_encrypted_for_the_colleague(store, tmp_path):
    from casetracker.services import attachments
    from casetracker.services.attachments import AttachmentProblem

    number = fill(store, tmp_path)
    files = {"решение.pdf": os.urandom(50_000), "empty.txt": b""}
    with store.transaction() as session:
        event = cases.case_detail(session, number).events[0]
        for index, (name, content) in enumerate(files.items()):
            (tmp_path / name).write_bytes(content)
            attachments.add_attachment(
                session, "tester", number, tmp_path / name, store.paths.attachments,
                event_id=event.id if index == 0 else None,
            )  # fmt: skip
        (tmp_path / "wrong client.pdf").write_bytes(b"not for this case")
        wrong = attachments.add_attachment(
            session, "tester", number, tmp_path / "wrong client.pdf", store.paths.attachments
        )
        trash.move_to_trash(session, "tester", "attachment", wrong.id)
    path = tmp_path / "case.ctbundle"
    with store.session() as session:
        write_bundle(
            session, number, path, BUNDLE_PASSPHRASE, attachments_dir=store.paths.attachments, **FAST
        )
    sent = unseal(path.read_bytes(), BUNDLE_PASSPHRASE)
    assert sorted(entry["filename"] for entry in sent["files"]) == sorted(files)
    assert "wrong client" not in json.dumps(sent, ensure_ascii=False)  # neither the file nor its history

    colleague = create_store(tmp_path / "colleague", "another passphrase")
    try:
        with colleague.transaction() as session, pytest.raises(CaseTrackerError, match="evidence files"):
            import_bundle(session, "colleague", path, BUNDLE_PASSPHRASE)  # files must not be dropped
        with colleague.transaction() as session:
            result = import_bundle(
                session, "colleague", path, BUNDLE_PASSPHRASE, attachments_dir=colleague.paths.attachments
            )
        assert result.files == 2  # the file in the trash stayed behind
        with colleague.session() as session:
            received = {
                row.filename: row for row in attachments.list_attachments(session, result.case_numbers[0])
            }
            assert sorted(received) == sorted(files)
            for name, content in files.items():
                row = received[name]
                assert attachments.open_attachment(session, row.id, colleague.paths.attachments) == content
            assert received["решение.pdf"].event_id == event.id and received["empty.txt"].event_id is None
            history = audit.history_of_case(session, received["решение.pdf"].case_id)
            assert {"create", "import"} <= {e.action for e in history if e.entity == "attachment"}
        # encrypted under the colleague's own key: the sender's blobs are not simply copied
        sent = {blob.read_bytes() for blob in store.paths.attachments.iterdir()}
        assert not sent & {blob.read_bytes() for blob in colleague.paths.attachments.iterdir()}
    finally:
        colleague.close()

    with store.session() as session:  # a file changed on disk stops the bundle: nothing is written
        [decision] = [
            row for row in attachments.list_attachments(session, number) if row.filename == "решение.pdf"
        ]
    blob = store.paths.attachments / decision.blob_name
    flipped = bytearray(blob.read_bytes())
    flipped[-1] ^= 1
    blob.write_bytes(bytes(flipped))
    with store.session() as session, pytest.raises(AttachmentProblem):
        write_bundle(session, number, tmp_path / "again.ctbundle", BUNDLE_PASSPHRASE,
                     attachments_dir=store.paths.attachments, **FAST)  # fmt: skip
    assert not (tmp_path / "again.ctbundle").exists()


@pytest.fixture
def sent_bundle(store, tmp_path):
    """A genuine bundle of a case with one evidence file, unsealed: (payload, case number)."""
    from casetracker.services import attachments

    number = fill(store, tmp_path)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 scan")
    with store.transaction() as session:
        attachments.add_attachment(session, "tester", number, tmp_path / "scan.pdf", store.paths.attachments)
    path = tmp_path / "genuine.ctbundle"
    with store.session() as session:
        write_bundle(
            session, number, path, BUNDLE_PASSPHRASE, attachments_dir=store.paths.attachments, **FAST
        )
    return unseal(path.read_bytes(), BUNDLE_PASSPHRASE)


def seal_crafted(tmp_path, payload):
    """`payload` sealed as a colleague's app would seal it."""
    path = tmp_path / f"crafted-{uuid.uuid4().hex[:8]}.ctbundle"
    path.write_bytes(seal(payload, BUNDLE_PASSPHRASE, **FAST))
    return path


def receive(tmp_path, payload):
    """Import a crafted bundle into a fresh store; that store, open."""
    path = seal_crafted(tmp_path, payload)
    colleague = create_store(tmp_path / f"colleague-{uuid.uuid4().hex[:8]}", "another passphrase")
    try:
        with colleague.transaction() as session:
            import_bundle(
                session, "colleague", path, BUNDLE_PASSPHRASE, attachments_dir=colleague.paths.attachments
            )
    except BaseException:
        colleague.close()
        raise
    return colleague


@pytest.mark.parametrize("field", ["case_id", "event_id"])
def test_a_crafted_bundle_cannot_put_a_file_on_another_case_nor_leave_blobs(tmp_path, sent_bundle, field):
    """A bundle comes from outside: its files may land only on its own case and that case's events.
    A refused import leaves nothing: no rows, and no encrypted file of the genuine first entry."""
    from casetracker.errors import InvalidInput
    from casetracker.services import attachments

    colleague = create_store(tmp_path / "colleague", "another passphrase")
    try:
        with colleague.transaction() as session:
            mine = people.add_person(session, "colleague", people.PersonDraft(name="Другой человек"))
            case = cases.add_case(
                session, "colleague", mine.person.id, "asylum", "AM", opened_on=date(2023, 1, 1)
            )
            cases.add_event(session, "colleague", case.number, "entry", PartialDate(date(2023, 1, 2)))
            session.flush()
            own = {
                "case_id": str(case.id),
                "event_id": str(cases.case_detail(session, case.number).events[0].id),
            }
        crafted = json.loads(json.dumps(sent_bundle))
        crafted["files"].append(dict(crafted["files"][0], id=str(uuid.uuid4()), **{field: own[field]}))
        path = seal_crafted(tmp_path, crafted)
        refused = r"no case in the bundle|not on its case"
        with pytest.raises(InvalidInput, match=refused), colleague.transaction() as session:
            import_bundle(
                session, "colleague", path, BUNDLE_PASSPHRASE, attachments_dir=colleague.paths.attachments
            )
        with colleague.session() as session:
            assert [c.number for c in cases.list_cases(session)] == [case.number]  # nothing imported
            assert attachments.list_attachments(session, case.number) == []
        assert list(colleague.paths.attachments.iterdir()) == []
    finally:
        colleague.close()


def test_a_file_name_from_a_bundle_is_only_ever_a_name(tmp_path, sent_bundle):
    from casetracker.services import attachments

    sent_bundle["files"][0]["filename"] = "../../.config/autostart/evil\x07.desktop"  # a bell in it
    colleague = receive(tmp_path, sent_bundle)
    try:
        with colleague.session() as session:
            number = cases.list_cases(session)[0].number
            [received] = attachments.list_attachments(session, number)
        assert received.filename == "evil.desktop"
    finally:
        colleague.close()


def test_a_bundle_that_inflates_or_lies_about_its_sizes_is_refused(tmp_path, sent_bundle, monkeypatch):
    from casetracker.errors import InvalidInput
    from casetracker.exchange import bundle

    lying = json.loads(json.dumps(sent_bundle))
    lying["files"][0]["size"] = 1  # the content is longer than a one-byte file's
    with pytest.raises(InvalidInput, match="damaged"):
        receive(tmp_path, lying)
    huge = json.loads(json.dumps(sent_bundle))
    huge["files"][0]["size"] = 10**12
    with pytest.raises(InvalidInput, match="larger than a bundle may carry"):
        receive(tmp_path, huge)
    monkeypatch.setattr(bundle, "MAX_PAYLOAD_BYTES", 1000)  # as if the case alone were too large
    with pytest.raises(UnreadableFile, match="more than a case bundle may"):
        receive(tmp_path, sent_bundle)


def test_bundle_wrong_passphrase_tampering_and_garbage(store, tmp_path):
    number = fill(store, tmp_path)
    path = tmp_path / "case.ctbundle"
    with store.session() as session:
        write_bundle(session, number, path, BUNDLE_PASSPHRASE, **FAST)
    with store.transaction() as session, pytest.raises(WrongBundlePassphrase):
        import_bundle(session, "x", path, "not the passphrase")
    tampered = bytearray(path.read_bytes())
    tampered[-5] ^= 1
    path.write_bytes(bytes(tampered))
    with store.transaction() as session, pytest.raises(WrongBundlePassphrase):
        import_bundle(session, "x", path, BUNDLE_PASSPHRASE)
    path.write_bytes(b"hello")
    with store.transaction() as session, pytest.raises(UnreadableFile, match="not a case bundle"):
        import_bundle(session, "x", path, BUNDLE_PASSPHRASE)
    path.write_bytes(MAGIC + b"\x00\x00\x00\x05{bad}")
    with store.transaction() as session, pytest.raises(UnreadableFile, match="damaged"):
        import_bundle(session, "x", path, BUNDLE_PASSPHRASE)


def test_bundle_passphrase_must_not_be_trivial(store, tmp_path):
    number = fill(store, tmp_path)
    with store.session() as session, pytest.raises(Exception, match="at least"):
        write_bundle(session, number, tmp_path / "b", "short", **FAST)
