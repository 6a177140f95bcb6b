"""Desktop-app benchmarks on the 100k-case store (offscreen).

    python benchmarks/gui.py [--store benchmarks/out/store-100000]

Prints: cold start to an unlocked main window (with the case list filled) as a
ratio against a minimal PySide6 window started the same way; the time to fetch
each page of the case list while scrolling; resident memory with the store open.
Each start runs in a fresh process, three times; the best run counts.
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

APP = """
import sys, time
began = time.perf_counter()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from casetracker.store.database import open_store
from casetracker.ui.context import AppContext
from casetracker.ui.executor import DatabaseExecutor
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import AppSettings

app = QApplication([])
imported = time.perf_counter()
store = open_store(sys.argv[1], "benchmark")
unlocked = time.perf_counter()
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
context = AppContext(store, settings, DatabaseExecutor(store))
window = MainWindow(context)
window.show()
app.processEvents()
built = time.perf_counter()
print(f"STEPS {imported - began:.2f} {unlocked - imported:.2f} {built - unlocked:.2f}", flush=True)
window.navigation.setCurrentRow(1)
loaded = []
window.case_list.model.loaded.connect(loaded.append)
while not loaded:
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
print("READY", flush=True)
model = window.case_list.model
timings = []
for row in range(0, model.rowCount(), model.rowCount() // 40):
    start = time.perf_counter()
    model.row_at(row)
    timings.append(time.perf_counter() - start)
timings.sort()
rss = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) // 1024
print(f"PAGES {len(timings)} {timings[len(timings) // 2] * 1000:.1f} {timings[-1] * 1000:.1f}", flush=True)
print(f"ROWS {model.rowCount()}", flush=True)
print(f"RSS {rss}", flush=True)
store.close()
"""


def start_time(code: str, *args: str) -> tuple[float, list[str]]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    begin = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=environment
    )
    ready = None
    lines = []
    for line in process.stdout:
        if line.startswith("READY") and ready is None:
            ready = time.perf_counter() - begin
        lines.append(line.strip())
    process.wait()
    if ready is None:
        raise SystemExit(f"the process did not start (exit {process.returncode})")
    return ready, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=ROOT / "benchmarks" / "out" / "store-100000")
    arguments = parser.parse_args()
    if not (arguments.store / "cases.db").exists():
        raise SystemExit("build the store first: python benchmarks/run.py --cases 100000")
    settings = str(ROOT / "benchmarks" / "out" / "gui-settings.ini")
    minimal = min(start_time(MINIMAL)[0] for _ in range(3))
    runs = [start_time(APP, str(arguments.store), settings) for _ in range(3)]
    best, lines = min(runs, key=lambda run: run[0])
    facts = {line.split()[0]: line.split()[1:] for line in lines if " " in line}
    print(f"{'minimal PySide6 window':52} {minimal:8.2f} s")
    print(f"{'unlocked main window, case list filled':52} {best:8.2f} s  ({best / minimal:.2f} x)")
    imports, unlock, build = facts["STEPS"]
    print(f"{'  of which: imports / unlock (key derivation) / window':52} {imports} / {unlock} / {build} s")
    count, median, worst = facts["PAGES"]
    print(
        f"{'case list page fetch while scrolling (median / max)':52} {median} / {worst} ms over {count} pages"
    )
    print(f"{'cases in the list':52} {int(facts['ROWS'][0]):8,}")
    print(f"{'resident memory with the store open':52} {facts['RSS'][0]:>8} MB")


if __name__ == "__main__":
    main()
