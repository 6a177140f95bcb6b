"""`casetracker self-test`: prove that an installed copy works, on fictional data only.

Each step is one thing an installation needs: the encrypted store and its
migrations, the demo data, the country rules (resources), the PDF writer and its
fonts, and Qt's PDF module reading the result back. The store lives in a private
temporary folder under a random passphrase and is deleted at the end, whatever
happened; the user's own store and settings are never opened.

With `--gui` one more step opens the unlock dialog on the demo store (as the app
does at start) and closes it: this proves the Qt platform plugins ship. With
`--startup` that is the only step (on an empty temporary folder), so that
`packaging/measure_startup.py` can time a launch up to the unlock dialog.
"""

import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

PDF_HEADER = b"%PDF-"
UNLOCK_DIALOG_SHOWN = "unlock dialog shown"
"""Printed (after "ok") when the `--gui` step has the dialog on screen; the start-up timer waits for it."""


class StepFailed(Exception):
    """A step found something wrong (rather than crashing)."""


@dataclass
class Run:
    """The state shared by the steps, and what they report."""

    folder: Path
    gui: bool = False
    out: Any = None
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    store: Any = None
    numbers: list[str] = field(default_factory=list)
    pdf: Path | None = None

    @property
    def store_root(self) -> Path:
        return self.folder / "store"


def where_from() -> str:
    """How this copy was installed: a PyInstaller bundle, a wheel, or a source checkout."""
    if getattr(sys, "frozen", False):
        return "bundle"
    from casetracker.resources import resources_dir

    package = Path(__file__).resolve().parent
    return "checkout" if resources_dir() == package.parent / "resources" else "installed package"


