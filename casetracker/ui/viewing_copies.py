"""Decrypted copies of evidence files opened for viewing: kept in a private folder under random
names, and deleted when their case tab closes, the app locks or quits, or (after a crash) at the
next start."""

import os
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from casetracker import paths

_SAFE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


class ViewingCopies(QObject):
    """Decrypted copies opened for viewing from one case tab, in a private temporary folder.

    Owned by the app context, so that locking can find and delete them all; the folder is
    made on first use (private to this user) and the copies carry random names, never the
    original file name, which can be personal.
    """

    def __init__(self, context: QObject) -> None:
        super().__init__(context)
        self._folder: Path | None = None
        QCoreApplication.instance().aboutToQuit.connect(self.remove_all)

    def new_path(self, filename: str) -> Path:
        """A fresh name for a copy; only the extension is kept, so the system picks the right viewer."""
        if self._folder is None or not self._folder.is_dir():
            base = paths.viewing_copies_dir()
            base.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._folder = Path(tempfile.mkdtemp(dir=base))  # private to this user, a random name
        suffix = Path(filename).suffix
        return self._folder / (os.urandom(12).hex() + (suffix if _SAFE_SUFFIX.fullmatch(suffix) else ""))

    def remove_all(self) -> None:
        if self._folder is not None:
            # A copy still open in a viewer on Windows cannot be deleted; it goes with the next call.
            shutil.rmtree(self._folder, ignore_errors=True)
            if not self._folder.exists():
                self._folder = None


def remove_leftover_copies() -> None:
    """Delete copies a crash or a power cut left behind (at start, before anything is opened)."""
    shutil.rmtree(paths.viewing_copies_dir(), ignore_errors=True)


def remove_viewing_copies(context: QObject) -> None:
    """Delete every decrypted copy opened for viewing under this context (called on locking)."""
    for copies in context.findChildren(ViewingCopies):
        copies.remove_all()
