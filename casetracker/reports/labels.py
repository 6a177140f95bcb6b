"""The words printed in reports, in the report's language: the catalogue's "report" domain for headings
and field names, its glossary for the vocabulary's values, its dates for days and months.

`Labels(language)("key")` words a heading; a key of the glossary ("severity.info", "role.lawyer") is
the glossary's; a key neither knows prints as written, so a report never fails for a missing word.
"""

from datetime import date

from casetracker import catalogue
from casetracker.errors import InvalidInput, reason
from casetracker.rules.messages import Wording, wording
from casetracker.vocabulary import DatePrecision

LANGUAGES = catalogue.LANGUAGES
__all__ = ["LANGUAGES", "Labels", "check_language", "finding_wording"]


def check_language(language: str) -> str:
    """`language` if a report can be written in it; refused (`InvalidInput`) before any file is opened."""
    if language not in LANGUAGES:
        raise InvalidInput("language", reason("not_one_of", value=language, allowed=", ".join(LANGUAGES)))
    return language


class Labels:
    """The labels of one language, with date formatting."""

    def __init__(self, language: str) -> None:
        self.language = check_language(language)

    def __call__(self, key: str, **values) -> str:
        words = catalogue.translated("report", key, self.language) or catalogue.translated(
            "glossary", key, self.language
        )
        if words is None:
            words = catalogue.source("report").get(key) or catalogue.source("glossary").get(key) or key
        return words.format(**values) if values else words

    def value(self, group: str, value: str) -> str:
        """A vocabulary value, such as value("event_kind", "entry_denied")."""
        return catalogue.term(group, value, self.language) if value else self("dash")

    def country(self, code: str) -> str:
        return catalogue.country_name(code, self.language)

    def day(self, value: date | None) -> str:
        if value is None:
            return self("not_recorded")
        return catalogue.long_day(value, self.language)

    def month(self, year: int, month: int) -> str:
        return catalogue.long_month(year, month, self.language)

    def partial_day(self, value: date, precision: str) -> str:
        """'15 Sept 2022', 'Sept 2022' or 'approx. 15 Sept 2022' (and the Russian forms)."""
        if precision == DatePrecision.MONTH:
            return self.month(value.year, value.month)
        if precision == DatePrecision.APPROXIMATE:
            return catalogue.approximate(self.day(value), self.language)
        return self.day(value)


def finding_wording(language: str) -> Wording:
    """How findings and computed deadlines are worded in `language`."""
    return wording(check_language(language))
