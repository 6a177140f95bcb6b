"""The Data menu driven as a caseworker would: menu items, typed passphrases, clicks.

File pickers cannot be clicked offscreen, so `choose_path` answers from a list; everything
after it (passphrases, confirmations, the result shown) goes through the real widgets.
"""

import errno
import json
import shutil
import threading
import types

import icalendar
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton
from sqlmodel import select

from casetracker.services import attachments, cases
from casetracker.services.demo import fill_demo_store
from casetracker.store import backup as store_backup
from casetracker.store.database import create_store, open_store
from casetracker.store.models import Person
from casetracker.ui import data_tasks, messages
from casetracker.ui.context import AppContext
from casetracker.ui.executor import DatabaseExecutor, SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.operations import Change
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.data_dialogs import CalendarOptions, OutcomeDialog, PassphraseDialog
from tests.conftest import PASSPHRASE
from tests.gui.typing import type_text

BUNDLE_PASSPHRASE = "river stone lantern"


def make_window(qtbot, store, tmp_path, name: str = "settings.ini") -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / name), QSettings.Format.IniFormat))
    shown = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def demo_numbers(store) -> list[str]:
    with store.transaction() as session:
        return fill_demo_store(session)


@pytest.fixture
def window(qtbot, store, tmp_path, demo_numbers) -> MainWindow:
    return make_window(qtbot, store, tmp_path)


def answers(window, *paths) -> list:
    """The file pickers answer with `paths`, in order; what each was asked is recorded."""
    remaining, asked = list(paths), []

    def choose(parent, kind, title, suggested="", pattern=""):
        asked.append((kind, title))
        return remaining.pop(0)

    window.data_menu.choose_path = choose
    return asked


def type_passphrase(qtbot, dialog: PassphraseDialog, passphrase: str) -> None:
    type_text(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)


def outcome(window) -> str:
    dialog = window.data_menu.last_dialog
    assert isinstance(dialog, OutcomeDialog)
    return dialog.text()


def make_backup(window, folder):
    folder.mkdir(exist_ok=True)
    answers(window, folder)
    window.data_menu.actions["backup"].trigger()
    (backup,) = [path for path in folder.iterdir()]
    return backup


def test_the_menu_names_every_task_in_plain_words(window):
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Data" in menus
    texts = [action.text() for action in window.data_menu.menu.actions() if not action.isSeparator()]
    assert texts == [
        "&Import spreadsheet…",
        "Export everything (&JSON)…",
        "Export tables (&CSV)…",
        "&Back up now…",
        "&Verify a backup…",
        "Rest&ore a backup…",
        "Change the &passphrase…",
        "&Send a case to a colleague…",
        "R&eceive a case…",
        "Export deadlines to ca&lendar…",
    ]
    assert all(
        not action.icon().isNull() for action in window.data_menu.menu.actions() if not action.isSeparator()
    )


def test_import_spreadsheet_opens_the_import_wizard(window, monkeypatch):
    opened = []
    wizard = types.ModuleType("casetracker.ui.views.import_wizard")
    wizard.run_import_wizard = opened.append
    monkeypatch.setitem(__import__("sys").modules, "casetracker.ui.views.import_wizard", wizard)
    window.data_menu.actions["import"].trigger()
    assert opened == [window]


def test_backup_then_verify_with_the_typed_passphrase_says_it_is_sound(
    qtbot, window, tmp_path, said, demo_numbers
):
    stick = tmp_path / "usb-stick"
    backup = make_backup(window, stick)
    shown = outcome(window)
    assert str(backup) in shown and f"Cases: {len(demo_numbers)}." in shown and "Evidence files: 0." in shown
    answers(window, stick)  # the stick itself: its newest backup is checked
    window.data_menu.actions["verify"].trigger()
    asking = window.data_menu.last_dialog
    assert str(backup) in asking.explanation.text()
    type_passphrase(qtbot, asking, PASSPHRASE)
    assert asking.passphrase.text() == ""  # not kept in the widget
    shown = outcome(window)
    assert "The backup is sound." in shown and "every page authenticated" in shown
    assert "Evidence files: 0 ok, 0 changed, 0 missing" in shown and f"Cases: {len(demo_numbers)}" in shown
    assert said == []


