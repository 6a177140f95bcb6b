"""Database work on worker threads never disturbs the GUI thread's own reads."""

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
