"""The command line: every service scriptable, for power users and for tests.

`casetracker [--store DIR] COMMAND ...`; with `--json`, commands that print
records print them as JSON. The passphrase comes from the terminal or from the
environment variable CASETRACKER_PASSPHRASE (for scripts).

One module per group of commands, each built on the helpers in `common` and never on
another command module; `build_parser` puts them together in the order `--help` lists them.
`casetracker.app.main` parses the arguments and runs the command's handler.
"""

import argparse

from casetracker.cli import cases, exchange, files, members, reports, rules, search, selftest, store, team
from casetracker.start_options import add_start_options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casetracker", description="Exile Case Tracker")
    add_start_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    store.register(commands)
    person, case = cases.register(commands)
    rules.register_case_commands(case)
    search.register_person_commands(person)
    for module in (rules, reports, search, files, exchange, selftest):
        module.register(commands)
    cases.register_trash(commands)
    members.register_team_commands(team.register(commands))
    members.register(commands)
    members.register_case_commands(case)
    return parser
