"""Deadlines computed under older rules are worked out again, once, when a release brings new ones:
in the app (in the background, after the store's check) and on the command line."""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from casetracker.dates import PartialDate
from casetracker.services import cases, people, store_settings
from casetracker.services.rules_update import RULES_SEEN, mark_rules_current
from casetracker.store.database import open_store
from casetracker.store.models import Deadline
from casetracker.ui import launcher
from casetracker.ui.executor import SynchronousExecutor
from tests.conftest import PASSPHRASE

OLD_RULES = "rules of an earlier release"


@pytest.fixture
def number(store) -> str:
    """A Dutch refusal whose stored deadline was worked out under older rules: four weeks, not one."""
    decided = date.today() - timedelta(days=2)
    with store.transaction() as session:
        person = people.add_person(session, "t", people.PersonDraft(name="Вера Старосельская")).person
        case = cases.add_case(session, "t", person.id, "asylum", "NL", opened_on=date(2026, 1, 5))
        cases.add_event(
            session, "t", case.number, "decision_negative", PartialDate(decided), procedure="normal"
        )
        (deadline,) = session.exec(select(Deadline).where(Deadline.kind == "remedy")).all()
        deadline.due = decided + timedelta(days=28)
        deadline.description = "Appeal within 4 weeks (the old profile)"
        store_settings.set_setting(session, RULES_SEEN, OLD_RULES)
    return case.number


def remedy_due(store) -> tuple[date, str]:
    with store.session() as session:
        (deadline,) = session.exec(select(Deadline).where(Deadline.kind == "remedy")).all()
        return deadline.due, deadline.description


def test_the_command_line_recomputes_old_deadlines_once_and_says_so(cli, store, store_dir, number):
    store.close()
    first = cli("case", "list")
    assert "1 case(s) recomputed, the deadlines of 1 changed" in first.stderr
    reopened = open_store(store_dir, PASSPHRASE)
    due, description = remedy_due(reopened)
    reopened.close()
    assert due == date.today() - timedelta(days=2) + timedelta(days=7)  # the week of the general procedure
    assert "old profile" not in description and "Procedure recorded: general procedure" in description
    assert "recomputed" not in cli("case", "list").stderr  # once


def test_the_app_recomputes_them_in_the_background_and_tells_the_caseworker(
    qtbot, store, store_dir, settings, number, monkeypatch
):
    monkeypatch.setattr(launcher.Session, "check_delay_ms", 10)
    session = launcher.Session(QApplication.instance(), settings, store_dir, store, SynchronousExecutor)
    qtbot.addWidget(session.window)
    qtbot.waitUntil(
        lambda: "the deadlines of 1 case changed" in session.window.statusBar().currentMessage(), timeout=5000
    )
    assert remedy_due(store)[0] == date.today() - timedelta(days=2) + timedelta(days=7)
    with store.session() as db:
        assert store_settings.get_setting(db, RULES_SEEN) != OLD_RULES


def test_a_store_filled_under_the_current_rules_is_left_alone(cli, store):
    with store.transaction() as session:
        mark_rules_current(session)
    store.close()
    assert "recomputed" not in cli("case", "list").stderr
