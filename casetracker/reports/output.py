"""Writing a report file: into a temporary file beside the target, renamed at the end.

A report that fails or is cancelled half-way leaves nothing behind, and an
existing file of the same name stays intact until the new one is complete.
"""

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from casetracker.errors import CaseTrackerError, DiskFull


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
def atomic_output(out: Path) -> Iterator[BinaryIO]:
    """Yield a file to write the report into; on success it becomes `out`, otherwise it is removed."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise ReportNotWritten(out, "it is a folder")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ReportNotWritten(out, "the folder does not exist")
    try:
        fd, temporary = tempfile.mkstemp(prefix=".report-", suffix=".partial", dir=folder)
    except OSError as error:
        raise ReportNotWritten(out, _reason(error)) from error
    handle = os.fdopen(fd, "w+b")
    try:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.chmod(temporary, 0o600)  # mkstemp already makes it private; keep it so where supported
        os.replace(temporary, out)
    except OSError as error:
        _discard(handle, temporary)
        if error.errno == errno.ENOSPC:
            raise DiskFull() from error
        raise ReportNotWritten(out, _reason(error)) from error
    except BaseException:
        _discard(handle, temporary)
        raise


def _discard(handle: BinaryIO, temporary: str) -> None:
    handle.close()
    Path(temporary).unlink(missing_ok=True)


def with_output(out: Path, write: Callable[[BinaryIO], None]) -> Path:
    with atomic_output(out) as handle:
        write(handle)
    return Path(out).expanduser()
