"""Browse the country profiles: regime, bans, stay rules, appeal periods, risk, sources, overrides."""

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casetracker.rules import describe_profile
from casetracker.services import evaluation
from casetracker.ui.operations import Change


class CountriesView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # links are shown, never followed: the app stays offline
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(body)
        self._profiles = {}
        self.list.currentItemChanged.connect(self._show)
        context.changed.connect(lambda what: self.refresh() if Change.OVERRIDES in what else None)
        self.refresh()

    def refresh(self) -> None:
        self._context.op(self, evaluation.profiles_in_use).success(self._list).run()

    def _list(self, profiles) -> None:
        self._profiles = profiles
        _, problems = evaluation.shipped_profiles()
        self.problems.setText(
            self.tr("Not loaded (fix these files): {0}").format("; ".join(str(p) for p in problems))
        )
        self.problems.setVisible(bool(problems))
        self.list.clear()
        for profile in self._profiles:
            item = QListWidgetItem(f"{profile.code}  {profile.name}")
            item.setData(Qt.ItemDataRole.UserRole, profile.code)
            if (date.today() - profile.last_verified).days > 180:
                item.setToolTip(self.tr("Not verified for more than 180 days"))
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        profile = self._profiles.get(item.data(Qt.ItemDataRole.UserRole))
        text = describe_profile(profile)
        self.text.setHtml(f"<pre style='white-space: pre-wrap'>{html.escape(text)}</pre>")

    def select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(row)
