"""Whole tables read as JSON values, quickly, for exports of the entire store.

Each row comes out as the dictionary `row.model_dump(mode="json")` gives, but without
building a SQLAlchemy object and a pydantic model for each of a million rows (which costs
ten times as much as reading them). SQLite keeps ids as 32-character hex, timestamps as
text and JSON columns as text, so each value needs no more than a little string work.
These are SQLite's storage formats, hence this module lives with the store; a test checks
every table against `model_dump`.
"""

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Uuid
from sqlmodel import SQLModel

from casetracker.store.types import UTCDateTime


def json_rows(
    connection: Connection,
    model: type[SQLModel],
    where: str = "",
    parameters: Sequence[Any] = (),
    order_by: str = "created_at, id",
) -> Iterator[dict[str, Any]]:
    """The rows of `model`'s table (filtered by the SQL `where`, if given) as JSON dictionaries."""
    table = model.__table__
    names = [name for name in model.model_fields if name in table.columns]
    converters = [_converter(table.columns[name].type) for name in names]
    columns = ", ".join(f'"{name}"' for name in names)
    condition = f"WHERE {where}" if where else ""
    statement = f'SELECT {columns} FROM "{table.name}" {condition} ORDER BY {order_by}'
    cursor = connection.exec_driver_sql(statement, tuple(parameters))
    converted = [(name, convert) for name, convert in zip(names, converters, strict=True) if convert]
    while batch := cursor.fetchmany(5000):
        for row in batch:
            record = dict(zip(names, row, strict=True))
            for name, convert in converted:
                value = record[name]
                if value is not None:
                    record[name] = convert(value)
            yield record


def hex_ids(ids: Sequence[Any]) -> list[str]:
    """UUIDs as the store keeps them, for the `parameters` of a `where`."""
    return [value.hex for value in ids]


def _converter(column_type) -> Callable[[Any], Any] | None:
    if isinstance(column_type, Uuid):
        return _uuid_text
    if isinstance(column_type, UTCDateTime):
        return _timestamp_text
    if isinstance(column_type, JSON):
        return json.loads
    if isinstance(column_type, Boolean):
        return bool
    return None  # text, numbers and dates are stored as they are written


def _uuid_text(stored: str) -> str:
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def _timestamp_text(stored: str) -> str:
    """'2024-03-01 12:00:05.250000' (naive UTC) → '2024-03-01T12:00:05.250000Z'."""
    seconds, _, fraction = stored.partition(".")  # SQLAlchemy writes six digits; pydantic drops zeros
    return f"{seconds[:10]}T{seconds[11:]}" + (f".{fraction}" if fraction.strip("0") else "") + "Z"
