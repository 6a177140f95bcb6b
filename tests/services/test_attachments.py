"""Evidence files: encrypted at intake, checked at every open and export, damage said plainly."""

import errno
import hashlib
import os
import uuid

import pytest
from sqlmodel import select

from casetracker.errors import CaseTrackerError, DiskFull, InvalidInput, NotFound
from casetracker.services import attachments, audit
from casetracker.services.attachments import CHUNK, AttachmentProblem
from casetracker.services.store_settings import get_setting
from casetracker.store.models import Attachment, AuditEntry
from tests.services.files_helpers import ACTOR, add_case, attach, flip_byte


@pytest.mark.parametrize("size", [0, 1, 1000, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 17])
def test_round_trip_keeps_every_byte_and_the_checksum(store, tmp_path, size):
    number = add_case(store)
    content = os.urandom(size)
    attachment = attach(store, number, tmp_path / "scan.pdf", content)
    assert attachment.sha256 == hashlib.sha256(content).hexdigest()
    assert attachment.size == size
    assert attachment.media_type == "application/pdf"
    with store.session() as session:
        assert attachments.open_attachment(session, attachment.id, store.paths.attachments) == content
    assert (tmp_path / "scan.pdf").read_bytes() == content  # the source is never changed


def test_blob_is_encrypted_and_named_randomly(store, tmp_path):
    number = add_case(store)
    content = b"Decision of the migration service, Tbilisi " * 100
    attachment = attach(store, number, tmp_path / "Ivanova decision.pdf", content)
    [blob] = list(store.paths.attachments.iterdir())
    assert blob.name == attachment.blob_name
    assert "Ivanova" not in blob.name and "decision" not in blob.name
    raw = blob.read_bytes()
    assert b"migration service" not in raw
    assert not list(store.paths.attachments.glob(".tmp-*"))


def test_key_is_made_once_and_kept_in_the_database(store, tmp_path):
    number = add_case(store)
    first = attach(store, number, tmp_path / "a.jpg", b"one")
    with store.session() as session:
        key = get_setting(session, attachments.KEY_SETTING)
    second = attach(store, number, tmp_path / "b.jpg", b"two")
    with store.session() as session:
        assert get_setting(session, attachments.KEY_SETTING) == key
        assert attachments.open_attachment(session, first.id, store.paths.attachments) == b"one"
        assert attachments.open_attachment(session, second.id, store.paths.attachments) == b"two"


def test_one_audit_entry_per_intake(store, tmp_path):
    number = add_case(store)
    attachment = attach(store, number, tmp_path / "a.jpg", b"photo")
    with store.session() as session:
        entries = audit.history(session, attachment.id)
    assert [(e.action, e.actor) for e in entries] == [("create", ACTOR)]
    assert entries[0].after["sha256"] == attachment.sha256


def test_export_writes_a_checked_copy_and_audits_it(store, tmp_path):
    number = add_case(store)
    content = os.urandom(3 * CHUNK + 5)
    attachment = attach(store, number, tmp_path / "video.mp4", content)
    target = tmp_path / "out" / "copy.mp4"
    target.parent.mkdir()
    attachments.export_attachment(store, attachment.id, target, actor=ACTOR)
    assert target.read_bytes() == content
    with store.session() as session:
        assert [e.action for e in audit.history(session, attachment.id)] == ["create", "export"]
    with pytest.raises(Exception, match="already exists"):
        attachments.export_attachment(store, attachment.id, target)


def test_tampered_blob_is_reported_plainly_and_nothing_is_written(store, tmp_path):
    number = add_case(store)
    attachment = attach(store, number, tmp_path / "letter.pdf", os.urandom(5000))
    blob = store.paths.attachments / attachment.blob_name
    flip_byte(blob, 100)
    target = tmp_path / "copy.pdf"
    with store.session() as session:
        with pytest.raises(AttachmentProblem, match="changed or damaged") as raised:
            attachments.open_attachment(session, attachment.id, store.paths.attachments)
        assert number in str(raised.value)
        assert "letter.pdf" not in str(raised.value)  # file names stay out of error messages
        assert raised.value.filename == "letter.pdf"
        with pytest.raises(AttachmentProblem):
            attachments.export_attachment(store, attachment.id, target)
        [problem] = attachments.verify_attachments(session, store.paths.attachments)
    assert not target.exists()
    assert list(tmp_path.glob(".tmp-*")) == []
    assert problem.kind == "changed"
    assert problem.case_number == number
    assert "letter.pdf" in problem.message and attachment.blob_name in problem.message
    assert "Restore the store from a backup" in problem.message


def test_missing_blob_is_reported_plainly(store, tmp_path):
    number = add_case(store)
    attachment = attach(store, number, tmp_path / "photo.jpg", b"jpeg bytes")
    (store.paths.attachments / attachment.blob_name).unlink()
    with store.session() as session:
        with pytest.raises(AttachmentProblem, match="missing"):
            attachments.open_attachment(session, attachment.id, store.paths.attachments)
        [problem] = attachments.verify_attachments(session, store.paths.attachments)
    assert problem.kind == "missing"
    assert f"Case {number}, file 'photo.jpg'" in problem.message


