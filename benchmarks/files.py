"""File benchmarks: backup, verify and plaintext exports of the 100k-case store, and attachment
encryption throughput.

    python benchmarks/files.py [--store benchmarks/out/store-100000] [--megabytes 256] [--thorough]

Targets: backup under 30 s, verify under 30 s, encryption at least 100 MB/s. The JSON and
CSV exports of the whole store have no target; their times are printed.
The 100k-case store comes from benchmarks/run.py (passphrase "benchmark"); it is only
read: the backup goes to a temporary folder, removed afterwards. Throughput is measured
on a throw-away store with a file of random bytes, from disk to an encrypted blob on
disk (SHA-256, AES-GCM and the fsync included), and back (decrypt and check).
"""

import argparse
import io
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CASETRACKER_TEST_KDF_ITER", "4000")  # only for the throw-away store built here

from benchmarks.run import PASSPHRASE
from casetracker.exchange import write_csv, write_json
from casetracker.services import attachments, backups, cases, people
from casetracker.store.database import create_store, open_store


def report(label: str, seconds: float, target: float, *, higher_is_better: bool = False, unit: str = "s"):
    value = seconds
    ok = value >= target if higher_is_better else value <= target
    comparison = ">=" if higher_is_better else "<"
    verdict = "ok" if ok else "OVER TARGET"
    print(f"{label:56} {value:8.2f} {unit}  (target {comparison} {target:g} {unit}, {verdict})", flush=True)


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def throughput(folder: Path, megabytes: int) -> None:
    store = create_store(folder / "store", "bench")
    with store.transaction() as session:
        person = people.add_person(session, "bench", people.PersonDraft(name="Тестовый Человек")).person
        number = cases.add_case(session, "bench", person.id, "asylum", "DE").number
    source = folder / "evidence.bin"
    with open(source, "wb") as handle:
        for _ in range(megabytes):
            handle.write(os.urandom(1024 * 1024))
    size_mb = megabytes * 1024 * 1024 / 1e6
    with store.transaction() as session:  # warm: the key is made, the cipher loaded
        attachments.add_attachment(session, "bench", number, source, store.paths.attachments)
    with store.transaction() as session:
        seconds, attachment = timed(
            lambda: attachments.add_attachment(session, "bench", number, source, store.paths.attachments)
        )
    report(
        f"attachment intake, {megabytes} MiB (hash + encrypt + write)",
        size_mb / seconds,
        100,
        unit="MB/s",
        higher_is_better=True,
    )
    target = folder / "copy.bin"
    with store.session() as session:
        seconds, _ = timed(
            lambda: attachments.export_attachment(session, attachment.id, store.paths.attachments, target)
        )
    report(
        f"attachment export, {megabytes} MiB (decrypt + check + write)",
        size_mb / seconds,
        100,
        unit="MB/s",
        higher_is_better=True,
    )
    store.close()
    data = os.urandom(64 * 1024 * 1024)
    key, sink = os.urandom(32), _Sink()
    seconds, _ = timed(lambda: attachments.encrypt_stream(key, uuid.uuid4(), io.BytesIO(data), sink))
    report(
        "encryption alone, 64 MiB in memory (SHA-256 + AES-GCM)",
        len(data) / 1e6 / seconds,
        100,
        unit="MB/s",
        higher_is_better=True,
    )


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--store", type=Path, default=Path(__file__).resolve().parent / "out" / "store-100000"
    )
    parser.add_argument("--megabytes", type=int, default=256, help="size of the file to encrypt")
    parser.add_argument("--thorough", action="store_true", help="also time verify --thorough (no target)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        throughput(folder, arguments.megabytes)
        if not (arguments.store / "cases.db").is_file():
            print(f"No benchmark store in {arguments.store}: build it with benchmarks/run.py --cases 100000.")
            return
        size = (arguments.store / "cases.db").stat().st_size / 1e6
        store = open_store(arguments.store, PASSPHRASE)
        (folder / "usb").mkdir()
        seconds, backup = timed(lambda: backups.backup_store(store, folder / "usb"))
        store.close()
        report(f"backup of the 100k-case store ({size:.0f} MB)", seconds, 30)
        seconds, result = timed(lambda: backups.verify_backup(backup, PASSPHRASE))
        report(f"verify of that backup ({result.cases:,} cases)", seconds, 30)
        if not result.ok:
            print("The backup has problems:", *result.problems[:5], sep="\n  ")
        store = open_store(arguments.store, PASSPHRASE)
        with store.session() as session:
            seconds, (_, found) = timed(lambda: write_json(session, folder / "export.json"))
            megabytes = (folder / "export.json").stat().st_size / 1e6
            print(f"{f'JSON export ({found:,} cases, {megabytes:.0f} MB)':56} {seconds:8.2f} s  (no target)")
            seconds, written = timed(lambda: write_csv(session, folder / "tables"))
            print(f"{f'CSV export ({len(written)} tables)':56} {seconds:8.2f} s  (no target)")
        store.close()
        if arguments.thorough:
            seconds, _ = timed(lambda: backups.verify_backup(backup, PASSPHRASE, thorough=True))
            print(f"{'verify --thorough (integrity_check, every index)':56} {seconds:8.2f} s  (no target)")


if __name__ == "__main__":
    main()
