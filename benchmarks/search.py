"""Search benchmark on the store built by benchmarks/run.py (opening it adds the index if missing).

    python benchmarks/search.py [--cases 100000] [--out benchmarks/out] [--no-reindex]

A fixed list of 200 queries (names in Cyrillic and in several Latin spellings, prefixes
as typed, case numbers, places) runs through `search.search` and, in the same run, as the
bare FTS5 statement it sends; the whole index is first rebuilt (and timed).
"""

import argparse
import random
import statistics
import sys
import time
import unicodedata
from pathlib import Path

import iuliia
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casetracker.services import search
from casetracker.store import fts
from casetracker.store.database import open_store
from casetracker.store.models import Case, Person, PersonName

PASSPHRASE = "benchmark"
_SCHEMAS = [iuliia.MVD_310_FR, iuliia.WIKIPEDIA, iuliia.GOST_52535, iuliia.BGN_PCGN, iuliia.ISO_9_1968]
_GERMAN = str.maketrans({"ш": "sch", "щ": "schtsch", "ч": "tsch", "ж": "sch", "х": "ch", "ц": "z", "в": "w"})
# Renderings iuliia does not have, enough of each for the letters that differ.
_WRITERS = {
    "polish": str.maketrans({"ш": "sz", "щ": "szcz", "ч": "cz", "ж": "ż", "х": "ch", "ц": "c", "в": "w"}),
    "dutch": str.maketrans({"ш": "sj", "щ": "sjtsj", "ч": "tsj", "ж": "zj", "х": "ch", "ц": "ts", "у": "oe"}),
    "estonian": str.maketrans({"ш": "š", "щ": "štš", "ч": "tš", "ж": "ž", "х": "h", "ц": "ts", "ы": "õ"}),
}


def _written(surname: str, rng: random.Random) -> str:
    """The surname as one of the writers would spell it: a passport system, German, Polish, Dutch,
    Estonian, Czech without its háčeks, or an old -off."""
    choice = rng.randrange(len(_SCHEMAS) + len(_WRITERS) + 3)
    if choice < len(_SCHEMAS):
        return _SCHEMAS[choice].translate(surname)
    lower = surname.lower()
    if choice == len(_SCHEMAS):
        return lower.translate(_GERMAN)
    if choice == len(_SCHEMAS) + 1:  # as typed without diacritics
        return (
            unicodedata.normalize("NFKD", iuliia.ISO_9_1968.translate(surname))
            .encode("ascii", "ignore")
            .decode()
        )
    if choice == len(_SCHEMAS) + 2:
        latin = iuliia.WIKIPEDIA.translate(surname)
        return latin[:-2] + "off" if latin.endswith("ov") else latin
    writer = list(_WRITERS.values())[choice - len(_SCHEMAS) - 3]
    return iuliia.WIKIPEDIA.translate(lower.translate(writer))


def queries(session, count: int = 200) -> list[str]:
    """A fixed list: the same store always gives the same queries."""
    rng = random.Random(6)
    names = session.execute(select(Person.name).order_by(Person.id).limit(20_000)).scalars().all()
    latin = session.execute(select(PersonName.text).order_by(PersonName.id).limit(20_000)).scalars().all()
    numbers = session.execute(select(Case.number).order_by(Case.id).limit(20_000)).scalars().all()
    chosen = []
    for name in rng.sample(names, 40):  # Cyrillic: full name, surname, surname + first name
        first, surname = name.split(" ", 1)
        chosen += [rng.choice([name, surname, f"{surname} {first}"])]
    chosen += [rng.choice(latin).title() for _ in range(30)]  # passport spellings, any case
    for name in rng.sample(names, 30):  # other renderings: French, English, GOST, ISO 9, German, Polish...
        chosen.append(_written(name.split(" ")[-1], rng))
    for name in rng.sample(names, 20) + rng.sample(latin, 20):  # prefixes while typing
        surname = name.split(" ")[-1]
        chosen.append(surname[: rng.randint(3, 5)])
    chosen += rng.sample(numbers, 25)  # case numbers, whole
    chosen += [number[: rng.choice([5, 7, 9])] for number in rng.sample(numbers, 15)]  # and as typed
    chosen += rng.choices(["GE", "Georgia", "EE", "Тбилиси", "Tbilisi", "KZ", "Verkhny Lars", "RS"], k=20)
    assert len(chosen) == count, len(chosen)
    return chosen


def timed_each(run, items) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        run(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(label: str, times: list[float]) -> float:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(f"{label:46} median {median:7.2f} ms   p95 {p95:7.2f} ms   max {max(times):7.1f} ms", flush=True)
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--no-reindex", action="store_true")
    arguments = parser.parse_args()
    start = time.perf_counter()
    store = open_store(arguments.out / f"store-{arguments.cases}", PASSPHRASE)
    print(f"{'open (and migrate, if needed)':46} {time.perf_counter() - start:8.2f} s")
    # First: benchmarks/generate.py inserts in bulk, past the hooks that keep the index current.
    if not arguments.no_reindex:
        start = time.perf_counter()
        with store.transaction() as session:
            count = search.reindex(session)
        print(
            f"{'full reindex, ' + format(count, ',') + ' documents':46} {time.perf_counter() - start:8.2f} s"
        )
    with store.session() as session:
        listed = queries(session)
        connection = session.connection()
        expressions = [search.raw_expression(query) for query in listed]
        hits = [len(search.search(session, query)) for query in listed]  # warm the page cache once
        print(f"{'queries with results':46} {sum(1 for h in hits if h)} of {len(listed)}")
        service, raw, candidates = [], [], search.CANDIDATES
        for _ in range(2):  # alternate, keep each query's best: other load on the machine evens out
            service.append(timed_each(lambda query: search.search(session, query), listed))
            raw.append(timed_each(lambda text: fts.raw_match(connection, text, candidates), expressions))
        service_best = [min(pair) for pair in zip(*service, strict=True)]
        raw_best = [min(pair) for pair in zip(*raw, strict=True)]
        service_median = summary("search.search, 200 queries", service_best)
        raw_median = summary("raw FTS5 MATCH, same queries", raw_best)
        print(f"{'service / raw FTS5, median':46} {service_median / raw_median:8.2f} x")
        slowest = sorted(zip(service_best, listed, strict=True), reverse=True)[:5]
        print("slowest:", ", ".join(f"{query!r} {ms:.0f} ms" for ms, query in slowest))
    store.close()


if __name__ == "__main__":
    main()
