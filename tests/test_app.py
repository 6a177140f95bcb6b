"""The entry point: a command's output piped into a closed pager is not a bug."""


def test_output_piped_into_a_closed_pager_is_not_reported_as_a_bug(monkeypatch):
    import io

    from casetracker import app

    class ClosedPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

    errors = io.StringIO()
    monkeypatch.setattr("sys.stdout", ClosedPipe())
    monkeypatch.setattr("sys.stderr", errors)
    assert app.main(["rules", "show", "DE"]) == 0  # like `casetracker rules show DE | head -1`
    assert "unexpected" not in errors.getvalue()


def test_a_bug_in_a_command_says_where_its_notice_is_and_never_its_message(monkeypatch, capsys):
    from casetracker import app, paths
    from casetracker.cli import rules

    def a_bug(arguments):
        raise ValueError("Вера Новикова, EE-2024-0001")

    monkeypatch.setattr(rules, "cmd_rules_show", a_bug)
    assert app.main(["rules", "show", "DE"]) == 70
    said = capsys.readouterr().err
    [notice] = paths.crash_notices_dir().iterdir()
    assert "an unexpected error happened" in said and str(notice) in said
    assert "Новикова" not in said and "Новикова" not in notice.read_text(encoding="utf-8")
