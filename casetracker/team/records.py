"""Which records a team shares, the scope whose key seals each, and their fields as JSON values.

A record belongs to the scope of what it describes: a case and everything on it (events,
deadlines, notes, evidence files) to the case's scope; a person and what is theirs (spellings,
markers, documents, family links, notes about them) to the person's scope. Members who may read a
case may read its person; the server enforces both (docs/team-server.md).
"""

import functools
import uuid
from typing import Any

from pydantic import TypeAdapter
from sqlmodel import SQLModel

from casetracker.store.models import (
    Attachment,
    Case,
    Deadline,
    Event,
    FamilyLink,
    Note,
    Person,
    PersonMarker,
    PersonName,
    TravelDocument,
)

# Parents first: a laptop that receives a whole store inserts them in this order.
SHARED: dict[str, type[SQLModel]] = {
    model.__tablename__: model  # type: ignore[misc]
    for model in (
        Person,
        PersonName,
        PersonMarker,
        TravelDocument,
        FamilyLink,
        Case,
        Event,
        Deadline,
        Note,
        Attachment,
    )
}

# Fields each laptop works out for itself: when a row last changed here, the case's alert level
# (its own rule evaluation sets it), and the name of an evidence file's encrypted copy on its disk.
LOCAL_FIELDS = frozenset({"updated_at", "alert", "blob_name"})
# What a local field holds in a row that came from another laptop, before this laptop fills it in:
# an evidence file's content arrives after its record (team.files).
LOCAL_DEFAULTS = {"blob_name": ""}

# A record removed for good (a spelling, a marker, a family link) keeps this field, set to true.
GONE = "_gone"

_PERSON_SCOPED = ("person_name", "person_marker", "travel_document", "family_link")
_CASE_SCOPED = ("event", "deadline", "attachment")


def scope_of(entity: str, values: dict) -> uuid.UUID:
    """The scope of a record, from its values (those of a snapshot, or of a row)."""
    if entity in ("person", "case_file"):
        key = "id"
    elif entity in _PERSON_SCOPED:
        key = "person_id"
    elif entity in _CASE_SCOPED:
        key = "case_id"
    else:  # a note is about a case, or else about a person
        key = "case_id" if values.get("case_id") else "person_id"
    return uuid.UUID(str(values[key]))


def shared_fields(entity: str) -> tuple[str, ...]:
    return tuple(name for name in SHARED[entity].model_fields if name not in LOCAL_FIELDS)


def as_json(row: SQLModel) -> dict:
    """A row's shared fields as JSON values, as an operation carries them."""
    values = row.model_dump(mode="json")
    return {name: value for name, value in values.items() if name not in LOCAL_FIELDS}


def from_json(entity: str, field: str, value: Any) -> Any:
    """A JSON value of an operation as the column's type holds it."""
    return _adapter(entity, field).validate_python(value)


@functools.cache
def _adapter(entity: str, field: str) -> TypeAdapter:
    return TypeAdapter(SHARED[entity].model_fields[field].annotation)
