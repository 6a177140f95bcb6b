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

from casetracker.catalogue import Entry, source
from casetracker.errors import CaseTrackerError
from casetracker.store.files import atomic_file

if TYPE_CHECKING:
    from casetracker.store.leftovers import Journal


class ReportNotWritten(CaseTrackerError):
    """The output path cannot be written; the message says why and what to do. `reason` is a key of the
    catalogue's "unwritable." entries, or the system's own words."""

    def __init__(self, path: Path, reason: str) -> None:
        why = Entry("error", f"unwritable.{reason}") if f"unwritable.{reason}" in source("error") else reason
        super().__init__(key="report_not_written", path=str(path), reason=why)
        self.path = path


def _reason(error: OSError) -> str:
    return {
        errno.EACCES: "permission",
        errno.EPERM: "permission",
        errno.EROFS: "read_only",
        errno.ENOENT: "no_folder",
        errno.ENOTDIR: "no_folder",
        errno.EISDIR: "folder",
    }.get(error.errno, error.strerror or "refused")


@contextmanager
def atomic_output(out: Path, journal: Journal | None = None) -> Iterator[BinaryIO]:
    """Yield a file to write the report into; on success it becomes `out`, otherwise it is removed.
    Given the store's `journal`, a crash leaves nothing either (see store.leftovers)."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise ReportNotWritten(out, "folder")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportNotWritten(out, "no_folder")
    try:
        with atomic_file(out, journal) as handle:
            yield handle
    except OSError as error:
        raise ReportNotWritten(out, _reason(error)) from error


def with_output(out: Path, write: Callable[[BinaryIO], None], journal: Journal | None = None) -> Path:
    with atomic_output(out, journal) as handle:
        write(handle)
    return Path(out).expanduser()
