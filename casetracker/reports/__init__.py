"""PDF reports: case summaries for lawyers and aggregate statistics. No Qt; reads, never writes.

    build_case_summary(session, number, out, language=, paper=, redaction=, initials=, ...)
    build_statistics(session, out, start=, end=, language=, paper=)

`case_summary_pdf` and `statistics_pdf` return the same documents as bytes, for a preview.
The builders write through a temporary file beside `out` and take `progress(done, total)`,
which may raise `Cancelled` to stop; a failed or cancelled report leaves no file.

The names are loaded on first use: the app shows report wording (reports.labels) long before
it makes a PDF, and reportlab takes most of a second to load.
"""

import importlib

_WHERE = {
    "build_case_summary": "casetracker.reports.case_summary",
    "case_summary_pdf": "casetracker.reports.case_summary",
    "write_case_summary": "casetracker.reports.case_summary",
    "LANGUAGES": "casetracker.reports.labels",
    "PAPERS": "casetracker.reports.layout",
    "Cancelled": "casetracker.errors",
    "ReportNotWritten": "casetracker.reports.output",
    "PROFILES": "casetracker.reports.redaction",
    "Redaction": "casetracker.reports.redaction",
    "build_statistics": "casetracker.reports.stats",
    "statistics_pdf": "casetracker.reports.stats",
    "write_statistics": "casetracker.reports.stats",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
