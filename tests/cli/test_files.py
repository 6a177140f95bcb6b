"""The command line for attachments, backups and the calendar, run as a user's shell would."""

import json

import icalendar
import pytest

from tests.services.files_helpers import make_case

pytestmark = pytest.mark.slow  # subprocesses


def test_attach_backup_verify_restore_calendar(cli, tmp_path):
    number = make_case(cli)
    evidence = tmp_path / "decision.pdf"
    evidence.write_bytes(b"%PDF-1.4 decision" * 1000)
    attached = json.loads(cli("attach", number, str(evidence), "--json").stdout)
    assert attached["size"] == evidence.stat().st_size

    usb = tmp_path / "usb"
    usb.mkdir()
    result = cli("backup", str(usb))
    [backup] = list(usb.iterdir())
    assert str(backup) in result.stdout

    result = cli("verify", str(backup))
    assert "is sound: 1 case(s)" in result.stdout and "1 evidence file(s)" in result.stdout

    new = tmp_path / "restored"
    result = cli("restore", str(backup), "--store", str(new))
    assert "Restored 1 case(s) and 1 evidence file(s)" in result.stdout
    assert (new / "cases.db").is_file() and len(list((new / "attachments").iterdir())) == 1

    out = tmp_path / "deadlines.ics"
    result = cli("calendar", "-o", str(out))
    assert "not encrypted" in result.stdout
    icalendar.Calendar.from_ical(out.read_bytes())
    assert "Смирнова" not in out.read_text(encoding="utf-8")


def test_restore_refuses_the_current_store(cli, tmp_path, store_dir):
    make_case(cli)
    cli("backup", str(tmp_path))
    [backup] = [p for p in tmp_path.iterdir() if p.name.startswith("casetracker-backup-")]
    before = (store_dir / "cases.db").read_bytes()
    result = cli("restore", str(backup), "--store", str(store_dir), check=False)
    assert result.returncode == 1
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert (store_dir / "cases.db").read_bytes() == before


def test_bad_paths_give_plain_messages(cli, tmp_path, store_dir):
    number = make_case(cli)
    result = cli("attach", number, str(tmp_path / "missing.pdf"), check=False)
    assert result.returncode == 1 and "is not a file" in result.stderr

    evidence = tmp_path / "photo.jpg"
    evidence.write_bytes(b"jpeg")
    cli("attach", number, str(evidence))
    cli("backup", str(tmp_path))
    [backup] = [p for p in tmp_path.iterdir() if p.name.startswith("casetracker-backup-")]
    [blob] = list((backup / "attachments").iterdir())
    blob.write_bytes(blob.read_bytes()[:-1] + bytes([blob.read_bytes()[-1] ^ 1]))
    result = cli("verify", str(backup), check=False)
    assert result.returncode == 1
    assert f"Case {number}, file 'photo.jpg'" in result.stdout and "changed or damaged" in result.stdout
    assert "Traceback" not in result.stderr

    result = cli("verify", str(backup), passphrase="wrong", check=False)
    assert result.returncode == 1 and "passphrase is wrong" in result.stderr

    result = cli("backup", str(tmp_path / "unplugged"), check=False)
    assert result.returncode == 1 and "does not exist" in result.stderr
