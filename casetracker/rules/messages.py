"""What the engine says, as message keys with parameters, worded through the catalogue.

A finding or a computed deadline keeps a `Message` (a key and its parameters: dates as dates, numbers
as ints, countries as `Place`, vocabulary values as their enums, rule data as given). Text is made only
when someone reads it, in the language asked for: `render(message, wording)`. English is the default
(`Finding.text`, the command line, stored deadline descriptions); the templates are the catalogue's
"findings" domain (casetracker/catalogue/findings.py and the .po), countries and vocabulary values are
named by its glossary.

Template syntax is str.format's. A number followed by its noun is written `{days:day|days}` (English:
one|other) or `{days:день|дня|дней}` (Russian: one|few|many); see casetracker.catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, NamedTuple

from casetracker import catalogue
from casetracker.catalogue.findings import EN
from casetracker.catalogue.glossary import group_of


class Message:
    """A message key and its parameters; equal and hashable by both, so findings still deduplicate."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, params: Mapping[str, Any] | None = None) -> None:
        self.key = key
        self.params = params or {}

    def __eq__(self, other) -> bool:
        return isinstance(other, Message) and self.key == other.key and self.params == other.params

    def __hash__(self) -> int:
        return hash((self.key, tuple(self.params.items())))

    def __repr__(self) -> str:
        return f"Message({self.key!r}, {self.params!r})"


class Place(NamedTuple):
    """A country (ISO code) or a zone (its key, e.g. "schengen"), with the name the profile gives it."""

    code: str
    name: str


class Month(NamedTuple):
    """A date known only to its month."""

    day: date


class Term(NamedTuple):
    """A value of the rules' own vocabulary (risk level, entry regime), worded by the catalog's
    "<group>.<value>" entry; a value the catalog lacks prints as written."""

    group: str
    value: str


class Joined(NamedTuple):
    """Several values printed one after another with `separator` between them."""

    items: tuple
    separator: str = ", "


class Sentences(Joined):
    """Parts that each make a sentence, printed one after another: each starts with a capital."""

    __slots__ = ()


def joined(items: Iterable, separator: str = ", ") -> Joined:
    return Joined(tuple(items), separator)


def sentence(text: str) -> str:
    """`text` starting with a capital, as a sentence does ("start date not verified" → "Start date ...")."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def plural(count: int, forms: list[str] | tuple[str, ...]) -> str:
    """The noun form for `count`: two forms (one|other) by English's rule, three (one|few|many) by
    Russian's: 1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня, 111 дней."""
    return catalogue.plural(count, forms, "en" if len(forms) == 2 else "ru")


@dataclass(frozen=True)
class Wording:
    """How one language words messages: the catalogue's templates and names, and its dates."""

    language: str

    def template(self, key: str) -> str:
        return catalogue.template("findings", key, self.language)

    def day(self, value: date) -> str:
        return catalogue.day(value, self.language)

    def month(self, value: date) -> str:
        return catalogue.month(value, self.language)

    def place(self, value: Place) -> str:
        if self.language == "en":
            return value.name
        name = catalogue.country_name(value.code, self.language)
        if name != value.code:
            return name
        return catalogue.translated("glossary", f"zone.{value.code}", self.language) or value.name

    def word(self, value: Enum) -> str:
        """A vocabulary value (event kind, document kind, risk marker): as stored in English sentences,
        by its glossary name in other languages."""
        group = group_of(value)
        if self.language == "en" or group is None:
            return str(value.value).replace("_", " ")
        return catalogue.term(group, value.value, self.language)

    def value(self, value: Any) -> str:
        if isinstance(value, Message):
            return render(value, self)
        if isinstance(value, Enum):
            return self.word(value)
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, Place):
            return self.place(value)
        if isinstance(value, Month):
            return self.month(value.day)
        if isinstance(value, Term):
            key = f"{value.group}.{value.value}"
            return catalogue.translated("findings", key, self.language) or value.value.replace("_", " ")
        if isinstance(value, Sentences):
            return value.separator.join(sentence(self.value(item)) for item in value.items)
        if isinstance(value, Joined):
            return value.separator.join(self.value(item) for item in value.items)
        return str(value)


class _Formatter(catalogue.Formatter):
    def __init__(self, wording: Wording) -> None:
        super().__init__(wording.language)
        self.wording = wording

    def number(self, value: int) -> str:
        return str(value)

    def value(self, value: Any) -> str:
        return self.wording.value(value)

    def vformat(self, format_string: str, args, kwargs) -> str:
        """str.format's, but a value put after the full stop of a sentence starts with a capital:
        "(entry day counted as day 1). {caveats}" says "... day 1). Start date not verified ..."."""
        out: list[str] = []
        for literal, name, spec, conversion in self.parse(format_string):
            out.append(literal)
            if name is None:
                continue
            value = self.convert_field(self.get_field(name, args, kwargs)[0], conversion)
            text = self.format_field(value, spec or "")
            out.append(sentence(text) if _ENDS_SENTENCE.search("".join(out)) else text)
        return "".join(out)


_ENDS_SENTENCE = re.compile(r"[.!?]\s+$")


class Deferred:
    """A message put together only when it is read: a whole store's evaluation makes hundreds of
    thousands of deadlines and findings, and reads the words of very few."""

    __slots__ = ("_build", "_built")

    def __init__(self, build: Callable[[], Message | str]) -> None:
        self._build, self._built = build, None

    def resolve(self) -> Message | str:
        if self._built is None:
            self._built = self._build()
        return self._built

    def __eq__(self, other) -> bool:
        return isinstance(other, Deferred) and self.resolve() == other.resolve()

    __hash__ = object.__hash__


def render(message: Message | str | Deferred, wording: Wording | None = None) -> str:
    """The message in the wording's language (English by default); a plain string is returned as is.

    A key missing from the wording's templates falls back to English, so a new message still shows."""
    if isinstance(message, Deferred):
        message = message.resolve()
    if isinstance(message, str):
        return message
    wording = wording or ENGLISH
    return _Formatter(wording).vformat(wording.template(message.key), (), message.params)


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return catalogue.placeholders(template)


@cache
def wording(language: str) -> Wording:
    """How findings and computed deadlines are worded in `language`."""
    return ENGLISH if language == "en" else Wording(language)


ENGLISH = Wording("en")
__all__ = [
    "EN",
    "ENGLISH",
    "Deferred",
    "Joined",
    "Message",
    "Month",
    "Place",
    "Sentences",
    "Term",
    "Wording",
    "render",
    "sentence",
]


def sentences(*parts: Message | str | None) -> Message | str:
    """Parts that each make a sentence or clause, printed with a space between: the empty ones left out."""
    kept = tuple(p for p in parts if p)
    if len(kept) == 1:
        return kept[0]
    return Message("sentences", {"parts": Sentences(kept, " ")})
