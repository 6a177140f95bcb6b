"""The aggregate statistics report: cases by country, kind, status, outcome and month.

    build_statistics(session, Path("stats.pdf"), start=date(2023, 1, 1), end=date(2023, 12, 31))

Holds counts only — no names, case numbers, places or texts — so it can go to donors
and the press. Reads the store and never writes to it.
"""

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer
from sqlmodel import Session

from casetracker import catalogue
from casetracker.catalogue import country_name
from casetracker.errors import InvalidInput, reason
from casetracker.reports import fonts, layout
from casetracker.reports.labels import Labels, check_language
from casetracker.reports.layout import Progress, Styles, text
from casetracker.reports.output import atomic_output, with_output
from casetracker.reports.stats_data import Period, Statistics, over_time, read_statistics
from casetracker.store.leftovers import Journal

TOP_COUNTRIES = 15


def build_statistics(
    session: Session,
    out: Path,
    *,
    start: date | None = None,
    end: date | None = None,
    language: str = "en",
    paper: str = "a4",
    progress: Progress | None = None,
    journal: Journal | None = None,
) -> Path:
    """Write the statistics of the cases opened from `start` to `end` (inclusive; open-ended if None)."""
    if start and end and end < start:
        raise InvalidInput("to", reason("range"))
    check_language(language), layout.check_paper(paper)  # refused before any file is opened
    options = {"start": start, "end": end, "language": language, "paper": paper, "progress": progress}
    return with_output(out, lambda handle: handle.write(statistics_pdf(session, **options)), journal)


def write_statistics(
    stats: Statistics,
    out: Path,
    *,
    labels: Labels,
    pagesize: tuple[float, float],
    progress: Progress | None = None,
) -> Path:
    with atomic_output(out) as handle:
        render_statistics(stats, handle, labels=labels, pagesize=pagesize, progress=progress)
    return Path(out).expanduser()


def statistics_pdf(
    session: Session, *, start=None, end=None, language="en", paper="a4", progress=None
) -> bytes:
    """The statistics as PDF bytes in memory, for the preview."""
    if start and end and end < start:
        raise InvalidInput("to", reason("range"))
    buffer = io.BytesIO()
    stats = read_statistics(session, start, end)
    render_statistics(
        stats, buffer, labels=Labels(language), pagesize=layout.check_paper(paper), progress=progress
    )
    return buffer.getvalue()


def render_statistics(
    stats: Statistics,
    handle,
    *,
    labels: Labels,
    pagesize: tuple[float, float],
    progress: Progress | None = None,
) -> None:
    story = _story(stats, labels, layout.make_styles(), pagesize[0] - 2 * layout.MARGIN)
    title = labels("statistics")
    layout.render(handle, story, labels=labels, pagesize=pagesize, title=title, marking="", progress=progress)


def _range_text(stats: Statistics, labels: Labels) -> str:
    if stats.start is None and stats.end is None:
        return labels("stats.range_all")
    start = labels.day(stats.start) if stats.start else labels("start")
    end = labels.day(stats.end) if stats.end else labels("end")
    return labels("stats.range", start=start, end=end)


def _story(stats: Statistics, labels: Labels, styles: Styles, width: float) -> list:
    story: list = [
        Paragraph(text(labels("statistics")), styles.title),
        Paragraph(text(_range_text(stats, labels)), styles.subtitle),
        Paragraph(text(labels("stats.privacy")), styles.small),
        Spacer(1, 3 * mm),
        layout.fact_table([(labels("stats.total"), f"{stats.total:,}".replace(",", " "))], width, styles),
    ]
    if not stats.total:
        story.append(Paragraph(f"<b>{text(labels('stats.none'))}</b>", styles.body))
        return story

    periods = over_time(stats)
    story += _section(
        labels(f"stats.by_{periods[0][0].unit}"),
        [(_period_name(period, labels.language), count) for period, count in periods],
        stats.total,
        labels,
        styles,
        width,
        chart=_month_chart,
        table=False,
    )
    countries = [(country_name(code, labels.language), n) for code, n in stats.by_country.most_common()]
    if len(countries) > TOP_COUNTRIES:
        rest = sum(n for _, n in countries[TOP_COUNTRIES:])
        countries = [*countries[:TOP_COUNTRIES], (labels("stats.other"), rest)]
    story += _section(
        labels("stats.by_country"), countries, stats.total, labels, styles, width, column=labels("country")
    )
    kinds = [(labels.value("case_kind", k), n) for k, n in stats.by_kind.most_common()]
    story += _section(
        labels("stats.by_kind"), kinds, stats.total, labels, styles, width, column=labels("kind")
    )
    statuses = [(labels.value("case_status", s), n) for s, n in stats.by_status.most_common()]
    story += _section(
        labels("stats.by_status"), statuses, stats.total, labels, styles, width, column=labels("status")
    )
    if stats.by_outcome:
        outcomes = [(labels(f"outcome.{o}"), n) for o, n in stats.by_outcome.most_common()]
        closed = sum(stats.by_outcome.values())
        story += _section(
            labels("stats.by_outcome"), outcomes, closed, labels, styles, width, column=labels("outcome")
        )
    return story


