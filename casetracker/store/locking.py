"""Who has a store open: lock files in the store's `in-use/` folder.

Every process that opens the store (the app, each command) holds a lock on a slot file of its
own for as long as it has the store open. An operation that needs the store to itself (a
passphrase change, a schema upgrade, clearing what a crash left behind) locks every other slot
at once, and gives up without waiting when one is held: the store is open elsewhere. A gate
lock, held briefly by each opener and for the whole of such an operation, keeps a new opener
out meanwhile. The app also holds `app` from its start to its end, so that a second copy of the
app is told the store is already open in a window.

The operating system drops the locks of a process that ends, however it ends, so a crash leaves
no stale lock. Only exclusive locks on whole files are used: `flock` on Linux and macOS, and
`msvcrt.locking` on Windows, which has no shared ones.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from casetracker.errors import AppAlreadyOpen, StoreBusy, StoreInUse

IN_USE_DIR = "in-use"
GATE_WAIT_S = 10.0  # an opener waits this long for an operation that has the store to itself

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class _LockFile:
    """One lock file, opened (and made, private) once; locked and unlocked as needed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        self.locked = False

    def try_lock(self) -> bool:
        self.locked = self.locked or _try_lock(self._fd)
        return self.locked

    def lock_within(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while not self.try_lock():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        return True

    def unlock(self) -> None:
        if self.locked:
            _unlock(self._fd)
            self.locked = False

    def close(self) -> None:
        self.unlock()
        os.close(self._fd)


def _folder(root: Path) -> Path:
    folder = Path(root) / IN_USE_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


class StoreUse:
    """This process's claim on a store folder, from opening the store to closing it."""

    def __init__(self, root: Path) -> None:
        self._folder = _folder(root)
        gate = _LockFile(self._folder / "gate")
        try:
            if not gate.lock_within(GATE_WAIT_S):
                raise StoreBusy()  # a passphrase change or an upgrade has the store to itself
            self._slot: _LockFile | None = self._free_slot()
        finally:
            gate.close()
        self._alone = False

    def _free_slot(self) -> _LockFile:
        index = 0
        while True:
            slot = _LockFile(self._folder / f"slot-{index}")
            if slot.try_lock():
                return slot
            slot.close()
            index += 1

    @contextmanager
    def alone(self, operation: str) -> Iterator[None]:
        """Have the store to this process alone while the block runs; `StoreInUse` (naming the
        `operation`) at once if another process has it open. Blocks may nest."""
        if self._alone:
            yield
            return
        gate = _LockFile(self._folder / "gate")
        others: list[_LockFile] = []
        try:
            if not gate.try_lock():
                raise StoreInUse(operation)
            for path in sorted(self._folder.glob("slot-*")):
                if path.name == self._slot.path.name:
                    continue
                other = _LockFile(path)
                others.append(other)
                if not other.try_lock():
                    raise StoreInUse(operation)
            self._alone = True
            yield
        finally:
            self._alone = False
            for other in others:
                other.close()
            gate.close()

    def release(self) -> None:
        if self._slot is not None:
            self._slot.close()
            self._slot = None


class AppClaim:
    """The app's claim on a store folder, held from its start to its end, across locking and
    unlocking: a second copy of the app is told the store is open in a window already."""

    def __init__(self, root: Path) -> None:
        self._file = _LockFile(_folder(root) / "app")
        if not self._file.try_lock():
            self._file.close()
            raise AppAlreadyOpen()

    def release(self) -> None:
        self._file.close()


@contextmanager
def holding(path: Path) -> Iterator[None]:
    """Hold a lock on the file `path` (made if missing) while the block runs: work under way in a
    folder, which `abandoned` tells from what a killed process left."""
    lock = _LockFile(path)
    try:
        if not lock.try_lock():
            raise StoreBusy()
        yield
    finally:
        lock.close()


def abandoned(path: Path) -> bool:
    """Whether no process holds the lock file `path` (or there is none): its work was cut short."""
    if not path.exists():
        return True
    probe = _LockFile(path)
    try:
        return probe.try_lock()
    finally:
        probe.close()
