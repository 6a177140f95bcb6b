"""Evidence files between the laptops of a team, through the server, sealed with their case's key.

An evidence file's record travels as an operation like any other; its content goes beside it, in
parts of 4 MiB each sealed with the case's key (the server sees how many parts and their sizes).
A laptop that receives the record fetches the content, checks it against the record's SHA-256 and
stores it encrypted under its own key, as a file added here would be. The file's name on disk
(`blob_name`) is each laptop's own.
"""

import uuid
from collections.abc import Callable, Iterator

import psycopg
from nacl.exceptions import CryptoError
from sqlmodel import Session, select

from casetracker.errors import CaseTrackerError
from casetracker.services.attachments import plaintext_of, receive_file
from casetracker.store.database import Store
from casetracker.store.models import Attachment
from casetracker.team import crypto

PART = 4 * 1024 * 1024


def upload(
    connection: psycopg.Connection,
    session: Session,
    attachments_dir,
    attachment_ids: list[uuid.UUID],
    keys: dict[uuid.UUID, tuple[int, bytes]],
) -> int:
    """Send the content of the files added here whose records are being pushed; how many were sent.
    A file the server has already is passed over; one that cannot be read here stays unsent (its
    record still goes: other laptops see that the file is missing)."""
    sent = 0
    for attachment_id in attachment_ids:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None or not attachment.blob_name or _on_server(connection, attachment_id):
            continue
        version, key = keys[attachment.case_id]
        try:
            parts = [
                (attachment_id, number, attachment.case_id, version, crypto.secret_seal(key, part))
                for number, part in enumerate(_parts(plaintext_of(session, attachment_id, attachments_dir)))
            ]
        except CaseTrackerError:  # missing or damaged here: never send a changed file as evidence
            continue
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO ct.file_part (attachment_id, part, scope_id, key_version, body)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                parts,
            )
        sent += 1
    return sent


def download_missing(
    store: Store,
    connection: psycopg.Connection,
    keys_of: Callable[[set[uuid.UUID]], dict[tuple[uuid.UUID, int], bytes]],
) -> int:
    """Fetch the content of every file whose record arrived without it; how many were stored.
    `keys_of(scopes)` gives the keys held here of those cases, by (case, version)."""
    with store.reading() as session:
        waiting = session.exec(select(Attachment.id).where(Attachment.blob_name == "")).all()
    stored = 0
    for attachment_id in waiting:
        rows = connection.execute(
            "SELECT scope_id, key_version, body FROM ct.file_part WHERE attachment_id = %s ORDER BY part",
            (attachment_id,),
        ).fetchall()
        connection.commit()
        keys = keys_of({row[0] for row in rows})
        if not rows or any((row[0], row[1]) not in keys for row in rows):
            continue  # not sent yet, or its key has not reached this laptop
        parts = (crypto.secret_open(keys[(row[0], row[1])], bytes(row[2])) for row in rows)
        with store.transaction() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None or attachment.blob_name:
                continue
            try:
                receive_file(session, attachment, parts, store.paths.attachments)
            except (
                CaseTrackerError,
                CryptoError,
            ):  # altered on the way: left missing, said by the file check
                continue
            session.add(attachment)
        stored += 1
    return stored


def _on_server(connection: psycopg.Connection, attachment_id: uuid.UUID) -> bool:
    row = connection.execute("SELECT 1 FROM ct.file_part WHERE attachment_id = %s LIMIT 1", (attachment_id,))
    return row.fetchone() is not None


def _parts(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The file's content regrouped into parts of PART bytes (the last may be shorter, or empty)."""
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= PART:
            yield bytes(buffer[:PART])
            del buffer[:PART]
    yield bytes(buffer)