def test_verify_with_a_wrong_passphrase_says_so(qtbot, window, tmp_path, said):
    backup = make_backup(window, tmp_path / "usb")
    answers(window, backup)
    window.data_menu.actions["verify"].trigger()
    type_text(window.data_menu.last_dialog.passphrase, "not the passphrase")
    qtbot.keyClick(window.data_menu.last_dialog.passphrase, Qt.Key.Key_Return)
    assert len(said) == 1 and "passphrase is wrong" in said[0]
    assert not isinstance(window.data_menu.last_dialog, OutcomeDialog)


def test_verify_counts_evidence_files_that_are_missing_from_a_backup(qtbot, window, store, tmp_path, said):
    for name in ("denial-letter.txt", "court-decision.txt"):
        (tmp_path / name).write_text(f"fictional evidence: {name}")
        with store.transaction() as session:
            attachments.add_attachment(session, "t", "KG-2023-0001", tmp_path / name, store.paths.attachments)
    backup = make_backup(window, tmp_path / "usb")
    assert "Evidence files: 2." in outcome(window)
    sorted((backup / "attachments").iterdir())[0].unlink()  # lost from the stick
    answers(window, backup)
    window.data_menu.actions["verify"].trigger()
    type_passphrase(qtbot, window.data_menu.last_dialog, PASSPHRASE)
    shown = outcome(window)
    assert "The backup has problems." in shown and "Evidence files: 1 ok, 0 changed, 1 missing" in shown
    assert "is missing from the backup" in shown and "KG-2023-0001" in shown


@pytest.mark.parametrize(
    ("failure", "expected"),
    [("unplugged", "the folder disappeared (was the USB stick removed?)"), ("full", "is full")],
)
def test_a_backup_that_fails_half_way_says_why_and_leaves_nothing(
    qtbot, window, tmp_path, said, monkeypatch, failure, expected
):
    stick = tmp_path / "usb"
    stick.mkdir()
    real_copy = store_backup.copy_into

    def failing_copy(source, target):
        if failure == "unplugged":
            shutil.rmtree(stick)
        else:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_copy(source, target)

    monkeypatch.setattr(store_backup, "copy_into", failing_copy)
    answers(window, stick)
    window.data_menu.actions["backup"].trigger()
    assert len(said) == 1 and expected in said[0]
    assert not stick.exists() or list(stick.iterdir()) == []
    assert not isinstance(window.data_menu.last_dialog, OutcomeDialog)


def test_cancel_stops_a_backup_running_off_the_gui_thread_and_leaves_nothing(
    qtbot, window, tmp_path, said, monkeypatch
):
    stick = tmp_path / "usb"
    stick.mkdir()
    release, real_copy = threading.Event(), store_backup.copy_into

    def slow_copy(source, target):  # a slow USB stick
        release.wait(10)
        real_copy(source, target)

    monkeypatch.setattr(store_backup, "copy_into", slow_copy)
    window.context.executor = DatabaseExecutor()  # the real worker: Cancel is pressed while it runs
    answers(window, stick)
    window.data_menu.actions["backup"].trigger()
    progress = window.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    assert "Backing up" in progress.labelText()
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    assert window.context.executor.wait(10_000)
    qtbot.wait(50)  # the worker's last signal reaches the GUI thread
    assert list(stick.iterdir()) == [] and said == []
    assert window.data_menu.last_dialog is None


def test_a_backup_into_a_missing_folder_is_refused_plainly(window, tmp_path, said):
    answers(window, tmp_path / "not-plugged-in")
    window.data_menu.actions["backup"].trigger()
    assert len(said) == 1 and "does not exist (is the USB stick plugged in?)" in said[0]
    assert not (tmp_path / "not-plugged-in").exists()