def _period_name(period: Period, language: str) -> str:
    """A bar's name on the chart: Jan 2024 / янв 2024 (every month abbreviated alike), Q1 2024 / 1 кв.
    2024, or the year."""
    if period.unit == "month":
        month = catalogue.text("dates", f"month_short.{period.number}", language)
        return catalogue.text("dates", "chart_month", language, month=month, year=period.year)
    if period.unit == "quarter":
        return catalogue.text("dates", "quarter", language, quarter=period.number, year=period.year)
    return str(period.year)


def _section(
    title: str,
    rows: list[tuple[str, int]],
    total: int,
    labels: Labels,
    styles: Styles,
    width: float,
    *,
    column: str = "",
    chart: Callable | None = None,
    table: bool = True,
) -> list:
    drawing = (chart or _bar_chart)(rows, width)
    parts: list = [Paragraph(text(title), styles.h1), drawing]
    if table:
        body = [
            [
                name,
                Paragraph(f"{count:,}".replace(",", " "), styles.cell_right),
                Paragraph(_share(count, total, labels.language), styles.cell_right),
            ]
            for name, count in rows
        ]
        header = [column, labels("stats.count"), labels("stats.share")]
        parts.append(Spacer(1, 2 * mm))
        parts.append(layout.data_table(header, body, [width * 0.6, width * 0.2, width * 0.2], styles))
    return [CondPageBreak(60 * mm), KeepTogether(parts[:2]), *parts[2:]]


def _share(count: int, total: int, language: str) -> str:
    """12.5% in English, 12,5 % in Russian (a comma, and a no-break space before the sign)."""
    share = f"{count / total:.1%}"
    return share if language == "en" else share.replace(".", ",").replace("%", "\u00a0%")


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.SANS  # else the drawing starts in the standard, unembedded Helvetica
    drawing.initialFontSize = 7
    return drawing


def _style_axis_labels(axis, size: float = 7) -> None:
    axis.labels.fontName = fonts.SANS
    axis.labels.fontSize = size
    axis.labels.fillColor = layout.INK


def _integer_axis(axis, maximum: int) -> None:
    """Whole-number ticks, about six of them: counts have no halves."""
    rough = max(maximum / 6, 1)
    magnitude = 10 ** (len(str(int(rough))) - 1)
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = max(step, -(-maximum // step) * step)
    axis.labelTextFormat = lambda value: f"{int(value):,}".replace(",", " ")


def _bar_chart(rows: list[tuple[str, int]], width: float) -> Drawing:
    bar = 5.5 * mm
    height = max(len(rows) * bar + 12 * mm, 25 * mm)
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 48 * mm, 8 * mm
    chart.width, chart.height = width - 62 * mm, height - 12 * mm
    names = [name for name, _ in rows][::-1]
    chart.data = [[count for _, count in rows][::-1]]
    chart.categoryAxis.categoryNames = [name if len(name) <= 34 else name[:33] + "…" for name in names]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    _style_axis_labels(chart.categoryAxis)
    _style_axis_labels(chart.valueAxis)
    _integer_axis(chart.valueAxis, max(chart.data[0]))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = layout.RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = layout.ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barWidth = bar * 0.7
    drawing.add(chart)
    return drawing


def _month_chart(rows: list[tuple[str, int]], width: float) -> Drawing:
    height = 62 * mm
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 16 * mm
    chart.width, chart.height = width - 16 * mm, height - 20 * mm
    chart.data = [[count for _, count in rows]]
    chart.categoryAxis.categoryNames = [name for name, _ in rows]  # at most MAX_BARS: each one named
    _style_axis_labels(chart.categoryAxis, 6.5)
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    _style_axis_labels(chart.valueAxis)
    _integer_axis(chart.valueAxis, max(chart.data[0]))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = layout.RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = layout.ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = fonts.SANS
    drawing.add(chart)
    return drawing
