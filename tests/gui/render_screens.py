"""Render every main screen with the demo data to PNG files, to look at them.

    python -m tests.gui.render_screens OUTDIR [--lang ru] [--dark]

Offscreen; the store is a throwaway demo store in a temporary folder.
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en", choices=["en", "ru"])
    parser.add_argument("--dark", action="store_true", help="draw under a dark system palette")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from casetracker.errors import DiskFullOnOpen
    from casetracker.services import cases
    from casetracker.services.demo import fill_demo_store
    from casetracker.store.database import create_store
    from casetracker.ui import failures
    from casetracker.ui.context import AppContext
    from casetracker.ui.executor import SynchronousExecutor
    from casetracker.ui.i18n import install_language
    from casetracker.ui.main_window import MainWindow
    from casetracker.ui.settings import AppSettings
    from casetracker.ui.unlock import FirstRunDialog, UnlockDialog, show_error

    app = QApplication([])
    if arguments.dark:
        from tests.gui.palette_helpers import dark_palette

        app.setPalette(dark_palette())
    install_language(app, arguments.lang)
    suffix = arguments.lang + ("_dark" if arguments.dark else "")
    folder = Path(tempfile.mkdtemp())
    store = create_store(folder / "store", "demo passphrase", demo=True)
    with store.transaction() as session:
        fill_demo_store(session)
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    window.resize(1280, 720)  # a small laptop screen
    window.show()

    def shot(name: str, widget=window) -> None:
        settle(app)
        widget.grab().save(str(arguments.out / f"{name}_{suffix}.png"))

    shot("dashboard")
    for row, name in ((1, "cases"), (2, "people"), (3, "countries"), (4, "reports")):
        window.navigation.setCurrentRow(row)
        shot(name)
    window.navigation.setCurrentRow(2)
    window.people.list.setCurrentRow(0)
    shot("person")
    editor = window.open_case("DE-2023-0001")
    for tab, name in (
        (editor.timeline, "case_timeline"),
        (editor.rules, "case_rules"),
        (editor.notes, "case_notes"),
        (editor.files, "case_files"),
        (editor.history, "case_history"),
    ):
        editor.tabs.setCurrentWidget(tab)
        shot(name)
    with store.reading() as session:
        current = next(c.number for c in cases.list_cases(session) if c.country == "NL")
    editor = window.open_case(current)  # a refusal of a few days ago, its procedure not recorded
    editor.tabs.setCurrentWidget(editor.rules)
    shot("decision_rules")
    editor.tabs.setCurrentWidget(editor.timeline)
    editor.timeline.kind.setCurrentIndex(editor.timeline.kind.findData("decision_negative"))
    editor.timeline.procedure.setCurrentIndex(editor.timeline.procedure.findData("border"))
    shot("decision_form")
    editor = window.open_case("DE-2023-0001")
    from casetracker.ui.data_menu import DataMenu

    data_menu = window.findChild(DataMenu).menu
    data_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    shot("data_menu", data_menu)
    data_menu.hide()
    render_import_wizard(window, folder, shot)
    from PySide6.QtCore import QTimer

    from casetracker.ui.views.reports import SummaryOptions

    def accept_summary_options() -> None:
        dialog = app.activeModalWidget()
        if not isinstance(dialog, SummaryOptions):
            QTimer.singleShot(20, accept_summary_options)
            return
        dialog.language.setCurrentIndex(dialog.language.findData(arguments.lang))
        dialog.accept()

    QTimer.singleShot(0, accept_summary_options)
    editor.summary_button.click()
    deadline = time.monotonic() + 30
    while editor.last_preview is None and time.monotonic() < deadline:
        settle(app, 0.1)
    settle(app, 2)
    shot("preview", editor.last_preview)
    window.global_search()  # a name typed in a German spelling: the person, with their cases beneath
    window.search_dialog.query.setText("Sugrobow")
    window.search_dialog.run_search()
    shot("search", window.search_dialog)
    window.search_dialog.query.setText("Ko")  # while typing: many hits
    window.search_dialog.run_search()
    shot("search_typing", window.search_dialog)
    window.search_dialog.close()
    from casetracker.services import trash

    def trash_a_case_and_an_event(session, actor):
        found = cases.list_cases(session)
        trash.move_to_trash(session, actor, "case", found[-1].id)
        timeline = cases.case_detail(session, found[0].number).events
        trash.move_to_trash(session, actor, "event", timeline[0].id)

    from casetracker.ui.operations import Change

    window.context.op(window, trash_a_case_and_an_event, writes=Change.CASES).run()
    window.show_trash()
    window.trash_dialog.table.selectRow(0)
    shot("trash", window.trash_dialog)
    dialogs = (("first_run", FirstRunDialog(folder / "new")), ("unlock", UnlockDialog(folder / "store")))
    for name, dialog in dialogs:
        dialog.show()
        shot(name, dialog)
    unlock = dialogs[1][1]
    show_error(
        unlock, unlock.error, failures.describe(DiskFullOnOpen(folder / "store"))
    )  # as unlocking says it
    shot("unlock_disk_full", unlock)
    _unlock_while_upgrading(app, folder, shot)
    from casetracker.ui.instances import AlreadyOpenDialog
    from casetracker.ui.settings_dialog import SettingsDialog
    from casetracker.ui.views.data_dialogs import CalendarOptions, OutcomeDialog, PassphraseDialog
    from casetracker.ui.views.pdf_preview import PdfPreview

    already_open = AlreadyOpenDialog(folder / "store")
    already_open.show()
    shot("already_open", already_open)
    already_open.show_button.click()  # nothing listens here: the other window does not answer
    shot("already_open_no_answer", already_open)
    passphrase = PassphraseDialog(
        "Change the passphrase",
        "The store is encrypted again with the new passphrase. Backups made before keep the old one.",
        "Change",
        window,
        twice=True,
        current=True,
    )
    outcome = OutcomeDialog(
        "Import",
        "12 rows imported; 3 rows were not.",
        [f"Row {row}: not a date" for row in range(3, 30)],
        window,
    )
    small = (
        ("settings", SettingsDialog(settings, window)),
        ("passphrase", passphrase),
        ("calendar", CalendarOptions(window)),
        ("outcome", outcome),
        ("summary_options", SummaryOptions(window)),
    )
    for name, dialog in small:
        dialog.show()
        shot(name, dialog)
        dialog.hide()
    preview = PdfPreview(editor.last_preview.pdf, "summary.pdf", None, window)
    preview.show()
    preview.resize(preview.minimumSizeHint().width(), 680 - 40)  # a 1280 × 720 screen, less its panels
    shot("preview_small_screen", preview)
    render_team(window, editor, shot)
    store.close()
    print(f"screens written to {arguments.out}")


def render_team(window, editor, shot) -> None:
    """Team mode, drawn without a server: the Team menu out of a team, then a member's window, a case
    with conflicts, the members and the share dialog."""
    from casetracker.ui.views.case_team import ShareDialog
    from tests.gui.team_window_helpers import fake_members, pretend_team, show_fake_conflicts

    menu = window.team.menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    shot("team_menu_no_team", menu)
    menu.hide()
    pretend_team(window, "supervisor")
    window.navigation.setCurrentRow(1)
    window.case_tabs.setCurrentIndex(0)
    window.case_list.model.set_conflicted({window.case_list.model.row_at(1).id})
    shot("team_supervisor_cases")
    window.navigation.setCurrentRow(1)
    window.case_tabs.setCurrentWidget(editor)
    show_fake_conflicts(editor)
    editor.tabs.setCurrentWidget(editor.conflicts)
    shot("team_conflicts")
    window.team.members_action.setEnabled(True)
    members = fake_members()
    from casetracker.team.membership import Sharing
    from casetracker.ui.team import MembersDialog
    from casetracker.ui.team_admin import AdminDialog

    dialog = MembersDialog(window, window.team)  # a supervisor's: with the admin's buttons
    dialog.show_members(members)
    dialog.show()
    dialog.table.selectRow(1)
    shot("team_members", dialog)
    for task, member in (("invite", None), ("reissue", members[1]), ("revoke", members[1])):
        admin = AdminDialog(window.team, task, member, dialog)
        admin.show()
        shot(f"team_admin_{task}", admin)
        admin.hide()
    dialog.hide()
    share = ShareDialog.__new__(ShareDialog)  # its members given, not read from a server
    window.team.list_members = lambda owner, done, failed: done(members)
    window.team.case_sharing = lambda owner, number, done, failed: done(Sharing(members[0], [members[3]]))
    share.__init__(window.team, editor.number, window)
    share.show()
    shot("team_share", share)
    share._shared(members[1])
    shot("team_shared", share)
    share.hide()


def render_import_wizard(window, folder: Path, shot) -> None:
    """The import wizard on an ordinary sheet: one row per refusal, no case type or event column."""
    from datetime import date

    from openpyxl import Workbook

    from casetracker.ui.views.import_wizard import run_import_wizard

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ФИО", "Дата рождения", "Дата", "Место", "Страна", "Комментарий", "Служебное"])
    sheet.append(["Орлова Вера", date(1991, 3, 4), date(2023, 5, 2), "Верхний Ларс", "Грузия", "пешком", "x"])
    sheet.append(["Зуев Павел", date(1987, 8, 9), date(2023, 6, 11), "Нарва", "Эстония", None, None])
    # A demo person without a date of birth: a possible duplicate of the one in the store
    sheet.append(["Кира Андреевна Будницкая", None, date(2023, 7, 1), "Нарва", "Эстония", None, None])
    path = folder / "ordinary.xlsx"
    workbook.save(path)
    wizard = run_import_wizard(window, path)
    wizard.mapping_page.combos[6].setCurrentIndex(0)  # the last column: ignored
    shot("import_columns", wizard)
    kind = wizard.mapping_page.fixed["case.kind"]
    kind.setCurrentIndex(kind.findData("entry_denial"))
    shot("import_columns_chosen", wizard)
    wizard.next_button.click()
    wizard.preview_page.tabs.setCurrentIndex(3)
    shot("import_preview_columns", wizard)
    wizard.preview_page.tabs.setCurrentIndex(2)
    shot("import_preview_duplicates", wizard)
    wizard.preview_page.tabs.setCurrentIndex(0)
    shot("import_preview_rows", wizard)
    wizard.reject()


def _unlock_while_upgrading(app, folder: Path, shot) -> None:
    """The unlock dialog on a store of the previous version, while it is upgraded (held there), and
    after the caseworker tried to close it."""
    import threading

    from PySide6.QtCore import QDeadlineTimer

    from casetracker.store import migrate
    from casetracker.store.database import create_store
    from casetracker.ui.unlock import UnlockDialog

    older = create_store(folder / "older", "demo passphrase")
    migrate.downgrade(older.engine, "0004")
    older.close()
    release, upgrade = threading.Event(), migrate.upgrade

    def held(engine, revision="head"):
        release.wait(30)
        upgrade(engine, revision)

    migrate.upgrade = held
    dialog = UnlockDialog(folder / "older")
    dialog.show()
    dialog.passphrase.setText("demo passphrase")
    dialog.unlock_button.click()
    deadline = QDeadlineTimer(30_000)
    while not dialog.upgrading and not deadline.hasExpired():
        app.processEvents()
    shot("unlock_upgrading", dialog)
    dialog.close()  # refused while it upgrades
    shot("unlock_upgrading_close_refused", dialog)
    release.set()
    while not dialog.result() and not deadline.hasExpired():
        app.processEvents()
    migrate.upgrade = upgrade
    if dialog.store is not None:
        dialog.store.close()


if __name__ == "__main__":
    main()