def test_json_export_warns_first_then_writes_every_case(window, tmp_path, said, demo_numbers):
    target = tmp_path / "out" / "everything.json"
    asked = answers(window, target)
    window.data_menu.actions["json"].trigger()
    assert len(said) == 1 and "NOT encrypted" in said[0] and "personal data" in said[0]
    assert asked[0][0] == "save"
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(case["number"] for case in exported["cases"]) == sorted(demo_numbers)
    assert f"{len(demo_numbers)} cases" in outcome(window) and "not encrypted" in outcome(window)


def test_declining_the_plaintext_warning_writes_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda parent, text: False)
    asked = answers(window, tmp_path / "never.json")
    window.data_menu.actions["json"].trigger()
    window.data_menu.actions["csv"].trigger()
    assert asked == [] and list(tmp_path.glob("never*")) == []


def test_csv_export_writes_one_file_per_table(window, tmp_path, said, demo_numbers):
    folder = tmp_path / "tables"
    folder.mkdir()
    answers(window, folder)
    (folder / "cases.csv").write_text("an earlier export, kept", encoding="utf-8")
    window.data_menu.actions["csv"].trigger()
    assert "NOT encrypted" in said[0]
    [written] = [path for path in folder.iterdir() if path.is_dir()]
    assert written.name.startswith("casetracker-tables-")
    assert (written / "persons.csv").is_file() and (written / "deadlines.csv").is_file()
    assert demo_numbers[0] in (written / "cases.csv").read_text(encoding="utf-8-sig")
    assert (folder / "cases.csv").read_text(encoding="utf-8") == "an earlier export, kept"
    assert "Wrote 10 CSV files" in outcome(window) and str(written) in outcome(window)
    answers(window, folder)
    window.data_menu.actions["csv"].trigger()  # a second export the same day: a folder of its own
    assert sorted(path.name for path in folder.iterdir() if path.is_dir())[-1] == f"{written.name}-2"


def test_cancelling_the_csv_export_leaves_no_file(store, demo_numbers, tmp_path):
    from casetracker.errors import Cancelled

    reported = []

    def cancel_halfway(done, total):
        reported.append(done)
        if done > total / 2:
            raise Cancelled()

    out = tmp_path / "out"
    out.mkdir()
    with store.session() as session, pytest.raises(Cancelled):
        data_tasks.export_csv(out, session, cancel_halfway)
    assert reported == sorted(reported) and len(reported) >= 3  # it counts up, table by table
    assert list(out.iterdir()) == []  # not even an empty folder


def test_cancelling_the_json_export_leaves_no_file(store, demo_numbers, tmp_path, monkeypatch):
    from casetracker.errors import Cancelled
    from casetracker.exchange import export_json

    monkeypatch.setattr(export_json, "CHUNK", 2)  # progress after every two records, not a thousand
    reported = []

    def cancel_at_the_third_report(done, total):
        reported.append((done, total))
        if len(reported) == 3:
            raise Cancelled()

    out = tmp_path / "out"
    out.mkdir()
    with store.session() as session, pytest.raises(Cancelled):
        data_tasks.export_json(out / "export.json", session, cancel_at_the_third_report)
    assert [done for done, _ in reported] == [2, 4, 6]
    assert list(out.iterdir()) == []  # neither the file nor a part of it


