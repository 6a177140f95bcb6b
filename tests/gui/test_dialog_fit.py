"""Every dialog of the app fits a 1280 × 720 laptop screen less its panel (1280 × 680), in English
and in Russian, with its buttons in view; and each opens at a size that fits the screen it opens on.

The dialogs are found by kind: every QDialog subclass in casetracker/ui, the message boxes of
`messages`, the file picker of `file_dialogs`. A new dialog fails the inventory test until it is
added here."""

import re
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QProgressDialog, QWidget

from casetracker.errors import DiskFullOnOpen
from casetracker.services.demo import fill_demo_store
from casetracker.ui import file_dialogs, messages
from casetracker.ui.about import AboutDialog
from casetracker.ui.i18n import install_language
from casetracker.ui.instances import AlreadyOpenDialog
from casetracker.ui.settings_dialog import SettingsDialog
from casetracker.ui.team import MembersDialog
from casetracker.ui.unlock import FirstRunDialog, UnlockDialog, show_error
from casetracker.ui.views.case_team import ShareDialog
from casetracker.ui.views.data_dialogs import CalendarOptions, OutcomeDialog, PassphraseDialog
from casetracker.ui.views.duplicates_dialog import DuplicatesDialog
from casetracker.ui.views.import_wizard import ImportWizard
from casetracker.ui.views.new_case import NewCaseDialog
from casetracker.ui.views.pdf_preview import PdfPreview
from casetracker.ui.views.people import NewPersonDialog
from casetracker.ui.views.reports import SummaryOptions
from casetracker.ui.views.search import SearchDialog
from casetracker.ui.views.trash import TrashDialog

SMALL_SCREEN = (1280, 680)  # 1280 × 720 less a panel
UI = Path(__file__).parents[2] / "casetracker" / "ui"
LONG_TEXT = (
    "The case store failed its integrity check (page 7: HMAC check failed). Keep working only to copy "
    "out what you need, and restore the newest backup into a new folder. " * 3
)


def _pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Case summary")
    page.save()
    return out.getvalue()


def _members(window, tmp_path, control=None):
    from casetracker.team.membership import Member

    dialog = MembersDialog(window, control)
    roles = ("supervisor", "caseworker", "lawyer") * 4
    dialog.show_members(
        [
            Member(uuid.uuid4(), f"Константинопольская-Щедрина Анастасия {n}", r, n % 3 > 0, n == 4)
            for n, r in enumerate(roles)
        ]
    )
    return dialog


def _supervisors_members(window, tmp_path):
    from tests.gui.team_window_helpers import pretend_team

    pretend_team(window, "supervisor")
    return _members(window, tmp_path, window.team)  # the supervisor's, with the admin's buttons


def _admin(task: str):
    def make(window, tmp_path):
        from casetracker.team.membership import Member
        from casetracker.ui.team_admin import AdminDialog

        member = Member(
            uuid.uuid4(), "Константинопольская-Щедрина Анастасия Владиславовна", "lawyer", True, False
        )
        dialog = AdminDialog(window.team, task, member if task != "invite" else None, window)
        dialog.problem.setText(LONG_TEXT[:300])
        return dialog

    return make


def _sharing(window, tmp_path):
    from casetracker.team.membership import Member, Sharing
    from tests.gui.team_window_helpers import pretend_team

    pretend_team(window, "supervisor")
    dialog = ShareDialog(window.team, "EE-2026-0001", window)
    people = [
        Member(uuid.uuid4(), f"Константинопольская-Щедрина Анастасия {n}", "caseworker", True, False)
        for n in range(6)
    ]
    dialog._show_readers(Sharing(people[0], people[1:]))
    return dialog


def _unlock_after_a_full_disk(window, tmp_path):
    dialog = UnlockDialog(window.context.store.paths.root)
    show_error(dialog, dialog.error, str(DiskFullOnOpen(window.context.store.paths.root)))
    return dialog


