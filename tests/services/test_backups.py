"""Backups: made whole or not at all, verified read-only, restored only into a new folder."""

import errno
import json
import os
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from casetracker.errors import DiskFull, StoreExists, WrongPassphrase
from casetracker.services import attachments, backups, cases
from casetracker.services.backups import BackupFailed, NotABackup
from casetracker.store import backup as store_backup
from casetracker.store.backup import backup_database
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE
from tests.services.files_helpers import add_case, attach, flip_byte


@pytest.fixture
def filled(store, tmp_path):
    """A store with two cases and two evidence files."""
    first = add_case(store)
    second = add_case(store, name="Пётр Сидоров", country="AM")
    contents = {"scan.pdf": os.urandom(70_000), "photo.jpg": b"jpeg"}
    for (name, content), number in zip(contents.items(), (first, second), strict=True):
        attach(store, number, tmp_path / name, content)
    return store, contents


def snapshot(store):
    with store.session() as session:
        numbers = [case.number for case in cases.list_cases(session)]
        files_ = {}
        for number in numbers:
            for row in attachments.list_attachments(session, number):
                files_[row.filename] = attachments.open_attachment(session, row.id, store.paths.attachments)
    return numbers, files_


def test_backup_verify_restore_gives_the_same_cases_and_files(filled, tmp_path):
    store, contents = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = backups.backup_store(store, usb)
    assert backup.parent == usb and backup.name.startswith("casetracker-backup-")
    assert [p.name for p in usb.iterdir()] == [backup.name]  # nothing partial left over
    before = sorted(p.name for p in backup.rglob("*"))

    report = backups.verify_backup(backup, PASSPHRASE, thorough=True)
    assert report.ok, report.problems
    assert (report.cases, report.attachments) == (2, 2)
    assert sorted(p.name for p in backup.rglob("*")) == before  # verifying wrote nothing

    restored = backups.restore_backup(backup, PASSPHRASE, tmp_path / "new-store")
    assert restored.path == (tmp_path / "new-store").resolve()
    new = open_store(tmp_path / "new-store", PASSPHRASE, full_check=True)
    try:
        assert snapshot(new) == snapshot(store)
        assert snapshot(new)[1] == contents
        assert new.paths.backups.is_dir()
    finally:
        new.close()


def test_backup_carries_the_key_derivation_setting(filled, tmp_path):
    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    manifest = json.loads((backup / "store.json").read_text())
    assert manifest["kdf_iter"] == int(os.environ["CASETRACKER_TEST_KDF_ITER"])


def test_backup_holds_nothing_personal_in_plaintext(filled, tmp_path):
    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    for path in backup.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert "Иванова".encode() not in data and b"scan.pdf" not in data, path.name


def test_restore_refuses_an_existing_store(filled, tmp_path):
    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    database = store.paths.database.read_bytes()
    with pytest.raises(StoreExists):
        backups.restore_backup(backup, PASSPHRASE, store.paths.root)
    assert store.paths.database.read_bytes() == database
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine")
    with pytest.raises(Exception, match="not an empty folder"):
        backups.restore_backup(backup, PASSPHRASE, occupied)
    assert [p.name for p in occupied.iterdir()] == ["notes.txt"]


def test_restore_into_an_empty_folder_is_allowed(filled, tmp_path):
    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    (tmp_path / "empty").mkdir()
    backups.restore_backup(backup, PASSPHRASE, tmp_path / "empty")
    open_store(tmp_path / "empty", PASSPHRASE).close()


def test_restore_reports_each_step_and_a_cancel_leaves_nothing(filled, tmp_path):
    from casetracker.errors import Cancelled

    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    steps = []

    def cancel_at_the_first_file(done, total):
        steps.append((done, total))
        if done == 4:  # verified (database and two files), database copied: the first file is next
            raise Cancelled()

    with pytest.raises(Cancelled):
        backups.restore_backup(backup, PASSPHRASE, tmp_path / "new", progress=cancel_at_the_first_file)
    assert not (tmp_path / "new").exists()
    assert not [path for path in tmp_path.iterdir() if "restore" in path.name]  # no half-copied folder
    assert [done for done, _ in steps] == [0, 1, 2, 3, 4] and steps[-1][1] == 7

    steps.clear()
    backups.restore_backup(backup, PASSPHRASE, tmp_path / "new", progress=lambda *step: steps.append(step))
    assert [done for done, _ in steps] == [0, 1, 2, 3, 4, 5, 6]  # two files checked, copied, then opened
    assert all(done < total for done, total in steps)  # never "finished" while work remains

    steps.clear()
    backups.backup_store(store, tmp_path, progress=lambda *step: steps.append(step))
    assert steps == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]  # database, manifest, each file, done
    open_store(tmp_path / "new", PASSPHRASE).close()


