"""The statistics report: counts and no personal data."""

from datetime import date

from pypdf import PdfReader

from casetracker.reports import build_statistics
from casetracker.services.demo import _CASES
from tests.reports.reports_helpers import LATIN, NAME, add_secret_case, pdf_text, run, tool


def test_statistics_hold_counts_and_no_personal_data(store, tmp_path):
    number = add_secret_case(store)
    with store.session() as session:
        out = build_statistics(
            session, tmp_path / "stats.pdf", start=date(2022, 1, 1), end=date(2024, 12, 31)
        )
    text = pdf_text(out)
    assert "Case statistics" in text and "Cases by country" in text and "Cases opened per month" in text
    assert "Georgia" in text and "Page 1 of" in text
    names = [NAME, LATIN] + [demo.person for demo in _CASES] + [s for demo in _CASES for s in demo.spellings]
    raw = out.read_bytes()
    for name in names:
        assert name not in text
        assert name.encode("utf-8") not in raw
    assert number not in text
    for value in (PdfReader(out).metadata or {}).values():
        assert "Щукина" not in str(value)
    assert run(tool("qpdf"), "--check", str(out)).returncode == 0


def test_statistics_of_an_empty_range_say_so(store, tmp_path):
    add_secret_case(store)
    with store.session() as session:
        out = build_statistics(session, tmp_path / "s.pdf", start=date(2030, 1, 1), end=None, language="ru")
    assert "В этом периоде дел нет" in pdf_text(out)