def calendar_titles(path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def test_calendar_leaves_names_out_unless_chosen(qtbot, window, store, tmp_path, said):
    with store.session() as session:
        names = list(session.exec(select(Person.name)))
    plain, detailed = tmp_path / "plain.ics", tmp_path / "detailed.ics"
    answers(window, plain, detailed)
    window.data_menu.actions["calendar"].trigger()
    options = window.data_menu.last_dialog
    assert isinstance(options, CalendarOptions) and not options.include_names.isChecked()
    options.accept()
    titles = calendar_titles(plain)
    assert titles and not any(name in title for title in titles for name in names)
    assert f"Wrote {len(titles)} open deadlines" in outcome(window)
    window.data_menu.actions["calendar"].trigger()
    options = window.data_menu.last_dialog
    box = options.include_names  # a click on its box, not on the empty width beside the label
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked()
    options.accept()
    assert any(name in title for title in calendar_titles(detailed) for name in names)
    assert said == []


def test_a_case_goes_to_a_colleague_in_a_bundle_and_arrives_in_their_store(qtbot, window, tmp_path, said):
    bundle = tmp_path / "handover" / "case.bundle"
    bundle.parent.mkdir()
    window.data_menu.actions["send"].trigger()
    assert said == []  # a hint in the status bar, not a dialog in the way
    assert (
        window.statusBar().currentMessage() == "Open the case to send first: the bundle holds the case shown."
    )
    scan = tmp_path / "decision.pdf"
    scan.write_bytes(b"%PDF-1.4 the refusal")
    store = window.context.store
    with store.transaction() as session:
        attachments.add_attachment(session, "tester", "KG-2023-0001", scan, store.paths.attachments)
    window.open_case("KG-2023-0001")
    answers(window, bundle)
    window.data_menu.actions["send"].trigger()
    asking = window.data_menu.last_dialog
    assert "evidence files" in asking.findChild(QLabel).text()
    type_text(asking.passphrase, BUNDLE_PASSPHRASE)
    type_text(asking.repeat, BUNDLE_PASSPHRASE + "x")
    assert not asking.accept_button.isEnabled() and "differ" in asking.hint.text()
    qtbot.mouseClick(asking.accept_button, Qt.MouseButton.LeftButton)
    assert not bundle.is_file()  # they differ: nothing written
    asking.repeat.clear()
    type_text(asking.repeat, BUNDLE_PASSPHRASE)
    qtbot.mouseClick(asking.accept_button, Qt.MouseButton.LeftButton)
    assert bundle.is_file() and b"KG-2023" not in bundle.read_bytes()
    assert "KG-2023-0001" in outcome(window)

    colleague_store = create_store(tmp_path / "colleague", "the colleague's own passphrase")
    try:
        colleague = make_window(qtbot, colleague_store, tmp_path, "colleague.ini")
        announced = []
        colleague.context.changed.connect(announced.append)
        answers(colleague, bundle, bundle)
        colleague.data_menu.actions["receive"].trigger()
        type_passphrase(qtbot, colleague.data_menu.last_dialog, "a wrong passphrase")
        assert "cannot be opened with this passphrase" in said[-1] and announced == []
        with colleague_store.session() as session:
            assert session.exec(select(Person)).all() == []
        colleague.data_menu.actions["receive"].trigger()
        type_passphrase(qtbot, colleague.data_menu.last_dialog, BUNDLE_PASSPHRASE)
        assert "Imported case KG-2023-0001 with 1 evidence file." in outcome(colleague)
        assert announced == [Change.CASES | Change.PEOPLE]
        with colleague_store.session() as session:
            assert [case.number for case in cases.list_cases(session)] == ["KG-2023-0001"]
            [received] = attachments.list_attachments(session, "KG-2023-0001")
            content = attachments.open_attachment(session, received.id, colleague_store.paths.attachments)
            assert (received.filename, content) == ("decision.pdf", b"%PDF-1.4 the refusal")
    finally:
        colleague_store.close()


def test_restore_refuses_a_folder_that_is_not_empty(window, tmp_path, said):
    backup = make_backup(window, tmp_path / "usb")
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "holiday-photos.txt").write_text("keep me")
    answers(window, backup, occupied)
    window.data_menu.actions["restore"].trigger()
    assert len(said) == 1 and "is not empty" in said[0]
    assert not isinstance(window.data_menu.last_dialog, PassphraseDialog)
    assert [path.name for path in occupied.iterdir()] == ["holiday-photos.txt"]


