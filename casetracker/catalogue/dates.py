"""The words of dates: the patterns of a day and a month in figures and with the month's name, and the
month names themselves (a translator's choice, like any text: the reports' abbreviations are their own)."""

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

EN: dict[str, str] = {
    "day": "{year:04d}-{month:02d}-{day:02d}",
    "month": "{year:04d}-{month:02d}",
    "long_day": "{day} {month} {year}",
    "long_month": "{month} {year}",
    "approximate": "approx. {day}",
    # what is wrong with a date typed in a field
    "problem.format": "“{text}” is not a date. Write YYYY-MM-DD or DD.MM.YYYY.",
    "problem.month": "“{text}” has no month {month}: months run from 1 to 12.",
    "problem.day": "“{text}” has no such day: that month has {days:day|days}.",
    "problem.range": "“{text}” is outside the years {earliest}–{latest} that the app accepts.",
    "problem.not_exact": "“{text}” is not a whole date. Write the day too: YYYY-MM-DD or DD.MM.YYYY.",
    # a month's name within a date (the genitive in Russian: 1 марта), and standing alone (март 2024)
    **{f"month_name.{number}": name for number, name in enumerate(_MONTHS, 1)},
    **{f"month_alone.{number}": name for number, name in enumerate(_MONTHS, 1)},
    # a chart's months over time: every name abbreviated alike (Jun, Sep), beside its year
    **{f"month_short.{number}": name for number, name in enumerate(_SHORT_MONTHS, 1)},
    "chart_month": "{month} {year}",
    "quarter": "Q{quarter} {year}",
}
