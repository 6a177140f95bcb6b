"""Rule-engine benchmark: evaluate every case of a benchmark store against the country profiles.

    python benchmarks/evaluate_all.py [--store benchmarks/out/store-100000]

Build the store first with benchmarks/run.py. Prints the time to read the facts
and evaluate all cases (as bulk_evaluation.evaluate_all reads them), its split
between reading and the engine, and the processor time, which other programs
running on the machine disturb less than the elapsed time.
"""

import argparse
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from benchmarks.run import PASSPHRASE
from casetracker.rules import evaluate
from casetracker.services.bulk_evaluation import live_case_facts
from casetracker.services.evaluation import profiles_in_use
from casetracker.store.database import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--store", type=Path, default=Path(__file__).resolve().parent / "out" / "store-100000"
    )
    arguments = parser.parse_args()
    store = open_store(arguments.store, PASSPHRASE)
    on = date(2026, 11, 1)
    severities: Counter[str] = Counter()
    engine_seconds = 0.0
    count = 0
    start, start_cpu = time.perf_counter(), time.process_time()
    with store.session() as session:
        profiles = profiles_in_use(session)
        for facts, _ in live_case_facts(session):
            begin = time.perf_counter()
            result = evaluate(facts, profiles, on)
            engine_seconds += time.perf_counter() - begin
            severities[result.worst] += 1
            count += 1
    total, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    store.close()
    print(f"{'cases evaluated':50} {count:10,}")
    print(f"{'read facts + evaluate every case':50} {total:10.2f} s")
    per_case = 1e6 * engine_seconds / count
    print(f"{'processor time':50} {cpu:10.2f} s")
    print(f"{'of which reading the facts':50} {total - engine_seconds:10.2f} s")
    print(f"{'of which the rule engine':50} {engine_seconds:10.2f} s ({per_case:.0f} µs/case)")
    print(f"{'worst finding per case':50} {dict(severities)}")


if __name__ == "__main__":
    main()
