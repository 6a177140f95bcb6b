"""Bad input on the command line gets a clear message and exit 1 or 2, never "unexpected error",
and the store is left as it was."""

import base64
import json
import os
import subprocess
import sys
import zlib

import pytest

from casetracker.store.database import open_store
from tests.conftest import PASSPHRASE
from tests.store_digest import store_digest


@pytest.fixture
def ready(cli, store_dir, tmp_path):
    """A store with one person and one case; the case number."""
    cli("init")
    person = json.loads(cli("person", "add", "--name", "Иван Петров", "--json").stdout)
    case = json.loads(
        cli("case", "add", "--person", person["id"], "--kind", "asylum", "--country", "DE", "--json").stdout
    )
    return case["number"], person["id"]


def _bundle(tmp_path, payload) -> str:
    """A bundle sealed with a real passphrase around whatever `payload` is."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    from casetracker.exchange.bundle import MAGIC

    salt, nonce = os.urandom(16), os.urandom(12)
    settings = {"kdf": "scrypt", "n": 1024, "r": 8, "p": 1, "cipher": "AES-256-GCM", "compression": "zlib"}
    settings |= {"salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode()}
    header = json.dumps(settings).encode()
    key = Scrypt(salt=salt, length=32, n=1024, r=8, p=1).derive(b"bundle passphrase")
    body = zlib.compress(payload if isinstance(payload, bytes) else json.dumps(payload).encode())
    path = tmp_path / f"crafted-{os.urandom(3).hex()}.ctbundle"
    path.write_bytes(
        MAGIC + len(header).to_bytes(4, "big") + header + AESGCM(key).encrypt(nonce, body, header)
    )
    return str(path)


def _backup_with(tmp_path, cli, name: str, **values) -> str:
    """A fresh backup of the store whose JSON file `name` has `values` written into it."""
    usb = tmp_path / f"usb-{os.urandom(3).hex()}"
    usb.mkdir()
    cli("backup", str(usb))
    (backup,) = usb.iterdir()
    _edit_json(backup / name, **values)
    return str(backup)


def _edit_json(path, **values):
    document = json.loads(path.read_text())
    document.update(values)
    path.write_text(json.dumps(document))


def _command(line: str):
    """A command written as one line, with {n} for the case number and {p} for the person id."""
    return lambda t, c, n, p: line.format(n=n, p=p).split()


OVERRIDE = "rules override DE DE.appeal.2022-02-24 normal_days {days} --reason x"
DEEP = b"[" * 100_000 + b"]" * 100_000
CASES = {
    "search limit too large": _command("search x --limit 99999999999999999999"),
    "search limit 0": _command("search x --limit 0"),
    "search limit -1": _command("search x --limit -1"),
    "rules override with a huge number": _command(OVERRIDE.replace("{days}", "99999999999999999999999")),
    "rules override of 3,000,000 days": _command(OVERRIDE.replace("{days}", "3000000")),
    "event in the year 1": _command("event add --case {n} --kind entry --date 0001-01-01"),
    "event on 9999-12-31": _command("event add --case {n} --kind entry --date 9999-12-31"),
    "case opened in the year 1": _command(
        "case add --person {p} --kind asylum --country DE --opened 0001-01-01"
    ),
    "unknown country XX": _command("case add --person {p} --kind asylum --country XX"),
    "a bundle holding a list": lambda t, c, n, p: ["import-bundle", _bundle(t, [1, 2, 3])],
    "a bundle with a size as text": lambda t, c, n, p: ["import-bundle", _bundle(t, SIZE_AS_TEXT)],
    "a bundle nested 100,000 deep": lambda t, c, n, p: ["import-bundle", _bundle(t, DEEP)],
    "import-bundle of a folder": lambda t, c, n, p: ["import-bundle", str(t)],
    "JSON nested 100,000 deep": lambda t, c, n, p: ["import", _write(t / "deep.json", DEEP)],
    "import of /dev/zero": _command("import /dev/zero"),
    "rules check of /dev/urandom": _command("rules check /dev/urandom"),
    "backup.json version x": lambda t, c, n, p: ["verify", _backup_with(t, c, "backup.json", version="x")],
    "store.json kdf_iter 0": lambda t, c, n, p: ["verify", _backup_with(t, c, "store.json", kdf_iter=0)],
    "store.json kdf_iter negative": lambda t, c, n, p: [
        "verify",
        _backup_with(t, c, "store.json", kdf_iter=-5),
    ],
}
SIZE_AS_TEXT = {
    "format": "exile-case-tracker-export",
    "version": 1,
    "persons": [],
    "cases": [],
    "files": [{"size": "big"}],
}


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_input_is_explained_and_changes_nothing(cli, store_dir, tmp_path, ready, case):
    number, person = ready
    arguments = CASES[case](tmp_path, cli, number, person)
    store = open_store(store_dir, PASSPHRASE)
    before = store_digest(store)
    store.close()
    result = cli(*arguments, check=False, env={"CASETRACKER_BUNDLE_PASSPHRASE": "bundle passphrase"})
    said = result.stderr + result.stdout
    assert result.returncode in (1, 2), said
    assert "unexpected" not in said and "Traceback" not in said
    assert len(said.strip()) > 20  # said what is wrong (verify reports its findings on stdout)
    store = open_store(store_dir, PASSPHRASE)
    assert store_digest(store) == before
    store.close()


def test_a_name_with_bytes_that_are_not_utf8_is_refused(store_dir, ready):
    environment = dict(os.environ, CASETRACKER_PASSPHRASE=PASSPHRASE)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "casetracker",
            "--store",
            str(store_dir),
            "person",
            "add",
            "--name",
            b"\xd0\x98\xff",
        ],
        capture_output=True,
        env=environment,
    )
    assert result.returncode == 1
    assert b"not UTF-8" in result.stderr and b"unexpected" not in result.stderr
