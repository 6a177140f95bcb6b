"""Time and profile evaluate() on realistic synthetic cases. Not a test: speed is never asserted.

    python tests/rules/rules_bench.py [--cases 20000] [--profile]

The cases are shaped like benchmarks/generate.py's store (about ten events of every kind per case,
dates around the case's opening, a person's entries and exits in all their cases as travel), so the
figure here is the engine's share of evaluating the benchmark store.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from casetracker.rules import CaseFacts, DocumentFact, EventFact, evaluate, load_shipped
from casetracker.vocabulary import CaseKind, DatePrecision, DocumentKind, EventKind, RiskMarker

COUNTRIES = [
    *("EE", "LV", "LT", "FI", "PL", "DE", "FR", "GE", "AM", "KZ", "KG", "UZ", "TR"),
    *("RS", "ME", "AE", "IL", "MN", "US", "GB", "CA", "TJ", "CZ", "NL", "ES", "IT"),
]
TRAVEL = (EventKind.ENTRY, EventKind.EXIT)
ON = date(2026, 11, 25)


def synthetic_cases(count: int, seed: int = 2022) -> list[CaseFacts]:
    """`count` cases of persons with one to three cases each, as the benchmark store holds them."""
    rng = random.Random(seed)
    cases: list[CaseFacts] = []
    while len(cases) < count:
        person: list[tuple[str, CaseKind, list[EventFact]]] = []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            country = rng.choice(COUNTRIES)
            opened = date(2022, 2, 24) + timedelta(days=rng.randrange(365 * 4))
            events = sorted(
                (
                    EventFact(
                        f"e{rng.getrandbits(64):x}",
                        rng.choice(list(EventKind)),
                        opened - timedelta(days=200) + timedelta(days=rng.randrange(600)),
                        rng.choice([DatePrecision.EXACT] * 8 + list(DatePrecision)),
                        country,
                    )
                    for _ in range(rng.randint(5, 15))
                ),
                key=lambda e: e.date,
            )
            person.append((country, rng.choice(list(CaseKind)), events))
        travel = tuple(
            sorted((e for _, _, evs in person for e in evs if e.kind in TRAVEL), key=lambda e: e.date)
        )
        markers = frozenset(rng.sample(list(RiskMarker), 1)) if rng.random() < 0.3 else frozenset()
        documents = tuple(
            DocumentFact(
                f"d{n}",
                rng.choice(list(DocumentKind)),
                rng.choice(["RU", *COUNTRIES]),
                ON + timedelta(days=rng.randrange(-400, 1500)),
            )
            for n in range(rng.randint(0, 3))
        )
        for n, (country, kind, events) in enumerate(person):
            cases.append(
                CaseFacts(f"{country}-{n}", kind, country, markers, tuple(events), travel, documents)
            )
    return cases[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print the top of a cProfile run")
    arguments = parser.parse_args()
    profiles, _ = load_shipped()
    cases = synthetic_cases(arguments.cases)
    for facts in cases[:200]:  # warm up
        evaluate(facts, profiles, ON)
    if arguments.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for facts in cases:
            evaluate(facts, profiles, ON)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return
    best = float("inf")
    for _ in range(arguments.repeat):
        start = time.process_time()  # CPU time: steadier than wall time on a busy machine
        for facts in cases:
            evaluate(facts, profiles, ON)
        best = min(best, time.process_time() - start)
    print(f"{len(cases):,} cases: {best / len(cases) * 1e6:.1f} µs per case (best of {arguments.repeat})")


if __name__ == "__main__":
    main()
