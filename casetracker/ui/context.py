"""What every window and view is given: the unlocked store, who is working, and the database worker.

Views ask for database work with `op()` (see operations.py) and listen to `changed`, which names
what a write changed (a `Change`), so that each view reloads only when it shows it. A write by
another process (the command line, while the window is open) is announced too, as a change of
everything, once `watch_other_writers()` has been called.
"""

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from casetracker.services import store_settings
from casetracker.store.changes import OtherWrites
from casetracker.store.database import Store
from casetracker.ui.operations import Change, Op
from casetracker.ui.settings import AppSettings

EVERYTHING = Change.CASES | Change.PEOPLE | Change.DEADLINES | Change.OVERRIDES


class AppContext(QObject):
    changed = Signal(object)  # a Change

    watch_ms = 2000  # how often the store is asked whether another process wrote to it

    def __init__(self, store: Store, settings: AppSettings, executor) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.executor = executor
        self._others: OtherWrites | None = None
        self._watch = QTimer(self, interval=self.watch_ms)
        self._watch.timeout.connect(self._look_for_other_writes)
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

    def watch_other_writers(self) -> None:
        """From now on, a write by another process is announced as a change of everything."""
        self._others = OtherWrites(self.store.engine)
        self._watch.start(self.watch_ms)

    def stop_watching(self) -> None:
        """Before the store closes."""
        self._watch.stop()
        if self._others is not None:
            self._others.close()

    def _look_for_other_writes(self) -> None:
        others, store = self._others, self.store

        def look() -> bool | OtherWrites:  # on the database worker, between the app's own operations
            if others.engine is not store.engine:  # re-keyed: watched again, on the new key
                return OtherWrites(store.engine)
            return others.changed_elsewhere()

        def seen(answer: bool | OtherWrites) -> None:
            if isinstance(answer, OtherWrites):
                if self._others is others and self._watch.isActive():
                    self._others = answer
                    self.changes_made(EVERYTHING)  # what was written meanwhile is not missed
                else:
                    answer.close()
            elif answer:
                self.changes_made(EVERYTHING)

        # A store that cannot be asked says so at the caseworker's next step: nothing to add here.
        self.executor.run(look, seen, lambda _error: None, supersede=others)
