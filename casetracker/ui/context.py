"""What every window and view is given: the unlocked store, who is working, and the database worker.

Views ask for database work with `op()` (see operations.py) and listen to `changed`, which names
what a write changed (a `Change`), so that each view reloads only when it shows it.
"""

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal

from casetracker.services import store_settings
from casetracker.store.database import Store
from casetracker.ui.operations import Change, Op
from casetracker.ui.settings import AppSettings


class AppContext(QObject):
    changed = Signal(object)  # a Change

    def __init__(self, store: Store, settings: AppSettings, executor) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.executor = executor
        with store.session() as session:
            self.actor = store_settings.current_actor(session)

    def op(
        self,
        parent: QObject,
        work: Callable[..., Any],
        *,
        writes: Change | None = None,
        whole_store: bool = False,
        progress: str | None = None,
        supersede: Hashable | None = None,
    ) -> Op:
        """Database work asked for by `parent`; see operations.Op."""
        return Op(
            self, parent, work, writes=writes, whole_store=whole_store, progress=progress, supersede=supersede
        )

    def changes_made(self, what: Change) -> None:
        """Tell every view what a write changed."""
        self.changed.emit(what)
