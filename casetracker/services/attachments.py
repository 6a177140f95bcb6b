"""Evidence files: encrypted at intake, checked against their SHA-256 at every open and export.

Each file is encrypted with AES-256-GCM under one random store key that lives inside the
encrypted database (store setting "attachment_key", made on first use), so a blob is
useless without the passphrase, and a copy of the database carries the key with it.

A blob is streamed in chunks of 1 MiB, so a file of any size is added and exported with
little memory. Its layout::

    MAGIC (8 bytes) | nonce prefix (8 random bytes) | chunk 0 | chunk 1 | ...

each chunk being AES-GCM(key, nonce = prefix + chunk counter (4 bytes, big-endian),
associated data = MAGIC + prefix + attachment id + last-chunk flag) with its 16-byte tag.
The counter stops chunks from being reordered, the attachment id stops a blob from being
passed off as another attachment's, and the flag stops a blob from being cut short.
An empty file is one empty final chunk. Opening to memory is limited to
`MAX_OPEN_IN_MEMORY`; larger files are exported instead.

Blob names are random: nothing personal in any file name. Messages of the errors raised
here name the case number and the attachment id, not the original file name (which can
be personal); the exceptions carry `filename` for a window that may show it.
"""

import base64
import hashlib
import io
import mimetypes
import secrets
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import Session, col, select

from casetracker import catalogue, faults
from casetracker.catalogue import Entry
from casetracker.errors import CaseTrackerError, Conflict, InvalidInput, NotFound, reason
from casetracker.services import audit, store_settings
from casetracker.services.cases import find_case
from casetracker.services.validation import check_line
from casetracker.store.database import Store
from casetracker.store.files import atomic_file
from casetracker.store.models import Attachment, Case, Event

KEY_SETTING = "attachment_key"
MAGIC = b"CTBLOB\x00\x01"
CHUNK = 1024 * 1024
_PREFIX = 8
_TAG = 16
MAX_OPEN_IN_MEMORY = 1024 * 1024 * 1024  # 1 GiB; export larger files instead


class AttachmentProblem(CaseTrackerError):
    """An evidence file is missing, changed or does not match its checksum; nothing was changed."""

    def __init__(self, *, attachment_id: uuid.UUID, number: str, what: Entry, filename: str) -> None:
        super().__init__(key="attachment_problem", id=str(attachment_id), number=number, what=what)
        self.attachment_id = attachment_id
        self.filename = filename


@dataclass(frozen=True)
class Problem:
    """One evidence file that fails its check, said plainly."""

    case_number: str
    attachment_id: uuid.UUID
    filename: str
    blob_name: str
    kind: str  # "missing", "changed", "checksum" or "unreadable"

    def text(self, language: str = "en", *, app: bool = True) -> str:
        """The problem said plainly: in the app's wording, or with `app=False` the command line's."""
        key = "attachment_file_problem.app" if app else "attachment_file_problem"
        what = _what_failed(self.kind, self.blob_name)
        return catalogue.text("error", key, language, number=self.case_number, file=self.filename, what=what)

    @property
    def message(self) -> str:
        return self.text("en", app=False)

    def __str__(self) -> str:
        return self.message


# --- the store key ----------------------------------------------------------------------------


def _store_key(session: Session, *, create: bool) -> bytes:
    encoded = store_settings.get_setting(session, KEY_SETTING)
    if encoded:
        return base64.b64decode(encoded)
    if not create:
        raise CaseTrackerError(key="attachments_key_missing")
    key = AESGCM.generate_key(bit_length=256)
    store_settings.set_setting(session, KEY_SETTING, base64.b64encode(key).decode("ascii"))
    return key


# --- the blob format ---------------------------------------------------------------------------


def _associated(prefix: bytes, attachment_id: uuid.UUID, last: bool) -> bytes:
    return MAGIC + prefix + attachment_id.bytes + (b"\x01" if last else b"\x00")


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + counter.to_bytes(4, "big")


