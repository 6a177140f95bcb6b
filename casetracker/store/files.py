"""Writing files so that a crash or a full disk never leaves half a file behind."""

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import BinaryIO, Protocol

from casetracker import faults
from casetracker.errors import CaseTrackerError, DiskFull

TEMPORARY_PREFIX = ".tmp-"  # what a file or folder is named until it is complete


class TemporaryNames(Protocol):
    """Where temporary names are recorded while their files are written: the store's journal
    (`leftovers.Journal`, which builds on this module, so this one names only what it needs)."""

    def temporary_name(self, target: Path) -> AbstractContextManager[Path]: ...


def private_file(path: Path) -> int:
    """Create `path`, which must not exist, readable and writable by its owner only; its descriptor."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)


def write_private_text(path: Path, text: str) -> None:
    """Write a new text file that only its owner can read (an invitation, a recovery key), refusing to
    replace one; a write that fails leaves no file behind."""
    try:
        fd = private_file(path)
    except FileExistsError:
        raise CaseTrackerError(key="target_exists", path=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def make_private(folder: Path) -> None:
    """Make `folder` and everything in it readable by its owner only: folders 0700, files 0600.
    Where the system does not allow it (a FAT-formatted USB stick), nothing is said."""
    if os.name == "nt" or not folder.is_dir():  # Windows keeps a user's files private by their ACLs
        return
    for path in (folder, *folder.rglob("*")):
        if path.is_symlink():
            continue
        with contextlib.suppress(OSError):
            path.chmod(0o700 if path.is_dir() else 0o600)


def fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_file(path: Path, journal: TemporaryNames | None = None) -> Iterator[BinaryIO]:
    """A file to write into that appears at `path`, complete and on disk, only if the block ends
    without an error; otherwise nothing is left behind. Given the store's `journal`, the
    temporary name is recorded in the store first, so that a crash leaves nothing behind either
    (the next start removes it): for anything written outside the store."""
    with journal.temporary_name(path) if journal else _unrecorded_name(path) as temporary:
        fd = private_file(temporary)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            faults.step("file.written")  # complete under its temporary name, not yet renamed
            os.replace(temporary, path)
            fsync_directory(path.parent)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            if error.errno == errno.ENOSPC:
                raise DiskFull() from error
            raise
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


@contextmanager
def _unrecorded_name(path: Path) -> Iterator[Path]:
    yield path.parent / f"{TEMPORARY_PREFIX}{secrets.token_hex(8)}"


def write_atomically(path: Path, data: bytes, journal: TemporaryNames | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it (the
    temporary name recorded in the store's `journal`, if given: see `atomic_file`)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with atomic_file(path, journal) as handle:
        handle.write(data)


def copy_durably(source: Path, target: Path) -> None:
    """Copy a file so that `target` either does not exist or is complete and on disk."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with open(source, "rb") as reader, atomic_file(target) as writer:
        shutil.copyfileobj(reader, writer, length=1024 * 1024)
