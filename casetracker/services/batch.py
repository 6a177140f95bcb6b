"""Writing many new rows at once, for imports and other bulk writers.

The ORM builds and tracks an object per row, which costs more than the insert itself when a
spreadsheet brings tens of thousands of rows. Here a new row is a plain dictionary holding
exactly what the model would hold (the values given, then every default), and rows of one
table are inserted in one statement. The services build the rows with the same checks as
their one-record functions, and write the same audit entries (see `audit.record_created`).
"""

import functools
from collections.abc import Callable, Iterable
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import insert
from sqlmodel import Session, SQLModel, col, select


def new_row(model: type[SQLModel], **values) -> dict:
    """The columns of a new `model(**values)`: the values given, then the defaults (a fresh id,
    the creation time...), in the order the model's instance holds them."""
    row = dict(values)
    for name, factory, default in _defaults(model):
        if name not in row:
            row[name] = factory() if factory is not None else default
    return row


@functools.cache
def _defaults(model: type[SQLModel]) -> tuple[tuple[str, Callable[[], Any] | None, Any], ...]:
    """Each field with a default: its name, its default factory or else its default value."""
    return tuple(
        (name, info.default_factory, info.default)  # type: ignore[misc]
        for name, info in model.model_fields.items()
        if info.default_factory is not None or info.default is not PydanticUndefined
    )


def insert_rows(session: Session, model: type[SQLModel], rows: Iterable[dict]) -> int:
    """Insert the rows into the model's table in the session's transaction; returns how many.

    Nothing passes through the session's unit of work: its flush hooks (the search index) do
    not see these rows, so the writer indexes them itself (`search.index_deferred`)."""
    rows = list(rows)
    if rows:
        session.connection().execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
    return len(rows)


VALUES_PER_STATEMENT = 900  # under SQLite's limit of bound parameters


def select_in(session: Session, statement, column, values: Iterable) -> list:
    """What `statement` selects where `column` is one of `values`, a few hundred values per statement."""
    values = list(dict.fromkeys(values))
    found: list = []
    for start in range(0, len(values), VALUES_PER_STATEMENT):
        chunk = values[start : start + VALUES_PER_STATEMENT]
        found += session.exec(statement.where(col(column).in_(chunk))).all()
    return found


def load_rows(session: Session, model: type[SQLModel], ids: Iterable) -> list:
    """The rows of `model` with these primary keys, read in a few statements. While the caller keeps
    the list, `session.get` finds each of them without a statement of its own (and without the flush
    that comes before every statement)."""
    (key,) = model.__table__.primary_key.columns  # type: ignore[attr-defined]
    return select_in(session, select(model), getattr(model, key.name), ids)
