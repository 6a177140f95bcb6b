"""Command-line commands for bringing data in and out.

`import FILE [--mapping FILE] [--dry-run] [--only-good-rows] [--duplicates stop|link|create]`
(a CSV/XLSX spreadsheet, or a JSON export), `export --format json|csv -o PATH [--audit]`,
`bundle NUMBER -o FILE`, `import-bundle FILE`. The bundle passphrase comes from the terminal
or from CASETRACKER_BUNDLE_PASSPHRASE (for scripts).
"""

import argparse
from pathlib import Path

from casetracker import exchange
from casetracker.cli import common
from casetracker.exchange.importer import Duplicates
from casetracker.services import store_settings

BUNDLE_PASSPHRASE_VARIABLE = "CASETRACKER_BUNDLE_PASSPHRASE"
PLAINTEXT = "Note: this export is not encrypted. Keep it only where the persons' data is safe."


def register(commands) -> None:
    sheet = common.command(
        commands, "import", "import a spreadsheet (CSV, XLSX) or a JSON export", cmd_import
    )
    sheet.add_argument("file", type=Path, metavar="FILE")
    sheet.add_argument("--mapping", type=Path, metavar="FILE", help="a JSON file mapping headings to fields")
    sheet.add_argument("--dry-run", action="store_true", help="check everything, then import nothing")
    sheet.add_argument("--only-good-rows", action="store_true", help="skip rows with problems")
    sheet.add_argument(
        "--duplicates",
        choices=[d.value for d in Duplicates],
        default=Duplicates.STOP.value,
        help="persons likely already in the store: stop (default), link their cases to them, or create",
    )

    export = common.command(commands, "export", "export everything as JSON or as CSV files", cmd_export)
    export.add_argument("--format", choices=("json", "csv"), required=True)
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="file (json), folder (csv)"
    )
    export.add_argument("--audit", action="store_true", help="include the audit log")
    export.add_argument("--delimiter", default=",", choices=(",", ";", "\t"), help="CSV delimiter")

    bundle = common.command(
        commands, "bundle", "write an encrypted bundle of one case for a colleague", cmd_bundle
    )
    bundle.add_argument("number", help="the case number, e.g. EE-2024-0003")
    bundle.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    receive = common.command(
        commands, "import-bundle", "import a case bundle from a colleague", cmd_import_bundle
    )
    receive.add_argument("file", type=Path, metavar="FILE")


def cmd_import(arguments: argparse.Namespace) -> int:
    if arguments.file.suffix.lower() == ".json":
        return _import_json(arguments)

    def work(session, actor):
        if arguments.dry_run:
            plan = exchange.plan_import(session, arguments.file, mapping=arguments.mapping)
            print(plan.summary())
        return exchange.import_sheet(
            session,
            actor,
            arguments.file,
            mapping=arguments.mapping,
            dry_run=arguments.dry_run,
            only_good_rows=arguments.only_good_rows,
            duplicates=arguments.duplicates,
        )

    result = common.write(arguments, work)
    print(result.summary())
    if result.case_numbers and not result.dry_run:
        shown = ", ".join(result.case_numbers[:10])
        print(f"New cases: {shown}" + (" ..." if len(result.case_numbers) > 10 else ""))
    return 0


def _import_json(arguments: argparse.Namespace) -> int:
    data = exchange.read_export(arguments.file)
    store = common.unlock(arguments)
    try:
        with store.transaction() as session:
            result = exchange.import_json(session, store_settings.current_actor(session), data)
            if arguments.dry_run:
                session.rollback()
    finally:
        store.close()
    verb = "Would restore" if arguments.dry_run else "Restored"
    cases = len(result.case_numbers)
    print(f"{verb} {result.persons} person(s) and {cases} case(s) from {arguments.file.name}.")
    return 0


def cmd_export(arguments: argparse.Namespace) -> int:
    def work(session):
        if arguments.format == "json":
            persons, cases = exchange.write_json(session, arguments.output, include_audit=arguments.audit)
            return f"Wrote {persons} person(s) and {cases} case(s) to {arguments.output}."
        folder, files = exchange.write_csv(
            session, arguments.output, include_audit=arguments.audit, delimiter=arguments.delimiter
        )
        return f"Wrote {len(files)} CSV file(s) to {folder}."

    print(common.read(arguments, work))
    print(PLAINTEXT)
    return 0


def cmd_bundle(arguments: argparse.Namespace) -> int:
    store = common.unlock(arguments)
    try:
        passphrase = common.read_passphrase(
            "Passphrase for the bundle (tell it to your colleague separately): ",
            variable=BUNDLE_PASSPHRASE_VARIABLE,
            twice=True,
        )
        folder = store.paths.attachments
        with store.session() as session:
            exchange.write_bundle(
                session, arguments.number, arguments.output, passphrase, attachments_dir=folder
            )
    finally:
        store.close()
    print(f"Wrote the encrypted bundle of case {arguments.number.upper()} to {arguments.output}.")
    print("Give the passphrase to your colleague by another channel than the file.")
    return 0


def cmd_import_bundle(arguments: argparse.Namespace) -> int:
    store = common.unlock(arguments)
    try:
        passphrase = common.read_passphrase("Passphrase of the bundle: ", variable=BUNDLE_PASSPHRASE_VARIABLE)
        with store.transaction() as session:
            actor = store_settings.current_actor(session)
            result = exchange.import_bundle(
                session, actor, arguments.file, passphrase, attachments_dir=store.paths.attachments
            )
    finally:
        store.close()
    for old, new in result.renumbered.items():
        print(f"Case number {old} is taken in this store; the case is now {new}.")
    if result.reused_persons:
        print("The person was already in this store (from an earlier bundle) and was left as it is.")
    print(f"Imported case {', '.join(result.case_numbers)} with {result.files} evidence file(s).")
    return 0