def test_wrong_passphrase_is_said_so(filled, tmp_path):
    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(backup, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        backups.restore_backup(backup, "not the passphrase", tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_a_folder_that_is_not_a_backup_is_said_so(tmp_path):
    with pytest.raises(NotABackup, match="no such folder"):
        backups.verify_backup(tmp_path / "missing", PASSPHRASE)
    with pytest.raises(NotABackup, match=r"backup\.json"):
        backups.verify_backup(tmp_path, PASSPHRASE)


def test_damaged_database_in_a_backup_is_reported_and_not_restored(filled, tmp_path):
    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    flip_byte(backup / "cases.db", 4096 + 200)  # inside the second page
    report = backups.verify_backup(backup, PASSPHRASE)
    assert not report.ok
    assert any("database" in problem for problem in report.problems)
    with pytest.raises(BackupFailed, match="cannot be restored"):
        backups.restore_backup(backup, PASSPHRASE, tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_tampered_and_missing_files_in_a_backup_are_reported(filled, tmp_path):
    store, _ = filled
    backup = backups.backup_store(store, tmp_path)
    first, second = sorted((backup / "attachments").iterdir())
    flip_byte(first, 20)
    second.unlink()
    report = backups.verify_backup(backup, PASSPHRASE)
    assert sorted(p.kind for p in report.attachment_problems) == ["changed", "missing"]
    assert any("missing from the backup" in problem for problem in report.problems)
    in_russian = report.problems_in("ru")  # as the app lists them
    assert any("нет в резервной копии" in problem for problem in in_russian)
    assert any("сначала проверьте копию: Данные → Проверить резервную копию…" in p for p in in_russian)
    assert not any("casetracker verify" in problem for problem in in_russian)


def test_folder_removed_mid_write_leaves_nothing_and_says_so(filled, tmp_path, monkeypatch):
    store, _ = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    real_copy = store_backup.copy_into
    calls = []

    def unplugged(source, target):
        calls.append(target)
        if len(calls) == 3:  # the database and manifest are written; then the stick goes
            shutil.rmtree(usb)
        real_copy(source, target)

    monkeypatch.setattr(store_backup, "copy_into", unplugged)
    with pytest.raises(BackupFailed, match="folder disappeared") as raised:
        backups.backup_store(store, usb)
    assert "Nothing half-written was left behind" in str(raised.value)
    assert not usb.exists()
    monkeypatch.undo()
    assert store.integrity_problems() == []


def test_full_disk_mid_write_leaves_nothing_and_says_so(filled, tmp_path, monkeypatch):
    store, _ = filled
    usb = tmp_path / "usb"
    usb.mkdir()
    real_copy = store_backup.copy_into

    def full(source, target):
        if target.parent.name == "attachments":
            raise OSError(errno.ENOSPC, "No space left on device")
        real_copy(source, target)

    monkeypatch.setattr(store_backup, "copy_into", full)
    with pytest.raises(DiskFull, match="no backup was made and nothing was left behind"):
        backups.backup_store(store, usb)
    assert list(usb.iterdir()) == []


def test_backup_into_a_missing_folder_is_refused(filled, tmp_path):
    store, _ = filled
    with pytest.raises(BackupFailed, match="does not exist"):
        backups.backup_store(store, tmp_path / "not-plugged-in")
    assert not (tmp_path / "not-plugged-in").exists()


def test_cancel_from_progress_leaves_nothing(filled, tmp_path):
    store, _ = filled

    class Cancelled(Exception):
        pass

    def progress(done, total):
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        backups.backup_store(store, tmp_path, progress=progress)
    assert [p for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_rolling_backup_makes_one_a_day_and_keeps_n(filled):
    store, _ = filled
    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    made = [backups.rolling_backup(store, keep=3, now=start + timedelta(days=day)) for day in range(5)]
    assert all(path is not None for path in made)
    assert backups.rolling_backup(store, keep=3, now=start + timedelta(days=4, hours=5)) is None
    kept = backups.list_backups(store.paths.backups)
    assert [p.name for p in kept] == [p.name for p in made[-3:]]
    assert [p.name[19:27] for p in kept] == ["20250303", "20250304", "20250305"]
    assert backups.verify_backup(kept[-1], PASSPHRASE).ok


def test_rolling_backup_leaves_other_files_alone(filled):
    store, _ = filled
    before_upgrade = backup_database(store, reason="before-upgrade")
    backups.rolling_backup(store, keep=1)
    backups.rolling_backup(store, keep=1, now=datetime.now(UTC) + timedelta(days=1))
    assert before_upgrade.exists()
    assert len(backups.list_backups(store.paths.backups)) == 1


def test_backup_is_consistent_while_another_connection_writes(filled, tmp_path):
    store, _ = filled
    other = open_store(store.paths.root, PASSPHRASE)
    try:
        add_case(other, name="Третий Человек")
        backup = backups.backup_store(store, tmp_path)
    finally:
        other.close()
    report = backups.verify_backup(backup, PASSPHRASE)
    assert report.ok and report.cases == 3
