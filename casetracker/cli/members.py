"""Command-line commands of a team member's laptop: joining, the members, sync, sharing and
unsharing a case, a supervisor's key upkeep, and the conflicts sync found. Each opens the local
store; only these connect to the team server, and only to it.

The PostgreSQL driver and libsodium load inside the commands, so that other commands start without them.
"""

import argparse
import os
from pathlib import Path

from casetracker.cli.common import command, emit, group, json_flag, store_dir, unlock_current

SYNC_FIELDS = ("pushed", "pulled", "conflicts")


def register_team_commands(team) -> None:
    join = command(team, "join", "join the team with an invitation file (it is used up)", cmd_join)
    join.add_argument("file", type=Path)
    json_flag(command(team, "members", "list the team's members", cmd_members))
    json_flag(
        command(
            team,
            "rotate",
            "on a supervisor's laptop: new keys for a revoked member's cases, keys for new members",
            cmd_rotate,
        )
    )


def register_case_commands(case) -> None:
    share = command(case, "share", "give a team member access to a case and its person", cmd_share)
    share.add_argument("number")
    share.add_argument("--with", dest="member", required=True, metavar="NAME")
    unshare = command(
        case, "unshare", "take a case back from a team member (its maker or a supervisor)", cmd_unshare
    )
    unshare.add_argument("number")
    unshare.add_argument("--with", dest="member", required=True, metavar="NAME")


def register(commands) -> None:
    json_flag(
        command(commands, "sync", "send this laptop's changes to the team server and fetch others'", cmd_sync)
    )
    conflicts = group(commands, "conflicts", "fields changed on two laptops at once")
    json_flag(command(conflicts, "list", "list the conflicts and their values", cmd_conflicts_list))
    resolve = command(conflicts, "resolve", "keep one value of a conflict", cmd_conflicts_resolve)
    resolve.add_argument("record", metavar="RECORD_ID")
    resolve.add_argument("field")
    resolve.add_argument(
        "choice", type=int, metavar="N", help="the value's number in 'conflicts list' (1: the one shown)"
    )


def _with_store(arguments: argparse.Namespace, work):
    store = unlock_current(arguments)
    try:
        return work(store)
    finally:
        store.close()


def cmd_join(arguments: argparse.Namespace) -> int:
    from casetracker.team import membership

    invitation = membership.read_invitation(arguments.file)
    queued = _with_store(arguments, lambda store: membership.join(store, invitation))
    os.remove(arguments.file)  # it holds the member's password: used once, then gone
    print(
        f"This store ({store_dir(arguments)}) has joined the team as {invitation.name} ({invitation.role})."
    )
    print(
        f"{queued} record(s) here will be shared at the next 'casetracker sync'. "
        "The invitation file was removed."
    )
    return 0


def cmd_members(arguments: argparse.Namespace) -> int:
    from casetracker.team import membership

    found = _with_store(arguments, membership.members)
    records = [
        {"name": m.name, "role": m.role, "joined": m.joined, "disabled": m.disabled, "id": str(m.id)}
        for m in found
    ]
    lines = [
        f"{m.name}  {m.role}"
        + ("" if m.joined else "  (not joined yet)")
        + ("  (disabled)" if m.disabled else "")
        for m in found
    ]
    emit(arguments, records, "\n".join(lines) or "No members yet.")
    return 0


def cmd_sync(arguments: argparse.Namespace) -> int:
    from casetracker.team import sync

    result = _with_store(arguments, sync.sync)
    record = {name: getattr(result, name) for name in SYNC_FIELDS}
    text = f"Sent {result.pushed} change(s), received {result.pulled}."
    if result.conflicts:
        text += f" {result.conflicts} record(s) hold a conflict: see 'casetracker conflicts list'."
    emit(arguments, record, text)
    return 0


def cmd_share(arguments: argparse.Namespace) -> int:
    from casetracker.team import membership

    member = _with_store(
        arguments, lambda store: membership.share_case(store, arguments.number, arguments.member)
    )
    print(
        f"Case {arguments.number} and its person are shared with {member.name} ({member.role}) "
        "from their next sync."
    )
    return 0


def cmd_unshare(arguments: argparse.Namespace) -> int:
    from casetracker.team import membership

    member = _with_store(
        arguments, lambda store: membership.unshare_case(store, arguments.number, arguments.member)
    )
    print(
        f"Case {arguments.number} is no longer shared with {member.name}: the server hides it from them, "
        "and what is written from now on uses a key they do not hold. What their laptop received before "
        "stays on it."
    )
    return 0


def cmd_rotate(arguments: argparse.Namespace) -> int:
    from casetracker.errors import CaseTrackerError
    from casetracker.team import identity, keys

    def rotate(store):
        if identity.current(store).role != "supervisor":
            raise CaseTrackerError(key="team.supervisors_only")
        return keys.keep_keys(store)

    result = _with_store(arguments, rotate)
    emit(
        arguments,
        {"rotated": result.rotated, "sealed": result.sealed},
        f"New keys for {result.rotated} case(s) and person(s); {result.sealed} key(s) given to members "
        "who lacked them.",
    )
    return 0


def cmd_conflicts_list(arguments: argparse.Namespace) -> int:
    from casetracker.team import conflicts

    def listing(store):
        with store.reading() as session:
            return conflicts.list_conflicts(session)

    found = _with_store(arguments, listing)
    records = [
        {
            "record": str(c.record_id),
            "entity": c.entity,
            "case": c.case_number,
            "field": c.field,
            "values": [
                {"value": a.value, "author": a.author, "shown": i == 0} for i, a in enumerate(c.alternatives)
            ],
        }
        for c in found
    ]
    lines = []
    for c in found:
        lines.append(f"{c.case_number or '-'}  {c.entity} {c.record_id}  {c.field}:")
        lines += [
            f"  {i}. {a.value!r} ({a.author})" + ("  shown" if i == 1 else "")
            for i, a in enumerate(c.alternatives, 1)
        ]
    emit(arguments, records, "\n".join(lines) or "No conflicts.")
    return 0


def cmd_conflicts_resolve(arguments: argparse.Namespace) -> int:
    import uuid

    from casetracker.services.store_settings import current_actor
    from casetracker.team import conflicts

    def resolve(store):
        with store.transaction() as session:
            record_id = uuid.UUID(arguments.record)
            return conflicts.resolve(
                session, current_actor(session), record_id, arguments.field, arguments.choice - 1
            )

    chosen = _with_store(arguments, resolve)
    value = chosen.alternatives[arguments.choice - 1].value
    print(f"Kept {value!r} in {arguments.field}; the other laptops take the choice at their next sync.")
    return 0
