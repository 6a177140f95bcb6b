"""Store benchmarks: build a synthetic store, open it, and compare SQLCipher with plain SQLite.

    python benchmarks/run.py --cases 100000 [--out benchmarks/out]

Prints one line per figure. The encrypted store is kept in OUT/store-<N> (passphrase
"benchmark") for the other benchmarks and for trying the app at scale.
"""

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate
from casetracker.store import migrate
from casetracker.store.database import create_store, open_store
from casetracker.store.engine import make_engine
from casetracker.store.models import Case, Event

PASSPHRASE = "benchmark"


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    print(f"{label:58} {seconds:8.2f} s", flush=True)
    return seconds, result


def query_workload(engine, numbers: list[str]) -> None:
    """What the app does all day: open cases by number, read their timelines, count by country."""
    with engine.connect() as connection:
        for number in numbers:
            case_id = connection.execute(select(Case.id).where(Case.number == number)).scalar_one()
            connection.execute(select(Event).where(Event.case_id == case_id).order_by(Event.date)).all()
        connection.execute(select(Case.country, func.count()).group_by(Case.country)).all()
        connection.execute(select(func.count()).select_from(Event)).scalar_one()


def build_both(cases: int, encrypted_dir: Path, plain_file: Path, plain) -> tuple[float, float]:
    shutil.rmtree(encrypted_dir, ignore_errors=True)
    plain_file.unlink(missing_ok=True)
    encrypted_dir.parent.mkdir(parents=True, exist_ok=True)
    store = create_store(encrypted_dir, PASSPHRASE)
    encrypted_build, counts = timed(
        f"create encrypted store, {cases:,} cases", lambda: generate(store.engine, cases)
    )
    print("  rows:", ", ".join(f"{table} {count:,}" for table, count in counts.items()))
    store.checkpoint()
    store.close()
    with plain.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
    migrate.upgrade(plain)
    plain_build, _ = timed("same data into a plain SQLite file", lambda: generate(plain, cases))
    return encrypted_build, plain_build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--reuse", action="store_true", help="reuse stores built by an earlier run")
    arguments = parser.parse_args()
    encrypted_dir = arguments.out / f"store-{arguments.cases}"
    plain_file = arguments.out / f"plain-{arguments.cases}.db"
    plain = make_engine(plain_file, None)
    if arguments.reuse and plain_file.exists() and encrypted_dir.exists():
        encrypted_build = plain_build = None
    else:
        encrypted_build, plain_build = build_both(arguments.cases, encrypted_dir, plain_file, plain)

    timed("open + unlock (key, schema, migrations)", lambda: open_store(encrypted_dir, PASSPHRASE).close())
    timed(
        "open + unlock + full integrity check (every page)",
        lambda: open_store(encrypted_dir, PASSPHRASE, full_check=True).close(),
    )
    store = open_store(encrypted_dir, PASSPHRASE)
    with store.engine.connect() as connection:
        all_numbers = connection.execute(select(Case.number)).scalars().all()
    numbers = random.Random(7).sample(all_numbers, min(2000, len(all_numbers)))
    # Alternate the two, twice, and keep the best of each: the machine's other load evens out.
    encrypted_runs, plain_runs = [], []
    for _ in range(2):
        encrypted_runs.append(
            timed(
                "2,000 case timelines + aggregates (encrypted)", lambda: query_workload(store.engine, numbers)
            )[0]
        )
        plain_runs.append(
            timed("2,000 case timelines + aggregates (plain SQLite)", lambda: query_workload(plain, numbers))[
                0
            ]
        )
    encrypted_queries, plain_queries = min(encrypted_runs), min(plain_runs)
    store.close()
    plain.dispose()

    print(f"{'encrypted / plain, query workload':58} {encrypted_queries / plain_queries:8.2f} x")
    if encrypted_build is not None:
        print(f"{'encrypted / plain, building the store':58} {encrypted_build / plain_build:8.2f} x")
        total = (encrypted_build + encrypted_queries) / (plain_build + plain_queries)
        print(f"{'encrypted / plain, whole workload':58} {total:8.2f} x")


if __name__ == "__main__":
    main()
