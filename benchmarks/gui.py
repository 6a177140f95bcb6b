"""Desktop-app benchmarks on the 100k-case store (offscreen).

    python benchmarks/gui.py [--store benchmarks/out/store-100000]

Prints: cold start to an unlocked main window as a ratio against a minimal PySide6
window started the same way. The app's own time is counted: from the start to the
unlock dialog, plus from Enter to the main window with its dashboard filled; the
seconds the caseworker spends typing the passphrase are not (the app loads its
modules meanwhile), and the same start with the passphrase pasted at once is shown
too. Also: the time to fetch each page of the case list while scrolling, and
resident memory with the store open. Each start runs in a fresh process, right after a
minimal window is started, so that both meet the machine in the same state; the ratio of
each such pair is taken, and the pair with the median ratio is shown (with the range of
all ratios). The start is the app's real one, including its
integrity check and daily backup in the background.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("READY", flush=True)
"""

# The real start (casetracker.ui.launcher.run): the unlock dialog, a pause while the caseworker
# types (the app loads its modules meanwhile), Enter, then the main window. Each step prints a
# line; the parent process notes when each line arrives.
APP = """
import sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from casetracker.ui import launcher

store, typing_pause = sys.argv[1], float(sys.argv[2])
app = QApplication([])
seen = {}

def top(name):
    return next((w for w in app.topLevelWidgets() if type(w).__name__ == name and w.isVisible()), None)

def step(name):
    seen[name] = time.perf_counter()
    print(name, flush=True)

def poll():
    dialog, window = top("UnlockDialog"), top("MainWindow")
    if dialog is not None and "DIALOG" not in seen:
        step("DIALOG")
    elif "DIALOG" in seen and "ENTER" not in seen and time.perf_counter() - seen["DIALOG"] >= typing_pause:
        dialog.passphrase.setText("benchmark")
        step("ENTER")
        dialog.passphrase.returnPressed.emit()  # as the Enter key does; returns once unlocked
    elif window is not None and "WINDOW" not in seen:
        step("WINDOW")
    elif "WINDOW" in seen and "DASHBOARD" not in seen and window.dashboard.recent.count():
        step("DASHBOARD")
        window.case_list.model.loaded.connect(lambda *_: step("LIST"))
        window.navigation.setCurrentRow(1)
    elif "LIST" in seen and "PAGES" not in seen:
        seen["PAGES"] = True
        measure_pages(window)
        window.close()
        app.quit()

def measure_pages(window):
    model = window.case_list.model
    timings = []
    for row in range(0, model.rowCount(), model.rowCount() // 40):
        start = time.perf_counter()
        while model.row_at(row) is None:  # asked of the database worker: wait, idle, for the page
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        timings.append(time.perf_counter() - start)
    timings.sort()
    rss = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) // 1024
    median, worst = timings[len(timings) // 2] * 1000, timings[-1] * 1000
    print(f"PAGES {len(timings)} {median:.1f} {worst:.1f}", flush=True)
    print(f"ROWS {model.rowCount()}", flush=True)
    print(f"RSS {rss}", flush=True)

timer = QTimer(interval=2)
timer.timeout.connect(poll)
timer.start()
arguments = type("Arguments", (), {"demo": False, "store": store})()
launcher.run(arguments)
"""


def timed_run(code: str, *args: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Run `code` in a fresh process; when each step's line arrived (seconds from the start), and
    the values printed on the lines."""
    settings_home = ROOT / "benchmarks" / "out" / "gui-config"  # not the caseworker's own settings
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(settings_home),
    }
    begin = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=environment
    )
    arrived: dict[str, float] = {}
    values: dict[str, list[str]] = {}
    for line in process.stdout:
        name, *rest = line.split()
        arrived.setdefault(name, time.perf_counter() - begin)
        values[name] = rest
    process.wait()
    if process.returncode:
        raise SystemExit(f"the app did not run to the end (exit {process.returncode})")
    return arrived, values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=ROOT / "benchmarks" / "out" / "store-100000")
    parser.add_argument("--typing", type=float, default=2.0, help="seconds to type the passphrase")
    parser.add_argument("--runs", type=int, default=7, help="pairs of starts to measure (odd)")
    arguments = parser.parse_args()
    if not (arguments.store / "cases.db").exists():
        raise SystemExit("build the store first: python benchmarks/run.py --cases 100000")

    def paired(pause: float, waited) -> tuple[list[float], float, dict, dict]:
        """Ratios of every (minimal window, app) pair, sorted; the median pair's figures."""
        pairs = []
        for _ in range(arguments.runs):
            minimal = timed_run(MINIMAL)[0]["READY"]
            arrived, values = timed_run(APP, str(arguments.store), str(pause))
            pairs.append((waited(arrived) / minimal, minimal, arrived, values))
        pairs.sort(key=lambda pair: pair[0])
        _, minimal, arrived, values = pairs[len(pairs) // 2]
        return [pair[0] for pair in pairs], minimal, arrived, values

    def app_alone(run: dict) -> float:
        return run["DIALOG"] + run["DASHBOARD"] - run["ENTER"]

    ratios, minimal, typed, values = paired(arguments.typing, app_alone)
    pasted_ratios, pasted_minimal, pasted, _ = paired(0.0, lambda run: run["DASHBOARD"])
    dialog = typed["DIALOG"]
    opening = typed["DASHBOARD"] - typed["ENTER"]
    waited = dialog + opening
    print(f"{'minimal PySide6 window':58} {minimal:7.2f} s")
    print(f"{'start to the unlock dialog':58} {dialog:7.2f} s")
    print(f"{'Enter to the main window':58} {typed['WINDOW'] - typed['ENTER']:7.2f} s")
    print(f"{'Enter to the main window with its dashboard filled':58} {opening:7.2f} s")
    print(
        f"{'cold start to an unlocked main window (the app alone)':58} {waited:7.2f} s  "
        f"({waited / minimal:.2f} x; {ratios[0]:.2f} to {ratios[-1]:.2f} x over {len(ratios)} pairs)  "
        f"[passphrase typed in {arguments.typing:.1f} s]"
    )
    print(
        f"{'  the same with the passphrase pasted at once':58} {pasted['DASHBOARD']:7.2f} s  "
        f"({pasted['DASHBOARD'] / pasted_minimal:.2f} x; {pasted_ratios[0]:.2f} to {pasted_ratios[-1]:.2f} x)"
    )
    print(
        f"{'  case list filled (100k ids), after opening Cases':58} {typed['LIST'] - typed['ENTER']:7.2f} s"
    )
    count, median, worst = values["PAGES"]
    print(
        f"{'case list page fetch while scrolling (median / max)':58} {median} / {worst} ms over {count} pages"
    )
    print(f"{'cases in the list':58} {int(values['ROWS'][0]):7,}")
    print(f"{'resident memory with the store open':58} {values['RSS'][0]:>7} MB")


if __name__ == "__main__":
    main()