def run(*, gui: bool = False, out=None) -> int:
    """Run every step; 0 when all passed, 1 on the first failure (named in the output)."""
    out = out or sys.stdout
    started = time.perf_counter()
    import casetracker

    print(
        f"casetracker {casetracker.__version__} self-test ({where_from()}, Python {sys.version.split()[0]})",
        file=out,
        flush=True,
    )
    folder = Path(tempfile.mkdtemp(prefix="casetracker-selftest-"))
    os.chmod(folder, 0o700)  # mkdtemp already makes it private; say so where the platform allows
    state = Run(folder, gui=gui, out=out)
    steps: list[tuple[str, Callable[[Run], str]]] = [
        ("find the resources", _find_resources),
        ("create an encrypted demo store", _create_store),
        ("evaluate every case", _evaluate),
        ("write a PDF case summary", _write_pdf),
        ("read the PDF back", _read_pdf),
    ]
    if gui:
        steps.append(("open the unlock dialog", _open_unlock_dialog))
    steps.append(("delete the demo store", _delete_store))
    try:
        for name, step in steps:
            began = time.perf_counter()
            try:
                detail = step(state)
            except Exception as error:  # any failure is the answer, named by its step
                print(f"FAILED  {name}: {_describe(error)}", file=out, flush=True)
                print("casetracker self-test FAILED", file=out, flush=True)
                return 1
            print(f"ok      {name}: {detail} ({time.perf_counter() - began:.2f} s)", file=out, flush=True)
    finally:
        _clean_up(state)
    print(f"casetracker self-test passed in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return 0


def _describe(error: Exception) -> str:
    # Only fictional demo data passes through here, so the message may be shown in full.
    text = str(error) or "no details"
    return text if isinstance(error, StepFailed) else f"{type(error).__name__}: {text}"


def _clean_up(state: Run) -> None:
    if state.store is not None:
        state.store.close()
        state.store = None
    shutil.rmtree(state.folder, ignore_errors=True)


# --- the steps --------------------------------------------------------------------------------------------


def _find_resources(_state: Run) -> str:
    from casetracker.resources import resource_path

    rules = sorted(resource_path("rules").glob("*.toml"))
    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    if not rules or not fonts:
        raise StepFailed(f"no rule profiles or fonts in {resource_path()}")
    from casetracker.store import migrate

    revisions = migrate.known_revisions()
    if migrate.SCHEMA_REVISION not in revisions:
        raise StepFailed(f"schema revision {migrate.SCHEMA_REVISION} is missing from the migrations")
    return f"{len(rules)} rule files, {len(fonts)} fonts, {len(revisions)} migrations"


def _create_store(state: Run) -> str:
    from casetracker.services.demo import fill_demo_store
    from casetracker.store.database import create_store

    state.store = create_store(state.store_root, state.passphrase, demo=True)
    with state.store.transaction() as session:
        state.numbers = fill_demo_store(session)
    if not state.numbers:
        raise StepFailed("the demo store holds no cases")
    head = state.store_root.joinpath("cases.db").read_bytes()[:16]
    if head.startswith(b"SQLite format 3"):
        raise StepFailed("the store was written unencrypted")
    return f"{len(state.numbers)} fictional cases"


def _evaluate(state: Run) -> str:
    from casetracker.services.bulk_evaluation import evaluate_all

    deadlines = findings = evaluated = 0
    with state.store.session() as session:
        for _row, result in evaluate_all(session, date.today()):
            evaluated += 1
            deadlines += len(result.deadlines)
            findings += len(result.findings)
    if evaluated != len(state.numbers):
        raise StepFailed(f"{evaluated} of {len(state.numbers)} cases were evaluated")
    return f"{evaluated} cases, {deadlines} deadlines, {findings} findings"


def _write_pdf(state: Run) -> str:
    from casetracker.reports import build_case_summary

    number = state.numbers[0]
    with state.store.session() as session:
        state.pdf = build_case_summary(
            session, number, state.folder / "summary.pdf", attachments_dir=state.store.paths.attachments
        )
    data = state.pdf.read_bytes()
    if not data.startswith(PDF_HEADER):
        raise StepFailed("the file written is not a PDF")
    return f"case {number}, {len(data) // 1024} KiB"


def _read_pdf(state: Run) -> str:
    number = state.numbers[0]
    text, reader = _pdf_text(state.pdf, state.gui)
    if number not in text:
        raise StepFailed(f"the case number {number} is not in the PDF's text (read with {reader})")
    return f"{reader} finds case {number} in {len(text)} characters of text"


def _pdf_text(pdf: Path, gui: bool) -> tuple[str, str]:
    """The PDF's text, read by Qt's PDF module (as the preview does); pypdf if Qt's is missing."""
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        try:
            from pypdf import PdfReader
        except ImportError:
            raise StepFailed("neither Qt's PDF module (QtPdf) nor pypdf can be imported") from None
        pages = PdfReader(str(pdf)).pages
        return "\n".join(page.extract_text() for page in pages), "pypdf"
    if QCoreApplication.instance() is None:
        _qt_application(gui)
    document = QPdfDocument()
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_:
        raise StepFailed(f"Qt's PDF module cannot open the file ({error.name})")
    try:
        pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    finally:
        document.close()
    return "\n".join(pages), f"QtPdf ({len(pages)} pages)"


def _open_unlock_dialog(state: Run) -> str:
    """Show the unlock dialog the app opens at start, on the demo store, then close it."""
    if state.store is not None:
        state.store.close()  # the dialog is shown on a locked store, as at start
        state.store = None
    return show_unlock_dialog(state.store_root, state.out)


def show_unlock_dialog(store_root: Path, out) -> str:
    """What a start does up to the unlock dialog: load the UI, make the application, show the dialog."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from casetracker.ui import launcher  # noqa: F401 - the modules a real start loads
    from casetracker.ui.i18n import install_language
    from casetracker.ui.unlock import UnlockDialog

    application = QCoreApplication.instance() or _qt_application(gui=True)
    if not isinstance(application, QApplication):
        raise StepFailed("a non-GUI Qt application already runs in this process")
    application.setApplicationName("Exile Case Tracker")
    install_language(application, "en")
    dialog = UnlockDialog(store_root)
    dialog.show()
    deadline = time.monotonic() + 20
    while not (dialog.windowHandle() and dialog.windowHandle().isExposed()):
        if time.monotonic() > deadline:
            platform = application.platformName()
            raise StepFailed(f"the dialog was not shown within 20 s on the '{platform}' platform")
        application.processEvents()
        time.sleep(0.002)
    print(f"ok      {UNLOCK_DIALOG_SHOWN}", file=out, flush=True)
    platform = application.platformName()
    dialog.reject()
    dialog.deleteLater()
    application.processEvents()
    return f"on the '{platform}' platform, style '{application.style().name()}'"


def run_startup(out=None) -> int:
    """Only open and close the unlock dialog (on an empty temporary folder): for timing a start."""
    out = out or sys.stdout
    folder = Path(tempfile.mkdtemp(prefix="casetracker-start-"))
    try:
        detail = show_unlock_dialog(folder / "store", out)
    except Exception as error:  # any failure is the answer
        print(f"FAILED  open the unlock dialog: {_describe(error)}", file=out, flush=True)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"ok      open the unlock dialog: {detail}", file=out, flush=True)
    return 0


_applications: list = []  # the Qt application must outlive the step that made it


def _qt_application(gui: bool):
    if gui:
        from PySide6.QtWidgets import QApplication as Application
    else:
        from PySide6.QtCore import QCoreApplication as Application
    _applications.append(Application([sys.argv[0]]))
    return _applications[-1]


def _delete_store(state: Run) -> str:
    if state.store is not None:
        state.store.close()
        state.store = None
    shutil.rmtree(state.folder)
    if state.folder.exists():
        raise StepFailed(f"{state.folder} is still there")
    return "temporary folder removed"
