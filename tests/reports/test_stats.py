"""The statistics report, and the report and stats commands as a user runs them."""

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


def test_report_command_writes_a_pdf_and_warns_it_is_not_encrypted(store, cli, tmp_path):
    number = add_secret_case(store)
    store.close()
    out = tmp_path / "case.pdf"
    result = cli("report", number, "-o", str(out), "--redact", "sharing", "--lang", "ru", "--paper", "letter")
    assert "not encrypted" in result.stdout
    text = pdf_text(out)
    assert "Сводка по делу" in text and number in text
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612
    assert "Batumi, Gorgiladze" not in text


def test_report_command_to_an_unwritable_path_fails_cleanly(store, cli, tmp_path):
    number = add_secret_case(store)
    store.close()
    target = tmp_path / "no-such-folder" / "case.pdf"
    result = cli("report", number, "-o", str(target), check=False)
    assert result.returncode == 1
    assert "cannot be written" in result.stderr and "folder does not exist" in result.stderr
    assert not target.parent.exists()


def test_report_command_for_an_unknown_case(store, cli, tmp_path):
    store.close()
    result = cli("report", "EE-1999-0001", "-o", str(tmp_path / "x.pdf"), check=False)
    assert result.returncode == 1 and "No case" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_stats_command(store, cli, tmp_path):
    add_secret_case(store)
    store.close()
    out = tmp_path / "stats.pdf"
    result = cli("stats", "-o", str(out), "--from", "2023-01-01", "--to", "2023-12-31", "--lang", "ru")
    assert "not encrypted" in result.stdout
    text = pdf_text(out)
    assert "Статистика дел" in text and "Дела по странам" in text
    bad = cli("stats", "-o", str(out), "--from", "2024-01-01", "--to", "2023-01-01", check=False)
    assert bad.returncode == 1 and "before the start" in bad.stderr
