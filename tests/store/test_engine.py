"""SQLite's own errors are turned into the known conditions behind them."""

import sqlite3

import pytest
from sqlalchemy.exc import DatabaseError

from casetracker.errors import StoreBusy, StoreDamagedInUse, StoreKeyChanged
from casetracker.store.engine import known_database_error


def sqlite_error(message: str) -> DatabaseError:
    return DatabaseError("SELECT 1", {}, sqlite3.DatabaseError(message))


@pytest.mark.parametrize(
    ("message", "known"),
    [
        ("database disk image is malformed", StoreDamagedInUse),
        ("vtable constructor failed: search_index", StoreDamagedInUse),
        ("database is locked", StoreBusy),
        ("file is not a database", StoreKeyChanged),
    ],
)
def test_a_damaged_page_read_while_the_store_is_open_is_a_known_condition(message, known):
    assert isinstance(known_database_error(sqlite_error(message)), known)


def test_an_error_of_no_known_kind_stays_what_it_is():
    error = sqlite_error("no such column: caseworkr")  # a bug, not a condition of the store
    assert known_database_error(error) is error


def test_the_app_says_a_damaged_store_in_its_language_and_names_the_menu():
    said = StoreDamagedInUse()
    assert "casetracker restore" in str(said)  # the command line's words
    assert "Данные → Восстановить резервную копию…" in said.text("ru")
    assert "casetracker" not in said.text("ru")
