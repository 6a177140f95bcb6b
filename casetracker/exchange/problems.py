"""What can go wrong with a file brought in or sent out, in words a caseworker can act on.

Messages name rows, columns and files, never the personal data inside them. Those of the spreadsheet
import carry a message key and its parameters beside their English text, so the import wizard can say
them in the caseworker's language (see problem_messages); the command line prints the English text.
"""

import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casetracker.catalogue import Entry, source
from casetracker.errors import CaseTrackerError
from casetracker.exchange.problem_messages import english, render, service_reason

SHOWN_PROBLEMS = 20  # the lines under a rejection; the wizard lists and saves every one


@dataclass(frozen=True, order=True)
class RowProblem:
    """One row that cannot be imported: the row number as a spreadsheet shows it, the column
    heading as written in the file ("" when the whole row is concerned), and why: in English
    (`reason`), and as a message key with its parameters for other languages ("" when there is none:
    the reason is then shown in English in every language)."""

    row: int
    column: str
    reason: str
    key: str = field(default="", compare=False)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def about(cls, row: int, column: str, key: str, **params: Any) -> "RowProblem":
        """A problem worded by a message of problem_messages."""
        return cls(row, column, english(key, **params), key, params)

    @classmethod
    def from_service(cls, row: int, column: str, reason: str) -> "RowProblem":
        """A problem whose reason comes from a service's check (`InvalidInput.reason`), kept as it is."""
        key, params = service_reason(reason)
        return cls(row, column, reason, key, params)

    def text(self, language: str = "en") -> str:
        """Why the row cannot be imported, in `language`; in English where that has no words for it."""
        if language == "en" or not self.key:
            return self.reason
        return render(self.key, self.params, language, fallback=self.reason)

    def line(self, language: str = "en") -> str:
        """Where and why, as under a rejection: "row 4, column 'Страна': ..."."""
        if language == "en":
            return str(self)
        where = {"row": self.row, "column": self.column}
        place = render("where.row_column" if self.column else "where.row", where, language)
        return f"{place}: {self.text(language)}"

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.reason}"


class UnreadableFile(CaseTrackerError):
    """The file is not a spreadsheet, bundle or export this app can read; nothing was imported."""


class WordedError(CaseTrackerError):
    """An import stopped for a reason with a message key, so the wizard can say it in any language."""

    def __init__(self, message: str, *, key: str = "", params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message, self.key, self.params = message, key, dict(params or {})

    def text(self, language: str = "en") -> str:
        """The message in `language` (English where the language has no words for it)."""
        if language == "en" or not self.key:
            return str(self)
        return render(self.key, self.params, language, fallback=self.message)

    def worded(self, language: str, *, app: bool) -> str:  # its key is the import's, not the errors'
        return self.text(language)


class ImportRejected(WordedError):
    """Rows cannot be imported, or likely duplicates need a decision; nothing was imported."""

    def __init__(
        self,
        message: str,
        problems: list[RowProblem] | None = None,
        *,
        key: str = "",
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.problems = list(problems or [])
        super().__init__(
            message + "".join(f"\n  {line}" for line in self._lines("en")), key=key, params=params
        )
        self.message = message

    @classmethod
    def about(cls, key: str, problems: list[RowProblem] | None = None, **params: Any) -> "ImportRejected":
        return cls(english(key, **params), problems, key=key, params=params)

    def text(self, language: str = "en") -> str:
        if language == "en":
            return str(self)
        message = render(self.key, self.params, language, fallback=self.message) if self.key else self.message
        return message + "".join(f"\n  {line}" for line in self._lines(language))

    def _lines(self, language: str) -> list[str]:
        lines = [problem.line(language) for problem in self.problems[:SHOWN_PROBLEMS]]
        if len(self.problems) > SHOWN_PROBLEMS:
            lines.append(render("more", {"count": len(self.problems) - SHOWN_PROBLEMS}, language))
        return lines


def _kind(what: str) -> Entry | str:
    """A kind of file by its key in the catalogue's "file_kind." entries; another as written."""
    return Entry("error", f"file_kind.{what}") if f"file_kind.{what}" in source("error") else what


def check_input_file(path: Path, max_bytes: int, what: str, advice: str = "") -> int:
    """The size of `path`, a regular file of at most `max_bytes` to be read as `what` (a kind of the
    catalogue's "file_kind." entries: "spreadsheet", "case_bundle"...), with `advice` (a key of its
    "file_advice." entries) for one too large; otherwise an `UnreadableFile` that says why. A device
    such as /dev/zero, a pipe or a folder is refused before anything is read from it."""
    where = {"path": str(path)}
    try:
        status = path.stat()
    except FileNotFoundError:
        raise UnreadableFile(key="file.missing", **where) from None
    except PermissionError:
        raise UnreadableFile(key="file.permission", **where) from None
    except OSError as error:
        raise UnreadableFile(key="file.unreadable", detail=error.strerror, **where) from None
    if stat.S_ISDIR(status.st_mode):
        raise UnreadableFile(key="file.folder", what=_kind(what), **where)
    if not stat.S_ISREG(status.st_mode):
        raise UnreadableFile(key="file.special", what=_kind(what), **where)
    if status.st_size > max_bytes:
        sizes = {"size": f"{status.st_size / 1048576:.1f}", "limit": f"{max_bytes / 1048576:.0f}"}
        key = "file.too_large.advice" if advice else "file.too_large"
        extra = {"advice": Entry("error", f"file_advice.{advice}")} if advice else {}
        raise UnreadableFile(key=key, file=path.name, what=_kind(what), **sizes, **extra)
    return status.st_size


def read_input_file(path: Path, max_bytes: int, what: str, advice: str = "") -> bytes:
    """The content of `path`, checked by `check_input_file` first."""
    check_input_file(path, max_bytes, what, advice)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(key="file.unreadable", path=str(path), detail=error.strerror) from None
    if len(data) > max_bytes:  # it grew while it was read
        raise UnreadableFile(key="file.grew", file=path.name, what=_kind(what))
    return data
