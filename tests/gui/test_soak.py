"""The app survives thousands of Qt calls and synthetic input events with its reference counts intact.

PySide6 6.12 on Python 3.11 released None, True and False once too often on every Qt call that
returned one, and the app aborted after minutes of use. The soak benchmark, run short here,
drives the real main window (mouse moves the idle lock watches, clicks through the pages, a
search, scrolling, opening and saving cases) in a child process, so that an abort fails this
test instead of ending the test run.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_app_driven_for_many_rounds_stays_alive_and_its_reference_counts_do_not_drift():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "soak.py"), "--rounds", "30"],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("SOAK-SUMMARY ")]
    summary = json.loads(line.removeprefix("SOAK-SUMMARY "))
    assert summary["ended"] == "exit 0" and summary["aborts"] == 0, result.stderr[-2000:]
    assert summary["rounds"] == 30 and summary["input_events"] > 2000
    assert summary["cases_opened"] == 30 and summary["saves"] == 6
    assert summary["exceptions"] == 0, summary["exception_kinds"]
    assert summary["message_boxes"] == []  # no save refused, no error shown
    # None, True and False, and the objects passed through item data, signals and timers.
    assert set(summary["refcount_drift"]) >= {"None", "True", "False", "object0"}
    assert not any(summary["refcount_drift"].values()), summary["refcount_drift"]
    assert result.returncode == 0
