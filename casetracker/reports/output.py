"""Writing a report file: into a temporary file beside the target, renamed at the end.

A report that fails or is cancelled half-way leaves nothing behind, and an
existing file of the same name stays intact until the new one is complete; with
the store's journal, neither does a crash (the next start removes the temporary file).
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from casetracker.errors import CaseTrackerError
from casetracker.store.files import atomic_file

if TYPE_CHECKING:
    from casetracker.store.leftovers import Journal


class ReportNotWritten(CaseTrackerError):
    """The output path cannot be written; the message says why and what to do."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"The report cannot be written to {path}: {reason}. Choose another file or folder.")
        self.path = path


def _reason(error: OSError) -> str:
    return {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "the folder does not exist",
        errno.EISDIR: "it is a folder",
    }.get(error.errno, error.strerror or "the file system refused it")


@contextmanager
def atomic_output(out: Path, journal: Journal | None = None) -> Iterator[BinaryIO]:
    """Yield a file to write the report into; on success it becomes `out`, otherwise it is removed.
    Given the store's `journal`, a crash leaves nothing either (see store.leftovers)."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise ReportNotWritten(out, "it is a folder")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportNotWritten(out, "the folder does not exist")
    try:
        with atomic_file(out, journal) as handle:
            yield handle
    except OSError as error:
        raise ReportNotWritten(out, _reason(error)) from error


def with_output(out: Path, write: Callable[[BinaryIO], None], journal: Journal | None = None) -> Path:
    with atomic_output(out, journal) as handle:
        write(handle)
    return Path(out).expanduser()
