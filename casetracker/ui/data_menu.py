"""The Data menu: import, export, backups, case bundles and the deadline calendar.

Each item asks what it needs (a path through `choose_path`, a passphrase, a confirmation),
then runs the service on the database worker with a progress dialog and Cancel
(an `Op`), and shows what was done. The services are imported when an item is
used, so the menu costs nothing at start-up. Passphrases live only in the task that needs them.
"""

from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from casetracker.ui import data_tasks, failures, file_dialogs, messages
from casetracker.ui.icons import icon
from casetracker.ui.labels import current_language, file_size
from casetracker.ui.operations import Change
from casetracker.ui.views.data_dialogs import CalendarOptions, OutcomeDialog, PassphraseDialog

ICON_OF = {"json": "export_json", "csv": "export_csv"}  # the other actions' icons have their names


def choose_path(
    parent: QWidget, kind: str, title: str, suggested: str = "", pattern: str = ""
) -> Path | None:
    """A file or folder picked by the caseworker ("save", "open" or "folder"); None if cancelled."""
    if kind == "folder":
        return file_dialogs.choose_folder(parent, title)
    if kind == "save":
        return file_dialogs.save_file(parent, title, suggested, pattern)
    return file_dialogs.open_file(parent, title, pattern)


def install_data_menu(window) -> "DataMenu":
    """Add the Data menu to the main window's menu bar; kept on the window as `data_menu`."""
    window.data_menu = DataMenu(window)
    return window.data_menu


class DataMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)  # the window is reached through parent(): no reference cycle
        self.context = window.context
        self.choose_path = choose_path  # tests replace it: file dialogs cannot be clicked offscreen
        self.last_dialog: QDialog | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Data"))
        self.actions: dict[str, QAction] = {}
        for group in (
            (("import", self.tr("&Import spreadsheet…"), self.import_spreadsheet),),
            (
                ("json", self.tr("Export everything (&JSON)…"), self.export_json),
                ("csv", self.tr("Export tables (&CSV)…"), self.export_csv),
            ),
            (
                ("backup", self.tr("&Back up now…"), self.back_up),
                ("verify", self.tr("&Verify a backup…"), self.verify),
                ("restore", self.tr("Rest&ore a backup…"), self.restore),
                ("passphrase", self.tr("Change the &passphrase…"), self.change_passphrase),
            ),
            (
                ("send", self.tr("&Send a case to a colleague…"), self.send_case),
                ("receive", self.tr("R&eceive a case…"), self.receive_case),
            ),
            (("calendar", self.tr("Export deadlines to ca&lendar…"), self.export_calendar),),
        ):
            if self.actions:
                self.menu.addSeparator()
            for key, text, slot in group:
                self.actions[key] = self.menu.addAction(icon(ICON_OF.get(key, key)), text)
                self.actions[key].triggered.connect(slot)

    @property
    def window(self):
        return self.parent()

    # --- import and plaintext exports ---------------------------------------------------------------

    def import_spreadsheet(self) -> None:
        from casetracker.ui.views.import_wizard import run_import_wizard

        run_import_wizard(self.window)

    def _plaintext_accepted(self) -> bool:
        return messages.confirm(
            self.window,
            self.tr(
                "This export is NOT encrypted. It holds personal data: names, contacts, places and "
                "notes, readable by anyone who gets the file. Keep it only where the people in it are "
                "safe (not in a cloud folder, not on a shared computer) and delete it when done.\n\n"
                "Export anyway?"
            ),
        )

    def export_json(self) -> None:
        if not self._plaintext_accepted():
            return
        suggested = f"casetracker-export-{date.today().isoformat()}.json"
        title = self.tr("Export everything as JSON")
        path = self.choose_path(self.window, "save", title, suggested, self.tr("JSON files (*.json)"))
        if path is None:
            return

        def said(counts: tuple[int, int]) -> str:
            persons, cases = counts
            return self.tr("Wrote {0} and {1} to {2}. The file is not encrypted.").format(
                self.tr("%n person(s)", "", persons), self.tr("%n case(s)", "", cases), path
            )

        self._run(
            self.tr("Exporting everything…"),
            partial(data_tasks.export_json, path),
            lambda counts: self._outcome(title, said(counts)),
            path,
        )

    def export_csv(self) -> None:
        if not self._plaintext_accepted():
            return
        title = self.tr("Export tables as CSV files into a folder")
        folder = self.choose_path(self.window, "folder", title)
        if folder is None:
            return
        said = self.tr("Wrote {0} CSV files (one per table) to the folder {1}. They are not encrypted.")
        self._run(
            self.tr("Exporting the tables…"),
            partial(data_tasks.export_csv, folder),
            lambda written: self._outcome(title, said.format(*written)),
            folder,
        )

    # --- backups ------------------------------------------------------------------------------------

    def back_up(self) -> None:
        title = self.tr("Choose the folder for the backup (for example a USB stick)")
        folder = self.choose_path(self.window, "folder", title)
        if folder is None:
            return
        self._run(
            self.tr("Backing up the store…"),
            partial(data_tasks.back_up, folder),
            self._backed_up,
            folder,
            whole_store=True,
        )

    def _backed_up(self, made: data_tasks.BackupMade) -> None:
        size = file_size(made.size)
        self._outcome(
            self.tr("Backup made"),
            self.tr(
                "The backup is in {0}.\nSize: {1}. Cases: {2}. Evidence files: {3}.\n\n"
                "It is encrypted and opens only with the store's current passphrase. "
                "Use 'Verify a backup…' to check it, for example before you rely on a USB stick."
            ).format(made.path, size, made.cases, made.attachments),
        )

    def verify(self) -> None:
        backup = self._choose_backup(self.tr("Choose the backup to check"))
        if backup is None:
            return
        dialog = PassphraseDialog(
            self.tr("Verify a backup"),
            self.tr(
                "Backup: {0}\n\nType the passphrase the store had when this backup was made; it may "
                "differ from the one you use today. The backup is only read, never changed."
            ).format(backup),
            self.tr("Check the backup"),
            self.window,
        )
        dialog.accepted.connect(lambda: self._verify(backup, dialog.take()))
        self._show(dialog)

    def _verify(self, backup: Path, passphrase: str) -> None:
        self._run(
            self.tr("Checking every page and every evidence file…"),
            partial(data_tasks.verify, backup, passphrase),
            self._verified,
            backup,
        )

    def _verified(self, report) -> None:
        changed = sum(problem.kind != "missing" for problem in report.attachment_problems)
        missing = len(report.attachment_problems) - changed
        verdict = self.tr("The backup is sound.") if report.ok else self.tr("The backup has problems.")
        pages = (
            self.tr("every page authenticated")
            if not report.database_problems
            else self.tr("%n problem(s)", "", len(report.database_problems))
        )
        summary = self.tr(
            "Backup: {0}\nMade: {1}\nCases: {2}\nDatabase: {3}\n"
            "Evidence files: {4} ok, {5} changed, {6} missing"
        ).format(
            report.path, _local_time(report.created), report.cases, pages,
            report.attachments - changed - missing, changed, missing,
        )  # fmt: skip
        problems = report.problems_in(current_language())
        self._outcome(self.tr("Backup check"), summary, problems, headline=verdict)

    def restore(self) -> None:
        backup = self._choose_backup(self.tr("Choose the backup to restore"))
        if backup is None:
            return
        target = self.choose_path(self.window, "folder", self.tr("Choose a NEW, empty folder for it"))
        if target is None or not self._is_new_folder(target):
            return
        dialog = PassphraseDialog(self.tr("Restore a backup"), self._restore_text(backup, target),
                                  self.tr("Restore"), self.window)  # fmt: skip
        dialog.accepted.connect(lambda: self._restore(backup, target, dialog.take()))
        self._show(dialog)

    def _restore_text(self, backup: Path, target: Path) -> str:
        return self.tr(
            "The backup {0} will be restored into a new store in {1}.\n\n"
            "Your current store ({2}) is not touched, and the app keeps working in it. "
            "To work in the restored store afterwards, quit and start the app with:\n"
            'casetracker --store "{1}"\n\n'
            "Type the passphrase the store had when this backup was made; the restored store "
            "keeps it."
        ).format(backup, target, self.context.store.paths.root)

    def _is_new_folder(self, target: Path) -> bool:
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            messages.error(
                self.window,
                self.tr(
                    "{0} is not empty. A backup is restored only into a new, empty folder, so that "
                    "nothing is ever written over. Create an empty folder and choose it."
                ).format(target),
            )
            return False
        return True

    def _restore(self, backup: Path, target: Path, passphrase: str) -> None:
        said = self.tr(
            "Restored {0} and {1} into a new store in {2}. "
            "Your current store is unchanged.\n\n"
            'To work in the restored store, quit and start the app with:\ncasetracker --store "{2}"'
        )
        self._run(
            self.tr("Restoring the backup…"),
            partial(data_tasks.restore, backup, target, passphrase),
            lambda report: self._outcome(
                self.tr("Backup restored"),
                said.format(
                    self.tr("%n case(s)", "", report.cases),
                    self.tr("%n evidence file(s)", "", report.attachments),
                    report.path,
                ),
                [problem.text(current_language()) for problem in report.attachment_problems],
            ),
            target,
        )

    def change_passphrase(self) -> None:
        from casetracker.passphrases import MINIMUM_LENGTH

        dialog = PassphraseDialog(
            self.tr("Change the passphrase"),
            self.tr(
                "The store will be encrypted again under the new passphrase; the current one will no "
                "longer open it. The backups in the store's folder are replaced by one made under the "
                "new passphrase. Backups elsewhere (a USB stick) still open with the current one: "
                "delete them, or keep them as safe as the old passphrase.\n\n"
                "Use at least {0} characters; four or more unrelated words are best. If the new "
                "passphrase is forgotten, nobody can recover the cases."
            ).format(MINIMUM_LENGTH),
            self.tr("Change the passphrase"),
            self.window,
            twice=True,
            minimum=MINIMUM_LENGTH,
            current=True,
        )
        dialog.accepted.connect(lambda: self._change_passphrase(*dialog.take_both()))
        self._show(dialog)

    def _change_passphrase(self, current: str, new: str) -> None:
        def work(store, _actor, progress):
            from casetracker.services.passphrase import change_passphrase

            progress(0, 0)
            return change_passphrase(store, new, current=current)

        def said(old_backups: int) -> str:
            return self.tr(
                "The passphrase was changed: the store now opens only with the new one. %n backup(s) made "
                "under the old passphrase were deleted from the store's folder, and a new one was made.",
                "",
                old_backups,
            )

        self._run(
            self.tr("Encrypting the store under the new passphrase…"),
            work,
            lambda changed: self._outcome(self.tr("Passphrase changed"), said(changed.old_backups)),
            self.context.store.paths.root,
            whole_store=True,
        )

    def _choose_backup(self, title: str) -> Path | None:
        """A backup folder; a folder holding backups (a USB stick) means the newest of them."""
        from casetracker.services import backups

        chosen = self.choose_path(self.window, "folder", title)
        if chosen is None or (chosen / backups.INDEX_NAME).is_file():
            return chosen
        found = backups.list_backups(chosen)
        if found:
            return found[-1]
        messages.error(
            self.window, failures.describe(backups.NotABackup(chosen, "no_index", index=backups.INDEX_NAME))
        )
        return None

    # --- case bundles ---------------------------------------------------------------------------------

    def send_case(self) -> None:
        from casetracker.exchange.bundle import MIN_PASSPHRASE

        editor = self.window.current_case()
        if editor is None:
            self.window.hint(self.tr("Open the case to send first: the bundle holds the case shown."))
            return
        number = editor.number
        title = self.tr("Save the case bundle")
        path = self.choose_path(
            self.window, "save", title, f"{number}.bundle", self.tr("Case bundles (*.bundle)")
        )
        if path is None:
            return
        dialog = PassphraseDialog(
            self.tr("Send a case to a colleague"),
            self.tr(
                "Case {0}, its person and its evidence files will be written to {1}, encrypted with "
                "a passphrase you choose now. Each file is checked first: a changed file stops the "
                "bundle.\n\n"
                "Tell your colleague the passphrase by another way than the file: say it on a call, "
                "never in the same e-mail or chat."
            ).format(number, path),
            self.tr("Write the bundle"),
            self.window,
            twice=True,
            minimum=MIN_PASSPHRASE,
        )
        dialog.accepted.connect(lambda: self._send(number, path, dialog.take()))
        self._show(dialog)

    def _send(self, number: str, path: Path, passphrase: str) -> None:
        said = self.tr(
            "Wrote the encrypted bundle of case {0} to {1}. It opens only with its passphrase: "
            "give the passphrase to your colleague by another way than the file."
        )
        self._run(
            self.tr("Writing the encrypted bundle…"),
            partial(data_tasks.send, self.context.store, number, path, passphrase),
            lambda _: self._outcome(self.tr("Case bundle written"), said.format(number, path)),
            path,
        )

    def receive_case(self) -> None:
        pattern = self.tr("Case bundles (*.bundle);;All files (*)")
        path = self.choose_path(self.window, "open", self.tr("Choose the case bundle"), "", pattern)
        if path is None:
            return
        dialog = PassphraseDialog(
            self.tr("Receive a case"),
            self.tr(
                "Type the passphrase your colleague gave you for {0}. With a wrong one nothing is imported."
            ).format(path.name),
            self.tr("Import the case"),
            self.window,
        )
        dialog.accepted.connect(lambda: self._receive(path, dialog.take()))
        self._show(dialog)

    def _receive(self, path: Path, passphrase: str) -> None:
        self._run(
            self.tr("Opening the bundle…"),
            partial(data_tasks.receive, self.context.store.paths.attachments, path, passphrase),
            self._received,
            path,
            writes=Change.CASES | Change.PEOPLE,
        )

    def _received(self, result) -> None:
        lines = [
            self.tr("Imported case {0} with %n evidence file(s).", "", result.files).format(
                ", ".join(result.case_numbers)
            )
        ]
        for old, new in result.renumbered.items():
            lines.append(
                self.tr("Case number {0} was already taken here; the case is now {1}.").format(old, new)
            )
        if result.reused_persons:
            lines.append(self.tr("The person was already in this store and was left as they were."))
        self._outcome(self.tr("Case received"), "\n".join(lines))

    # --- calendar ---------------------------------------------------------------------------------------

    def export_calendar(self) -> None:
        options = CalendarOptions(self.window)
        options.accepted.connect(lambda: self._choose_calendar(options.include_names.isChecked()))
        self._show(options)

    def _choose_calendar(self, with_names: bool) -> None:
        title = self.tr("Save the deadlines calendar")
        path = self.choose_path(
            self.window, "save", title, "case-deadlines.ics", self.tr("Calendars (*.ics)")
        )
        if path is None:
            return
        after = "\n\n" + (
            self.tr("The file is not encrypted and contains names: keep it only where the people are safe.")
            if with_names
            else self.tr("The file is not encrypted; it shows case numbers and kinds of deadline, no names.")
        )
        self._run(
            self.tr("Writing the calendar…"),
            partial(data_tasks.calendar, path, with_names),
            lambda count: self._outcome(
                self.tr("Calendar written"),
                self.tr(
                    "Wrote %n open deadline(s) to {0}, with reminders 7 days and 1 day before.", "", count
                ).format(path)
                + after,
            ),
            path,
        )

    # --- running and showing ------------------------------------------------------------------------------

    def _run(
        self, label: str, work, done, place: Path, *, writes: Change | None = None, whole_store: bool = False
    ) -> None:
        task = self.context.op(self.window, work, writes=writes, whole_store=whole_store, progress=label)
        task.success(done).failure(partial(self._failed, place)).run()

    def _failed(self, place: Path, error: Exception) -> None:
        if isinstance(error, OSError):  # said with the file or folder the caseworker chose
            text = self.tr("{0} could not be used: {1}. Nothing was changed in the store.").format(
                place, failures.system_reason(error)
            )
        else:
            text = failures.describe(error)
        messages.error(self.window, text)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _outcome(self, title: str, summary: str, problems: list[str] = (), headline: str = "") -> None:
        self._show(OutcomeDialog(title, summary, list(problems), self.window, headline=headline))


def _local_time(stamp: str) -> str:
    """A backup's UTC time stamp as the caseworker's local date and time."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp
