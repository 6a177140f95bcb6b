"""The dashboard as a caseworker meets it: counted panels, rows that say why, a click that opens the case."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from casetracker.services.demo import fill_demo_store


def _texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def _demo_window(window):
    with window.context.store.transaction() as session:
        fill_demo_store(session)
    window.dashboard.refresh()
    return window.dashboard


def test_each_panel_is_counted_and_each_row_says_who_which_case_why_and_when(window):
    board = _demo_window(window)
    assert board.boxes["critical"].title() == f"Critical cases ({board.critical.count()})"
    assert board.boxes["overdue"].title() == f"Overdue deadlines ({board.overdue.count()})"
    assert board.boxes["upcoming"].title().startswith("Deadlines in the next 31 days (")
    appeal = next(text for text in _texts(board.upcoming) if "Подберёзкина" in text)
    head, reason = appeal.split("\n")
    assert head.split(" · ")[1].startswith("NL-") and len(head.split(" · ")[0]) == 10  # the date
    assert reason.startswith("2 days left to challenge the refusal of the asylum claim")
    missing = next(text for text in _texts(board.critical) if "Ставрогин-Малых" in text)
    assert "GE-" in missing and "\nMissing since" in missing
    assert all(text.split("\n")[1].startswith("Edited ") for text in _texts(board.recent))


def test_what_has_passed_or_threatens_someone_comes_first_and_is_marked_beyond_its_colour(window):
    board = _demo_window(window)
    first = board.upcoming.item(0)
    assert "Подберёзкина" in first.text() and not first.icon().isNull() and first.font().bold()
    plain = board.upcoming.item(board.upcoming.count() - 1)
    assert plain.icon().isNull() and not plain.font().bold()
    assert all(not board.overdue.item(row).icon().isNull() for row in range(board.overdue.count()))


def test_clicking_a_deadline_opens_its_case_at_the_rules_and_deadlines(qtbot, window):
    board = _demo_window(window)
    item = board.critical.item(0)
    number = item.text().split(" · ")[1]
    rect = board.critical.visualItemRect(item)
    qtbot.mouseClick(board.critical.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.current_case()
    assert editor is not None and editor.number == number
    assert editor.tabs.currentWidget() is editor.rules and window.pages.currentWidget() is window.case_tabs


def test_enter_on_a_recent_change_opens_the_case_at_its_timeline(qtbot, window):
    board = _demo_window(window)
    window.navigation.setCurrentRow(0)
    board.recent.setFocus()
    board.recent.setCurrentRow(1)
    number = board.recent.item(1).text().split(" · ")[0]
    qtbot.keyClick(board.recent, Qt.Key.Key_Return)
    editor = window.current_case()
    assert editor is not None and editor.number == number and editor.tabs.currentWidget() is editor.timeline


def test_an_empty_store_says_how_to_add_the_first_case(window):
    board = window.dashboard
    for widget in (board.overdue, board.critical, board.upcoming, board.recent):
        assert _texts(widget) == ["No cases yet — add the first one (Ctrl+N)."]
        assert not widget.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert board.boxes["recent"].title() == "Recently changed cases (0)"


def test_the_dashboard_lets_the_window_shrink_to_a_small_laptop_screen(window):
    _demo_window(window)
    assert window.minimumSizeHint().width() <= 1280 and window.minimumSizeHint().height() <= 680
    window.resize(1280, 680)
    assert window.width() == 1280


def test_past_its_counting_limit_a_panel_says_over_how_many(window, monkeypatch):
    from casetracker.services import queries

    monkeypatch.setattr(queries, "COUNT_LIMIT", 2)  # a large store has thousands; counting stops here
    board = _demo_window(window)  # four overdue deadlines, five critical cases
    assert board.boxes["overdue"].title() == "Overdue deadlines (over 2)"
    assert board.boxes["critical"].title() == "Critical cases (over 2)"
    assert board.overdue.count() == 4  # the rows are all there
