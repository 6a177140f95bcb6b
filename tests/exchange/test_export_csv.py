"""The CSV export: one file per table, with a byte-order mark and formulas escaped."""

import codecs
import csv
import io

from casetracker.exchange import (
    write_csv as export_csv,
)
from tests.exchange.exchange_samples import fill


def test_csv_per_table_with_bom_and_formula_escaping(store, tmp_path):
    number = fill(store, tmp_path)
    with store.session() as session:
        folder, files = export_csv(session, tmp_path / "csv")
    assert folder == tmp_path / "csv"  # a new folder is the export itself
    names = {path.name for path in files}
    assert {
        "persons.csv",
        "person_names.csv",
        "cases.csv",
        "events.csv",
        "deadlines.csv",
        "notes.csv",
    } <= names
    raw = (tmp_path / "csv" / "persons.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    persons = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert "Волков Алексей" in {p["name"] for p in persons}
    notes = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "notes.csv").read_text("utf-8-sig"))))
    assert notes[0]["text"] == "'=Позвонить адвокату" and notes[0]["case_number"] == number
    events = (tmp_path / "csv" / "events.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in events and "'-по запросу РФ" in events
    with store.session() as session:  # an earlier export is never overwritten: a new folder inside
        again, _ = export_csv(session, tmp_path / "csv")
    assert again.parent == tmp_path / "csv" and again.name.startswith("casetracker-tables-")
    assert not [path for path in tmp_path.rglob(".tmp-*")]
