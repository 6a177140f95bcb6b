"""Command-line commands for search and duplicates.

`search QUERY [--json]`, `search --reindex`, `person duplicates [--json]`.
"""

import argparse
import time

from casetracker import cli
from casetracker.services import duplicates, search


def register(commands) -> None:
    found = cli.command(commands, "search", "find persons, cases, events and notes", cmd_search)
    found.add_argument("query", nargs="*", help="words, in any script or spelling; the last may be a prefix")
    found.add_argument("--limit", type=int, default=50)
    found.add_argument("--reindex", action="store_true", help="rebuild the search index from the records")
    cli.json_flag(found)
    person = _subcommands(commands, "person")
    if person is not None:
        cli.json_flag(
            cli.command(person, "duplicates", "list persons who may be recorded twice", cmd_person_duplicates)
        )


def _subcommands(commands, name: str):
    """The sub-command set of an existing group (argparse keeps it only on the group's parser)."""
    parser = commands.choices.get(name)
    if parser is None:
        return None
    return next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)


def cmd_search(arguments: argparse.Namespace) -> int:
    if arguments.reindex:
        start = time.perf_counter()
        count = cli.write(arguments, lambda session, _actor: search.reindex(session))
        print(f"Rebuilt the search index: {count} record(s) in {time.perf_counter() - start:.1f} s.")
        return 0
    query = " ".join(arguments.query).strip()
    if not query:
        raise cli.UsageError("Say what to search for, or use --reindex.")
    hits = cli.read(arguments, lambda session: search.search(session, query, arguments.limit))
    record = [
        {
            "kind": hit.kind,
            "id": str(hit.id),
            "case_number": hit.case_number,
            "person_id": hit.person_id and str(hit.person_id),
            "title": hit.title,
            "snippet": hit.snippet,
            "score": hit.score,
        }
        for hit in hits
    ]
    lines = [f"{hit.kind:7} {hit.title}  {hit.snippet.replace(chr(10), ' ')[:80]}" for hit in hits]
    cli.emit(arguments, record, "\n".join(lines) or "Nothing found.")
    return 0


def cmd_person_duplicates(arguments: argparse.Namespace) -> int:
    pairs = cli.read(arguments, duplicates.all_pairs)
    record = [
        {
            "person_id": str(pair.person_id),
            "name": pair.name,
            "other_id": str(pair.other_id),
            "other_name": pair.other_name,
            "score": pair.score,
            "reasons": list(pair.reasons),
        }
        for pair in pairs
    ]
    lines = [
        f"{pair.score:5.2f}  {pair.name} ({pair.person_id})  ~  {pair.other_name} ({pair.other_id}): "
        + "; ".join(pair.reasons)
        for pair in pairs
    ]
    cli.emit(arguments, record, "\n".join(lines) or "No likely duplicates.")
    return 0
