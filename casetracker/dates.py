"""Dates as caseworkers know them: exact, month-only or approximate.

Pure functions, no Qt and no database. A month-only date is kept as the first
day of its month together with its precision.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from casetracker.vocabulary import DatePrecision

# The days a date in a case may fall on. Nothing in a case happened before 1900, and these bounds
# keep the rules' arithmetic (a window of 180 days before, a year after) within what dates can hold.
EARLIEST = date(1900, 1, 1)
LATEST = date(2099, 12, 31)

_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
_APPROXIMATE_PREFIXES = ("~", "approx.", "approx", "ca.", "c.", "около", "ок.", "примерно")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH_ONLY = re.compile(r"^(\d{4})-(\d{1,2})$")
_DOTTED_MONTH = re.compile(r"^(\d{1,2})\.(\d{4})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    value: date
    precision: DatePrecision = DatePrecision.EXACT

    def __str__(self) -> str:
        return format_partial_date(self.value, self.precision)


class DateError(ValueError):
    """A date that cannot be read; the message says what was expected. `out_of_range`: a real date,
    but outside the years a case's dates may fall in. `problem` names what is wrong, worded by the
    catalogue's "dates" domain ("problem.<problem>", filled with `params`): the app says it precisely."""

    def __init__(
        self, message: str, *, out_of_range: bool = False, problem: str = "format", **params: object
    ) -> None:
        super().__init__(message)
        self.out_of_range = out_of_range
        self.problem = problem
        self.params = params


def parse_date(text: str) -> date:
    """An exact date written as YYYY-MM-DD or DD.MM.YYYY."""
    parsed = parse_partial_date(text)
    if parsed.precision is not DatePrecision.EXACT:
        raise DateError(
            f"'{text}' is not an exact date; write it as YYYY-MM-DD", problem="not_exact", text=text
        )
    return parsed.value


def parse_partial_date(text: str) -> PartialDate:
    """Read '2022-09-15', '15.09.2022', '2022-09' (month only) or '~2022-09-15' (approximate)."""
    cleaned = text.strip()
    precision = DatePrecision.EXACT
    lowered = cleaned.lower()
    for prefix in _APPROXIMATE_PREFIXES:
        if lowered.startswith(prefix):
            cleaned = cleaned[len(prefix) :].strip()
            precision = DatePrecision.APPROXIMATE
            break
    try:
        if match := _MONTH_ONLY.match(cleaned) or _DOTTED_MONTH.match(cleaned):
            year, month = _year_month(match)
            month_precision = DatePrecision.MONTH if precision is DatePrecision.EXACT else precision
            parsed = PartialDate(date(year, month, 1), month_precision)
        elif match := _DOTTED.match(cleaned):
            day, month, year = (int(part) for part in match.groups())
            parsed = PartialDate(date(year, month, day), precision)
        else:
            parsed = PartialDate(date.fromisoformat(cleaned), precision)
    except ValueError as error:
        raise DateError(
            f"'{text[:40]}' is not a valid date; write YYYY-MM-DD, DD.MM.YYYY, YYYY-MM for a month, "
            "or put ~ in front of an approximate date",
            **_what_is_wrong(cleaned, text[:40]),
        ) from error
    if not EARLIEST <= parsed.value <= LATEST:
        years = f"{EARLIEST.year} to {LATEST.year}"
        raise DateError(
            f"'{text[:40]}' is outside the years {years}",
            out_of_range=True,
            problem="range",
            text=text[:40],
            earliest=EARLIEST.year,
            latest=LATEST.year,
        )
    return parsed


_NUMBERS = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _what_is_wrong(cleaned: str, text: str) -> dict:
    """Why a date written in figures is not a day of the calendar: no such month, or no such day in it."""
    if match := _NUMBERS.match(cleaned):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DOTTED.match(cleaned):
        day, month, year = (int(part) for part in match.groups())
    elif match := _MONTH_ONLY.match(cleaned) or _DOTTED_MONTH.match(cleaned):
        year, month, day = *_year_month(match), 1
    else:
        return {"problem": "format", "text": text}
    if not 1 <= month <= 12:
        return {"problem": "month", "text": text, "month": month}
    if year >= 1 and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return {"problem": "day", "text": text, "days": calendar.monthrange(year, month)[1]}
    return {"problem": "format", "text": text}


def _year_month(match: re.Match[str]) -> tuple[int, int]:
    first, second = (int(part) for part in match.groups())
    return (first, second) if first > 12 else (second, first)


def format_partial_date(value: date, precision: DatePrecision | str) -> str:
    """'15 Sept 2022', 'Sept 2022' or 'approx. 15 Sept 2022' (English; reports translate labels)."""
    month = _MONTH_ABBREVIATIONS[value.month - 1]
    precision = DatePrecision(precision)
    if precision is DatePrecision.MONTH:
        return f"{month} {value.year}"
    exact = f"{value.day} {month} {value.year}"
    return f"approx. {exact}" if precision is DatePrecision.APPROXIMATE else exact
