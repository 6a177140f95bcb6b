"""Entry point: `casetracker` runs a command, or starts the desktop app when given none."""

import contextlib
import io
import logging
import os
import sys

from casetracker.crash_notice import report_bug
from casetracker.errors import CaseTrackerError
from casetracker.start_options import desktop_start


def main(argv: list[str] | None = None) -> int:
    # Everything the app writes (the store, backups, exports, reports) is for its user alone,
    # whatever the system's default: files 0600, folders 0700.
    os.umask(0o077)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = sys.argv[1:] if argv is None else argv
    arguments = desktop_start(argv)
    if arguments is None:  # a command: only now load the command line and the services behind it
        from casetracker import cli

        arguments = cli.build_parser().parse_args(argv)
    try:
        if arguments.command is None:
            return start_gui(arguments)
        return arguments.handler(arguments)
    except CaseTrackerError as error:
        print(f"casetracker: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the output went to `head` or a closed pager: nothing is wrong
        _discard_further_output()
        return 0
    except KeyboardInterrupt:
        print("casetracker: interrupted; nothing half-done was saved.", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say so without echoing data that may be personal
        notice = report_bug(error)
        where = f" Its details are in {notice}" if notice else ""
        print(
            "casetracker: an unexpected error happened; nothing was changed by the failed step."
            f"{where} (no case data in it). Please report it.",
            file=sys.stderr,
        )
        return 70


def _discard_further_output() -> None:
    """Point standard output at the null device, so that flushing it at exit cannot fail again."""
    # Not a real file (as in tests): then nothing is flushed to a closed pipe anyway.
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def start_gui(arguments) -> int:
    from casetracker.ui.launcher import run

    return run(arguments)
