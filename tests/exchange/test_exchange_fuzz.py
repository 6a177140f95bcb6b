"""Fuzzing the importers: whatever the bytes, no crash, and every rejection is explained."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casetracker.errors import CaseTrackerError
from casetracker.exchange import plan_import
from casetracker.exchange.bundle import unseal
from casetracker.exchange.sheets import read_csv_bytes

HEADINGS = ["ФИО", "Дата рождения", "Страна", "Тип дела", "Дата", "Событие", "Место", "Name", "Country", ""]
CELLS = st.one_of(
    st.sampled_from(
        ["Иванов Иван", "31.02.2023", "15.09.2022", "2022-09", "~2022", "Грузия", "GE", "XX",
         "Отказ во въезде", "entry_denial", "Въезд", "=HYPERLINK(\"a\")", "+7 999", "@x", "", " ", '"', ";",
         "\n", "ё"]
    ),
    st.text(max_size=12),
)  # fmt: skip
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _sheet(rows: list[list[str]], delimiter: str) -> str:
    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in f'"\n{delimiter}') else cell

    return "\n".join(delimiter.join(quoted(cell) for cell in row) for row in rows)


SHEETS = st.builds(
    lambda header, body, delimiter: _sheet([header, *body], delimiter),
    st.lists(st.sampled_from(HEADINGS), min_size=1, max_size=8),
    st.lists(st.lists(CELLS, max_size=8), max_size=8),
    st.sampled_from([";", ",", "\t"]),
)


def _check(store, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        try:
            with store.session() as session:
                plan = plan_import(session, path)
        except CaseTrackerError as error:
            assert str(error).strip()
            return
        for problem in plan.problems:
            assert problem.row >= 1 and problem.reason
        assert plan.summary()


@FUZZ
@given(text=SHEETS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
def test_generated_sheets_never_crash_the_preview(store, text, encoding):
    _check(store, text.encode(encoding, errors="replace"))


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_are_refused_or_read(store, data):
    _check(store, data)


@settings(max_examples=500, deadline=None)
@given(data=st.binary(max_size=300))
def test_csv_reader_alone_never_crashes(data):
    try:
        table = read_csv_bytes(data)
    except CaseTrackerError as error:
        assert str(error)
        return
    assert all(number >= 1 and cells for number, cells in table.rows)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=200))
def test_bundle_reader_never_crashes(data):
    try:
        unseal(b"CASETRACKER-BUNDLE\x00" + data, "some passphrase")
    except CaseTrackerError as error:
        assert str(error)
