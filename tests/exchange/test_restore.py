"""Importing a JSON export: refused over existing records, and a damaged file explained."""

import pytest

from casetracker.errors import Conflict
from casetracker.exchange import (
    UnreadableFile,
    import_json,
    write_json,
)
from tests.exchange.exchange_samples import fill


def test_json_import_refuses_a_store_that_already_has_the_records(store, tmp_path):
    fill(store, tmp_path)
    with store.session() as session:
        write_json(session, tmp_path / "export.json")
    with store.transaction() as session, pytest.raises(Conflict, match="already in the store"):
        import_json(session, "tester", tmp_path / "export.json")


@pytest.mark.parametrize(
    "text", ["[]", "{}", '{"format": "exile-case-tracker-export", "version": 1, "persons": [{"name": 5}]}']
)
def test_damaged_json_is_explained(store, tmp_path, text):
    path = tmp_path / "export.json"
    path.write_text(text, encoding="utf-8")
    with store.transaction() as session, pytest.raises(UnreadableFile):
        import_json(session, "tester", path)


def test_records_imported_twice_are_said_plainly_without_the_store_s_table_names(store, tmp_path):
    fill(store, tmp_path)
    with store.session() as session:
        write_json(session, tmp_path / "export.json")
    with store.transaction() as session, pytest.raises(Conflict) as refused:
        import_json(session, "tester", tmp_path / "export.json")
    for language in ("en", "ru"):
        said = refused.value.text(language)
        assert "case_file" not in said and "person " not in said and "travel_document" not in said
    assert "probably imported here before" in str(refused.value)
    assert "вероятно, его уже импортировали сюда" in refused.value.text("ru")
