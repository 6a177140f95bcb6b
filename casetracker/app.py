"""Entry point: `casetracker` runs a command, or starts the desktop app when given none."""

import logging
import sys
import traceback

from casetracker import cli
from casetracker.errors import CaseTrackerError

log = logging.getLogger("casetracker")


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = cli.build_parser()
    arguments = parser.parse_args(argv)
    try:
        if arguments.command is None:
            return start_gui(arguments)
        return arguments.handler(arguments)
    except CaseTrackerError as error:
        print(f"casetracker: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("casetracker: interrupted; nothing half-done was saved.", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say so without echoing data that may be personal
        report_bug(error)
        return 70


def report_bug(error: BaseException) -> None:
    """Log where a bug happened, without the exception's message (it may quote personal data)."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("unexpected %s\n%s", type(error).__name__, frames)
    print(
        "casetracker: an unexpected error happened; nothing was changed by the failed step. "
        "Please report it (the lines above name where, without any case data).",
        file=sys.stderr,
    )


def start_gui(arguments) -> int:
    from casetracker.ui.launcher import run

    return run(arguments)
