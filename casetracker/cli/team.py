"""Command-line commands for team mode (docs/team-server.md): the admin's `team server-init` and
`team invite`. They talk to the organisation's server only, never to a local store.

`register` returns the `team` group, so that the members' commands (`team join`, `team members`) are
added to the same group.
"""

import argparse
import os
from pathlib import Path

from casetracker.cli.common import command, group
from casetracker.errors import CaseTrackerError
from casetracker.store.files import private_file
from casetracker.team import ROLES

DSN_HELP = (
    "the admin login's address, a libpq URI such as "
    "postgresql://ADMIN:PASSWORD@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA.pem"
)


def register(commands):
    team = group(commands, "team", "team mode: the organisation's shared server")
    init = command(
        team, "server-init", "create or complete the team's tables, roles and access rules", cmd_server_init
    )
    init.add_argument("--dsn", required=True, metavar="ADMIN_DSN", help=DSN_HELP)
    init.add_argument(
        "--recovery-key",
        type=Path,
        default=Path("team-recovery-key.txt"),
        metavar="FILE",
        help="where to write the recovery key on the first run (default: team-recovery-key.txt here)",
    )
    invitation = command(team, "invite", "invite a member: write the file they join with", cmd_invite)
    invitation.add_argument("name", help="the member's name, as the team will see it")
    invitation.add_argument("--role", required=True, choices=ROLES)
    invitation.add_argument("--dsn", required=True, metavar="ADMIN_DSN", help=DSN_HELP)
    invitation.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    return team


def cmd_server_init(arguments: argparse.Namespace) -> int:
    from casetracker.team import crypto  # the driver and libsodium load only for these commands
    from casetracker.team.server_schema import server_init

    path = arguments.recovery_key
    result = server_init(arguments.dsn, lambda key: write_private(path, crypto.recovery_key_text(key)))
    if not result.created:
        print("The team server was already set up; nothing was changed.")
        return 0
    print(f"The team server is set up ({len(result.created)} part(s) created or completed).")
    if result.recovery_private is not None:
        print(f"The organisation's recovery key is in {path}.")
        print(
            "Keep it offline (a USB stick in a safe, or a printout), never on the server: with it the "
            "organisation can read every case if laptops are lost; whoever holds it can read them too."
        )
    return 0


def cmd_invite(arguments: argparse.Namespace) -> int:
    from casetracker.team.admin import invite

    if arguments.output.exists():  # before the login is made, so that a refusal leaves nothing behind
        raise CaseTrackerError(key="target_exists", path=str(arguments.output))
    invitation = invite(arguments.dsn, arguments.name, arguments.role)
    write_private(arguments.output, invitation.to_json())
    print(f"Wrote the invitation of a new {arguments.role} to {arguments.output}.")
    print(
        "It holds the member's password: hand it over in person (a USB stick), not by e-mail. They join "
        "with 'casetracker team join FILE', which uses it up."
    )
    return 0


def write_private(path: Path, text: str) -> None:
    """Write a new file that only its owner can read, refusing to replace one."""
    try:
        fd = private_file(path)
    except FileExistsError:
        raise CaseTrackerError(key="target_exists", path=str(path)) from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())
