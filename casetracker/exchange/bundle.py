"""A case bundle: one encrypted file holding a case and its person, to hand to a colleague.

The file is `MAGIC`, a JSON header (key-derivation settings, salt, nonce) and the AES-256-GCM
ciphertext of the zlib-compressed JSON payload, with the header as associated data, so that
neither can be altered unnoticed. The key comes from the passphrase the caseworker chooses,
through scrypt. The payload uses the export format (docs/export-schema.md) plus `files`: the
case's evidence files (record and content), each checked against its SHA-256 when packed
and again when received, then encrypted under the receiving store's own key.
"""

import base64
import json
import os
import uuid
import zlib
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlmodel import Session, col, select

from casetracker.errors import CaseTrackerError
from casetracker.exchange.export_json import (
    FORMAT,
    VERSION,
    case_document,
    dump,
    person_document,
    write_file,
)
from casetracker.exchange.problems import UnreadableFile, read_input_file
from casetracker.exchange.restore import RestoreResult, import_json
from casetracker.services.attachments import (
    check_bundled_files,
    list_attachments,
    pack_case_files,
    unpack_case_files,
)
from casetracker.services.cases import find_case
from casetracker.services.store_settings import current_actor
from casetracker.store.leftovers import Journal
from casetracker.store.models import AuditEntry, Deadline, Event, Note, Person

MAGIC = b"CASETRACKER-BUNDLE\x00"
SCRYPT_N = 2**17  # about 0.3 s and 128 MiB on a laptop: slow enough to make guessing expensive
SCRYPT_R, SCRYPT_P = 8, 1
# The costliest key derivation a received bundle may ask for: scrypt needs 128 * n * r bytes and
# p times the time, so these bound it to 256 MiB and about two seconds on a laptop.
_MAX_SCRYPT_N = 2**18
_MAX_SCRYPT_R = 8
_MAX_SCRYPT_P = 2
MIN_PASSPHRASE = 8
MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_PAYLOAD_BYTES = 1024**3  # the evidence files' 512 MB as base64, and the case itself


class WrongBundlePassphrase(CaseTrackerError):
    def __init__(self) -> None:
        super().__init__(key="wrong_bundle_passphrase")


def bundle_data(session: Session, number: str, attachments_dir: Path | None = None) -> dict:
    """The case, its person (with spellings, markers, documents, family and notes), their history
    and, given the store's attachments folder, the case's evidence files."""
    case = find_case(session, number)
    person = session.get(Person, case.person_id)
    ids = [case.id, person.id]
    for model in (Event, Deadline, Note):
        ids += list(session.exec(select(model.id).where(model.case_id == case.id)))
    # Only the files that travel: one in the trash may have been put on the wrong case.
    ids += [row.id for row in list_attachments(session, case.number)] if attachments_dir else []
    history = session.exec(
        select(AuditEntry)
        .where(col(AuditEntry.entity_id).in_(ids))
        .order_by(col(AuditEntry.at), col(AuditEntry.id))
    )
    persons = person_document(session, [person])
    for link in persons[0]["family"]:
        relative = session.get(Person, link["relative_id"]) if link["relative_id"] else None
        if relative is not None and not link["relative_name"]:
            link["relative_name"] = relative.name  # the colleague may not have the relative
    return {
        "format": FORMAT,
        "version": VERSION,
        "bundle": {"case_number": case.number, "from": current_actor(session)},
        "persons": persons,
        "cases": case_document(session, [case]),
        "audit": [dump(entry) for entry in history],
        "files": pack_case_files(session, case, attachments_dir) if attachments_dir else [],
    }


