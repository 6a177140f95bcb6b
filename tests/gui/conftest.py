"""What most window tests start from: the settings, an open main window, answered message boxes."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from casetracker.services.demo import fill_demo_store
from casetracker.ui import messages
from casetracker.ui.context import AppContext
from casetracker.ui.executor import SynchronousExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings
from tests.gui.palette_helpers import dark_palette


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The window tests read the English the app shows, its plurals too ("1 case", "2 cases"), as the
    app does once it has installed its language."""
    from casetracker.ui.i18n import install_language

    install_language(qapp, "en")


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, store, settings) -> MainWindow:
    """The main window on the test's store; database work runs at once."""
    shown = MainWindow(AppContext(store, settings, SynchronousExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def dark_demo_window(qtbot, store, settings):
    """The main window on the demo store, built in the system's dark palette (as its icons are)."""
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    try:
        with store.transaction() as session:
            fill_demo_store(session)
        shown = MainWindow(AppContext(store, settings, SynchronousExecutor()))
        qtbot.addWidget(shown)
        shown.show()
        yield shown
    finally:
        app.setPalette(before)


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """What message boxes said; every question is answered 'yes'."""
    texts: list[str] = []
    monkeypatch.setattr(messages, "error", lambda parent, text: texts.append(text))
    monkeypatch.setattr(messages, "inform", lambda parent, text: texts.append(text))
    monkeypatch.setattr(messages, "confirm", lambda parent, text: texts.append(text) or True)
    return texts
