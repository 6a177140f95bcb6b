"""Whatever the system's umask, what the app writes is its user's alone; a backup cannot smuggle in
files from elsewhere on the computer; `check` checks the evidence files too."""

import json
import os
import stat

import pytest

from tests.services.files_helpers import make_case

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _loose(folder) -> list[str]:
    """Files not 0600 and folders not 0700 under `folder`."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if not path.is_symlink() and mode != wanted:
            found.append(f"{path.relative_to(folder.parent)} {oct(mode)}")
    return found


def backed_up_case_with_evidence(cli, tmp_path):
    """A case with one evidence file, and the backup of its store on a stick: (number, backup)."""
    number = make_case(cli)
    evidence = tmp_path / "decision.pdf"
    evidence.write_bytes(b"%PDF-1.4 decision")
    cli("attach", number, str(evidence))
    usb = tmp_path / "usb"
    usb.mkdir()
    cli("backup", str(usb))
    (backup,) = usb.iterdir()
    return number, backup


def test_the_store_backups_exports_and_reports_are_private_under_a_loose_umask(cli, store_dir, tmp_path):
    previous = os.umask(0o022)
    try:
        number, backup = backed_up_case_with_evidence(cli, tmp_path)
        outputs = tmp_path / "outputs"
        outputs.mkdir(mode=0o700)
        cli("export", "--format", "json", "-o", str(outputs / "all.json"))
        cli("export", "--format", "csv", "-o", str(outputs / "tables"))
        cli("report", number, "-o", str(outputs / "summary.pdf"))
        cli("calendar", "-o", str(outputs / "deadlines.ics"))
        restored = tmp_path / "restored"
        cli("restore", str(backup), "--store", str(restored))
    finally:
        os.umask(previous)
    assert _loose(store_dir) == []
    assert _loose(backup) == []
    assert _loose(outputs) == []
    assert _loose(restored) == []


def test_a_store_made_with_loose_modes_is_made_private_when_opened(cli, store_dir):
    make_case(cli)
    for path in [store_dir, *store_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    cli("case", "list")
    assert _loose(store_dir) == []


def test_restore_refuses_a_backup_whose_files_link_elsewhere(cli, tmp_path):
    _, backup = backed_up_case_with_evidence(cli, tmp_path)
    secret = tmp_path / "outside-secret.txt"
    secret.write_text("root:x:0:0:not for the store")
    (blob,) = (backup / "attachments").iterdir()
    blob.unlink()
    blob.symlink_to(secret)
    restored = tmp_path / "restored"
    result = cli("restore", str(backup), "--store", str(restored), check=False)
    stored = [path for path in restored.rglob("*") if path.is_file()] if restored.exists() else []
    assert not any(path.read_bytes() == secret.read_bytes() for path in stored)
    assert result.returncode != 0 or "not a plain file" in result.stdout + result.stderr

    index = json.loads((backup / "backup.json").read_text())
    index["files"]["../../outside-secret.txt"] = 10
    (backup / "backup.json").write_text(json.dumps(index))
    result = cli("verify", str(backup), check=False)
    assert result.returncode == 1 and "lists a file no backup holds" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_says_when_an_evidence_file_was_tampered_with(cli, store_dir, tmp_path):
    number = make_case(cli)
    evidence = tmp_path / "decision.pdf"
    evidence.write_bytes(b"%PDF-1.4 decision" * 100)
    cli("attach", number, str(evidence))
    result = cli("check")
    assert "1 evidence file(s) decrypted and checked against their SHA-256: all intact" in result.stdout
    (blob,) = (store_dir / "attachments").iterdir()
    damaged = bytearray(blob.read_bytes())
    damaged[-20] ^= 0xFF
    blob.write_bytes(bytes(damaged))
    result = cli("check", check=False)
    assert result.returncode == 1
    assert "1 of 1 evidence file(s) failed their check" in result.stdout
    assert "all intact" not in result.stdout


def test_the_store_library_itself_makes_private_files_under_a_loose_umask(tmp_path):
    from casetracker.services.backups import backup_store
    from casetracker.store.database import create_store

    previous = os.umask(0o022)
    try:
        store = create_store(tmp_path / "store", "a passphrase for the test")
        usb = tmp_path / "usb"
        usb.mkdir(mode=0o700)
        backup = backup_store(store, usb)
        store.close()
    finally:
        os.umask(previous)
    assert _loose(tmp_path / "store") == []
    assert _loose(backup) == []
