"""The rule commands (rules check, rules show, case evaluate), run as a user's shell would run them."""

import json


def test_case_evaluate_prints_the_documented_json(cli):
    cli("init")
    person = json.loads(
        cli("person", "add", "--name", "Тест Тестов", "--marker", "wanted_interstate", "--json").stdout
    )
    cli(
        "case",
        "add",
        "--person",
        person["id"],
        "--kind",
        "detention_extradition",
        "--country",
        "KZ",
        "--opened",
        "2024-01-10",
    )
    cli("event", "add", "--case", "KZ-2024-0001", "--kind", "entry", "--date", "2024-01-01")
    result = json.loads(cli("case", "evaluate", "KZ-2024-0001", "--on", "2024-02-01", "--json").stdout)
    assert set(result["stay"]) >= {"days_used", "days_left", "limit_days", "window_days", "last_legal_day"}
    assert result["stay"]["days_used"] == 32
    assert result["stay"]["limit_days"] == 90 and result["stay"]["window_days"] == 180
    assert result["stay"]["last_legal_day"] == "2024-03-30"
    risk = [f for f in result["findings"] if f["kind"].startswith("extradition")]
    assert risk and risk[0]["severity"] == "critical"
    for finding in result["findings"]:
        assert set(finding) >= {"kind", "severity", "text", "rule"}
        assert finding["severity"] in {"info", "warning", "critical"}


def test_rules_check_names_file_field_and_reason_and_fails(cli, tmp_path):
    broken = tmp_path / "XX.toml"
    broken.write_text('code = "XX"\nname = "Nowhere"\nlast_verified = "last spring"\ncolour = "blue"\n')
    result = cli("rules", "check", str(broken), check=False, passphrase=None)
    assert result.returncode == 1
    assert str(broken) in result.stdout
    assert "colour" in result.stdout and "last_verified" in result.stdout
    assert "Traceback" not in result.stderr
    shipped = cli("rules", "check", passphrase=None)
    assert "no problems" in shipped.stdout


def test_rules_show_prints_the_profile_on_a_day(cli):
    shown = cli("rules", "show", "ee", "--on", "2023-01-01", passphrase=None).stdout
    assert shown.startswith("Estonia (EE)")
    assert "90 days in any 180" in shown
    missing = cli("rules", "show", "ZZ", passphrase=None, check=False)
    assert missing.returncode == 1 and "EE" in missing.stderr
