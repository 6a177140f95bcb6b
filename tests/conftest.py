"""Shared fixtures: every test gets its own store and folders under tmp_path."""

import os

# Set before anything imports Qt or opens a store; subprocesses inherit them.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CASETRACKER_TEST_KDF_ITER"] = "4000"  # fast key derivation, tests only

import subprocess
import sys
from pathlib import Path

import pytest

from casetracker.store.database import Store, create_store
from tests.team.pg_cluster import pg_cluster, team_db  # noqa: F401  (the team server, for every folder)

PASSPHRASE = "correct horse battery staple — ключ"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    """Never touch the real user data or settings folders."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.delenv("CASETRACKER_PASSPHRASE", raising=False)


@pytest.fixture
def store_dir(tmp_path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(store_dir) -> Store:
    opened = create_store(store_dir, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def cli(store_dir):
    """Run `casetracker --store DIR ...` in a subprocess, as a user's shell would."""

    def run(
        *arguments: str,
        passphrase: str | None = PASSPHRASE,
        check: bool = True,
        env_new: str | None = None,
        env: dict[str, str] | None = None,
    ):
        environment = dict(os.environ) | (env or {})
        if passphrase is not None:
            environment["CASETRACKER_PASSPHRASE"] = passphrase
        if env_new is not None:
            environment["CASETRACKER_NEW_PASSPHRASE"] = env_new
        result = subprocess.run(
            [sys.executable, "-m", "casetracker", "--store", str(store_dir), *arguments],
            capture_output=True,
            text=True,
            env=environment,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
            )
        return result

    return run
