"""Loading the heavy modules (the database layer, the services, the main window) in the background.

The unlock dialog needs only Qt, so it is shown at once; while the caseworker types the
passphrase, a thread imports everything the unlocked app needs. Before the GUI thread touches
any of those modules it calls `wait()`, so the two threads never import the same module at once.
"""

import importlib
import logging
import threading
from datetime import date

log = logging.getLogger(__name__)

HEAVY_MODULES = (
    "casetracker.store.database",
    "sqlalchemy.dialects.sqlite.pysqlcipher",  # otherwise loaded by name when the store opens
    "casetracker.services",
    "casetracker.ui.context",
    "casetracker.ui.executor",
    "casetracker.ui.main_window",
    "casetracker.ui.data_menu",
)

_thread: threading.Thread | None = None


def start() -> None:
    """Begin importing in the background (once)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_import_all, name="preload", daemon=True)
        _thread.start()


def wait() -> None:
    """Return once the background imports are over (at once if they never started)."""
    if _thread is not None:
        _thread.join()


def _import_all() -> None:
    try:
        for name in HEAVY_MODULES:
            importlib.import_module(name)
        from sqlalchemy.orm import configure_mappers

        from casetracker.rules.holidays import prepare
        from casetracker.services.evaluation import shipped_profiles

        configure_mappers()  # otherwise done by the first query, after the passphrase
        profiles, _ = shipped_profiles()  # read once and kept: the main window lists the countries
        prepare((profile.code for profile in profiles), date.today())  # the dashboard's deadlines
    except Exception as error:  # the GUI thread does it again and reports the failure properly
        log.warning("could not load the app's modules in the background (%s)", type(error).__name__)
