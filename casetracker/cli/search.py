"""Command-line commands for search and duplicates.

`search QUERY [--json]`, `search --reindex`, `person duplicates [--json]`,
`person merge KEEP_ID MERGE_ID [--json]`, `person unmerge AUDIT_ENTRY_ID [--json]`.
"""

import argparse
import time
import uuid

from casetracker.cli import common
from casetracker.errors import InvalidInput, NotFound
from casetracker.services import duplicates, people, search
from casetracker.store.models import AuditEntry

# What a merge moves, as the audit entry names it, and as the terminal says it.
_MOVED = {
    "case": "case(s)",
    "travel_document": "document(s)",
    "note": "note(s)",
    "person_name": "spelling(s)",
    "person_marker": "risk marker(s)",
    "family_link": "relative(s)",
    "family_relative": "link(s) as a relative",
}


def register(commands) -> None:
    found = common.command(commands, "search", "find persons, cases, events and notes", cmd_search)
    found.add_argument("query", nargs="*", help="words, in any script or spelling; the last may be a prefix")
    found.add_argument(
        "--limit", type=common.count(1, 1000), default=50, help="at most this many results (1-1000)"
    )
    found.add_argument("--reindex", action="store_true", help="rebuild the search index from the records")
    common.json_flag(found)


def register_person_commands(person) -> None:
    """Add `duplicates`, `merge` and `unmerge` to the `person` group."""
    common.json_flag(
        common.command(person, "duplicates", "list persons who may be recorded twice", cmd_person_duplicates)
    )
    merge = common.command(
        person,
        "merge",
        "merge a person recorded twice: move the cases, documents, notes and spellings of "
        "MERGE_ID to KEEP_ID and put MERGE_ID in the trash (undo with 'person unmerge')",
        cmd_person_merge,
    )
    merge.add_argument("keep_id", metavar="KEEP_ID", help="the person to keep")
    merge.add_argument("merge_id", metavar="MERGE_ID", help="the person merged into KEEP_ID")
    common.json_flag(merge)
    unmerge = common.command(person, "unmerge", "undo a merge, as 'person merge' printed", cmd_person_unmerge)
    unmerge.add_argument("entry_id", metavar="AUDIT_ENTRY_ID", help="the merge's audit entry")
    common.json_flag(unmerge)


def cmd_search(arguments: argparse.Namespace) -> int:
    if arguments.reindex:
        start = time.perf_counter()
        count = common.write(arguments, lambda session, _actor: search.reindex(session))
        print(f"Rebuilt the search index: {count} record(s) in {time.perf_counter() - start:.1f} s.")
        return 0
    query = " ".join(arguments.query).strip()
    if not query:
        raise common.UsageError("Say what to search for, or use --reindex.")
    hits = common.read(arguments, lambda session: search.search(session, query, arguments.limit))
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
    common.emit(arguments, record, "\n".join(lines) or "Nothing found.")
    return 0


def cmd_person_duplicates(arguments: argparse.Namespace) -> int:
    pairs = common.read(arguments, duplicates.all_pairs)
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
    common.emit(arguments, record, "\n".join(lines) or "No likely duplicates.")
    return 0


def _uuid(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise InvalidInput(what, f"'{text}' is not an id") from None


def _moved(entry: AuditEntry) -> dict[str, int]:
    return {kind: len(ids) for kind, ids in entry.after["moved"].items()}


def _moved_text(moved: dict[str, int]) -> str:
    counts = [f"{moved.get(kind, 0)} {words}" for kind, words in _MOVED.items() if moved.get(kind)]
    return ", ".join(counts) or "nothing"


def cmd_person_merge(arguments: argparse.Namespace) -> int:
    keep_id = _uuid(arguments.keep_id, "KEEP_ID")
    merge_id = _uuid(arguments.merge_id, "MERGE_ID")

    def merge(session, actor):
        entry = duplicates.merge_persons(session, actor, keep_id, merge_id)
        kept = people.get_person(session, keep_id).person.name
        merged = people.get_person(session, merge_id, include_deleted=True).person.name
        return entry.id, kept, merged, _moved(entry), bool(entry.after["added_spellings"])

    entry_id, kept, merged, moved, spelled = common.write(arguments, merge)
    record = {
        "audit_entry_id": str(entry_id),
        "keep_id": str(keep_id),
        "merged_id": str(merge_id),
        "moved": moved,
    }
    lines = [
        f"Merged {merged} ({merge_id}) into {kept} ({keep_id}).",
        f"Moved to {kept}: {_moved_text(moved)}.",
    ]
    if spelled:
        lines.append(f"{merged} is now another spelling of {kept}.")
    lines.append(f"{merged} is in the trash. To undo: casetracker person unmerge {entry_id}")
    lines.append(f"(or restore {merged} from the trash: casetracker trash restore {merge_id})")
    common.emit(arguments, record, "\n".join(lines))
    return 0


def cmd_person_unmerge(arguments: argparse.Namespace) -> int:
    entry_id = _uuid(arguments.entry_id, "AUDIT_ENTRY_ID")

    def unmerge(session, actor):
        try:
            duplicates.undo_merge(session, actor, entry_id)
        except NotFound:
            raise InvalidInput(
                "AUDIT_ENTRY_ID", f"{entry_id} is not a merge; use the id 'person merge' printed"
            ) from None
        entry = session.get(AuditEntry, entry_id)
        keep_id, merged_id = uuid.UUID(entry.after["keep_id"]), uuid.UUID(entry.after["merged_id"])
        kept = people.get_person(session, keep_id, include_deleted=True).person.name
        merged = people.get_person(session, merged_id).person.name
        return keep_id, merged_id, kept, merged, _moved(entry)

    keep_id, merged_id, kept, merged, moved = common.write(arguments, unmerge)
    record = {"undone": str(entry_id), "keep_id": str(keep_id), "merged_id": str(merged_id), "moved": moved}
    text = (
        f"Undid the merge of {merged} ({merged_id}) into {kept} ({keep_id}).\n"
        f"Back with {merged}: {_moved_text(moved)}."
    )
    common.emit(arguments, record, text)
    return 0