def test_restore_makes_a_new_store_and_leaves_the_current_one(
    qtbot, window, store, tmp_path, said, demo_numbers
):
    backup = make_backup(window, tmp_path / "usb")
    target = tmp_path / "restored"
    answers(window, backup, target)
    window.data_menu.actions["restore"].trigger()
    asking = window.data_menu.last_dialog
    explanation = asking.explanation.text()
    assert "is not touched" in explanation and f'casetracker --store "{target}"' in explanation
    type_passphrase(qtbot, asking, PASSPHRASE)
    assert f"Restored {len(demo_numbers)} cases" in outcome(window) and said == []
    restored = open_store(target, PASSPHRASE)
    try:
        with restored.session() as session:
            assert cases.count_cases(session) == len(demo_numbers)
    finally:
        restored.close()
    with store.session() as session:  # the current store is still open and whole
        assert cases.count_cases(session) == len(demo_numbers)


NEW_PASSPHRASE = "lantern orchard violet harbour"


def change_passphrase(qtbot, window, current: str, new: str) -> PassphraseDialog:
    window.data_menu.actions["passphrase"].trigger()
    dialog = window.data_menu.last_dialog
    type_text(dialog.current, current)
    type_text(dialog.passphrase, new)
    type_text(dialog.repeat, new)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    return dialog


def test_the_passphrase_is_changed_from_the_menu_and_the_old_backups_go(qtbot, window, store, said):
    store_dir = store.paths.root
    with store.reading() as session:
        cases_before = cases.count_cases(session)
    make_backup(window, store.paths.backups)  # one beside the store, under the old passphrase
    change_passphrase(qtbot, window, PASSPHRASE, NEW_PASSPHRASE)
    assert said == [] and "now opens only with the new one" in outcome(window)
    assert "1 backup made under the old passphrase was deleted" in outcome(window)
    with window.context.store.reading() as session:  # the app goes on working in it
        assert cases.count_cases(session) == cases_before
    window.context.store.close()
    with pytest.raises(Exception, match="passphrase is wrong"):
        open_store(store_dir, PASSPHRASE)
    open_store(store_dir, NEW_PASSPHRASE).close()
    [backup] = list(store.paths.backups.iterdir())
    assert backup.is_dir()


def test_a_wrong_current_passphrase_changes_nothing(qtbot, window, store, said):
    change_passphrase(qtbot, window, "not the passphrase at all", NEW_PASSPHRASE)
    assert len(said) == 1 and "passphrase is wrong" in said[0]
    assert not isinstance(window.data_menu.last_dialog, OutcomeDialog)
    window.context.store.close()
    open_store(store.paths.root, PASSPHRASE).close()  # still the old one


def test_the_new_passphrase_must_be_long_enough_before_it_can_be_asked_for(qtbot, window):
    window.data_menu.actions["passphrase"].trigger()
    dialog = window.data_menu.last_dialog
    type_text(dialog.current, PASSPHRASE)
    for field in (dialog.passphrase, dialog.repeat):
        type_text(field, "short")
    assert not dialog.accept_button.isEnabled() and "at least 10 characters" in dialog.hint.text()


def test_a_bug_in_a_long_task_is_said_with_the_task_it_stopped(window, tmp_path, said, monkeypatch):
    def broken_export(path, session, progress):
        progress(0, 1)
        raise RuntimeError(f"could not write {path}")

    monkeypatch.setattr(data_tasks, "export_json", broken_export)
    answers(window, tmp_path / "export.json")
    window.data_menu.actions["json"].trigger()
    [shown] = said[-1:]
    assert "during “Exporting everything”, and it was stopped" in shown
    assert "export.json" not in shown.split("\n\n")[0]  # the bug's own message is not repeated
    assert not (tmp_path / "export.json").exists()


def test_a_folder_without_a_backup_is_refused_plainly_when_verifying(window, tmp_path, said):
    empty = tmp_path / "usb"
    empty.mkdir()
    answers(window, empty)
    window.data_menu.actions["verify"].trigger()
    assert said == [f"{empty} is not a usable backup of Exile Case Tracker: it has no backup.json."]
    assert window.data_menu.last_dialog is None
