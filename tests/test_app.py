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