def test_cut_short_blob_fails_even_at_a_chunk_boundary(store, tmp_path):
    number = add_case(store)
    attachment = attach(store, number, tmp_path / "big.bin", os.urandom(2 * CHUNK))
    blob = store.paths.attachments / attachment.blob_name
    blob.write_bytes(blob.read_bytes()[: 16 + CHUNK + 16])  # header and the first whole chunk only
    with store.session() as session:
        [problem] = attachments.verify_attachments(session, store.paths.attachments)
    assert problem.kind == "changed"


def test_blob_swapped_for_another_attachments_blob_fails(store, tmp_path):
    number = add_case(store)
    first = attach(store, number, tmp_path / "a.bin", b"first")
    second = attach(store, number, tmp_path / "b.bin", b"second")
    (store.paths.attachments / first.blob_name).write_bytes(
        (store.paths.attachments / second.blob_name).read_bytes()
    )
    with store.session() as session:
        problems = attachments.verify_attachments(session, store.paths.attachments)
    assert [(p.attachment_id, p.kind) for p in problems] == [(first.id, "changed")]


def test_checksum_mismatch_is_reported(store, tmp_path):
    number = add_case(store)
    attachment = attach(store, number, tmp_path / "a.bin", b"content")
    with store.transaction() as session:
        row = session.get(Attachment, attachment.id)
        row.sha256 = "0" * 64
    with store.session() as session:
        [problem] = attachments.verify_attachments(session, store.paths.attachments)
        with pytest.raises(AttachmentProblem, match="SHA-256"):
            attachments.open_attachment(session, attachment.id, store.paths.attachments)
    assert problem.kind == "checksum"


def test_sound_store_has_no_problems(store, tmp_path):
    number = add_case(store)
    attach(store, number, tmp_path / "a.bin", b"content")
    with store.session() as session:
        assert attachments.verify_attachments(session, store.paths.attachments) == []


def test_bad_intake_changes_nothing(store, tmp_path):
    number = add_case(store)
    with store.transaction() as session:
        with pytest.raises(InvalidInput, match="not a file"):
            attachments.add_attachment(session, ACTOR, number, tmp_path / "nope.pdf", store.paths.attachments)
        with pytest.raises(InvalidInput, match="not a file"):
            attachments.add_attachment(session, ACTOR, number, tmp_path, store.paths.attachments)
        with pytest.raises(NotFound):
            attachments.add_attachment(session, ACTOR, "GE-1999-0001", tmp_path, store.paths.attachments)
        (tmp_path / "a.bin").write_bytes(b"x")
        with pytest.raises(NotFound, match="event"):
            attachments.add_attachment(
                session, ACTOR, number, tmp_path / "a.bin", store.paths.attachments, event_id=uuid.uuid4()
            )
    with store.session() as session:
        assert session.exec(select(Attachment)).all() == []
        assert session.exec(select(AuditEntry).where(AuditEntry.entity == "attachment")).all() == []
    assert list(store.paths.attachments.iterdir()) == []


def test_unknown_attachment_id_is_not_found(store):
    with store.session() as session, pytest.raises(NotFound):
        attachments.open_attachment(session, uuid.uuid4(), store.paths.attachments)


@pytest.mark.parametrize(
    ("error", "expected"),
    [(OSError(errno.EIO, "Input/output error"), CaseTrackerError), (OSError(errno.ENOSPC, "full"), DiskFull)],
)
def test_read_error_or_full_disk_at_intake_leaves_nothing(store, tmp_path, monkeypatch, error, expected):
    number = add_case(store)
    (tmp_path / "a.bin").write_bytes(b"x" * 1000)

    def failing(key, attachment_id, reader, writer):
        writer.write(b"partial")
        raise error

    monkeypatch.setattr(attachments, "encrypt_stream", failing)
    with pytest.raises(expected), store.transaction() as session:
        attachments.add_attachment(session, ACTOR, number, tmp_path / "a.bin", store.paths.attachments)
    assert list(store.paths.attachments.iterdir()) == []
    with store.session() as session:
        assert session.exec(select(Attachment)).all() == []


@pytest.mark.parametrize("size", [0, CHUNK - 1, CHUNK + 1])
def test_a_file_received_for_a_record_from_elsewhere_is_stored_only_if_it_matches_the_record(
    store, tmp_path, size
):
    number = add_case(store)
    content = os.urandom(size)
    sent = attach(store, number, tmp_path / "scan.pdf", content)
    with store.transaction() as session:  # as a team member's laptop holds it: the record, no file yet
        record = session.get(Attachment, sent.id)
        (store.paths.attachments / record.blob_name).unlink()
        record.blob_name = ""
    with store.transaction() as session:
        record = session.get(Attachment, sent.id)
        altered = content[:-1] + bytes([content[-1] ^ 1]) if size else b"?"  # one bit, or one byte more
        with pytest.raises(AttachmentProblem):
            attachments.receive_file(session, record, [altered], store.paths.attachments)
        assert (record.blob_name, record.sha256, record.size) == ("", sent.sha256, sent.size)
    assert list(store.paths.attachments.iterdir()) == []
    parts = [content[i : i + 1000] for i in range(0, len(content), 1000)] or [b""]
    with store.transaction() as session:
        attachments.receive_file(session, session.get(Attachment, sent.id), parts, store.paths.attachments)
    with store.session() as session:
        assert attachments.open_attachment(session, sent.id, store.paths.attachments) == content
