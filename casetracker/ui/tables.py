"""The app's lists of records: read-only tables, one row selected at a time."""

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def read_only_table(
    headings: list[str], *, stretch: int | None = None, wrapped: bool = False
) -> QTableWidget:
    """A table the caseworker reads and selects from, never edits in place.

    Columns fit their contents and the `stretch` column takes the rest of the width (without
    it, the last column does). `wrapped`: rows grow to show long text in full (short lists only).
    """
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if wrapped:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:  # a line of text and a little air: the style's default rows show a fifth fewer on a laptop
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table
