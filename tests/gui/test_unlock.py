"""The first-run and unlock dialogs: a new store only with matching passphrases, a wrong one said next
to the field."""

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from casetracker.store import migrate
from casetracker.store.database import open_store
from casetracker.ui.unlock import FirstRunDialog, UnlockDialog
from tests.conftest import PASSPHRASE
from tests.gui.typing import type_text


def test_first_run_creates_an_encrypted_store_only_with_matching_passphrases(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "short")
    assert "Too short" in dialog.hint.text()
    assert not dialog.create_button.isEnabled()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "four words of passphrase")
    qtbot.keyClicks(dialog.repeat, "four words of passphrasf")
    assert not dialog.create_button.isEnabled()  # they differ
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "four words of passphrase")
    type_text(dialog.caseworker, "Ирина")
    assert dialog.create_button.isEnabled()
    assert "Strong" in dialog.hint.text()
    assert "nobody can recover" in dialog.findChildren(type(dialog.hint))[0].text()
    said = " ".join(label.text() for label in dialog.findChildren(type(dialog.hint)))
    assert "Backups of the store open with the passphrase the store had" in said
    assert "a passphrase of its own, chosen when you send it" in said
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.store.close()
    reopened = open_store(tmp_path / "new", "four words of passphrase")
    with reopened.session() as session:
        from casetracker.services import store_settings

        assert store_settings.current_actor(session) == "Ирина"
    reopened.close()


def test_a_wrong_passphrase_is_said_next_to_the_field_then_the_right_one_unlocks(qtbot, store, store_dir):
    store.close()
    dialog = UnlockDialog(store_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)  # the store is opened on a thread of its own
    assert "passphrase is wrong" in dialog.error.text()
    assert not dialog.status.isVisible()  # no longer "Checking the passphrase…"
    assert dialog.passphrase.isEnabled() and dialog.unlock_button.isEnabled()
    assert dialog.passphrase.text() == ""
    assert dialog.store is None
    assert QApplication.overrideCursor() is None  # no longer shown as busy
    assert dialog.store_field.text() == str(store_dir)  # the store it unlocks, shown to be copied
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.store is not None and not dialog.error.isVisible()
    dialog.store.close()


def test_an_older_store_is_upgraded_while_the_dialog_says_so_stays_responsive_and_cannot_be_closed(
    qtbot, store, store_dir, monkeypatch
):
    migrate.downgrade(store.engine, "0004")  # a store made by the previous version
    store.close()
    release = threading.Event()
    upgrade = migrate.upgrade

    def held_upgrade(engine, revision="head"):  # a large store's minute, held until the test lets go
        assert release.wait(timeout=30)
        upgrade(engine, revision)

    monkeypatch.setattr(migrate, "upgrade", held_upgrade)
    dialog = UnlockDialog(store_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Updating the store to this version" in dialog.status.text())
    assert dialog.status.isVisible() and "a backup is made first" in dialog.status.text()
    assert "don't close the app" in dialog.status.text()
    timer = QTimer(dialog, singleShot=True, interval=20)
    with qtbot.waitSignal(timer.timeout, timeout=5000):  # the GUI thread answers meanwhile
        timer.start()
    assert not dialog.cancel_button.isEnabled() and not dialog.unlock_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()  # as the window's close button does
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "Please wait until the update is finished" in dialog.refusal.text() and dialog.refusal.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=30000)
    assert dialog.store is not None
    assert migrate.current_revision(dialog.store.engine) == migrate.SCHEMA_REVISION
    assert len(list((store_dir / "backups").glob("*before-upgrade.db"))) == 1
    dialog.store.close()


def test_a_store_at_this_version_opens_without_a_word_about_an_update(qtbot, store, store_dir):
    store.close()
    dialog = UnlockDialog(store_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.status.text() == "Checking the passphrase…"  # what it said, and all it said
    assert list((store_dir / "backups").glob("*before-upgrade.db")) == []
    dialog.store.close()


def test_the_new_store_dialog_names_its_folder_and_keeps_its_width_as_the_passphrase_grows(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "new")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [field.text() for field in dialog.findChildren(QLineEdit) if field.isReadOnly()]
    assert shown == [str(tmp_path / "new")]
    width = dialog.width()
    for typed in ("short", "four words of passphrase and then a few more words besides"):
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, typed)
        assert dialog.width() == width  # the button stays under the mouse
