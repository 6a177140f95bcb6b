"""A fingerprint of everything a store holds: every row of every table, and its stored files."""

import hashlib

from sqlalchemy import text


def store_digest(store) -> str:
    digest = hashlib.sha256()
    with store.engine.connect() as connection:
        names = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"
        tables = [row[0] for row in connection.execute(text(names))]
        for table in tables:
            digest.update(table.encode())
            for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    for path in sorted(store.paths.attachments.rglob("*")):
        digest.update(path.name.encode())
    return digest.hexdigest()
