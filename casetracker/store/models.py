"""The tables of the case store (SQLModel).

Every row has a UUID key, so that stores from several laptops can later be
merged, and UTC `created_at`/`updated_at`. Rows a caseworker can delete carry
`deleted_at` instead of being removed: the trash keeps them recoverable.
Kinds, statuses and markers are stored as the plain strings of
`casetracker.vocabulary`.
"""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from casetracker.store.types import UTCDateTime, utcnow


def _timestamp(**kwargs) -> datetime:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, **kwargs)


class Row(SQLModel):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp(sa_column_kwargs={"onupdate": utcnow})


class TrashableRow(Row):
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Person(TrashableRow, table=True):
    name: str = Field(description="the name as the person writes it, usually in Cyrillic")
    birth_date: date | None = None
    birth_place: str = ""
    citizenships: list[str] = Field(default_factory=list, sa_type=JSON)
    languages: list[str] = Field(default_factory=list, sa_type=JSON)
    secure_contact: str = ""
    current_location: str = ""
    military_status: str = ""


class PersonName(Row, table=True):
    """Another spelling of a person's name: a passport transliteration, a press or court rendering."""

    __tablename__ = "person_name"
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    text: str
    script: str
    source: str = ""


class PersonMarker(Row, table=True):
    """A risk marker: a criminal case in Russia, a wanted listing, a foreign-agent designation..."""

    __tablename__ = "person_marker"
    __table_args__ = (UniqueConstraint("person_id", "marker"),)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    marker: str
    detail: str = ""  # e.g. the article of the criminal code
    since: date | None = None


class FamilyLink(Row, table=True):
    __tablename__ = "family_link"
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    relative_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    relative_name: str = ""  # for relatives who are not in the store
    relation: str


class TravelDocument(TrashableRow, table=True):
    """A passport, visa or residence permit."""

    __tablename__ = "travel_document"
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    kind: str
    country: str  # ISO 3166 alpha-2 of the issuing country
    number: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    annulled_on: date | None = None  # a visa cancelled or a permit annulled ends here, not on its expiry
    note: str = ""


class Case(TrashableRow, table=True):
    """One matter for one person in one country."""

    __tablename__ = "case_file"
    __table_args__ = (
        Index("ix_case_file_country_kind", "country", "kind"),
        Index("ix_case_file_status_priority", "status", "priority"),
        Index("ix_case_file_updated_at", "updated_at"),
        Index("ix_case_file_alert_updated_at", "alert", "updated_at"),  # the dashboard's newest critical
    )
    number: str = Field(unique=True, description="human-readable, such as EE-2024-0003")
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    kind: str
    country: str
    status: str
    priority: str
    opened_on: date
    closed_on: date | None = None
    caseworker: str = ""
    lawyer: str = ""
    summary: str = ""
    outcome: str = ""
    # The most severe finding of the last rule evaluation (info, warning or critical), kept so
    # the dashboard and the case list can show risk without evaluating every case.
    alert: str = "info"


class Event(TrashableRow, table=True):
    """A dated step on a case's timeline.

    A month-only date is stored as the first day of its month; `date_precision` says so.
    """

    __table_args__ = (Index("ix_event_case_date", "case_id", "date"),)
    case_id: uuid.UUID = Field(foreign_key="case_file.id")
    kind: str
    date: date
    date_precision: str
    place: str = ""
    description: str = ""
    source: str = ""
    # Where it happened, when not in the case's country (an entry into Finland on an Estonian case).
    country: str = ""
    # The procedure a decision was taken in (vocabulary.Procedure); empty when not known or no decision.
    procedure: str = ""


class Deadline(TrashableRow, table=True):
    """A due date: entered by hand (origin "manual") or computed from a rule (origin: the rule id).

    Computed deadlines are recomputed when events or profiles change; manual ones never are.
    """

    __table_args__ = (
        Index("ix_deadline_status_due", "status", "due"),
        Index("ix_deadline_case_status_due", "case_id", "status", "due"),
    )
    case_id: uuid.UUID = Field(foreign_key="case_file.id", index=True)
    event_id: uuid.UUID | None = Field(default=None, foreign_key="event.id")  # the event it runs from
    due: date
    kind: str
    origin: str
    status: str
    description: str = ""


class Note(TrashableRow, table=True):
    case_id: uuid.UUID | None = Field(default=None, foreign_key="case_file.id", index=True)
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    text: str
    author: str = ""


class Attachment(TrashableRow, table=True):
    """Metadata of an evidence file; the file itself is an encrypted blob in `attachments/`."""

    case_id: uuid.UUID = Field(foreign_key="case_file.id", index=True)
    event_id: uuid.UUID | None = Field(default=None, foreign_key="event.id")
    filename: str
    media_type: str = "application/octet-stream"
    size: int
    sha256: str
    blob_name: str
    added_by: str = ""


class AuditEntry(SQLModel, table=True):
    """One change: who, when, what, and the record before and after."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = _timestamp(index=True)
    actor: str
    action: str  # create, update, delete, restore, merge...
    entity: str
    entity_id: uuid.UUID
    before: dict | None = Field(default=None, sa_type=JSON)
    after: dict | None = Field(default=None, sa_type=JSON)


class RuleOverrideRow(TrashableRow, table=True):
    """An organisation's local correction of one field of one shipped rule, with its reason."""

    __tablename__ = "rule_override"
    country: str  # a country code, or a zone name such as "schengen"
    rule_id: str = Field(index=True)
    field: str
    value: Any = Field(default=None, sa_type=JSON)
    reason: str
    author: str = ""


class StoreSetting(SQLModel, table=True):
    """Store-wide values kept encrypted: the caseworker's name, keys for attachments."""

    __tablename__ = "store_setting"
    key: str = Field(primary_key=True)
    value: str


# --- team mode: what sync keeps beside the records (empty in a store that never joined a team) -----


class SyncRecord(SQLModel, table=True):
    """What sync knows of one shared record: the scope whose key seals it (its case, or its person)
    and, per field, the operations whose values are current (`team.merge` explains the heads)."""

    __tablename__ = "sync_record"
    record_id: uuid.UUID = Field(primary_key=True)
    entity: str
    scope_id: uuid.UUID = Field(index=True)
    heads: dict = Field(default_factory=dict, sa_type=JSON)
    in_conflict: bool = Field(default=False, index=True)  # a field holds two values to choose from


class SyncOutbox(SQLModel, table=True):
    """A local operation not yet stored by the team's server, in the order it was made."""

    __tablename__ = "sync_outbox"
    seq: int | None = Field(default=None, primary_key=True)
    op_id: uuid.UUID = Field(unique=True)
    scope_id: uuid.UUID
    body: dict = Field(sa_type=JSON)


class SyncApplied(SQLModel, table=True):
    """An operation of another laptop already applied here: pulling it again changes nothing."""

    __tablename__ = "sync_applied"
    op_id: uuid.UUID = Field(primary_key=True)


class SyncHeld(SQLModel, table=True):
    """An operation on a kind of record that a newer version shares and this one cannot hold yet: kept
    (inside the encrypted store), and applied once the app is updated to a version that knows it."""

    __tablename__ = "sync_held"
    op_id: uuid.UUID = Field(primary_key=True)
    entity: str = Field(index=True)
    scope_id: uuid.UUID
    body: dict = Field(sa_type=JSON)


class TeamKey(SQLModel, table=True):
    """A scope's key (a case's or a person's), one per version: a member's access is rotated by a
    new version. Kept only inside the encrypted store."""

    __tablename__ = "team_key"
    scope_id: uuid.UUID = Field(primary_key=True)
    version: int = Field(primary_key=True)
    key: str  # base64
