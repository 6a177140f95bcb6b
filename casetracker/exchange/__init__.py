"""Bringing data in and out: spreadsheet import, JSON and CSV export, encrypted case bundles.

    plan_import(session, path, mapping=...)            -> ImportPlan (preview, every problem row)
    import_sheet(session, actor, path, dry_run=...)    -> ImportResult (all or nothing)
    export_data(session, include_audit=...)            -> dict (docs/export-schema.md)
    write_json / write_csv(session, path)              -> files
    import_json(session, actor, data_or_path)          -> RestoreResult (ids kept)
    write_bundle(session, number, path, passphrase)    -> encrypted case bundle
    import_bundle(session, actor, path, passphrase)    -> RestoreResult

Every function works in the caller's session; writes happen in the caller's transaction.
"""

from casetracker.exchange.bundle import WrongBundlePassphrase, import_bundle, write_bundle
from casetracker.exchange.export_csv import write_csv
from casetracker.exchange.export_json import content, export_data, write_json
from casetracker.exchange.importer import Duplicates, ImportCancelled, ImportResult, apply_plan, import_sheet
from casetracker.exchange.plan import (
    DuplicateFinder,
    ImportPlan,
    PersonCandidate,
    likely_duplicates,
    plan_import,
)
from casetracker.exchange.problems import ImportRejected, RowProblem, UnreadableFile
from casetracker.exchange.restore import RestoreResult, import_json, read_export
from casetracker.exchange.sheets import MAX_FILE_BYTES

__all__ = [
    "MAX_FILE_BYTES",
    "DuplicateFinder",
    "Duplicates",
    "ImportCancelled",
    "ImportPlan",
    "ImportRejected",
    "ImportResult",
    "PersonCandidate",
    "RestoreResult",
    "RowProblem",
    "UnreadableFile",
    "WrongBundlePassphrase",
    "apply_plan",
    "content",
    "export_data",
    "import_bundle",
    "import_json",
    "import_sheet",
    "likely_duplicates",
    "plan_import",
    "read_export",
    "write_bundle",
    "write_csv",
    "write_json",
]
