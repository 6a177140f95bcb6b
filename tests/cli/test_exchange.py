"""The exchange commands, run as a user's shell would run them."""

import json

from tests.exchange.exchange_samples import write_csv

BUNDLE = {"CASETRACKER_BUNDLE_PASSPHRASE": "переход через Верхний Ларс"}


def test_import_dry_run_import_export_bundle(cli, tmp_path, monkeypatch):
    cli("init", "--caseworker", "Tester")
    sheet = write_csv(tmp_path / "клиенты.csv")
    dry = cli("import", str(sheet), "--dry-run")
    assert "Would import 3 person(s), 3 case(s) and 4 event(s)" in dry.stdout
    assert "headings in row 3" in dry.stdout
    assert "No persons yet." in cli("person", "list").stdout

    done = cli("import", str(sheet))
    assert "Imported 3 person(s)" in done.stdout and "GE-2022-0001" in done.stdout
    again = cli("import", str(sheet), check=False)
    assert again.returncode == 1 and "likely already in the store" in again.stderr

    cli("export", "--format", "json", "-o", str(tmp_path / "all.json"), "--audit")
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert len(data["cases"]) == 3 and data["audit"]
    out = cli("export", "--format", "csv", "-o", str(tmp_path / "csv"))
    assert "not encrypted" in out.stdout and (tmp_path / "csv" / "cases.csv").exists()

    for key, value in BUNDLE.items():
        monkeypatch.setenv(key, value)
    cli("bundle", "GE-2022-0001", "-o", str(tmp_path / "case.bundle"))
    refused = cli("import-bundle", str(tmp_path / "case.bundle"), check=False)
    assert refused.returncode == 1 and "already in the store" in refused.stderr


def test_import_dry_run_lists_a_row_naming_a_person_already_in_the_store(initialised, tmp_path):
    initialised("person", "add", "--name", "Кира Андреевна Будницкая", "--born", "1994-03-12")
    rows = [["ФИО", "Дата", "Место", "Страна"], ["Кира Андреевна Будницкая", "16.09.2022", "Ларс", "Грузия"]]
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"fixed": {"case.kind": "entry_denial"}}), "utf-8")
    sheet = str(write_csv(tmp_path / "a.csv", rows=rows))
    dry = initialised("import", sheet, "--mapping", str(mapping), "--dry-run", check=False)
    assert "Row 2: possibly a person already in the store" in dry.stdout
    assert "(same name: Кира Андреевна Будницкая)" in dry.stdout
    refused = initialised("import", sheet, "--mapping", str(mapping), check=False)
    assert refused.returncode == 1 and "likely already in the store" in refused.stderr


def test_import_reports_problem_rows_and_imports_nothing(cli, tmp_path):
    cli("init")
    rows = [["ФИО", "Страна", "Тип дела"], ["Иванов", "Грузия", "Полёт на Луну"], ["Петров", "GE", "asylum"]]
    result = cli("import", str(write_csv(tmp_path / "bad.csv", rows=rows)), check=False)
    assert result.returncode == 1
    assert "row 2, column 'Тип дела'" in result.stderr and "nothing was imported" in result.stderr
    assert "No persons yet." in cli("person", "list").stdout


def test_import_json_into_an_empty_store(cli, tmp_path, store_dir):
    cli("init")
    cli("import", str(write_csv(tmp_path / "a.csv")))
    cli("export", "--format", "json", "-o", str(tmp_path / "all.json"))
    other = tmp_path / "other"
    cli("--store", str(other), "init")
    result = cli("--store", str(other), "import", str(tmp_path / "all.json"))
    assert "Restored 3 person(s) and 3 case(s)" in result.stdout