DIALOGS = {
    "AboutDialog": lambda window, tmp_path: AboutDialog(window.context.store.paths, window),
    "FirstRunDialog": lambda window, tmp_path: FirstRunDialog(tmp_path / "new"),
    "UnlockDialog": lambda window, tmp_path: UnlockDialog(window.context.store.paths.root),
    "UnlockDialog (a full disk)": _unlock_after_a_full_disk,
    "AlreadyOpenDialog": lambda window, tmp_path: AlreadyOpenDialog(window.context.store.paths.root),
    "SettingsDialog": lambda window, tmp_path: SettingsDialog(window.context.settings, window),
    "PassphraseDialog": lambda window, tmp_path: PassphraseDialog(
        "Change the passphrase", LONG_TEXT, "Change", window, twice=True, current=True
    ),
    "CalendarOptions": lambda window, tmp_path: CalendarOptions(window),
    "OutcomeDialog": lambda window, tmp_path: OutcomeDialog(
        "Import", LONG_TEXT, [f"Row {row}: not a date" for row in range(40)], window, headline="Not imported"
    ),
    "SummaryOptions": lambda window, tmp_path: SummaryOptions(window),
    "PdfPreview": lambda window, tmp_path: PdfPreview(_pdf(), "summary.pdf", None, window),
    "NewCaseDialog": lambda window, tmp_path: NewCaseDialog(window.context, window),
    "NewPersonDialog": lambda window, tmp_path: NewPersonDialog(window.context, window),
    "SearchDialog": lambda window, tmp_path: SearchDialog(window.context, window),
    "TrashDialog": lambda window, tmp_path: TrashDialog(window.context, window),
    "DuplicatesDialog": lambda window, tmp_path: DuplicatesDialog(window.context, window),
    "ImportWizard": lambda window, tmp_path: ImportWizard(window.context, window),
    "MembersDialog": _members,
    "MembersDialog (a supervisor's)": _supervisors_members,
    "AdminDialog (invite)": _admin("invite"),
    "AdminDialog (new laptop)": _admin("reissue"),
    "AdminDialog (revoke)": _admin("revoke"),
    "ShareDialog (who reads the case)": _sharing,
    "ShareDialog": lambda window, tmp_path: ShareDialog(window.team, "EE-2026-0001", window),  # says: no team
}


@pytest.fixture(params=["en", "ru"])
def language(request):
    app = QApplication.instance()
    install_language(app, request.param)
    yield request.param
    install_language(app, "en")


def _buttons_in_view(dialog: QWidget) -> list[str]:
    """The texts of the buttons that are shown but fall outside the dialog."""
    outside = []
    for button in dialog.findChildren(QAbstractButton):
        if not button.isVisibleTo(dialog) or button.window() is not dialog:
            continue
        placed = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        if not dialog.rect().contains(placed):
            outside.append(button.text())
    return outside


def _fits(qtbot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert least.width() <= SMALL_SCREEN[0] and least.height() <= SMALL_SCREEN[1], (
        f"needs at least {least.width()} × {least.height()}"
    )
    room = dialog.screen().availableGeometry()
    if least.width() <= room.width() and least.height() <= room.height():
        assert dialog.width() <= room.width() and dialog.height() <= room.height(), (
            "opens larger than its screen"
        )
    dialog.resize(least)  # shrunk as far as it goes: every button still in view
    QApplication.processEvents()
    assert _buttons_in_view(dialog) == []


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_dialog_fits_a_small_laptop_screen(qtbot, window, store, tmp_path, language, name):
    with store.transaction() as session:
        fill_demo_store(session)
    _fits(qtbot, DIALOGS[name](window, tmp_path))


def test_a_long_message_fits_a_small_laptop_screen(qtbot, window, language):
    seen = []

    def look_and_close() -> None:
        box = QApplication.activeModalWidget()
        seen.append((box.minimumSizeHint(), box.size(), _buttons_in_view(box)))
        box.accept()

    for ask in (messages.error, messages.inform, messages.confirm):
        QTimer.singleShot(0, look_and_close)
        ask(window, LONG_TEXT)
    for least, size, outside in seen:
        assert least.width() <= SMALL_SCREEN[0] and least.height() <= SMALL_SCREEN[1]
        assert size.width() <= SMALL_SCREEN[0] and size.height() <= SMALL_SCREEN[1]
        assert outside == []
    assert len(seen) == 3


def test_the_progress_of_a_long_task_fits_a_small_laptop_screen(qtbot, window, language):
    seen = []

    def work(store, actor, progress) -> None:  # while it runs, its progress dialog is there
        [dialog] = window.findChildren(QProgressDialog)
        dialog.show()
        seen.append((dialog.minimumSizeHint(), _buttons_in_view(dialog)))

    window.context.op(window, work, whole_store=True, progress=LONG_TEXT[:120]).run()
    [(least, outside)] = seen
    assert least.width() <= SMALL_SCREEN[0] and least.height() <= SMALL_SCREEN[1]
    assert outside == []


def test_the_file_picker_fits_the_screen_it_opens_on(qtbot, window, language, monkeypatch):
    seen = []

    def look_and_cancel(dialog) -> int:
        dialog.show()
        room = dialog.screen().availableGeometry()
        seen.append(dialog.width() <= room.width() and dialog.height() <= room.height())
        least = dialog.minimumSizeHint()
        seen.append(least.width() <= SMALL_SCREEN[0] and least.height() <= SMALL_SCREEN[1])
        dialog.hide()
        return 0

    monkeypatch.setattr(QFileDialog, "exec", look_and_cancel)
    assert file_dialogs.save_file(window, "Save the report", "summary.pdf", "PDF (*.pdf)") is None
    assert seen == [True, True]


def test_every_dialog_of_the_app_is_checked_here():
    """A new dialog class is added to DIALOGS, so that it is checked too."""
    found = set()
    for path in UI.rglob("*.py"):
        found |= set(re.findall(r"^class (\w+)\(QDialog\)", path.read_text(encoding="utf-8"), re.MULTILINE))
    assert found - {name.split(" ")[0] for name in DIALOGS} == set()
