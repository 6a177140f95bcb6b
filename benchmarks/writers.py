"""Concurrent writers: several processes write to one store at once; none may be refused, none lost.

    python benchmarks/writers.py [--processes 4] [--seconds 60] [--store DIR]

Each process opens the store as the app or the command line does and, until time is up, makes
the writes a caseworker makes all day: a field of a case changed, a note added, an event added
(which re-evaluates the case's deadlines), each one read-then-write transaction, with reads of
other cases in between. Every write that was committed is written down by its process; at the
end the parent opens the store and checks that each is there. Without --store, a fresh store
with a few cases is made in a temporary folder.

Prints, per process and in all: writes committed, writes refused ("busy"), other failures, and
the slowest wait; then the writes lost (committed but not found). Exits non-zero on any refusal,
failure or loss.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark"
CASES = 8
RESULT = "WRITERS-RESULT "


def main() -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--store", type=Path, help="a store (passphrase 'benchmark') with at least 8 cases")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--log", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child is not None:
        return write_until_time_is_up(arguments)
    return run(arguments)


def run(arguments) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="writers-"))
    store_dir = arguments.store or _make_store(scratch / "store")
    children = []
    for index in range(arguments.processes):
        log = scratch / f"writer-{index}.jsonl"
        command = [sys.executable, __file__, "--child", str(index), "--log", str(log),
                   "--seconds", str(arguments.seconds), "--store", str(store_dir)]  # fmt: skip
        children.append((index, log, subprocess.Popen(command, stdout=subprocess.PIPE, text=True)))
    totals = {"committed": 0, "refused": 0, "failed": 0, "slowest_ms": 0.0}
    failures: list[str] = []
    for index, _log, child in children:
        output, _ = child.communicate()
        line = next((line for line in output.splitlines() if line.startswith(RESULT)), None)
        if child.returncode != 0 or line is None:
            failures.append(f"writer {index} ended with exit {child.returncode}")
            continue
        result = json.loads(line[len(RESULT) :])
        print(f"writer {index}: {result['committed']:6} committed  {result['refused']:4} refused  "
              f"{result['failed']:4} failed  slowest {result['slowest_ms']:7.1f} ms", flush=True)  # fmt: skip
        failures += result["failures"]
        for key in ("committed", "refused", "failed"):
            totals[key] += result[key]
        totals["slowest_ms"] = max(totals["slowest_ms"], result["slowest_ms"])
    lost = _lost_writes(store_dir, [log for _, log, _ in children])
    summary = {"processes": arguments.processes, "seconds": arguments.seconds, **totals, "lost": lost,
               "failures": failures[:5]}  # fmt: skip
    print(RESULT + json.dumps(summary), flush=True)
    return 1 if totals["refused"] or totals["failed"] or lost or failures else 0


def _make_store(root: Path) -> Path:
    from casetracker.services import cases, people
    from casetracker.store.database import create_store

    store = create_store(root, PASSPHRASE)
    with store.transaction() as session:
        for index in range(CASES):
            person = people.add_person(session, "bench", people.PersonDraft(f"Тестовый Человек {index}"))
            cases.add_case(
                session, "bench", person.person.id, "entry_denial", "GE", opened_on=date(2024, 1, 1 + index)
            )
    store.close()
    return root


def _case_numbers(store_dir: Path) -> list[str]:
    from casetracker.services import cases
    from casetracker.store.database import open_store

    store = open_store(store_dir, PASSPHRASE)
    try:
        with store.session() as session:
            return [case.number for case in cases.list_cases(session)][:CASES]
    finally:
        store.close()


def write_until_time_is_up(arguments) -> int:
    from casetracker.dates import PartialDate
    from casetracker.errors import StoreBusy
    from casetracker.services import cases
    from casetracker.store.database import open_store

    store = open_store(arguments.store, PASSPHRASE)
    rng = random.Random(arguments.child)
    with store.session() as session:
        numbers = [case.number for case in cases.list_cases(session)][:CASES]
    counts = {"committed": 0, "refused": 0, "failed": 0, "slowest_ms": 0.0, "failures": []}
    deadline = time.monotonic() + arguments.seconds
    serial = 0
    with open(arguments.log, "w", encoding="utf-8") as log:
        while time.monotonic() < deadline:
            serial += 1
            number, what = rng.choice(numbers), rng.choice(("field", "note", "event"))
            token = f"w{arguments.child}-{serial}"
            started = time.perf_counter()
            try:
                with store.transaction() as session:
                    if what == "field":
                        cases.update_case(session, token, number, summary=token)
                    elif what == "note":
                        cases.add_note(session, token, number, token)
                    else:
                        when = PartialDate(date(2024, 2, 1 + serial % 27))
                        cases.add_event(session, token, number, "interview", when, description=token)
            except StoreBusy:
                counts["refused"] += 1
                continue
            except Exception as error:  # a failure other than a refusal, counted and named
                counts["failed"] += 1
                counts["failures"].append(f"{type(error).__name__}: {error}"[:200])
                continue
            finally:
                counts["slowest_ms"] = max(counts["slowest_ms"], (time.perf_counter() - started) * 1000)
            counts["committed"] += 1
            log.write(json.dumps({"token": token, "what": what, "number": number}) + "\n")
            log.flush()
            with store.session() as session:  # a read between writes, as a view refreshes
                cases.case_detail(session, rng.choice(numbers))
    store.close()
    counts["slowest_ms"] = round(counts["slowest_ms"], 1)
    print(RESULT + json.dumps(counts), flush=True)
    return 0


def _lost_writes(store_dir: Path, logs: list[Path]) -> int:
    """Committed writes (each recorded by its process after the commit) not found in the store."""
    from sqlmodel import select

    from casetracker.store.database import open_store
    from casetracker.store.models import AuditEntry

    store = open_store(store_dir, PASSPHRASE)
    try:
        with store.session() as session:
            actors = set(session.exec(select(AuditEntry.actor)))
    finally:
        store.close()
    lost = 0
    for log in logs:
        if log.exists():
            for line in log.read_text(encoding="utf-8").splitlines():
                lost += json.loads(line)["token"] not in actors
    return lost


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
