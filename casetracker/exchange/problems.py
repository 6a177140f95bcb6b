"""What can go wrong with a file brought in or sent out, in words a caseworker can act on.

Messages name rows, columns and files, never the personal data inside them.
"""

from dataclasses import dataclass

from casetracker.errors import CaseTrackerError


@dataclass(frozen=True, order=True)
class RowProblem:
    """One row that cannot be imported: the row number as a spreadsheet shows it, the column
    heading as written in the file ("" when the whole row is concerned), and why."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.reason}"


class UnreadableFile(CaseTrackerError):
    """The file is not a spreadsheet, bundle or export this app can read; nothing was imported."""


class ImportRejected(CaseTrackerError):
    """Rows cannot be imported, or likely duplicates need a decision; nothing was imported."""

    def __init__(self, message: str, problems: list[RowProblem] | None = None) -> None:
        self.problems = list(problems or [])
        shown = "".join(f"\n  {problem}" for problem in self.problems[:20])
        more = f"\n  ... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(message + shown + more)
