"""A plain start of the desktop app is told apart from a command."""


def test_a_plain_start_is_told_apart_from_a_command():
    from pathlib import Path

    from casetracker.start_options import desktop_start

    assert desktop_start([]).command is None
    assert desktop_start(["--store", "/tmp/cases"]).store == Path("/tmp/cases")
    assert desktop_start(["--demo"]).demo
    for argv in (["case", "list"], ["--store", "x", "check"], ["--help"], ["--version"], ["--bogus"]):
        assert desktop_start(argv) is None  # the full command line handles (or explains) these
