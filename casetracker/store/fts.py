"""The search index in SQLite FTS5: everything FTS5-specific, behind a few small functions.

One FTS5 table holds a document per searchable record (person, case, event, note):

- names:  the person's name and every other spelling (persons only);
- keys:   phonetic keys of name words and places (see casetracker.names);
- bare:   their bare keys, for names typed without diacritics (Sevcuk for Ševčuk);
- number: the case number;
- body:   summary and outcome, event place and text, note text.

The rowid is derived from the record's UUID, so a document is replaced or removed
without a lookup. What goes into a document is decided by casetracker.store.search_documents;
a PostgreSQL server could stand in for this module with the same functions.
"""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

TABLE = "search_index"
_COLUMNS = ("names", "keys", "bare", "number", "body")
# bm25 weights for kind, ref, names, keys, bare, number, body: a name or number outweighs prose.
_RANK = "bm25(0.0, 0.0, 6.0, 3.0, 1.5, 6.0, 1.0)"
_TEXT_COLUMNS = "{names number body}"
RANK_WITHIN = 3000


@dataclass(frozen=True)
class Document:
    kind: str  # person, case, events (every event of one case), note
    id: uuid.UUID
    names: str = ""
    keys: str = ""
    bare: str = ""
    number: str = ""
    body: str = ""


@dataclass(frozen=True)
class Term:
    """One word typed: its folded tokens in a text column, or any reading of its phonetic keys.

    `tokens` of more than one (EE-2024-0003, Римский-Корсаков) match as a phrase.
    """

    tokens: tuple[str, ...]
    keys: tuple[tuple[str, ...], ...] = ()
    prefix: bool = False  # the last token may be the start of a word
    key_prefix: bool = False  # the last key may be the start of a key (and the bare key too)
    bare: tuple[str, ...] = ()  # bare keys of a word that may have been typed without diacritics


@dataclass(frozen=True)
class Match:
    kind: str
    id: uuid.UUID
    rank: float  # bm25: lower is better
    names: str
    number: str
    snippet: str


def create(connection: Connection) -> None:
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        "kind UNINDEXED, ref UNINDEXED, names, keys, bare, number, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('rank', '{_RANK}')")


def drop(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def exists(connection: Connection) -> bool:
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first()
    return found is not None


_SALT = {"events": 1 << 61}  # a case's events share its id: keep their document apart


def _rowid(kind: str, record_id: uuid.UUID) -> int:
    return (record_id.int >> 65) ^ _SALT.get(kind, 0)  # 63 bits: a positive SQLite integer


def _stored(text: str) -> str:
    # unicode61 folds case but not ё; the index keeps ё as е (casetracker.names.fold does the same).
    return text.replace("ё", "е").replace("Ё", "Е")


def write(connection: Connection, documents: Iterable[Document], *, replace: bool = True) -> int:
    """Add or replace documents; returns how many were written."""
    rows = [
        (_rowid(d.kind, d.id), d.kind, d.id.hex, _stored(d.names), d.keys, d.bare, d.number, _stored(d.body))
        for d in documents
    ]
    if not rows:
        return 0
    if replace:
        connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", [(row[0],) for row in rows])
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, kind, ref, names, keys, bare, number, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def remove(connection: Connection, kind: str, record_ids: Iterable[uuid.UUID]) -> None:
    rows = [(_rowid(kind, record_id),) for record_id in record_ids]
    if rows:
        connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", rows)


def recreate(connection: Connection) -> None:
    """An empty index (faster than deleting every document)."""
    drop(connection)
    create(connection)


def optimize(connection: Connection) -> None:
    """Merge the index's segments into one: fewer pages read by every query."""
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def _quoted(tokens: Sequence[str]) -> str:
    return '"' + " ".join(token.replace('"', "") for token in tokens) + '"'


def expression(terms: Sequence[Term], *, any_term: bool = False) -> str:
    """The FTS5 MATCH expression: every term (or, with any_term, at least one) must match."""
    parts = []
    for term in terms:
        star = "*" if term.prefix else ""
        options = [f"{_TEXT_COLUMNS} : {_quoted(term.tokens)}{star}"]
        key_star = "*" if term.key_prefix else ""
        options += [f"keys : {_quoted(keys)}{key_star}" for keys in term.keys]
        options += [f"bare : {_quoted((bare,))}{key_star}" for bare in term.bare]
        parts.append("(" + " OR ".join(options) + ")")
    return (" OR " if any_term else " AND ").join(parts)


def match(
    connection: Connection,
    terms: Sequence[Term],
    limit: int,
    *,
    kind: str | None = None,
    any_term: bool = False,
    with_snippets: bool = True,
) -> list[Match]:
    """The best `limit` documents for `terms`, best first (by bm25).

    Ranking needs every match scored; for a word in tens of thousands of documents (a
    country code) that costs more than it tells, so beyond RANK_WITHIN matches the first
    `limit` are returned unranked, for the caller to order.
    """
    if not terms:
        return []
    snippet = f"snippet({TABLE}, 6, '[', ']', '…', 12)" if with_snippets else "''"
    where = f"{TABLE} MATCH ?" + (" AND kind = ?" if kind else "")
    parameters: tuple = (expression(terms, any_term=any_term), *([kind] if kind else []))
    many = connection.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {where} LIMIT {RANK_WITHIN + 1})", parameters
    ).scalar_one()
    order = "" if many > RANK_WITHIN else "ORDER BY rank"
    rows = connection.exec_driver_sql(
        f"SELECT kind, ref, rank, names, number, {snippet} FROM {TABLE} WHERE {where} {order} LIMIT ?",
        (*parameters, limit),
    ).all()
    return [Match(row[0], uuid.UUID(row[1]), row[2], row[3], row[4], row[5]) for row in rows]


def raw_match(connection: Connection, expression_text: str, limit: int) -> list[tuple]:
    """The bare FTS5 query (for benchmarks): kind, ref and rank of the best `limit` documents."""
    return connection.exec_driver_sql(
        f"SELECT kind, ref, rank FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rank LIMIT ?",
        (expression_text, limit),
    ).all()
