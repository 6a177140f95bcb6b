"""Reports from the app: built off the GUI thread's way, previewed from memory, saved only on request."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from casetracker.services import people
from casetracker.services.demo import fill_demo_store
from casetracker.ui import messages
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings
from casetracker.ui.views.reports import SummaryOptions
from tests.gui.dialogs import answer_next_dialog
from tests.gui.file_picker import answer_next_file_dialog


@pytest.fixture
def window(qtbot, store, tmp_path) -> MainWindow:
    with store.transaction() as session:
        fill_demo_store(session)
        person = people.find_people(session, "Сугробов")[0]
        people.update_person(session, "t", person.id, secure_contact="signal:+000-SECRET-CONTACT")
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _ask_for_summary(qtbot, editor, redaction: str, language: str, paper: str):
    """Click "PDF summary…", choose in the options dialog and press OK; return the preview."""

    def choose(dialog: SummaryOptions) -> None:
        for combo, value in (
            (dialog.redaction, redaction),
            (dialog.language, language),
            (dialog.paper, paper),
        ):
            combo.setCurrentIndex(combo.findData(value))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_next_dialog(SummaryOptions, choose)
    qtbot.mouseClick(editor.summary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.last_preview is not None, timeout=30_000)
    preview = editor.last_preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count > 0)
    return preview


def test_the_pdf_summary_button_previews_the_case_from_memory_and_saves_it_on_request(
    qtbot, window, tmp_path
):
    outside_store = {path for path in tmp_path.rglob("*") if "store" not in path.parts}
    editor = window.open_case("KG-2023-0001")
    preview = _ask_for_summary(qtbot, editor, "lawyer", "en", "a4")
    assert preview.isVisible()
    # Nothing was written outside the encrypted store while previewing: no temporary PDF.
    assert {path for path in tmp_path.rglob("*") if "store" not in path.parts} == outside_store
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    answer_next_file_dialog(target)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "KG-2023-0001" in text and "Сугробов" in text
    assert "SECRET-CONTACT" in text


def test_a_summary_for_sharing_leaves_the_contact_out(qtbot, window):
    editor = window.open_case("KG-2023-0001")
    preview = _ask_for_summary(qtbot, editor, "sharing", "ru", "letter")
    assert b"SECRET" not in preview.pdf
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "SECRET" not in text and "KG-2023-0001" in text


def test_cancelling_the_summary_options_builds_nothing(qtbot, window):
    editor = window.open_case("KG-2023-0001")
    seen = []

    def cancel(dialog: SummaryOptions) -> None:
        seen.append(dialog.isVisible())
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    answer_next_dialog(SummaryOptions, cancel)
    qtbot.mouseClick(editor.summary_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert seen == [True] and editor.last_preview is None


def test_cancelling_the_save_dialog_writes_nothing(qtbot, window, tmp_path):
    editor = window.open_case("KG-2023-0001")
    preview = _ask_for_summary(qtbot, editor, "lawyer", "en", "a4")
    before = set(tmp_path.rglob("*"))
    answer_next_file_dialog(None)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert set(tmp_path.rglob("*")) == before


def test_statistics_are_built_from_the_reports_section(qtbot, window, monkeypatch):
    said = []
    monkeypatch.setattr(messages, "error", lambda parent, text: said.append(text))
    window.navigation.setCurrentRow(4)
    reports = window.reports
    qtbot.keyClicks(reports.start, "2023-02-31")
    qtbot.mouseClick(reports.build_button, Qt.MouseButton.LeftButton)
    assert reports.error.text() == "“2023-02-31” has no such day: that month has 28 days."
    reports.start.clear()
    qtbot.keyClicks(reports.start, "2022-01-01")
    qtbot.mouseClick(reports.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.last_preview is not None, timeout=30_000)
    preview = reports.last_preview
    qtbot.addWidget(preview)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Сугробов" not in text and said == []


def test_a_date_out_of_range_is_said_precisely(qtbot, window):
    window.navigation.setCurrentRow(4)
    reports = window.reports
    for typed, said in (
        ("2027-13-45", "“2027-13-45” has no month 13: months run from 1 to 12."),
        ("1800-01-01", "“1800-01-01” is outside the years 1900–2099 that the app accepts."),
        ("2023-05", "“2023-05” is not a whole date. Write the day too: YYYY-MM-DD or DD.MM.YYYY."),
    ):
        reports.end.clear()
        qtbot.keyClicks(reports.end, typed)
        qtbot.mouseClick(reports.build_button, Qt.MouseButton.LeftButton)
        assert reports.error.text() == said
        assert reports.last_preview is None


def test_in_the_russian_app_the_statistics_are_in_russian(qtbot, store, tmp_path):
    from PySide6.QtWidgets import QApplication

    from casetracker.ui.i18n import install_language

    with store.transaction() as session:
        fill_demo_store(session)
    install_language(QApplication.instance(), "ru")
    try:
        settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext(store, settings, SynchronousExecutor()))
        qtbot.addWidget(window)
        window.show()
        window.navigation.setCurrentRow(4)
        reports = window.reports
        assert reports.language.currentData() == "ru"
        qtbot.keyClicks(reports.start, "31.02.2023")
        qtbot.mouseClick(reports.build_button, Qt.MouseButton.LeftButton)
        assert reports.error.text() == "В «31.02.2023» нет такого дня: в этом месяце 28 дней."
        reports.start.clear()
        qtbot.mouseClick(reports.build_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reports.last_preview is not None, timeout=30_000)
        qtbot.addWidget(reports.last_preview)
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(reports.last_preview.pdf)).pages)
    finally:
        install_language(QApplication.instance(), "en")
    assert "Статистика дел" in text and "Дела по странам" in text and "Эстония" in text
    assert "Cases" not in text and "Estonia" not in text and "%" in text and " %" in text


def test_the_toolbar_s_pdf_from_another_page_names_the_case_and_person_it_will_describe(qtbot, window):
    window.open_case("KG-2023-0001")
    window.navigation.setCurrentRow(window.navigation.count() - 1)  # the Reports page: no case in sight
    seen = []

    def read_and_cancel(dialog: SummaryOptions) -> None:
        seen.append(dialog.case.text() if dialog.case.isVisibleTo(dialog) else "")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    answer_next_dialog(SummaryOptions, read_and_cancel)
    window.summary_action.trigger()
    qtbot.waitUntil(lambda: seen != [])
    assert seen == ["KG-2023-0001 · Лев Игоревич Сугробов"]
