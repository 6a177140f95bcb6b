"""Report benchmarks: a typical case summary, a 1,000-event case, and statistics over 100k cases.

    python benchmarks/reports.py [--store benchmarks/out/store-100000]

Targets: 0.3 s, 5 s and 5 s. The case stores are built here in a temporary folder;
the 100k-case store comes from benchmarks/run.py (passphrase "benchmark").
Times are for a warm process: fonts registered and rule profiles loaded once.
"""

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CASETRACKER_TEST_KDF_ITER", "4000")  # only for the throw-away stores built here

from benchmarks.run import PASSPHRASE
from casetracker.reports import build_case_summary, build_statistics
from casetracker.services import cases, people
from casetracker.store.database import create_store, open_store
from casetracker.store.models import Attachment, Event

KINDS = ("entry", "exit", "interview", "hearing", "notified", "last_contact")


def make_case(store, events: int, attachments: int) -> str:
    with store.transaction() as session:
        person = people.add_person(
            session, "bench", people.PersonDraft(name="Тестовый Человек", other_names=("TESTOVYI CHELOVEK",))
        ).person
        case = cases.add_case(session, "bench", person.id, "asylum", "DE", opened_on=date(2022, 3, 1))
        session.flush()  # the tables declare no relationships, so the case must exist first
        # Events straight into the table, without recomputing deadlines after each one.
        for i in range(events):
            session.add(
                Event(
                    case_id=case.id,
                    kind=KINDS[i % len(KINDS)],
                    date=date(2022, 3, 1) + timedelta(days=i),
                    date_precision="exact",
                    place="Berlin",
                    description=f"Step {i} of the procedure, with a sentence of ordinary length.",
                )
            )
        for i in range(attachments):
            session.add(
                Attachment(
                    case_id=case.id,
                    filename=f"evidence-{i}.pdf",
                    size=100_000 + i,
                    sha256=f"{i:02x}" * 32,
                    blob_name=f"blob-{i}",
                )
            )
        cases.add_deadline(session, "bench", case.number, date(2024, 1, 1), "hearing")
        return case.number


def timed(label: str, target: float, work) -> float:
    work()  # warm: fonts, profiles, caches
    best = min(_once(work) for _ in range(3))
    verdict = "ok" if best <= target else "OVER TARGET"
    print(f"{label:52} {best:7.2f} s  (target {target:g} s, {verdict})", flush=True)
    return best


def _once(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--store", type=Path, default=Path(__file__).resolve().parent / "out" / "store-100000"
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = create_store(folder / "store", "bench")
        typical = make_case(store, 30, 10)
        large = make_case(store, 1000, 10)
        with store.session() as session:
            start = time.perf_counter()
            build_case_summary(session, typical, folder / "cold.pdf", attachments_dir=store.paths.attachments)
            print(f"{'first report in a fresh process':52} {time.perf_counter() - start:7.2f} s")
            for label, number, target in (
                ("case summary, 30 events, 10 attachments", typical, 0.3),
                ("case summary, 1,000 events", large, 5.0),
            ):
                out = folder / f"{number}.pdf"
                timed(
                    label,
                    target,
                    lambda n=number, o=out: build_case_summary(
                        session, n, o, attachments_dir=store.paths.attachments
                    ),
                )
        store.close()
        if not (arguments.store / "cases.db").is_file():
            print(f"No benchmark store in {arguments.store}: build it with benchmarks/run.py --cases 100000.")
            return
        big = open_store(arguments.store, PASSPHRASE)
        with big.session() as session:
            timed(
                "statistics, all cases of the store", 5.0, lambda: build_statistics(session, folder / "s.pdf")
            )
            timed(
                "statistics, cases opened in 2023",
                5.0,
                lambda: build_statistics(
                    session, folder / "s.pdf", start=date(2023, 1, 1), end=date(2023, 12, 31)
                ),
            )
        big.close()


if __name__ == "__main__":
    main()
