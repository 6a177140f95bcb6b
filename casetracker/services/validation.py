"""Checks of values coming from a person at a keyboard or from a file."""

import re
from enum import StrEnum

from casetracker.errors import InvalidInput

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
MAX_TEXT = 1_000_000  # a 50-page note fits many times over


def check_text(field: str, value: str, *, required: bool = False) -> str:
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise InvalidInput(field, "must not be empty")
    if len(cleaned) > MAX_TEXT:
        raise InvalidInput(field, f"is longer than {MAX_TEXT:,} characters")
    if "\x00" in cleaned:
        raise InvalidInput(field, "contains a NUL character")
    return cleaned


def check_country(code: str) -> str:
    cleaned = (code or "").strip().upper()
    if not _COUNTRY_CODE.match(cleaned):
        raise InvalidInput("country", f"'{code}' is not a two-letter ISO 3166 code such as EE or GE")
    return cleaned


def check_vocabulary[E: StrEnum](field: str, value: E | str, vocabulary: type[E]) -> E:
    try:
        return vocabulary(value)
    except ValueError:
        allowed = ", ".join(member.value for member in vocabulary)
        raise InvalidInput(field, f"'{value}' is not one of: {allowed}") from None
