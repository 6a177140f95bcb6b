"""What is kept of a bug: a crash notice with the exception's type and where it happened.

An exception's message may quote what the caseworker typed or what was read from the store (a
name, a note), so it is never written, printed or logged; nor are the values of variables, nor the
source lines (a test or a script may hold data in them). The notice holds the version, the
exception's type, and the stack (file, line number and function of each frame), for each
exception in the chain. That is enough to find the bug and safe to attach to a bug report.
"""

import logging
import platform
import traceback
from datetime import UTC, datetime
from pathlib import Path

from casetracker import __version__, paths

log = logging.getLogger("casetracker")


def describe_bug(error: BaseException) -> str:
    """The exception's type and stack, and those of the exceptions it was raised from or during."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(
            f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
            for frame in traceback.extract_tb(current.__traceback__)
        )
        parts.append(f"{_qualified_type(current)}\n{frames}")
        current = current.__cause__ or current.__context__
    return "during it:\n".join(reversed(parts))  # as Python prints a chain: the first cause on top


def write_crash_notice(error: BaseException, folder: Path | None = None) -> Path | None:
    """Write a crash notice into `folder` (the app's log folder); its path, or None if it could not
    be written (a full disk must not turn one failure into two)."""
    folder = folder or paths.crash_notices_dir()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    text = (
        f"Exile Case Tracker {__version__}, Python {platform.python_version()}, {platform.system()}\n"
        f"{stamp} UTC\n\n{describe_bug(error)}"
    )
    path = folder / f"crash-{stamp}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def log_bug(error: BaseException, notice: Path | None = None) -> None:
    """Log a bug without its message (and where its crash notice is, if one was written)."""
    where = f" (crash notice: {notice})" if notice else ""
    log.error("an unexpected error: %s%s\n%s", _qualified_type(error), where, describe_bug(error))


def report_bug(error: BaseException) -> Path | None:
    """Write a bug's crash notice and log it, without its message; the notice's path. Each front end
    tells its user in its own way (the app in a dialog, the command line on stderr)."""
    notice = write_crash_notice(error)
    log_bug(error, notice)
    return notice


def _qualified_type(error: BaseException) -> str:
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
