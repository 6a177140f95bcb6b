"""The first-run and unlock dialogs: a new store only with matching passphrases, a wrong one said next
to the field."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
    assert "passphrase is wrong" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert dialog.store is None
    assert QApplication.overrideCursor() is None  # no longer shown as busy
    assert dialog.store_field.text() == str(store_dir)  # the store it unlocks, shown to be copied
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.store is not None
    dialog.store.close()
