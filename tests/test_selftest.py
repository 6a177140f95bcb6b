"""`casetracker self-test`: every step reported, the temporary store gone, a failure named."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from casetracker import __version__, paths, selftest

STEPS = [
    "find the resources",
    "create an encrypted demo store",
    "evaluate every case",
    "write a PDF case summary",
    "read the PDF back",
    "delete the demo store",
]


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob("casetracker-selftest-*")) + sorted(folder.glob("casetracker-start-*"))


def run_self_test(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, TMPDIR=str(tmp_path))
    environment.pop("CASETRACKER_PASSPHRASE", None)
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "self-test", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,  # it must never ask for a passphrase
        cwd=tmp_path,
        timeout=180,
    )


@pytest.mark.slow
def test_the_self_test_passes_and_reports_each_step(tmp_path):
    result = run_self_test(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"casetracker {__version__} self-test (checkout, Python ")
    assert [line.split(":")[0].removeprefix("ok").strip() for line in lines[1:-1]] == STEPS
    assert "QtPdf" in lines[5] and "finds case" in lines[5]
    assert lines[-1].startswith("casetracker self-test passed in ")
    assert leftovers(tmp_path) == []
    assert not paths.default_store_dir().exists() and not paths.demo_store_dir().exists()


@pytest.mark.slow
def test_with_gui_it_also_opens_the_unlock_dialog(tmp_path):
    result = run_self_test(tmp_path, "--gui")

    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok      {selftest.UNLOCK_DIALOG_SHOWN}" in result.stdout.splitlines()
    assert "ok      open the unlock dialog: on the 'offscreen' platform" in result.stdout
    assert leftovers(tmp_path) == []


@pytest.mark.slow
def test_the_startup_mode_only_shows_the_unlock_dialog(tmp_path):
    result = run_self_test(tmp_path, "--startup")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == f"ok      {selftest.UNLOCK_DIALOG_SHOWN}"
    assert leftovers(tmp_path) == []


def test_a_failed_step_is_named_the_exit_is_non_zero_and_the_store_is_deleted(tmp_path, monkeypatch, capsys):
    from casetracker.services import bulk_evaluation

    def broken(*_arguments, **_keywords):
        raise RuntimeError("the rules engine is broken")

    monkeypatch.setattr(bulk_evaluation, "evaluate_all", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("CASETRACKER_TEST_KDF_ITER", "4000")

    assert selftest.run() == 1

    output = capsys.readouterr().out.splitlines()
    assert "FAILED  evaluate every case: RuntimeError: the rules engine is broken" in output
    assert output[-1] == "casetracker self-test FAILED"
    assert not any(line.startswith("ok      delete") for line in output)
    assert leftovers(tmp_path) == []


def test_the_temporary_folder_is_private(tmp_path, monkeypatch, capsys):
    modes = []

    def record_and_stop(state):
        modes.append(state.folder.stat().st_mode & 0o777)
        raise selftest.StepFailed("stop here")

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(selftest, "_find_resources", record_and_stop)

    assert selftest.run() == 1
    assert "FAILED  find the resources: stop here" in capsys.readouterr().out
    assert modes == [0o700] or sys.platform == "win32"
    assert leftovers(tmp_path) == []
