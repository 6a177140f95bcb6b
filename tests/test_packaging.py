"""A wheel carries its resources: installed elsewhere, the package still finds them."""

import subprocess
import sys
import venv
import zipfile

import pytest


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources(tmp_path):
    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(root)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("casetracker-*.whl")
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