def seal(payload: dict, passphrase: str, *, scrypt_n: int = SCRYPT_N) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise CaseTrackerError(key="bundle_passphrase_short", count=MIN_PASSPHRASE)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps(
        {
            "kdf": "scrypt",
            "n": scrypt_n,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode(),
            "cipher": "AES-256-GCM",
            "nonce": base64.b64encode(nonce).decode(),
            "compression": "zlib",
        }
    ).encode()
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)
    sealed = AESGCM(_key(passphrase, salt, scrypt_n, SCRYPT_R, SCRYPT_P)).encrypt(nonce, plain, header)
    return MAGIC + len(header).to_bytes(4, "big") + header + sealed


def unseal(data: bytes, passphrase: str, name: str = "the bundle") -> dict:
    if not data.startswith(MAGIC):
        raise UnreadableFile(key="bundle.not_a_bundle", file=name)
    rest = data[len(MAGIC) :]
    try:
        length = int.from_bytes(rest[:4], "big")
        header_bytes = rest[4 : 4 + length]
        header = json.loads(header_bytes)
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
    except (ValueError, KeyError, TypeError):
        raise UnreadableFile(key="bundle.header", file=name) from None
    if header.get("kdf") != "scrypt" or header.get("cipher") != "AES-256-GCM" or len(nonce) != 12:
        raise UnreadableFile(key="bundle.cipher", file=name)
    if not (
        2 <= n <= _MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= _MAX_SCRYPT_R and 1 <= p <= _MAX_SCRYPT_P
    ):
        raise UnreadableFile(key="bundle.kdf", file=name)
    try:
        plain = AESGCM(_key(passphrase, salt, n, r, p)).decrypt(nonce, rest[4 + length :], header_bytes)
    except InvalidTag:
        raise WrongBundlePassphrase() from None
    try:
        inflater = zlib.decompressobj()
        document = inflater.decompress(plain, MAX_PAYLOAD_BYTES)
        if inflater.unconsumed_tail:  # a few kilobytes can inflate to terabytes
            raise UnreadableFile(key="bundle.too_large", file=name)
        payload = json.loads(document.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise UnreadableFile(key="bundle.damaged", file=name) from None
    if not isinstance(payload, dict):
        raise UnreadableFile(key="bundle.no_case", file=name)
    return payload


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def write_bundle(
    session: Session,
    number: str,
    path: Path,
    passphrase: str,
    *,
    scrypt_n: int = SCRYPT_N,
    attachments_dir: Path | None = None,
) -> Path:
    """Seal the case (with its evidence files, given the attachments folder) into `path`."""
    payload = bundle_data(session, number, attachments_dir)
    write_file(Path(path), seal(payload, passphrase, scrypt_n=scrypt_n), Journal.of(session))
    return Path(path)


def import_bundle(
    session: Session, actor: str, path: Path, passphrase: str, attachments_dir: Path | None = None
) -> RestoreResult:
    """Bring a colleague's case into this store, in the caller's transaction.

    The person is reused when this store already has them (same id, from an earlier bundle);
    a case number that is taken here is replaced by the next free one (see `renumbered`).
    The same case twice is a Conflict. The case's history comes along, and the import itself
    is audited. Evidence files are stored only given the attachments folder; a bundle that
    carries files refuses to be imported without it, rather than leave them behind silently.
    """
    data = read_input_file(Path(path), MAX_BUNDLE_BYTES, "case_bundle")
    payload = unseal(data, passphrase, Path(path).name)
    files = payload.get("files") or []
    check_bundled_files(files)  # before anything is imported
    if files and attachments_dir is None:
        raise CaseTrackerError(key="bundle_no_attachments_folder", file=path.name)
    about = payload.get("bundle")
    sender = about.get("from") if isinstance(about, dict) else None
    result = import_json(
        session,
        actor,
        payload,
        reuse_persons=True,
        renumber_cases=True,
        record_import=True,
        received_from=sender if isinstance(sender, str) else "a colleague",
    )
    case_ids = {_uuid(case.get("id")) for case in payload.get("cases", []) if isinstance(case, dict)}
    result.files = unpack_case_files(session, actor, files, attachments_dir, case_ids) if files else 0
    return result


def _uuid(value) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None
