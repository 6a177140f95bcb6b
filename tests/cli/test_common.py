"""What every command shares: asking for the passphrase and refusing a wrong one plainly."""


def test_a_wrong_passphrase_exits_non_zero_with_a_plain_message(initialised):
    result = initialised("case", "list", passphrase="wrong", check=False)
    assert result.returncode == 1
    assert "passphrase is wrong" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_without_a_terminal_or_variable_the_passphrase_is_asked_for_plainly(initialised):
    result = initialised("case", "list", passphrase=None, check=False)
    assert result.returncode == 1
    assert "CASETRACKER_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr
