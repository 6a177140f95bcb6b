"""Time how long installed copies of the app take to start, side by side.

    python packaging/measure_startup.py --runs 5 \
        wheel=/path/venv/bin/casetracker bundle=dist/casetracker/casetracker

For each program: `--version` (Python starts and the command line loads), the time from launch to
the unlock dialog on screen (`self-test --startup` loads the UI, makes the Qt application and shows
the dialog as a start does, then prints a line this script waits for), and one full `self-test`.
It prints the medians, after one unmeasured warm-up run of each program, and the ratio of each
program's figures to the first one's. Runs headless: QT_QPA_PLATFORM defaults to offscreen.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

MARKER = "unlock dialog shown"  # casetracker.selftest.UNLOCK_DIALOG_SHOWN; not imported, to stay standalone


def time_until(command: list[str], marker: str | None, environment: dict) -> float:
    """Seconds from launch until `marker` is printed (or until exit when None); fails on a non-zero exit."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        env=environment,
        cwd=tempfile.gettempdir(),
    )
    elapsed = None
    for line in process.stdout:
        if marker is not None and elapsed is None and marker in line:
            elapsed = time.perf_counter() - started
    code = process.wait()
    elapsed = elapsed if elapsed is not None else time.perf_counter() - started
    if code != 0 or (marker is not None and elapsed is None):
        raise SystemExit(f"{' '.join(command)} failed (exit {code})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("programs", nargs="+", metavar="LABEL=PROGRAM")
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    measures = {
        "--version": (["--version"], None),
        "launch to unlock dialog": (["self-test", "--startup"], MARKER),
        "self-test": (["self-test"], None),
    }
    results: dict[str, dict[str, float]] = {}
    for label, program in (item.split("=", 1) for item in arguments.programs):
        results[label] = {}
        for name, (extra, marker) in measures.items():
            runs = 1 if name == "self-test" else arguments.runs
            time_until([program, *extra], marker, environment)  # warm-up: disk cache, .pyc files
            results[label][name] = statistics.median(
                time_until([program, *extra], marker, environment) for _ in range(runs)
            )
    first = next(iter(results))
    print(f"{'median seconds':28}" + "".join(f"{label:>12}" for label in results) + "   ratio to " + first)
    for name in measures:
        row = "".join(f"{results[label][name]:12.2f}" for label in results)
        ratios = ", ".join(
            f"{label} {results[label][name] / results[first][name]:.2f}×"
            for label in results
            if label != first
        )
        print(f"{name:28}{row}   {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
