"""Soak: the desktop app driven with synthetic input for a long time; no abort, no drift, no leak.

    python benchmarks/soak.py [--store benchmarks/out/store-100000] [--minutes 30] [--rounds N]

The app runs in a child process: the real main window, idle lock, database worker and store
check, on the given store (passphrase "benchmark"), or on a fresh demo store when none is given.
Each round moves the mouse over the window, presses keys, clicks through the pages, searches and
scrolls the case list, opens a case, reloads it, walks its tabs, saves a field, and passes
Python objects through Qt (item data, signals, timers) as the views do. The parent reports how
the child ended: an abort (SIGABRT, as PySide6 6.12 on Python 3.11 does after minutes of this)
is a result, not a crash of the benchmark.

The child prints a line every minute (rounds, input events, resident memory, reference counts)
and a JSON summary last; the parent prints the summary and exits non-zero on an abort, an
exception escaping a slot, or a reference count that drifted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = "SOAK-SUMMARY "


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, help="a store to drive (default: a fresh demo store)")
    parser.add_argument("--passphrase", default="benchmark")
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--rounds", type=int, help="stop after this many rounds instead of minutes")
    parser.add_argument("--seed", type=int, default=2022)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        return run_child(arguments)
    return run_parent(arguments)


# --- the parent: start the app, watch how it ends ---------------------------------------------------


def run_parent(arguments) -> int:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--minutes",
        str(arguments.minutes),
        "--seed",
        str(arguments.seed),
        "--passphrase",
        arguments.passphrase,
    ]
    if arguments.store:
        command += ["--store", str(arguments.store)]
    if arguments.rounds:
        command += ["--rounds", str(arguments.rounds)]
    environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
    summary = None
    for line in child.stdout:
        if line.startswith(SUMMARY):
            summary = json.loads(line[len(SUMMARY) :])
        else:
            print(line, end="", flush=True)
    code = child.wait()
    seconds = time.monotonic() - started
    aborted = code < 0
    ended = f"killed by {signal.Signals(-code).name}" if aborted else f"exit {code}"
    result = {"ended": ended, "aborts": int(aborted), "wall_seconds": round(seconds, 1), **(summary or {})}
    print(SUMMARY + json.dumps(result), flush=True)
    failed = aborted or code != 0 or summary is None
    failed = failed or summary["exceptions"] or summary["drifted"] or summary["message_boxes"]
    return 1 if failed else 0


# --- the child: the app, driven -------------------------------------------------------------------


def run_child(arguments) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from casetracker.ui.launcher import Session
    from casetracker.ui.settings import AppSettings

    app = QApplication([])
    scratch = Path(tempfile.mkdtemp(prefix="soak-"))
    store, root = _open(arguments, scratch)
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    exceptions: list[str] = []

    def escaped_a_slot(kind, error, trace) -> None:
        exceptions.append(kind.__name__)
        sys.__excepthook__(kind, error, trace)

    sys.excepthook = escaped_a_slot
    session = Session(app, settings, root, store)
    dialogs = DialogWatch(app)
    driver = Driver(app, session.window, _case_numbers(store), random.Random(arguments.seed))
    counts = ReferenceCounts(driver.passed_through_qt)
    deadline = time.monotonic() + arguments.minutes * 60
    next_report = time.monotonic() + 60
    started = time.monotonic()
    rss_start = _rss_mb()
    while (driver.rounds < arguments.rounds) if arguments.rounds else (time.monotonic() < deadline):
        driver.one_round()
        if time.monotonic() >= next_report:
            next_report += 60
            print(
                f"{(time.monotonic() - started) / 60:5.1f} min  {driver.rounds:7} rounds  "
                f"{driver.events:9} input events  {_rss_mb():6.0f} MB  {counts.line()}",
                flush=True,
            )
    driver.settle()
    input_stopped = time.monotonic()
    session.wait_for_workers()  # the questions still queued for the database worker
    drain = time.monotonic() - input_stopped
    summary = {
        "python": sys.version.split()[0],
        "store": "demo" if arguments.store is None else str(arguments.store),
        "seconds": round(time.monotonic() - started, 1),
        "rounds": driver.rounds,
        "input_events": driver.events,
        "saves": driver.saves,
        "cases_opened": driver.opened,
        "exceptions": len(exceptions),
        "exception_kinds": sorted(set(exceptions)),
        "message_boxes": dialogs.seen,
        "drain_seconds": round(drain, 1),  # the worker's backlog when the input stopped
        "superseded_jobs": getattr(session.context.executor, "skipped", 0),
        "rss_mb_start": round(rss_start),
        "rss_mb_end": round(_rss_mb()),
        **counts.drift(),
    }
    session.context.store.close()
    print(SUMMARY + json.dumps(summary), flush=True)
    return 0


def _open(arguments, scratch: Path):
    from casetracker.store.database import create_store, open_store

    if arguments.store is not None:
        return open_store(arguments.store, arguments.passphrase), arguments.store
    from casetracker.services.demo import fill_demo_store

    root = scratch / "store"
    store = create_store(root, "demo", demo=True)
    with store.transaction() as session:
        fill_demo_store(session)
    return store, root


def _case_numbers(store, limit: int = 400) -> list[str]:
    from sqlmodel import select

    from casetracker.store.models import Case

    with store.session() as session:
        return list(session.exec(select(Case.number).where(Case.deleted_at.is_(None)).limit(limit)))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class DialogWatch:
    """Notes the text of any message box that comes up (a save refused, an error) and closes it,
    as a person would: in normal use none should appear, and one left open would stop the run."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.app, self.seen = app, []
        self.timer = QTimer(interval=500)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self.app.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append(box.text()[:200])
            box.done(0)


