"""Encrypted case bundles between two laptops."""

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
    import_bundle,
    write_bundle,
)
from casetracker.exchange.bundle import MAGIC, seal, unseal
from casetracker.services import audit, cases, people, trash
from casetracker.store.database import create_store
from tests.exchange.exchange_samples import fill

BUNDLE_PASSPHRASE = "переход через Верхний Ларс"
FAST = {"scrypt_n": 2**10}  # tests only: the shipped default costs ~0.3 s per bundle


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
