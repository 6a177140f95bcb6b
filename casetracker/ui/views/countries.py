"""Browse the country profiles: what applies today first, in the app's language, each fact with its
sources, its last check and what is unverified; the rules not in force today below, on request."""

import html
from datetime import date
from urllib.parse import unquote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casetracker import catalogue
from casetracker.rules.overview import Fact, Overview, Section, overview
from casetracker.services import evaluation
from casetracker.ui import colours, labels
from casetracker.ui.operations import Change

SHOW_OTHER = "show-other"  # the link that opens or closes the rules not in force today


class CountriesView(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # links are shown, never followed: the app stays offline
        self.text.setOpenExternalLinks(False)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long addresses too
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.anchorClicked.connect(self._anchor)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(colours.style("alarm", self.palette()))
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(body)
        self._profiles = {}
        self.page: Overview | None = None
        self.showing_other = False
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
        shown = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        language = labels.current_language()
        named = sorted(
            ((catalogue.country_name(p.code, language), p) for p in self._profiles),
            key=lambda pair: pair[0].casefold(),
        )
        self.list.blockSignals(True)
        self.list.clear()
        for name, profile in named:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, profile.code)
            if profile.last_verified is None or (date.today() - profile.last_verified).days > 180:
                item.setToolTip(self.tr("Not verified for more than 180 days"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        if shown:
            self.select(shown)
        self._show(self.list.currentItem())

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        profile = self._profiles.get(item.data(Qt.ItemDataRole.UserRole))
        if profile is None:
            return
        self.page = overview(profile, date.today(), labels.current_language())
        self.showing_other = False
        self._draw()

    def _anchor(self, url: QUrl) -> None:
        if url.toString() == SHOW_OTHER:
            self.showing_other = not self.showing_other
            position = self.text.verticalScrollBar().value()
            self._draw()
            self.text.verticalScrollBar().setValue(position)

    def _draw(self) -> None:
        self.text.setHtml(page_html(self.page, self.showing_other) if self.page else "")

    def select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(row)


def page_html(page: Overview, with_other: bool) -> str:
    """The page as the simple HTML a QTextBrowser draws: headings, paragraphs and lists."""
    parts = [f"<h2>{_e(page.title)}</h2>"]
    parts += [f"<p style='color:{colours.colour('muted')}'>{_e(line)}</p>" for line in page.intro]
    parts.append(f"<h2>{_e(page.today_heading)}</h2>")
    parts += [_section(section, page) for section in page.today]
    if page.other:
        count = sum(len(section.facts) for section in page.other)
        link = page.words("other.hide") if with_other else page.words("other.show", count=count)
        parts.append(f"<hr/><p><a href='{SHOW_OTHER}'>{_e(link)}</a></p>")
        if with_other:
            parts.append(f"<h2 style='color:{colours.colour('muted')}'>{_e(page.other_heading)}</h2>")
            parts += [_section(section, page) for section in page.other]
    return "\n".join(parts)


def _section(section: Section, page: Overview) -> str:
    parts = [f"<h3>{_e(section.heading)}</h3>"]
    if section.empty:
        parts.append(f"<p style='color:{colours.colour('muted')}'><i>{_e(section.empty)}</i></p>")
    parts += [_fact(fact, page) for fact in section.facts]
    return "\n".join(parts)


def _fact(fact: Fact, page: Overview) -> str:
    first, *rest = fact.lines or ("",)
    parts = [f"<p style='margin-bottom:2px'><b>{_e(first)}</b></p>"]
    if rest:
        parts.append("<ul style='margin-top:0'>" + "".join(f"<li>{_e(line)}</li>" for line in rest) + "</ul>")
    if fact.items:
        parts.append(f"<p style='margin:0'>{_e(fact.items_heading)}:</p>")
        parts.append(
            "<ul style='margin-top:0'>" + "".join(f"<li>{_e(item)}</li>" for item in fact.items) + "</ul>"
        )
    parts += [
        f"<p style='color:{colours.colour('alarm')};margin:0'><b>⚠ {_e(warning)}</b></p>"
        for warning in fact.warnings
    ]
    when = " ".join(part for part in (fact.when, fact.checked) if part)
    parts.append(f"<p style='color:{colours.colour('muted')};margin:0'>{_e(when)}</p>")
    if fact.note:
        parts.append(f"<p style='color:{colours.colour('muted')};margin:0'><i>{_e(fact.note)}</i></p>")
    if not fact.sources:
        parts.append(f"<p style='color:{colours.colour('alarm')};margin:0'>{_e(page.words('no_source'))}</p>")
        return "\n".join(parts)
    heading = page.words("source" if len(fact.sources) == 1 else "sources")
    parts.append(f"<p style='margin:4px 0 0 0'>{_e(heading)}:</p>")
    sources = []
    for source in fact.sources:
        kind = source.kind + (f", {source.published}" if source.published else "")
        colour = colours.colour("warning" if source.secondary else "muted")
        sources.append(
            f"<li>{_e(source.title)} <span style='color:{colour}'>[{_e(kind)}]</span><br/>"
            f"<span style='color:{colours.colour('muted')}'>{_e(unquote(source.url))}</span></li>"
        )
    parts.append("<ul style='margin-top:0'>" + "".join(sources) + "</ul>")
    return "\n".join(parts)


def _e(text: str) -> str:
    return html.escape(text, quote=False)
