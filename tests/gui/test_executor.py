"""Database work on worker threads never disturbs the GUI thread's own reads."""

import threading

import pytest
from sqlalchemy import text

from casetracker.services import cases
from casetracker.ui.executor import DatabaseExecutor


def test_many_jobs_on_short_lived_worker_threads_leave_the_gui_threads_session_working(qtbot, store):
    """Qt's pool threads come and go (each job may run on a new one). Every job must get a
    working connection, and none may close the connection the GUI thread is using, nor share
    its transaction."""
    executor = DatabaseExecutor(store)
    executor._pool.setExpiryTimeout(1)  # a new worker thread for almost every job, as after idle time
    results, errors = [], []
    with store.session() as gui_session:
        gui_session.execute(text("SELECT count(*) FROM person")).all()  # the GUI thread's read stays open
        for _ in range(12):
            executor.run(lambda session: cases.count_cases(session), results.append, errors.append)
            executor.wait()
            qtbot.waitUntil(lambda: len(results) + len(errors) > 0, timeout=2000)
            qtbot.wait(5)
            with store.session() as second:  # a second session on the GUI thread meanwhile
                assert second.execute(text("SELECT count(*) FROM case_file")).scalar_one() == 0
        assert gui_session.execute(text("SELECT count(*) FROM person")).scalar_one() == 0
    assert errors == [] and results == [0] * 12


def test_a_question_asked_again_before_it_was_answered_is_answered_once(qtbot, store):
    """A list reloaded at each pause in typing: while the worker is busy, the older questions still
    waiting are skipped, so the screen shows the newest answer without working through the stale ones."""
    executor = DatabaseExecutor(store)
    gate = threading.Event()
    asked, shown = [], []
    executor.run(lambda session: gate.wait(5), lambda _: None, pytest.fail)  # keeps the worker busy
    for text_typed in ("i", "iv", "iva", "ivan"):
        executor.run(
            lambda session, t=text_typed: asked.append(t) or t,
            shown.append,
            pytest.fail,
            supersede="case list",
        )
    executor.run(lambda session: "dashboard", shown.append, pytest.fail, supersede="dashboard")
    gate.set()
    executor.wait()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=2000)
    assert asked == ["ivan"] and shown == ["ivan", "dashboard"]
    assert executor.skipped == 3
