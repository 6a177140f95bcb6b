"""Fault injection: each long piece of work killed (SIGKILL) at a named step, then the next start.

After the kill, the next command on the store must find it sound, with everything committed
before the kill, and leave no plaintext and no orphan behind: no temporary file or folder beside
an output, no half backup or restore, no encrypted evidence file without its record.
"""

import signal
from datetime import date
from pathlib import Path

import pytest

from casetracker.services import attachments, cases, people
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on Linux and macOS only"),
]

NAME = "Уникальная Фамилия"


@pytest.fixture
def filled(store, tmp_path):
    """A store with a case, an event and an evidence file; the store closed again."""
    from casetracker.dates import PartialDate

    evidence = tmp_path / "decision.pdf"
    evidence.write_bytes(b"%PDF-1.4 decision " * 2000)
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(NAME))
        number = cases.add_case(
            session, "t", person.person.id, "asylum", "DE", opened_on=date(2024, 2, 1)
        ).number
        cases.add_event(session, "t", number, "application_filed", PartialDate(date(2024, 2, 1)))
        attachments.add_attachment(session, "t", number, evidence, store.paths.attachments)
    store.close()
    return number


def _killed(cli, step: str, *arguments: str, **options):
    result = cli(
        *arguments, check=False, env=options.pop("env", {}) | {"CASETRACKER_TEST_KILL_AT": step}, **options
    )
    assert result.returncode == -signal.SIGKILL, (step, result.returncode, result.stderr[-500:])
    return result


def _leftovers(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.name.startswith((".tmp-", ".partial-", ".report-")):
                found.append(path)
    return found


def _sound(store_dir, number: str, passphrase: str = PASSPHRASE) -> None:
    """The next start: the store opens, passes its full check, and holds what was committed."""
    store = open_store(store_dir, passphrase, full_check=True)
    try:
        with store.session() as session:
            detail = cases.case_detail(session, number)
            assert detail.person.person.name == NAME and len(detail.events) == 1
            files = attachments.list_attachments(session, number)
            assert len(files) == 1
            assert attachments.verify_attachments(session, store.paths.attachments) == []
        blobs = sorted(path.name for path in store.paths.attachments.iterdir())
        assert blobs == [files[0].blob_name], "an encrypted file without its record was left"
    finally:
        store.close()


@pytest.mark.parametrize(
    "step, command",
    [
        ("file.written", ("export", "--format", "json", "-o", "{out}/everything.json")),
        ("csv.written", ("export", "--format", "csv", "-o", "{out}/tables")),
        ("file.written", ("report", "{number}", "-o", "{out}/summary.pdf")),
        ("file.written", ("calendar", "--details", "-o", "{out}/deadlines.ics")),
        ("file.written", ("bundle", "{number}", "-o", "{out}/case.ctbundle")),
        ("backup.copied", ("backup", "{out}")),
    ],
    ids=["json export", "csv export", "report", "calendar", "bundle", "backup"],
)
def test_an_output_killed_half_way_leaves_nothing_after_the_next_start(
    cli, store_dir, tmp_path, filled, step, command
):
    out = tmp_path / "out"
    out.mkdir()
    arguments = [part.format(out=out, number=filled) for part in command]
    environment = {"CASETRACKER_BUNDLE_PASSPHRASE": "a bundle passphrase"}
    _killed(cli, step, *arguments, env=environment)
    assert _leftovers(out), "the kill should come while the output is under its temporary name"
    cli("case", "list")  # the next start
    assert _leftovers(out, store_dir) == []
    assert list(out.iterdir()) == []  # nothing half-written, and nothing complete either: it was killed
    _sound(store_dir, filled)


def test_an_evidence_file_killed_before_its_record_is_removed_at_the_next_start(
    cli, store_dir, tmp_path, filled
):
    evidence = tmp_path / "second.pdf"
    evidence.write_bytes(b"%PDF-1.4 second " * 5000)
    _killed(cli, "intake.encrypted", "attach", filled, str(evidence))
    assert len(list((store_dir / "attachments").iterdir())) == 2  # the orphan, for now
    cli("case", "list")
    _sound(store_dir, filled)


def test_a_restore_killed_half_way_is_removed_by_the_next_restore(cli, store_dir, tmp_path, filled):
    usb = tmp_path / "usb"
    usb.mkdir()
    cli("backup", str(usb))
    (backup,) = usb.iterdir()
    target = tmp_path / "restored"
    _killed(cli, "restore.copied", "restore", str(backup), "--store", str(target))
    assert [p.name.startswith(".partial-restore-") for p in tmp_path.iterdir() if p.name.startswith(".")] == [
        True
    ]
    cli("restore", str(backup), "--store", str(target))
    assert _leftovers(tmp_path) == []
    _sound(target, filled)


def test_a_spreadsheet_import_killed_before_its_commit_leaves_the_store_as_it_was(
    cli, store_dir, tmp_path, filled
):
    sheet = tmp_path / "cases.csv"
    sheet.write_text(
        "ФИО;Страна;Тип дела\n" + "".join(f"Человек {i};GE;Отказ во въезде\n" for i in range(300))
    )
    _killed(cli, "import.inserted", "import", str(sheet))
    listed = cli("case", "list").stdout
    assert listed.count("GE-") == 0 and filled in listed
    _sound(store_dir, filled)


@pytest.mark.parametrize("step", ["passphrase.verifier", "passphrase.rekeyed"])
def test_a_passphrase_change_killed_half_way_leaves_a_store_that_one_of_the_two_opens(
    cli, store_dir, filled, step
):
    _killed(cli, step, "passphrase", env_new="the brand new passphrase")
    old = cli("case", "list", check=False)
    new = cli("case", "list", passphrase="the brand new passphrase", check=False)
    assert sorted((old.returncode, new.returncode)) == [0, 1]
    opened_with = PASSPHRASE if old.returncode == 0 else "the brand new passphrase"
    refused = new if old.returncode == 0 else old
    assert "passphrase is wrong" in refused.stderr or "try the new passphrase" in refused.stderr
    _sound(store_dir, filled, opened_with)
    assert not [p for p in store_dir.rglob("*") if p.name.startswith(".tmp-")]
