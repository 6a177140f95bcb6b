"""The one database worker: jobs run off the GUI thread, one at a time, and never disturb the GUI
thread's own sessions."""

import threading

import pytest
from sqlalchemy import text

from casetracker.services import cases
from casetracker.ui.executor import DatabaseExecutor


def test_many_jobs_on_short_lived_worker_threads_leave_the_gui_threads_session_working(qtbot, store):
    """Qt's pool threads come and go (each job may run on a new one). Every job must get a
    working connection, and none may close the connection the GUI thread is using, nor share
    its transaction."""
    executor = DatabaseExecutor()
    executor._pool.setExpiryTimeout(1)  # a new worker thread for almost every job, as after idle time
    results, errors = [], []

    def count() -> int:
        with store.reading() as session:
            return cases.count_cases(session)

    with store.session() as gui_session:
        gui_session.execute(text("SELECT count(*) FROM person")).all()  # the GUI thread's read stays open
        for _ in range(12):
            executor.run(count, results.append, errors.append)
            executor.wait()
            qtbot.waitUntil(lambda: len(results) + len(errors) > 0, timeout=2000)
            qtbot.wait(5)
            with store.session() as second:  # a second session on the GUI thread meanwhile
                assert second.execute(text("SELECT count(*) FROM case_file")).scalar_one() == 0
        assert gui_session.execute(text("SELECT count(*) FROM person")).scalar_one() == 0
    assert errors == [] and results == [0] * 12


def test_a_question_asked_again_before_it_was_answered_is_answered_once(qtbot):
    """A list reloaded at each pause in typing: while the worker is busy, the older questions still
    waiting are skipped, so the screen shows the newest answer without working through the stale ones."""
    executor = DatabaseExecutor()
    gate = threading.Event()
    asked, shown = [], []
    executor.run(lambda: gate.wait(5), lambda _: None, pytest.fail)  # keeps the worker busy
    for text_typed in ("i", "iv", "iva", "ivan"):
        executor.run(
            lambda t=text_typed: asked.append(t) or t, shown.append, pytest.fail, supersede="case list"
        )
    executor.run(lambda: "dashboard", shown.append, pytest.fail, supersede="dashboard")
    gate.set()
    executor.wait()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=2000)
    assert asked == ["ivan"] and shown == ["ivan", "dashboard"]
    assert executor.skipped == 3


def test_jobs_run_one_at_a_time_in_the_order_they_were_asked(qtbot):
    """One SQLite writer: a save asked for after a read never overtakes it, and never runs beside it."""
    executor = DatabaseExecutor()
    running, most, order = [0], [0], []
    lock = threading.Lock()

    def job(name: str):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        threading.Event().wait(0.01)
        with lock:
            running[0] -= 1
        return name

    for name in ("read", "save", "reload"):
        executor.run(lambda n=name: job(n), order.append, pytest.fail)
    executor.wait()
    qtbot.waitUntil(lambda: len(order) == 3, timeout=2000)
    assert order == ["read", "save", "reload"] and most[0] == 1
