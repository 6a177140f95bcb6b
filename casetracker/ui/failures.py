"""The one path every failure in the app takes to the caseworker.

A failure is one of three things:

- a known condition (`errors.CaseTrackerError`): its own words, in the app's language, saying what
  is wrong and what to do;
- the disk or the system refusing a file (`OSError`): which file, and the system's reason;
- anything else, a bug: a dialog in the app's language says what failed, that nothing was changed,
  and where the crash notice was written (the type and the stack, never the message, which may quote
  personal data).

Nothing here shows `str()` of an exception that is not a known condition. A view that shows a
known condition in its own place (a red line under a field) asks `describe()` for the words.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from casetracker.errors import Cancelled, CaseTrackerError, StoreLocked
from casetracker.ui import messages


def is_known(error: BaseException) -> bool:
    """A condition the caseworker can act on, as opposed to a bug."""
    return isinstance(error, CaseTrackerError | OSError)


def describe(error: BaseException) -> str:
    """The words for a known condition, in the app's language."""
    if isinstance(error, CaseTrackerError):  # worded by the catalogue, as the app says it
        from casetracker.ui.labels import current_language

        return error.text(current_language())
    if isinstance(error, OSError):
        where = Path(error.filename).name if error.filename else ""
        reason = system_reason(error)
        if where:
            return QCoreApplication.translate(
                "failures", "{0} could not be used: {1}. Nothing was changed in the store."
            ).format(where, reason)
        return QCoreApplication.translate(
            "failures", "The disk or the system refused: {0}. Nothing was changed in the store."
        ).format(reason)
    raise TypeError(f"not a known condition: {type(error).__name__}")


def system_reason(error: OSError) -> str:
    """Why the disk or the system refused, in the app's language for the usual reasons."""
    reasons = {
        errno.ENOSPC: QCoreApplication.translate("failures", "the disk is full"),
        errno.EACCES: QCoreApplication.translate("failures", "permission denied"),
        errno.EPERM: QCoreApplication.translate("failures", "permission denied"),
        errno.ENOENT: QCoreApplication.translate("failures", "it does not exist (is the disk connected?)"),
        errno.EROFS: QCoreApplication.translate("failures", "the disk is read-only"),
        errno.EIO: QCoreApplication.translate("failures", "the disk could not be read or written"),
        errno.ENOTDIR: QCoreApplication.translate("failures", "a folder on its way is a file, not a folder"),
        errno.EISDIR: QCoreApplication.translate("failures", "it is a folder, not a file"),
        errno.EEXIST: QCoreApplication.translate("failures", "a file of that name is in the way"),
    }
    return reasons.get(error.errno, error.strerror or type(error).__name__)


def show(parent: QWidget | None, error: BaseException, *, during: str = "", change: bool = False) -> None:
    """Tell the caseworker about any failure: a known condition in its words, a bug as a bug
    (see `show_bug` for `during` and `change`)."""
    if isinstance(error, Cancelled | StoreLocked):
        return  # the caseworker cancelled, or a view answered after the app locked: nothing to say
    if is_known(error):
        _say(parent, describe(error))
    else:
        show_bug(parent, error, during=during, change=change)


def show_bug(parent: QWidget | None, error: BaseException, *, during: str = "", change: bool = False) -> None:
    """Write the crash notice, then say what failed, that it changed nothing, and where the notice is.

    `during`: the long task that failed, as its progress dialog named it; `change`: a change that
    was being saved (in one transaction, so not saved at all). While one bug's dialog is open, more
    bugs (views reloading after the first, say) are logged, not written or shown again."""
    from casetracker.crash_notice import log_bug, report_bug  # loaded only when a bug happens

    if _BUG in _on_screen:
        log_bug(error)
        return
    notice = report_bug(error)
    if during:
        text = QCoreApplication.translate(
            "failures",
            "Something went wrong inside the app during “{0}”, and it was stopped. The step that failed "
            "changed nothing, and everything saved before is safe.",
        ).format(during.rstrip("…. "))
    elif change:
        text = QCoreApplication.translate(
            "failures",
            "Something went wrong inside the app, and the last change was not saved. Everything saved "
            "before is safe. Check what is shown, then make the change again.",
        )
    else:
        text = QCoreApplication.translate(
            "failures",
            "Something went wrong inside the app, and the last action was stopped. The step that failed "
            "changed nothing, and everything saved before is safe. Check that what you just did is shown "
            "as you expect.",
        )
    if notice is not None:
        text += "\n\n" + QCoreApplication.translate(
            "failures",
            "If it happens again, please send this file with your report; it holds no case data: {0}",
        ).format(notice)
    _say(parent or QApplication.activeWindow(), text, _BUG)


# What is on screen now: the same message is not stacked on itself (every view that reloads after a
# damaged page would otherwise say it again), and one bug's dialog is enough at a time.
_on_screen: set[str] = set()
_BUG = "a bug"


def _say(parent: QWidget | None, text: str, kind: str = "") -> None:
    key = kind or text
    if key in _on_screen:
        return
    _on_screen.add(key)
    try:
        messages.error(parent, text)
    finally:
        _on_screen.discard(key)
