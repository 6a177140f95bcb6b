"""The JSON export: a round trip through an empty store, read in chunks, row for row what the models hold."""

import json

import pytest

from casetracker.exchange import (
    content,
    export_data,
    import_json,
    write_json,
)
from casetracker.store.database import create_store
from tests.conftest import PASSPHRASE
from tests.exchange.exchange_samples import fill


@pytest.mark.parametrize("include_audit", [False, True])
def test_json_export_round_trips_through_an_empty_store(store, tmp_path, include_audit):
    fill(store, tmp_path)
    with store.session() as session:
        written = write_json(session, tmp_path / "export.json", include_audit=include_audit)
    first = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert written == (4, 5)
    assert len(first["persons"]) == 4 and len(first["cases"]) == 5
    volkov = next(p for p in first["persons"] if p["name"] == "Волков Алексей")
    assert [n["text"] for n in volkov["names"]] == ["VOLKOV ALEKSEI", "Wolkow Alexej"]
    assert volkov["markers"][0]["detail"] == "ст. 207.3 УК РФ"
    assert volkov["documents"][0]["number"] == "75 1234567"
    assert volkov["family"][0]["relative_name"] == "Волкова Анна"
    assert any(c["deleted_at"] for c in first["cases"])  # the trash is part of "everything"
    assert ("audit" in first) is include_audit

    other = create_store(tmp_path / "other", PASSPHRASE)
    try:
        with other.transaction() as session:
            result = import_json(session, "colleague", tmp_path / "export.json")
        assert result.persons == 4
        with other.session() as session:
            second = export_data(session, include_audit=include_audit)
    finally:
        other.close()
    assert content(second) == content(json.loads(json.dumps(first)))


def test_records_read_in_small_chunks_give_the_same_export(store, tmp_path, monkeypatch):
    """The export reads persons and cases a thousand at a time with their parts; the chunks'
    edges must not lose, repeat or misplace a record."""
    from casetracker.exchange import export_json

    fill(store, tmp_path)
    with store.session() as session:
        whole = content(export_data(session, include_audit=True))
    monkeypatch.setattr(export_json, "CHUNK", 1)
    with store.session() as session:
        chunked = content(export_data(session, include_audit=True))
    assert chunked == whole
    assert [len(case["events"]) for case in whole["cases"]] == [len(c["events"]) for c in chunked["cases"]]


def test_rows_read_for_exports_are_exactly_what_the_models_give(store, tmp_path):
    """Exports read JSON values straight from the tables (store/json_rows.py): each must equal
    pydantic's own `model_dump(mode="json")` of the row, for every table and kind of value."""
    from datetime import UTC, datetime

    from sqlmodel import col, select

    from casetracker.exchange.export_csv import TABLES
    from casetracker.store.json_rows import json_rows
    from casetracker.store.models import AuditEntry, Note

    fill(store, tmp_path)
    with store.transaction() as session:  # a timestamp on a whole second: pydantic drops the fraction
        session.exec(select(Note)).first().created_at = datetime(2024, 3, 1, 12, 0, 5, tzinfo=UTC)
    with store.session() as session:
        for model in [*TABLES.values(), AuditEntry]:
            order = "at, id" if model is AuditEntry else "created_at, id"
            columns = (model.at, model.id) if model is AuditEntry else (model.created_at, model.id)
            expected = [
                row.model_dump(mode="json")
                for row in session.exec(select(model).order_by(*map(col, columns)))
            ]
            assert list(json_rows(session.connection(), model, order_by=order)) == expected, model.__name__
            assert expected or model.__name__ == "RuleOverrideRow"