class ReferenceCounts:
    """Reference counts of None, True and False (constant from Python 3.12, where they are
    immortal; drained by the binding bug on 3.11), and of objects the rounds pass through Qt,
    which must come back to where they started."""

    def __init__(self, passed_through_qt: list) -> None:
        import gc

        gc.collect()
        self._objects = passed_through_qt
        self._start = self._now()

    def _now(self) -> dict[str, int]:
        counts = {
            "None": sys.getrefcount(None),
            "True": sys.getrefcount(True),
            "False": sys.getrefcount(False),
        }
        for index, thing in enumerate(self._objects):
            counts[f"object{index}"] = sys.getrefcount(thing)
        return counts

    def line(self) -> str:
        now = self._now()
        return " ".join(f"{name} {now[name] - self._start[name]:+d}" for name in ("None", "True", "False"))

    def drift(self) -> dict:
        import gc

        gc.collect()
        now = self._now()
        drift = {name: now[name] - self._start[name] for name in now}
        return {"refcount_drift": drift, "drifted": any(drift.values())}


class Driver:
    """What a caseworker's hands do, as synthetic input and the calls the views make."""

    def __init__(self, app, window, numbers: list[str], rng: random.Random) -> None:
        from PySide6.QtCore import QObject, Signal

        class Carrier(QObject):
            carried = Signal(object)

        self.app, self.window, self.numbers, self.rng = app, window, numbers, rng
        self.rounds = self.events = self.saves = self.opened = 0
        self.carrier = Carrier()
        self.received: list = []
        self.carrier.carried.connect(self.received.append)
        # Objects that go through Qt every round: their counts must not drift.
        self.passed_through_qt = [object(), Carrier, "".join(["a text ", "the views show"])]

    def settle(self, rounds: int = 3) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def one_round(self) -> None:
        self._move_the_mouse()
        self._walk_the_pages()
        self._search_and_scroll()
        self._work_on_a_case()
        self._pass_objects_through_qt()
        self.rounds += 1

    def _move_the_mouse(self) -> None:
        from PySide6.QtCore import QPoint
        from PySide6.QtTest import QTest

        handle = self.window.windowHandle()
        width, height = max(self.window.width(), 2), max(self.window.height(), 2)
        for _ in range(40):
            QTest.mouseMove(handle, QPoint(self.rng.randrange(width), self.rng.randrange(height)))
            self.events += 1
        self.settle(1)

    def _click(self, widget, position=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if position is None:
            position = widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)
        self.events += 2

    def _type(self, widget, text: str) -> None:
        """Key presses carrying each character, as a keyboard of any layout sends them (QTest's
        keyClicks knows Latin-1 only)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        widget.setFocus()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                self.app.sendEvent(widget, event)
                self.events += 1

    def _walk_the_pages(self) -> None:
        navigation = self.window.navigation
        for row in (2, 3, 4, 0, 1):
            self._click(navigation.viewport(), navigation.visualItemRect(navigation.item(row)).center())
            self.settle(1)

    def _search_and_scroll(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        case_list = self.window.case_list
        self.window.case_tabs.setCurrentWidget(case_list)
        self._type(case_list.search, self.rng.choice(["ivan", "Петров", "KG-", "sch", "2023"]))
        QTest.qWait(300)  # the search waits for a pause in typing
        case_list.search.clear()
        QTest.qWait(300)
        bar = case_list.table.verticalScrollBar()
        for _ in range(10):
            bar.setValue(self.rng.randrange(bar.maximum() + 1))
            self.settle(1)
        case_list.table.setFocus()
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up):
            QTest.keyClick(case_list.table, key)
            self.events += 2

    def _work_on_a_case(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        editor = self.window.open_case(self.rng.choice(self.numbers))
        self.opened += 1
        self.settle(2)
        for index in range(editor.tabs.count()):
            tab_bar = editor.tabs.tabBar()
            self._click(tab_bar, tab_bar.tabRect(index).center())
        editor.reload()
        if self.rounds % 5 == 0:  # a save now and then: the caseworker field, left with Tab
            editor.caseworker.setFocus()
            editor.caseworker.selectAll()
            self._type(editor.caseworker, f"Soak {self.rounds}")
            QTest.keyClick(editor.caseworker, Qt.Key.Key_Tab)
            self.events += 2
            self.saves += 1
        self.settle(2)
        tabs = self.window.case_tabs
        while tabs.count() > 4:  # closed as a person would, with the tab's close button
            button = tabs.tabBar().tabButton(1, tabs.tabBar().ButtonPosition.RightSide)
            self._click(button)
            self.settle(1)

    def _pass_objects_through_qt(self) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        model = QStandardItemModel()
        for thing in self.passed_through_qt:
            for _ in range(50):
                item = QStandardItem("row")
                item.setData(thing, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
                item.setText(thing if isinstance(thing, str) else "row")
                if item.data(Qt.ItemDataRole.UserRole) != thing:
                    raise AssertionError("Qt gave back another object than it was given")
                self.carrier.carried.emit(thing)
                item.setEnabled(not item.isEnabled())  # a void call and a bool call
        QTimer.singleShot(0, self.received.clear)
        model.clear()
        self.settle(1)


if __name__ == "__main__":
    sys.exit(main())
