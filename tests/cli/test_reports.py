"""The report and stats commands, run as a user's shell would run them."""

from pypdf import PdfReader

from tests.reports.reports_helpers import add_secret_case, pdf_text


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
