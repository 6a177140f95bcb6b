"""Comparing names as people type them: pure functions, no Qt, no database."""


def fold(text: str | None) -> str:
    """Case- and ё-insensitive form, so 'ЛЕВ', 'лев' and 'Лёв' compare equal.

    SQLite's own lower() and LIKE only fold ASCII letters; the store registers this
    function as `ct_fold` on every connection so Cyrillic searches work in SQL too.
    """
    return (text or "").casefold().replace("ё", "е")
