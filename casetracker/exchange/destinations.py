"""Where each column's values go, as the preview says it: to a field of the person, the case or the
event, or nowhere, with the reason. A value given for every row, and an event kind inferred from the case
type, are said too, so that nothing is imported, or left out, without the caseworker seeing it.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from casetracker.exchange.mapping import Mapping as ColumnMapping
from casetracker.exchange.problem_messages import Listed, Phrase, Term, english, render

CASE_FIELDS_NEED = ("case.country", "case.kind")


class Source(StrEnum):
    COLUMN = "column"  # a column of the sheet
    FIXED = "fixed"  # one value for every row
    INFERRED = "inferred"  # worked out from another field


@dataclass(frozen=True)
class Destination:
    """One column (or a value not from a column) and where its values go; `imported` False says they
    are left out, the text says why. `heading` is as written in the sheet ("" for a value not from one)."""

    source: Source
    heading: str
    field: str | None
    imported: bool
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str = "en") -> str:
        return render(self.key, self.params, language)

    def __str__(self) -> str:
        return f"'{self.heading}' → {self.text()}" if self.heading else self.text()


def goes_to(name: str) -> Phrase:
    """The field a value is stored in, in the caseworker's words ("the event's place")."""
    return Phrase(f"to.{name}", {}, english(f"to.{name}"))


_GROUP = {
    "case.kind": "case_kind",
    "case.status": "case_status",
    "case.priority": "priority",
    "event.kind": "event_kind",
    "event.procedure": "procedure",
    "case.country": "country",
    "event.country": "country",
}


def destinations(found: ColumnMapping, inferred: Iterable[tuple[str, str]] = ()) -> list[Destination]:
    """Every column with a heading, then every value given for every row, then an inferred event kind
    with the (case type, event kind) pairs the sheet's rows gave it (`inferred`)."""
    given = found.given
    event_made = "event.date" in given
    case_made = all(name in given for name in CASE_FIELDS_NEED)
    said: list[Destination] = []
    for column in found.columns:
        if not column.heading:
            continue
        name = column.field
        if name is None:
            said.append(Destination(Source.COLUMN, column.heading, None, False, "not.ignored"))
        elif name.startswith("event.") and not event_made:
            params = {"field": goes_to(name)}
            said.append(Destination(Source.COLUMN, column.heading, name, False, "not.no_event", params))
        elif name.startswith("case.") and not case_made:
            params = {"field": goes_to(name)}
            said.append(Destination(Source.COLUMN, column.heading, name, False, "not.no_case", params))
        else:
            said.append(Destination(Source.COLUMN, column.heading, name, True, f"to.{name}"))
    for name, value in found.fixed.items():
        key = "fixed.blank_cells" if name in found.fields else "fixed"
        params = {"field": goes_to(name), "value": Term(_GROUP[name], value)}
        said.append(Destination(Source.FIXED, "", name, True, key, params))
    if found.event_kind_inferred and event_made:
        pairs = sorted(set(inferred))
        params: dict[str, Any] = {"field": goes_to("event.kind")}
        if pairs:
            params["pairs"] = Listed(tuple(_pair(case_kind, event_kind) for case_kind, event_kind in pairs))
        key = "inferred.kinds" if pairs else "inferred"
        said.append(Destination(Source.INFERRED, "", "event.kind", True, key, params))
    return said


def _pair(case_kind: str, event_kind: str) -> Phrase:
    params = {"case_kind": Term("case_kind", case_kind), "event_kind": Term("event_kind", event_kind)}
    return Phrase("inferred.pair", params, english("inferred.pair", **params))
