"""Command-line commands for team mode (docs/team-server.md): the admin's `team server-init`,
`team invite` (`--reissue` for a member's new laptop), `team revoke` and `team recover`. They talk to the
organisation's server only; `team recover` alone writes a store, a new one.

`register` returns the `team` group, so that the members' commands (`team join`, `team members`) are
added to the same group.
"""

import argparse
from pathlib import Path

from casetracker.cli.common import UsageError, command, group, read_passphrase, store_dir
from casetracker.errors import CaseTrackerError
from casetracker.store.files import write_private_text
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
    invitation.add_argument("--role", choices=ROLES, help="required for a new member")
    invitation.add_argument(
        "--reissue",
        action="store_true",
        help="a new laptop for an existing member: a new login, the old one disabled (--role changes theirs)",
    )
    invitation.add_argument("--dsn", required=True, metavar="ADMIN_DSN", help=DSN_HELP)
    invitation.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    revoke = command(
        team,
        "revoke",
        "lock a member out at once (a lost or seized laptop); their cases get new keys",
        cmd_revoke,
    )
    revoke.add_argument("name", help="the member's name (or id)")
    revoke.add_argument("--dsn", required=True, metavar="ADMIN_DSN", help=DSN_HELP)
    recover = command(
        team,
        "recover",
        "bring every case back from the server into a new store, with the recovery key",
        cmd_recover,
    )
    recover.add_argument("--recovery-key", required=True, type=Path, metavar="FILE")
    recover.add_argument("--dsn", required=True, metavar="ADMIN_DSN", help=DSN_HELP)
    return team


def cmd_server_init(arguments: argparse.Namespace) -> int:
    from casetracker.team import crypto  # the driver and libsodium load only for these commands
    from casetracker.team.server_schema import server_init

    path = arguments.recovery_key
    result = server_init(arguments.dsn, lambda key: write_private_text(path, crypto.recovery_key_text(key)))
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
    from casetracker.team.revocation import write_invitation

    if not arguments.reissue and arguments.role is None:
        raise UsageError("Give the new member's role: --role caseworker, supervisor or lawyer.")
    invitation = write_invitation(
        arguments.dsn, arguments.output, arguments.name, arguments.role, new_laptop=arguments.reissue
    )
    if arguments.reissue:
        print(f"Wrote a new invitation for {invitation.name} ({invitation.role}) to {arguments.output}.")
        print(
            "Their old login no longer connects (what their old laptop had not sent stays on it). Once "
            "they join with it on the new laptop, a supervisor's next sync gives them back the keys of "
            "their cases."
        )
    else:
        print(f"Wrote the invitation of a new {arguments.role} to {arguments.output}.")
    print(
        "It holds the member's password: hand it over in person (a USB stick), not by e-mail. They join "
        "with 'casetracker team join FILE', which uses it up."
    )
    return 0


def cmd_revoke(arguments: argparse.Namespace) -> int:
    from casetracker.team.revocation import revoke

    member = revoke(arguments.dsn, arguments.name)
    print(f"{member.name} ({member.role}) can no longer connect; their open connections were ended.")
    print(
        "Their cases get new keys at the next sync of a supervisor's laptop (or now, with 'casetracker "
        "team rotate' there): what is written afterwards stays unreadable to their laptop."
    )
    return 0


def cmd_recover(arguments: argparse.Namespace) -> int:
    from casetracker.passphrases import passphrase_problem
    from casetracker.services.store_settings import start_store
    from casetracker.team import crypto
    from casetracker.team.recovery import recover

    try:
        key = crypto.read_recovery_key(arguments.recovery_key.read_text("utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        raise CaseTrackerError(key="team.recovery_key_unreadable", path=str(arguments.recovery_key)) from None
    passphrase = read_passphrase("New passphrase: ", twice=True)
    problem = passphrase_problem(passphrase)
    if problem:
        raise UsageError(f"{problem} Nothing was created or changed.")
    root = store_dir(arguments)
    result = recover(arguments.dsn, key, lambda: start_store(root, passphrase, ""))
    print(f"Recovered {result.applied} change(s) from the team server into {root}.")
    if result.unreadable:
        print(f"{result.unreadable} change(s) were sealed with keys the recovery key never received.")
    return 0
