"""A wheel carries its resources: installed elsewhere, the package still finds them. Python 3.11
is refused, by pip and by the package itself."""

import glob
import os
import pwd
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = dist.glob("casetracker-*.whl")
    return built


def _python_3_11() -> str | None:
    """A Python 3.11 on this machine, if there is one (pyenv keeps several). The account's real
    home, not the test's HOME, which points into a temporary folder."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    pyenv = os.environ.get("PYENV_ROOT", f"{home}/.pyenv")
    candidates = [*sorted(glob.glob(f"{pyenv}/versions/3.11*/bin/python3.11")), "/usr/bin/python3.11"]
    return next((c for c in candidates if Path(c).is_file() and os.access(c, os.X_OK)), None)


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources(tmp_path, wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "casetracker/resources/README.md" in names
    assert "casetracker/store/migrations/versions/0001_first_schema.py" in names

    environment = tmp_path / "venv"
    venv.create(environment, system_site_packages=True, with_pip=False)
    python = environment / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    found = subprocess.run(
        [str(python), "-c", "from casetracker.resources import resource_path; print(resource_path('rules'))"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.strip()
    assert found.startswith(str(environment)), found


def test_the_wheel_declares_python_3_12_or_newer(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = (name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        lines = archive.read(metadata).decode().splitlines()
    assert "Requires-Python: >=3.12" in lines


@pytest.mark.slow
def test_pip_on_python_3_11_refuses_the_wheel_with_a_clear_message(tmp_path, wheel):
    python = _python_3_11()
    if python is None:
        pytest.skip("no Python 3.11 on this machine")
    result = subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--no-deps",
            "--no-index",
            "--target",
            str(tmp_path / "target"),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "requires a different Python" in result.stderr and ">=3.12" in result.stderr
    assert not (tmp_path / "target").exists()


def test_the_package_on_python_3_11_says_what_to_install_instead_of_aborting_later(tmp_path):
    python = _python_3_11()
    if python is None:
        pytest.skip("no Python 3.11 on this machine")
    result = subprocess.run(
        [python, "-c", "import casetracker.app"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1
    assert "needs Python 3.12 or newer; this is Python 3.11" in result.stderr
    assert "Traceback" not in result.stderr
