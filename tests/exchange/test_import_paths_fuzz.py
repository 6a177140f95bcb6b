"""Every way in, fuzzed: a spreadsheet, a JSON export and a case bundle with hostile values.

Whatever comes in is either imported whole or refused with a known error (never another
exception), and a refusal leaves the store exactly as it was.
"""

import copy
import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from casetracker.dates import PartialDate
from casetracker.errors import CaseTrackerError
from casetracker.exchange import export_data, import_sheet
from casetracker.exchange.bundle import import_bundle, seal
from casetracker.exchange.restore import import_json
from casetracker.services import cases, people
from casetracker.store.database import create_store
from tests.store_digest import store_digest

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

HOSTILE_TEXT = st.one_of(
    st.sampled_from(
        ["", " ", "\x00", "a\nb", "\u202eevil", "\udcff", "0001-01-02", "9999-12-31", "1899-12-31", "xx1",
         "XX", "../../etc", "DE-2024-0001", "-1", "3000000", "99999999999999999999", "=cmd|' /C calc'!A0",
         "Я" * 400, "entry", "teleported", "2024-02-30", "null"]
    ),
    st.text(max_size=30),
)  # fmt: skip
HOSTILE = st.one_of(
    HOSTILE_TEXT,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _refused_or_taken(store, attempt) -> None:
    before = store_digest(store)
    try:
        with store.transaction() as session:
            attempt(session)
    except CaseTrackerError as error:
        assert str(error).strip()
        assert store_digest(store) == before, "a refused input changed the store"


# --- spreadsheets --------------------------------------------------------------------------------

CELL = st.one_of(HOSTILE_TEXT, st.sampled_from(['"', '""', ";", '"x;']))
ROW = st.lists(CELL, min_size=1, max_size=6)


@FUZZ
@given(rows=st.lists(ROW, min_size=1, max_size=12), quote_at=st.integers(min_value=0, max_value=40))
def test_a_hostile_spreadsheet_is_imported_whole_or_refused_with_the_store_unchanged(store, rows, quote_at):
    header = "ФИО;Дата рождения;Страна;Тип дела;Дата;Событие"
    text = "\n".join([header, *(";".join(row) for row in rows)]) + "\n"
    text = text[:quote_at] + '"' + text[quote_at:] if quote_at % 3 == 0 else text  # a stray quote, sometimes
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.csv"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _refused_or_taken(store, lambda session: import_sheet(session, "fuzz", path))


# --- JSON exports and bundles ----------------------------------------------------------------------


def _genuine(tmp_path) -> dict:
    source = create_store(tmp_path / "source", "source passphrase")
    try:
        with source.transaction() as session:
            person = people.add_person(
                session, "t", people.PersonDraft("Нина Орлова", other_names=("NINA ORLOVA",))
            ).person
            people.add_document(session, "t", person.id, "foreign_passport", "RU", "75 0000001")
            number = cases.add_case(
                session, "t", person.id, "asylum", "DE", opened_on=date(2024, 2, 1)
            ).number
            cases.add_event(session, "t", number, "application_filed", PartialDate(date(2024, 2, 1)))
            cases.add_note(session, "t", number, "заметка")
        with source.session() as session:
            return json.loads(json.dumps(export_data(session, include_audit=True), default=str))
    finally:
        source.close()


def _places(document: dict) -> list[tuple[list, str]]:
    """Every (record, key) in the persons and cases of an export, nested parts included."""
    found = []

    def walk(record):
        if isinstance(record, dict):
            for key, value in record.items():
                found.append((record, key))
                if isinstance(value, list):
                    for item in value:
                        walk(item)

    for record in document["persons"] + document["cases"]:
        walk(record)
    return found


MUTATIONS = st.lists(st.tuples(st.integers(min_value=0, max_value=10_000), HOSTILE), min_size=1, max_size=3)


def _mutated(genuine: dict, mutations) -> dict:
    document = copy.deepcopy(genuine)
    places = _places(document)
    for index, value in mutations:
        record, key = places[index % len(places)]
        record[key] = value
    return document


@FUZZ
@given(mutations=MUTATIONS)
def test_a_mutated_json_export_is_imported_whole_or_refused(store, tmp_path_factory, mutations):
    genuine = _genuine(tmp_path_factory.mktemp("json"))
    document = _mutated(genuine, mutations)
    _refused_or_taken(store, lambda session: import_json(session, "fuzz", document))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=MUTATIONS)
def test_a_mutated_case_bundle_is_imported_whole_or_refused(store, tmp_path_factory, mutations):
    folder = tmp_path_factory.mktemp("bundle")
    payload = _mutated(_genuine(folder), mutations)
    payload["audit"] = payload.get("audit", [])[:5]
    try:  # a bundle is UTF-8 JSON: text that cannot be encoded cannot arrive in one
        json.dumps(payload, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        assume(False)
    path = folder / "crafted.ctbundle"
    path.write_bytes(seal(payload, "bundle passphrase", scrypt_n=2**10))
    _refused_or_taken(
        store,
        lambda session: import_bundle(
            session, "fuzz", path, "bundle passphrase", attachments_dir=store.paths.attachments
        ),
    )
