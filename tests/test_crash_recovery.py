"""A writer killed with SIGKILL loses nothing it had committed, and the store stays sound."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casetracker.services import people
from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE

WRITER = Path(__file__).with_name("crash_writer.py")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on Linux and macOS only")
def test_every_committed_change_survives_repeated_kills(store, store_dir):
    store.close()
    committed: set[int] = set()
    randomness = random.Random(20221)
    for round_number in range(6):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(store_dir), PASSPHRASE, str(round_number * 100_000)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parent.parent,
        )
        # Let it commit a few changes, then kill it at a random moment mid-write.
        first = writer.stdout.readline()
        assert first, "the writer should commit at least once"
        committed.add(int(first))
        time.sleep(randomness.uniform(0.05, 0.6))
        os.kill(writer.pid, signal.SIGKILL)
        remaining, _ = writer.communicate()
        committed.update(int(line) for line in remaining.split())
        assert writer.returncode == -signal.SIGKILL

    reopened = open_store(store_dir, PASSPHRASE, full_check=True)
    assert reopened.integrity_problems() == []
    with reopened.session() as session:
        stored = {int(person.name.split()[-1]) for person in people.list_people(session)}
    reopened.close()
    assert len(committed) > 6
    assert committed <= stored, f"lost after a kill: {sorted(committed - stored)[:10]}"
