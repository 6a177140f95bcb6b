"""`casetracker self-test [--gui | --startup]`: check an installation on fictional data (see selftest.py)."""

import argparse

from casetracker.cli import common


def register(commands) -> None:
    self_test = common.command(
        commands,
        "self-test",
        "check this installation on a temporary demo store (your own store is not opened)",
        cmd_self_test,
    )
    mode = self_test.add_mutually_exclusive_group()
    mode.add_argument(
        "--gui", action="store_true", help="also open and close the unlock dialog (needs a display)"
    )
    mode.add_argument(
        "--startup",
        action="store_true",
        help="only open and close the unlock dialog, as a start does (for timing the start)",
    )


def cmd_self_test(arguments: argparse.Namespace) -> int:
    from casetracker import selftest

    if arguments.startup:
        return selftest.run_startup()
    return selftest.run(gui=arguments.gui)
