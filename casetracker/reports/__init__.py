"""PDF reports: case summaries for lawyers and aggregate statistics. No Qt; reads, never writes.

    build_case_summary(session, number, out, language=, paper=, redaction=, initials=, ...)
    build_statistics(session, out, start=, end=, language=, paper=)

`case_summary_pdf` and `statistics_pdf` return the same documents as bytes, for a preview.
The builders write through a temporary file beside `out` and take `progress(done, total)`,
which may raise `Cancelled` to stop; a failed or cancelled report leaves no file.
"""

from casetracker.reports.case_summary import build_case_summary, case_summary_pdf, write_case_summary
from casetracker.reports.labels import LANGUAGES
from casetracker.reports.layout import PAPERS, Cancelled
from casetracker.reports.output import ReportNotWritten
from casetracker.reports.redaction import PROFILES, Redaction
from casetracker.reports.stats import build_statistics, statistics_pdf, write_statistics

__all__ = [
    "LANGUAGES",
    "PAPERS",
    "PROFILES",
    "Cancelled",
    "Redaction",
    "ReportNotWritten",
    "build_case_summary",
    "build_statistics",
    "case_summary_pdf",
    "statistics_pdf",
    "write_case_summary",
    "write_statistics",
]
