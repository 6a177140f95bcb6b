"""What every report shares: paper, styles, tables, the running header and footer with
"Page X of Y", progress and cancelling.

Text from the store goes through `text()`, which escapes it for reportlab's
paragraph mini-markup, so a name or note containing '<' or '&' prints as typed.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from casetracker.errors import InvalidInput, reason
from casetracker.reports import fonts

PAPERS = {"a4": A4, "letter": LETTER}
Progress = Callable[[int, int], None]

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#b9c2cc")
SHADE = colors.HexColor("#eef1f5")
STRIPE = colors.HexColor("#f7f8fa")
WARNING = colors.HexColor("#8a5a00")
CRITICAL = colors.HexColor("#a01919")

MARGIN = 18 * mm
# Cells holding plain strings (even empty ones) are drawn in the table's font; without this it
# is the standard, unembedded Helvetica.
BASE_TABLE_STYLE = (("FONT", (0, 0), (-1, -1), fonts.SANS, 8.3),)


def check_paper(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise InvalidInput("paper", reason("not_one_of", value=paper, allowed=", ".join(PAPERS))) from None


def text(value: Any) -> str:
    """Plain text made safe for Paragraph markup; line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    line: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    mono: ParagraphStyle
    marking: ParagraphStyle


def make_styles() -> Styles:
    sans = fonts.register_fonts()

    def style(name: str, **kwargs) -> ParagraphStyle:
        base = {"fontName": sans, "fontSize": 9.5, "leading": 12.5, "textColor": INK}
        base.update(kwargs)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("title", fontName=fonts.SANS_BOLD, fontSize=19, leading=23, textColor=ACCENT),
        subtitle=style("subtitle", fontSize=11, leading=14, textColor=MUTED, spaceAfter=6),
        h1=style(
            "h1",
            fontName=fonts.SANS_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=fonts.SANS_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=style("body", spaceAfter=5),
        line=style("line"),
        small=style("small", fontSize=8, leading=10.5, textColor=MUTED),
        cell=style("cell", fontSize=8.3, leading=10.6),
        cell_bold=style("cell_bold", fontName=fonts.SANS_BOLD, fontSize=8.3, leading=10.6),
        cell_right=style("cell_right", fontSize=8.3, leading=10.6, alignment=TA_RIGHT),
        head=style("head", fontName=fonts.SANS_BOLD, fontSize=8, leading=10, textColor=colors.white),
        mono=style("mono", fontName=fonts.MONO, fontSize=7, leading=9),
        marking=style("marking", fontSize=8.5, leading=11.5),
    )


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: Styles,
    *,
    extra: Sequence[tuple] = (),
) -> Table:
    """A table with a shaded header row repeated on every page and light row stripes.

    Cells that are strings become paragraphs (escaped); flowables pass through."""
    body = [[Paragraph(text(h), styles.head) for h in header]]
    for row in rows:
        body.append([Paragraph(text(cell), styles.cell) if isinstance(cell, str) else cell for cell in row])
    # splitInRow: a row taller than a page (a long description) goes on over the page break.
    table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands: list[tuple] = [
        *BASE_TABLE_STYLE,
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(body), 2)]
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def fact_table(pairs: Sequence[tuple[str, Any]], width: float, styles: Styles, *, columns: int = 1) -> Table:
    """Label–value pairs, in one or two column pairs, as on the first page of a brief."""
    cells = [
        (
            Paragraph(text(label), styles.cell_bold),
            v if not isinstance(v, str) else Paragraph(text(v), styles.cell),
        )
        for label, v in pairs
    ]
    per_column = -(-len(cells) // columns)
    rows = []
    for i in range(per_column):
        row: list[Any] = []
        for c in range(columns):
            index = c * per_column + i
            row += list(cells[index]) if index < len(cells) else ["", ""]
        rows.append(row)
    label_width = 44 * mm if columns == 1 else 27 * mm
    value_width = width / columns - label_width
    table = Table(rows, colWidths=[label_width, value_width] * columns, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                *BASE_TABLE_STYLE,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


class ReportDocument(BaseDocTemplate):
    """One frame per page; a running header and a "Page X of Y" footer drawn after layout.

    `progress(done, total)` is called after each top-level flowable; it may raise Cancelled."""

    def __init__(
        self,
        target,
        *,
        pagesize: tuple[float, float],
        title: str,
        header_left: str,
        header_right: str,
        footer_left: str,
        page_label: str,
        progress: Progress | None,
        total_steps: int,
    ) -> None:
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=title,
            author="Exile Case Tracker",
            subject="",
            creator="Exile Case Tracker",
            keywords=[],
            initialFontName=fonts.register_fonts(),  # else the standard Helvetica is referenced, unembedded
            initialFontSize=9.5,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._done = 0
        self._total = max(total_steps, 1)
        self.running = (header_left, header_right, footer_left, page_label)

    def afterFlowable(self, flowable) -> None:
        if self._progress is not None:
            self._done = min(self._done + 1, self._total)
            self._progress(self._done, self._total)

    def canvas_maker(self):
        document = self

        class NumberedCanvas(Canvas):
            """Keeps each page until the end, then draws the running texts knowing the page count."""

            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                count = len(self._pages)
                for number, page in enumerate(self._pages, start=1):
                    self.__dict__.update(page)
                    draw_running_texts(self, document, number, count)
                    Canvas.showPage(self)
                Canvas.save(self)

        return NumberedCanvas


def draw_running_texts(canvas: Canvas, document: ReportDocument, number: int, count: int) -> None:
    header_left, header_right, footer_left, page_label = document.running
    width, height = document.pagesize
    canvas.saveState()
    top = height - MARGIN + 1 * mm
    canvas.setFont(fonts.SANS, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, top, header_left)
    canvas.setFont(fonts.SANS_BOLD, 7.5)
    canvas.setFillColor(CRITICAL)
    canvas.drawRightString(width - MARGIN, top, header_right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 2.2 * mm, width - MARGIN, top - 2.2 * mm)
    bottom = MARGIN - 2 * mm
    canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
    canvas.setFont(fonts.SANS, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, bottom, footer_left)
    canvas.drawRightString(width - MARGIN, bottom, page_label.format(page=number, pages=count))
    canvas.restoreState()


def build(document: ReportDocument, story: list) -> None:
    document.build(story, canvasmaker=document.canvas_maker())


def render(
    handle, story: list, *, labels, pagesize, title: str, marking: str, progress: Progress | None
) -> None:
    """Lay out `story` into an open file or buffer, with the running header and "Page X of Y"."""
    document = ReportDocument(
        handle,
        pagesize=pagesize,
        title=title,
        header_left=f"{labels('app')} · {title}",
        header_right=marking,
        footer_left=labels("generated_on", day=labels.day(date.today())),
        page_label=labels("page_of"),
        progress=progress,
        total_steps=len(story),
    )
    build(document, story)
