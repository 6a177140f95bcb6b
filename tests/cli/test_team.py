"""`casetracker team server-init` and `team invite`, run as an organisation's technician would."""

import json
import stat

import psycopg
from psycopg.conninfo import conninfo_to_dict

from casetracker.team import crypto


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_server_init_writes_the_recovery_key_once_privately_and_a_second_run_changes_nothing(
    cli, team_db, tmp_path
):
    key_file = tmp_path / "recovery.txt"
    first = cli("team", "server-init", "--dsn", team_db, "--recovery-key", str(key_file))
    assert "Keep it offline" in first.stdout and str(key_file) in first.stdout
    assert mode(key_file) == 0o600
    private = crypto.read_recovery_key(key_file.read_text())
    with psycopg.connect(team_db) as connection:
        public = connection.execute("SELECT recovery_public FROM ct.team").fetchone()[0]
    assert bytes(private.public_key) == public
    written = key_file.read_text()
    second = cli("team", "server-init", "--dsn", team_db, "--recovery-key", str(key_file))
    assert "already set up; nothing was changed" in second.stdout
    assert key_file.read_text() == written


def test_server_init_refuses_to_overwrite_a_recovery_key_and_then_sets_up_nothing(cli, team_db, tmp_path):
    key_file = tmp_path / "recovery.txt"
    key_file.write_text("an older team's key")
    result = cli("team", "server-init", "--dsn", team_db, "--recovery-key", str(key_file), check=False)
    assert result.returncode == 1 and "already exists" in result.stderr
    assert key_file.read_text() == "an older team's key"
    with psycopg.connect(team_db) as connection:
        assert connection.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'ct'").fetchone()[0] == 0


def test_invite_writes_a_private_invitation_without_the_admins_password(cli, team_db, tmp_path):
    cli("team", "server-init", "--dsn", team_db, "--recovery-key", str(tmp_path / "key.txt"))
    invitation = tmp_path / "anna.json"
    result = cli("team", "invite", "Анна", "--role", "caseworker", "--dsn", team_db, "-o", str(invitation))
    assert str(invitation) in result.stdout and "in person" in result.stdout
    assert mode(invitation) == 0o600
    text = invitation.read_text()
    data = json.loads(text)
    assert data["format"] == "casetracker-team-invitation/1" and data["role"] == "caseworker"
    assert data["name"] == "Анна" and data["login"].startswith("ct_m_")
    assert conninfo_to_dict(team_db)["password"] not in text
    again = cli(
        "team", "invite", "Борис", "--role", "lawyer", "--dsn", team_db, "-o", str(invitation), check=False
    )
    assert again.returncode == 1 and "already exists" in again.stderr and invitation.read_text() == text


def test_a_server_with_a_certificate_from_another_ca_is_refused_in_words(cli, pg_cluster, team_db, tmp_path):
    wrong = team_db.replace(str(pg_cluster.ca), str(pg_cluster.wrong_ca))
    result = cli(
        "team", "server-init", "--dsn", wrong, "--recovery-key", str(tmp_path / "k.txt"), check=False
    )
    assert result.returncode == 1
    assert "did not prove that it is the organisation's server" in result.stderr
    assert "Traceback" not in result.stderr and conninfo_to_dict(team_db)["password"] not in result.stderr
    assert not (tmp_path / "k.txt").exists()


def test_inviting_on_a_server_not_set_up_says_what_to_run(cli, team_db, tmp_path):
    result = cli(
        "team", "invite", "X", "--role", "lawyer", "--dsn", team_db, "-o", str(tmp_path / "x"), check=False
    )
    assert result.returncode == 1 and "casetracker team server-init" in result.stderr
    assert not (tmp_path / "x").exists()


def test_recover_brings_the_teams_cases_into_a_new_store_and_refuses_a_wrong_key_in_words(
    cli, team_db, tmp_path, store_dir
):
    from casetracker.store.database import create_store
    from casetracker.team.admin import invite
    from casetracker.team.membership import join
    from casetracker.team.sync import sync
    from tests.conftest import PASSPHRASE
    from tests.team.team_helpers import a_case

    key_file = tmp_path / "recovery.txt"
    cli("team", "server-init", "--dsn", team_db, "--recovery-key", str(key_file))
    laptop = create_store(tmp_path / "lost-laptop", PASSPHRASE)
    join(laptop, invite(team_db, "anna", "caseworker"))
    number = a_case(laptop, "Тестова Анна")
    sync(laptop)
    laptop.close()

    wrong = tmp_path / "wrong.txt"
    wrong.write_text(crypto.recovery_key_text(bytes(crypto.new_key_pair())))
    refused = cli("team", "recover", "--recovery-key", str(wrong), "--dsn", team_db, check=False)
    assert refused.returncode == 1 and "not the one of this team's server" in refused.stderr
    assert "Traceback" not in refused.stderr and not store_dir.exists()
    damaged = cli("team", "recover", "--recovery-key", str(tmp_path / "none"), "--dsn", team_db, check=False)
    assert damaged.returncode == 1 and "is not a recovery key file" in damaged.stderr

    result = cli("team", "recover", "--recovery-key", str(key_file), "--dsn", team_db)
    assert "Recovered" in result.stdout
    shown = json.loads(cli("case", "show", number, "--json").stdout)
    assert shown["number"] == number
