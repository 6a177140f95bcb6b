"""Command-line commands for PDF reports.

`report NUMBER -o FILE [--redact sharing] [--initials] [--lang ru] [--paper letter]`,
`stats -o FILE [--from DATE] [--to DATE] [--lang ru] [--paper letter]`.
"""

import argparse
from pathlib import Path

from casetracker.cli import common
from casetracker.reports import LANGUAGES, PAPERS, PROFILES, build_case_summary, build_statistics

UNENCRYPTED = "Note: a PDF file is not encrypted. Keep it only where the person's data is safe."


def register(commands) -> None:
    report = common.command(commands, "report", "write a case summary PDF for a lawyer", cmd_report)
    report.add_argument("number", help="the case number, e.g. EE-2024-0003")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    report.add_argument(
        "--redact",
        choices=PROFILES,
        default="lawyer",
        help="lawyer: everything; sharing: no contacts, current location, family or notes",
    )
    report.add_argument("--initials", action="store_true", help="show names as initials")
    report.add_argument("--no-notes", action="store_true", help="leave the notes out")
    report.add_argument(
        "--on", type=common.exact_date, help="apply the rules as of this day (default: today)"
    )
    _common(report)

    stats = common.command(
        commands, "stats", "write the aggregate statistics PDF (no personal data)", cmd_stats
    )
    stats.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    stats.add_argument(
        "--from", dest="start", type=common.exact_date, help="cases opened on or after this day"
    )
    stats.add_argument("--to", dest="end", type=common.exact_date, help="cases opened on or before this day")
    _common(stats)


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the labels")
    command.add_argument("--paper", choices=sorted(PAPERS), default="a4")


def cmd_report(arguments: argparse.Namespace) -> int:
    store = common.unlock(arguments)
    try:
        with store.session() as session:
            path = build_case_summary(
                session,
                arguments.number,
                arguments.output,
                language=arguments.lang,
                paper=arguments.paper,
                redaction=arguments.redact,
                initials=arguments.initials,
                notes=not arguments.no_notes,
                attachments_dir=store.paths.attachments,
                on=arguments.on,
                journal=store.journal,
            )
    finally:
        store.close()
    print(f"Wrote the case summary to {path}.")
    print(UNENCRYPTED)
    return 0


def cmd_stats(arguments: argparse.Namespace) -> int:
    store = common.unlock(arguments)
    try:
        with store.session() as session:
            path = build_statistics(
                session,
                arguments.output,
                start=arguments.start,
                end=arguments.end,
                language=arguments.lang,
                paper=arguments.paper,
                journal=store.journal,
            )
    finally:
        store.close()
    print(f"Wrote the statistics to {path}.")
    print("Note: a PDF file is not encrypted; this one holds aggregate figures only.")
    return 0
