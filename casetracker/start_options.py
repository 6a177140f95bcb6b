"""The options that start the desktop app, parsed without loading the command line's many commands.

A plain `casetracker` (or with `--store`/`--demo` only) starts the app. Building the full
command-line parser imports every service, which would cost the caseworker most of a second
before the unlock dialog appears; the app loads those in the background instead.
"""

import argparse
from pathlib import Path

from casetracker import __version__


def add_start_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by the app and every command."""
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--store", type=Path, help="the store folder (default: the user data folder)")
    parser.add_argument("--demo", action="store_true", help="start the app on a new demo store")


def desktop_start(argv: list[str]) -> argparse.Namespace | None:
    """The parsed options when `argv` only asks to start the app; None when it names a command,
    asks for help or the version, or is not understood (the full parser then explains)."""
    if any(argument in ("-h", "--help", "--version") for argument in argv):
        return None
    parser = argparse.ArgumentParser(prog="casetracker", add_help=False)
    add_start_options(parser)
    try:
        arguments, rest = parser.parse_known_args(argv)
    except SystemExit:  # a malformed option: let the full parser say what is wrong
        return None
    if rest:
        return None
    arguments.command = None
    return arguments