def encrypt_stream(
    key: bytes, attachment_id: uuid.UUID, reader: BinaryIO, writer: BinaryIO
) -> tuple[str, int]:
    """Encrypt everything `reader` gives into `writer`; the SHA-256 (hex) and size of the plaintext."""
    cipher = AESGCM(key)
    prefix = secrets.token_bytes(_PREFIX)
    digest = hashlib.sha256()
    writer.write(MAGIC + prefix)
    size = 0
    counter = 0
    chunk = reader.read(CHUNK)
    while True:
        following = reader.read(CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        digest.update(chunk)
        size += len(chunk)
        writer.write(cipher.encrypt(_nonce(prefix, counter), chunk, _associated(prefix, attachment_id, last)))
        if last:
            return digest.hexdigest(), size
        counter += 1
        chunk = following


class _Tampered(Exception):
    """The blob fails authentication: changed, cut short, or belonging to another attachment."""


def decrypt_stream(key: bytes, attachment_id: uuid.UUID, reader: BinaryIO) -> Iterator[bytes]:
    """The plaintext chunks of a blob; raises _Tampered as soon as one fails its check."""
    cipher = AESGCM(key)
    header = reader.read(len(MAGIC) + _PREFIX)
    if len(header) != len(MAGIC) + _PREFIX or not header.startswith(MAGIC):
        raise _Tampered
    prefix = header[len(MAGIC) :]
    counter = 0
    chunk = reader.read(CHUNK + _TAG)
    while True:
        following = reader.read(CHUNK + _TAG) if len(chunk) == CHUNK + _TAG else b""
        last = not following
        try:
            yield cipher.decrypt(_nonce(prefix, counter), chunk, _associated(prefix, attachment_id, last))
        except InvalidTag:
            raise _Tampered from None
        if last:
            return
        counter += 1
        chunk = following


# --- the service -------------------------------------------------------------------------------


def add_attachment(
    session: Session,
    actor: str,
    number: str,
    source: Path,
    attachments_dir: Path,
    *,
    event_id: uuid.UUID | None = None,
) -> Attachment:
    """Encrypt `source` into the store as evidence on case `number` (and one of its events).

    The SHA-256 is taken of exactly the bytes encrypted. The source file is never changed.
    If the caller's transaction rolls back afterwards, the blob stays as an unreferenced,
    encrypted file (harmless; it is not listed anywhere).
    """
    case = find_case(session, number)
    if event_id is not None:
        event = session.get(Event, event_id)
        if event is None or event.case_id != case.id or event.deleted_at is not None:
            raise NotFound("event on this case", str(event_id))
    source = Path(source)
    if not source.is_file():
        raise InvalidInput("file", reason("not_a_file", path=str(source)))
    filename = check_line("file name", source.name, required=True, limit=255)
    attachment = Attachment(
        case_id=case.id,
        event_id=event_id,
        filename=filename,
        media_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
        size=0,
        sha256="",
        blob_name="",
        added_by=actor,
    )
    try:
        with open(source, "rb") as reader:
            blob = _encrypt_into_store(session, attachment, reader, attachments_dir)
    except PermissionError as error:
        raise InvalidInput("file", reason("permission", path=str(source))) from error
    except IsADirectoryError as error:
        raise InvalidInput("file", reason("folder", path=str(source))) from error
    except OSError as error:  # a USB stick pulled out while reading, a failing disk
        detail = error.strerror or type(error).__name__
        raise CaseTrackerError(key="file_not_added", path=str(source), detail=detail) from error
    faults.step("intake.encrypted")  # the blob is written, its record not yet committed
    try:
        session.add(attachment)
        audit.record(session, actor, "create", attachment, None, audit.snapshot(attachment))
        session.flush()
    except BaseException:
        blob.unlink(missing_ok=True)
        raise
    return attachment


@dataclass
class FilesAdded:
    """What came of adding several files: each file added or refused, in order."""

    added: list[Attachment]
    refused: list[tuple[str, CaseTrackerError]]  # (file name, why)
    stopped: bool = False  # Cancel was pressed: the files after the added ones were not tried


def add_attachments(
    store: Store,
    actor: str,
    number: str,
    sources: list[Path],
    *,
    event_id: uuid.UUID | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> FilesAdded:
    """Encrypt each of `sources` into the store, each in its own transaction: a file that is
    refused (too large, unreadable) does not stop the others, and each file added stays added.
    `progress` may raise `Cancelled` between two files."""
    from casetracker.errors import Cancelled

    outcome = FilesAdded([], [])
    for index, source in enumerate(sources):
        try:
            progress(index, len(sources) if len(sources) > 1 else 0)  # one file: a busy bar
        except Cancelled:
            outcome.stopped = True
            break
        try:
            with store.transaction() as session:
                added = add_attachment(
                    session, actor, number, source, store.paths.attachments, event_id=event_id
                )
            outcome.added.append(added)
        except CaseTrackerError as error:
            outcome.refused.append((source.name, error))
    return outcome


def _encrypt_into_store(
    session: Session, attachment: Attachment, reader: BinaryIO, attachments_dir: Path
) -> Path:
    """Encrypt `reader` into a new blob for `attachment`, noting its name, SHA-256 and size."""
    key = _store_key(session, create=True)
    attachment.blob_name = secrets.token_hex(16)
    attachments_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    blob = attachments_dir / attachment.blob_name
    with atomic_file(blob) as writer:
        attachment.sha256, attachment.size = encrypt_stream(key, attachment.id, reader, writer)
    return blob


# --- files carried in a case bundle ------------------------------------------------------------

MAX_BUNDLED_BYTES = 512 * 1024 * 1024  # a bundle is sealed in memory: larger files go by backup
_BUNDLED = ("id", "created_at", "case_id", "event_id", "filename", "media_type", "size", "sha256", "added_by")


def pack_case_files(session: Session, case: Case, attachments_dir: Path) -> list[dict]:
    """The case's evidence files (not those in the trash) for a case bundle: each one's record
    and content, checked against its SHA-256 first. A file that fails its check stops the bundle:
    a colleague must never receive a changed file as evidence."""
    files = list_attachments(session, case.number)
    total = sum(row.size for row in files)
    if total > MAX_BUNDLED_BYTES:
        megabytes = {"total": f"{total / 1e6:,.0f}", "limit": f"{MAX_BUNDLED_BYTES / 1e6:,.0f}"}
        raise CaseTrackerError(key="bundle_too_large", number=case.number, **megabytes)
    packed = []
    for row in files:
        entry = {key: value for key, value in row.model_dump(mode="json").items() if key in _BUNDLED}
        entry["content"] = base64.b64encode(open_attachment(session, row.id, attachments_dir)).decode("ascii")
        packed.append(entry)
    return packed


def unpack_case_files(
    session: Session, actor: str, entries: list, attachments_dir: Path, case_ids: set[uuid.UUID]
) -> int:
    """Evidence files from a case bundle, encrypted under this store's own key, in the caller's
    transaction; how many. A bundle comes from outside: each file must belong to one of the
    bundle's own cases (`case_ids`) and, if to an event, to an event of that case; it keeps only
    a plain file name; it must match the size and SHA-256 it was sent with. If one fails, the
    files already written are removed again."""
    check_bundled_files(entries)
    written: list[Path] = []
    try:
        for entry in entries:
            attachment = _bundled_attachment(session, entry, case_ids)
            content = _bundled_content(entry, attachment)
            written.append(_encrypt_into_store(session, attachment, io.BytesIO(content), attachments_dir))
            if (attachment.sha256, attachment.size) != (entry.get("sha256"), entry.get("size")):
                raise InvalidInput("bundle", reason("bundle_file_damaged", id=str(attachment.id)))
            session.add(attachment)
            audit.record(session, actor, "import", attachment, None, audit.snapshot(attachment))
        session.flush()
    except BaseException:
        for blob in written:
            blob.unlink(missing_ok=True)
        raise
    return len(entries)


def check_bundled_files(entries: object) -> None:
    """The shape of a bundle's list of evidence files, before anything is read from it."""
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise InvalidInput("bundle", reason("bundle_list_damaged"))
    sizes = [entry.get("size", 0) for entry in entries]
    if not all(isinstance(size, int) and not isinstance(size, bool) and size >= 0 for size in sizes):
        raise InvalidInput("bundle", reason("bundle_size"))
    if sum(sizes) > MAX_BUNDLED_BYTES:
        raise InvalidInput("bundle", reason("bundle_too_large"))


def _bundled_attachment(session: Session, entry, case_ids: set[uuid.UUID]) -> Attachment:
    """The record of a file from a bundle (its size and SHA-256 are taken again on encryption)."""
    try:
        fields = {key: entry[key] for key in _BUNDLED}
        attachment = Attachment.model_validate(fields | {"size": 0, "sha256": "", "blob_name": ""})
        plain = _plain_name(attachment.filename)
        attachment.filename = check_line("file name", plain, required=True, limit=255)
    except (KeyError, TypeError, ValueError) as error:  # pydantic's errors and InvalidInput too
        raise InvalidInput("bundle", reason("bundle_record_damaged")) from error
    if attachment.case_id not in case_ids:
        raise InvalidInput("bundle", reason("bundle_no_case", id=str(attachment.id)))
    if attachment.event_id is not None:
        event = session.get(Event, attachment.event_id)
        if event is None or event.case_id != attachment.case_id:
            raise InvalidInput("bundle", reason("bundle_event", id=str(attachment.id)))
    if session.get(Attachment, attachment.id) is not None:
        raise Conflict(key="conflict.file_exists", id=str(attachment.id))
    return attachment


def _plain_name(name: str) -> str:
    """A file name without any folder (in either style) or control characters: never a path."""
    plain = PureWindowsPath(PurePosixPath(name).name).name
    plain = "".join(char for char in plain if char.isprintable())
    return "" if plain in (".", "..") else plain


def _bundled_content(entry, attachment: Attachment) -> bytes:
    try:
        encoded = entry["content"]
        if len(encoded) > 4 * (-(-entry["size"] // 3)):  # longer than the base64 of its size
            raise ValueError("content longer than declared")
        return base64.b64decode(encoded, validate=True)
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidInput("bundle", reason("bundle_content_damaged", id=str(attachment.id))) from error


def list_attachments(session: Session, number: str) -> list[Attachment]:
    case = find_case(session, number)
    statement = (
        select(Attachment)
        .where(Attachment.case_id == case.id, col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.created_at))
    )
    return list(session.exec(statement))


def open_attachment(session: Session, attachment_id: uuid.UUID, attachments_dir: Path) -> bytes:
    """The file's content, decrypted to memory and checked against its SHA-256."""
    attachment = _get(session, attachment_id)
    if attachment.size > MAX_OPEN_IN_MEMORY:
        raise CaseTrackerError(key="attachment_too_large", id=str(attachment.id), size=attachment.size)
    parts = list(_checked_plaintext(session, attachment, attachments_dir))
    return b"".join(parts)


def export_attachment(
    store: Store,
    attachment_id: uuid.UUID,
    target: Path,
    *,
    actor: str | None = None,
    overwrite: bool = False,
    purpose: str = "export",
) -> Path:
    """Write a checked, decrypted copy to `target`: whole and verified, or not at all.

    The copy is plaintext, like a PDF. With `actor`, it is first written to the audit log as
    `purpose` ("export" for a saved copy, "view" for one opened in a viewer), so that the chain of
    custody shows every copy that may have left the store. It is written under a temporary name
    recorded in the store (see store.leftovers): a crash leaves no plaintext behind.
    """
    target = Path(target)
    with store.session() as session:
        attachment = _get(session, attachment_id)
    if target.exists() and not overwrite:
        raise CaseTrackerError(key="target_exists", path=str(target))
    if not target.parent.is_dir():
        raise CaseTrackerError(key="no_such_folder", folder=str(target.parent))
    if actor is not None:
        with store.transaction() as session:
            audit.record(
                session, actor, purpose, _get(session, attachment_id), None, {"sha256": attachment.sha256}
            )
    with store.session() as session, atomic_file(target, store.journal) as writer:
        for part in _checked_plaintext(session, _get(session, attachment_id), store.paths.attachments):
            writer.write(part)
    return target


def verify_attachments(
    session: Session, attachments_dir: Path, checked: Callable[[int], None] | None = None
) -> list[Problem]:
    """Every evidence file of the store (those in the trash too) checked; what fails, said plainly.
    `checked(files done)` is called after each file (and may raise, to cancel)."""
    rows = session.exec(
        select(Attachment, Case.number).join(Case, col(Case.id) == col(Attachment.case_id))
    ).all()
    if not rows:
        return []
    key = _store_key(session, create=False)
    problems = []
    ordered = sorted(rows, key=lambda row: (row[1], row[0].created_at))
    for done, (attachment, number) in enumerate(ordered, start=1):
        kind = _check(key, attachment, attachments_dir)
        if kind is not None:
            problems.append(_problem(attachment, number, kind))
        if checked is not None:
            checked(done)
    return problems


def check_attachment(session: Session, attachment_id: uuid.UUID, attachments_dir: Path) -> Problem | None:
    """One evidence file checked (decrypted and hashed, nothing written); what fails, said plainly."""
    attachment = _get(session, attachment_id)
    kind = _check(_store_key(session, create=False), attachment, attachments_dir)
    if kind is None:
        return None
    case = session.get(Case, attachment.case_id)
    return _problem(attachment, case.number if case else "?", kind)


# --- checking --------------------------------------------------------------------------------------


def _get(session: Session, attachment_id: uuid.UUID | str) -> Attachment:
    try:
        key = attachment_id if isinstance(attachment_id, uuid.UUID) else uuid.UUID(str(attachment_id))
    except ValueError:
        raise NotFound("attachment", str(attachment_id)) from None
    attachment = session.get(Attachment, key)
    if attachment is None:
        raise NotFound("attachment", str(attachment_id))
    return attachment


def plaintext_of(session: Session, attachment_id: uuid.UUID, attachments_dir: Path) -> Iterator[bytes]:
    """The file's content in parts as it is decrypted; the last part comes only once the whole file
    matched its SHA-256 (so a reader that stops at an error has received no unchecked end)."""
    return _checked_plaintext(session, _get(session, attachment_id), attachments_dir)


def receive_file(
    session: Session, attachment: Attachment, parts: Iterable[bytes], attachments_dir: Path
) -> None:
    """Store the content of a file whose record came from elsewhere (a team member's laptop), encrypted
    under this store's key. Content that does not match the record's SHA-256 and size is refused
    (AttachmentProblem) and leaves nothing behind: evidence must arrive exactly as it was added."""
    expected = (attachment.sha256, attachment.size, attachment.blob_name)
    try:
        blob = _encrypt_into_store(session, attachment, _PartsReader(parts), attachments_dir)
    except BaseException:  # the content could not be read whole: the record stays without it
        attachment.sha256, attachment.size, attachment.blob_name = expected
        raise
    if (attachment.sha256, attachment.size) != expected[:2]:
        blob.unlink()
        attachment.sha256, attachment.size, attachment.blob_name = expected
        raise _error(session, attachment, "checksum")


class _PartsReader:
    """Parts of a file read as a file: `read(n)` gives n bytes until the end, as `encrypt_stream` needs."""

    def __init__(self, parts: Iterable[bytes]) -> None:
        self._parts = iter(parts)
        self._buffer = bytearray()

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size:
            part = next(self._parts, None)
            if part is None:
                break
            self._buffer += part
        chunk = bytes(self._buffer[:size])
        del self._buffer[:size]
        return chunk


def _checked_plaintext(session: Session, attachment: Attachment, attachments_dir: Path) -> Iterator[bytes]:
    """The decrypted chunks; the last one is given only once the whole file matched its SHA-256.

    Callers write into memory or a temporary file, so a failure leaves nothing behind.
    """
    key = _store_key(session, create=False)
    blob = attachments_dir / attachment.blob_name
    digest = hashlib.sha256()
    size = 0
    pending = None
    try:
        with open(blob, "rb") as reader:
            for part in decrypt_stream(key, attachment.id, reader):
                if pending is not None:
                    yield pending
                digest.update(part)
                size += len(part)
                pending = part
    except FileNotFoundError:
        raise _error(session, attachment, "missing") from None
    except _Tampered:
        raise _error(session, attachment, "changed") from None
    except OSError:
        raise _error(session, attachment, "unreadable") from None
    if digest.hexdigest() != attachment.sha256 or size != attachment.size:
        raise _error(session, attachment, "checksum")
    yield pending or b""


def _check(key: bytes, attachment: Attachment, attachments_dir: Path) -> str | None:
    digest = hashlib.sha256()
    size = 0
    try:
        with open(attachments_dir / attachment.blob_name, "rb") as reader:
            for part in decrypt_stream(key, attachment.id, reader):
                digest.update(part)
                size += len(part)
    except FileNotFoundError:
        return "missing"
    except _Tampered:
        return "changed"
    except OSError:
        return "unreadable"
    if digest.hexdigest() != attachment.sha256 or size != attachment.size:
        return "checksum"
    return None


def _problem(attachment: Attachment, number: str, kind: str) -> Problem:
    return Problem(number, attachment.id, attachment.filename, attachment.blob_name, kind)


def _error(session: Session, attachment: Attachment, kind: str) -> AttachmentProblem:
    case = session.get(Case, attachment.case_id)
    return AttachmentProblem(
        attachment_id=attachment.id,
        number=case.number if case else "?",
        what=_what_failed(kind, attachment.blob_name),
        filename=attachment.filename,
    )


def _what_failed(kind: str, blob_name: str) -> Entry:
    """What is wrong with an evidence file ("missing", "changed", "checksum" or "unreadable")."""
    return Entry("error", f"attachment.{kind}", {"blob": blob_name})
