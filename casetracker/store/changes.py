"""Whether another process (the command line, say) changed the store since this one last looked.

SQLite's `PRAGMA data_version`, read on a connection of its own, changes whenever another
connection commits. This process's own commits change it too: each is noted as its connection goes
back to the pool, and the value it leaves is taken as seen, so that only the others' writes count.
(Another process's write that lands in the moment between an own commit and its connection's
return is taken as seen too; the views reload after the own write anyway, and read it then.)
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, event


class OtherWrites:
    """Asked from any thread, one at a time; `close()` before the store closes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._committed: set[int] = set()  # this process's connections that committed, not yet back
        connection = engine.raw_connection()
        connection.detach()  # its own connection, outside the pool, closed with `close()`
        self._connection = connection
        self._closed = False
        self._seen = self._version()
        event.listen(engine, "commit", self._own_commit)
        event.listen(engine, "checkin", self._back_in_pool)
        event.listen(engine, "engine_disposed", self._store_closed)

    def _version(self) -> int:
        cursor = self._connection.cursor()
        try:
            return cursor.execute("PRAGMA data_version").fetchone()[0]
        finally:
            cursor.close()

    def _own_commit(self, connection) -> None:
        with self._lock:
            self._committed.add(id(connection.connection.dbapi_connection))

    def _back_in_pool(self, dbapi_connection, _record) -> None:
        with self._lock:
            if id(dbapi_connection) in self._committed:
                self._committed.discard(id(dbapi_connection))
                if not self._closed:
                    self._seen = self._version()

    def changed_elsewhere(self) -> bool:
        """Has another process committed since the last time this was asked?"""
        with self._lock:
            if self._closed:
                return False
            version = self._version()
            changed, self._seen = version != self._seen, version
            return changed

    def close(self, *, store_closing: bool = False) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            event.remove(self.engine, "commit", self._own_commit)
            event.remove(self.engine, "checkin", self._back_in_pool)
            if not store_closing:  # not while SQLAlchemy is calling it
                event.remove(self.engine, "engine_disposed", self._store_closed)
            self._connection.close()

    def _store_closed(self, _engine) -> None:
        """The store closed (or was re-keyed): its own connection goes with the others."""
        self.close(store_closing=True)
