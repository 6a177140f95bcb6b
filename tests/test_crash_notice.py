"""A bug leaves a crash notice that says what failed and where, and nothing the caseworker typed."""

from casetracker import paths
from casetracker.crash_notice import report_bug, write_crash_notice

SECRET = "Вера Новикова, EE-2024-0001"


def a_failing_save(text: str) -> None:
    try:
        int(text)
    except ValueError as error:
        raise KeyError(text) from error


def raised() -> BaseException:
    try:
        a_failing_save(SECRET)
    except KeyError as error:
        return error
    raise AssertionError("nothing was raised")


def test_the_notice_names_each_exception_of_the_chain_and_where_but_never_a_message(tmp_path):
    notice = write_crash_notice(raised(), tmp_path)
    text = notice.read_text(encoding="utf-8")
    assert "KeyError" in text and "ValueError" in text  # the cause and the exception raised from it
    assert "a_failing_save" in text and "test_crash_notice.py" in text  # where
    assert text.index("ValueError") < text.index("KeyError")  # as Python prints a chain: the cause first
    assert "Новикова" not in text and "EE-2024-0001" not in text
    assert "int(text)" not in text  # no source lines either: a script may hold data in them


def test_report_bug_writes_the_notice_in_the_log_folder_and_says_where(capsys, caplog):
    notice = report_bug(raised())
    assert notice.parent == paths.crash_notices_dir() and notice.is_file()
    said = capsys.readouterr().err + caplog.text
    assert str(notice) in said and "KeyError" in caplog.text
    assert "Новикова" not in said and "EE-2024-0001" not in said


def test_a_folder_that_cannot_be_made_gives_no_notice_and_no_second_failure(tmp_path):
    in_the_way = tmp_path / "log"
    in_the_way.write_text("a file where the folder should be")
    assert write_crash_notice(raised(), in_the_way / "crashes") is None
