"""A full disk is said to be a full disk, and nothing saved before is changed or lost.

The store lives on a small RAM disk (tmpfs, mounted for the test; root only), which a filler
file then fills to the last byte.
"""

import subprocess
import uuid
from pathlib import Path

import pytest

from casetracker.errors import DiskFull, DiskFullOnOpen
from casetracker.services import cases, people
from casetracker.store.database import create_store, open_store
from tests.conftest import PASSPHRASE


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small-disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("mounting a small RAM disk needs root (CI runs as root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / f"filler-{uuid.uuid4().hex[:6]}"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def _a_case(store) -> str:
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft("Полина Лебедева"))
        return cases.add_case(session, "t", person.person.id, "asylum", "DE").number


def test_opening_a_store_on_a_full_disk_says_the_disk_is_full(small_disk):
    store = create_store(small_disk / "store", PASSPHRASE)
    number = _a_case(store)
    store.close()
    filler = _fill(small_disk)
    with pytest.raises(DiskFullOnOpen) as refused:
        open_store(small_disk / "store", PASSPHRASE)
    message = str(refused.value)
    assert "is full" in message and "not damaged" in message and "restore" in message
    filler.unlink()
    reopened = open_store(small_disk / "store", PASSPHRASE, full_check=True)
    with reopened.session() as session:
        assert cases.find_case(session, number)
    reopened.close()


def test_a_save_on_a_full_disk_is_refused_and_what_was_saved_stays(small_disk):
    store = create_store(small_disk / "store", PASSPHRASE)
    number = _a_case(store)
    filler = _fill(small_disk)
    with pytest.raises(DiskFull):
        for _ in range(200):  # until the log can grow no more
            with store.transaction() as session:
                cases.add_note(session, "t", number, "x" * 20_000)
    filler.unlink()
    with store.session() as session:
        assert cases.find_case(session, number).number == number
    store.close()
    assert open_store(small_disk / "store", PASSPHRASE, full_check=True).integrity_problems() == []


def test_a_backup_onto_a_full_usb_stick_says_so_and_leaves_nothing_there(small_disk, cli, store_dir):
    cli("init")
    filler = _fill(small_disk)
    result = cli("backup", str(small_disk), check=False)
    assert result.returncode == 1 and "full" in result.stderr, result.stderr
    assert "unexpected" not in result.stderr
    filler.unlink()
    assert list(small_disk.iterdir()) == []
    assert cli("check").returncode == 0


def test_a_passphrase_change_on_a_full_disk_is_refused_and_the_old_passphrase_still_opens(small_disk):
    store = create_store(small_disk / "store", PASSPHRASE)
    number = _a_case(store)
    filler = _fill(small_disk)
    with pytest.raises(DiskFull):
        store.change_passphrase("a new passphrase that will not be")
    store.close()
    filler.unlink()
    reopened = open_store(small_disk / "store", PASSPHRASE, full_check=True)
    with reopened.session() as session:
        assert cases.find_case(session, number)
    reopened.close()


def test_the_unlock_dialog_says_the_disk_is_full_not_that_the_store_is_damaged(small_disk, qtbot):
    from PySide6.QtCore import Qt

    from casetracker.ui.unlock import UnlockDialog
    from tests.gui.typing import type_text

    create_store(small_disk / "store", PASSPHRASE).close()
    filler = _fill(small_disk)
    dialog = UnlockDialog(small_disk / "store")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "correct horse battery staple")  # Latin-1 only for keyClicks
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)  # the store is opened on a thread of its own
    assert dialog.store is None
    assert "is full" in dialog.error.text() and "damaged" not in dialog.error.text().replace(
        "not damaged", ""
    )
    filler.unlink()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.store is not None
    dialog.store.close()
