"""What every window and view is given: the unlocked store, who is working, and the executor.

Writes go through `write()`: one transaction, and a `changed` signal naming what
changed so each view refreshes only when it cares.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from casetracker.services import store_settings
from casetracker.store.database import Store
from casetracker.ui.settings import AppSettings


class AppContext(QObject):
    changed = Signal(str)  # "cases", "people", "deadlines", "overrides"

    def __init__(self, store: Store, settings: AppSettings, executor) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.executor = executor
        with store.session() as session:
            self.actor = store_settings.current_actor(session)

    def read(self, work: Callable[[Any], Any]) -> Any:
        """A quick read on the GUI thread (indexed lookups of a few rows)."""
        with self.store.reading() as session:
            return work(session)

    def write(self, work: Callable[[Any, str], Any], *what_changed: str) -> Any:
        """Run `work(session, actor)` as one transaction, then announce what changed."""
        with self.store.transaction() as session:
            result = work(session, self.actor)
        for what in what_changed:
            self.changed.emit(what)
        return result
