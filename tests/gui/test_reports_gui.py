"""Reports from the app: built off the GUI thread's way, previewed from memory, saved only on request."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from casetracker.services import people
from casetracker.services.demo import fill_demo_store
from casetracker.ui import messages
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings


@pytest.fixture
def window(qtbot, store, tmp_path) -> MainWindow:
    with store.transaction() as session:
        fill_demo_store(session)
        person = people.find_people(session, "Сугробов")[0]
        people.update_person(session, "t", person.id, secure_contact="signal:+000-SECRET-CONTACT")
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(AppContext(store, settings, SynchronousExecutor(store)))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_a_case_summary_is_previewed_from_memory_and_saved_on_request(qtbot, window, tmp_path):
    outside_store = {path for path in tmp_path.rglob("*") if "store" not in path.parts}
    editor = window.open_case("KG-2023-0001")
    editor.make_summary({"redaction": "lawyer", "language": "en", "paper": "a4"}, synchronous=True)
    preview = editor.last_preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count > 0)
    # Nothing was written outside the encrypted store while previewing: no temporary PDF.
    assert {path for path in tmp_path.rglob("*") if "store" not in path.parts} == outside_store
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    preview.save_as(str(target))
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "KG-2023-0001" in text and "Сугробов" in text
    assert "SECRET-CONTACT" in text


def test_a_summary_for_sharing_leaves_the_contact_out(qtbot, window):
    editor = window.open_case("KG-2023-0001")
    editor.make_summary({"redaction": "sharing", "language": "ru", "paper": "letter"}, synchronous=True)
    preview = editor.last_preview
    qtbot.addWidget(preview)
    assert b"SECRET" not in preview.pdf
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "SECRET" not in text and "KG-2023-0001" in text


def test_statistics_are_built_from_the_reports_section(qtbot, window, monkeypatch):
    said = []
    monkeypatch.setattr(messages, "error", lambda parent, text: said.append(text))
    window.navigation.setCurrentRow(4)
    reports = window.reports
    reports.synchronous = True
    qtbot.keyClicks(reports.start, "2023-02-31")
    reports.build()
    assert "not a valid date" in reports.error.text()
    reports.start.clear()
    qtbot.keyClicks(reports.start, "2022-01-01")
    reports.build()
    preview = reports.last_preview
    qtbot.addWidget(preview)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Сугробов" not in text and said == []
