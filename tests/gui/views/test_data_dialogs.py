"""The small dialogs of the Data menu: the calendar export's options."""

from PySide6.QtWidgets import QLabel

from casetracker.ui.views.data_dialogs import CalendarOptions


def test_the_calendar_options_start_with_their_first_paragraph_and_leave_no_gap(qtbot):
    dialog = CalendarOptions()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    top = dialog.layout().contentsMargins().top()
    first = dialog.findChildren(QLabel)[0]
    assert first.text().startswith("Every open deadline")
    assert first.y() == top
    for label in dialog.findChildren(QLabel):  # each paragraph exactly as tall as its lines
        assert label.height() == label.heightForWidth(label.width())
    assert dialog.height() == dialog.heightForWidth(dialog.width())
