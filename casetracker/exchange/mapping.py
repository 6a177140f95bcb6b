"""Which column holds what: headings matched by Russian and English synonyms, a mapping file,
and mappings remembered per layout inside the encrypted store.

A mapping file is JSON:

    {"columns": {"Клиент (полностью)": "person.name", "Служебное": null},
     "values": {"case.kind": {"Отказ на границе": "entry_denial"}, "case.country": {"Сакартвело": "GE"}},
     "fixed": {"event.kind": "entry_denied"},
     "header_row": 2}

`columns` maps headings as written in the file to fields (null: ignore the column);
`values` adds words for the values of a field; `fixed` gives a field one value for every row (a value as
stored or a word for it; a row whose column for the field has a value keeps its own); `header_row` says
where the headings are. Without a column or a fixed value for the event kind, it is inferred from the case
type (see `INFERRED_EVENT_KINDS`).
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from casetracker.exchange.problems import UnreadableFile
from casetracker.exchange.sheets import Table
from casetracker.services import store_settings
from casetracker.vocabulary import CaseKind, EventKind

FIELDS: dict[str, tuple[str, ...]] = {
    "person.name": (
        "ФИО", "Ф.И.О.", "Фамилия Имя Отчество", "Фамилия, имя, отчество", "Имя", "Клиент", "ФИО клиента",
        "Заявитель", "Full name", "Name", "Client", "Client name", "Person",
    ),
    "person.latin_name": (
        "Латиница", "ФИО латиницей", "ФИО (латиница)", "Имя латиницей", "Транслитерация", "Имя в паспорте",
        "Name (Latin)", "Latin name", "Latin spelling", "Passport name", "Name in passport",
    ),
    "person.birth_date": ("Дата рождения", "Д.р.", "ДР", "Date of birth", "Birth date", "DOB", "Born"),
    "person.birth_place": ("Место рождения", "Place of birth", "Birth place", "Birthplace"),
    "person.citizenship": ("Гражданство", "Citizenship", "Citizenships", "Nationality"),
    "person.languages": ("Языки", "Язык", "Languages", "Language"),
    "person.contact": ("Контакт", "Контакты", "Связь", "Канал связи", "Secure contact", "Contact"),
    "person.location": (
        "Местонахождение", "Где находится", "Текущее местонахождение", "Current location", "Location",
    ),
    "person.military_status": ("Воинский статус", "Военный статус", "Military status"),
    "case.reference": (
        "Номер дела", "№ дела", "Дело №", "№", "Case number", "Case no", "Case ID", "Reference", "Ref",
    ),
    "case.country": ("Страна", "Страна дела", "Country", "Case country"),
    "case.kind": (
        "Тип дела", "Вид дела", "Категория", "Категория дела", "Case type", "Case kind", "Type of case",
    ),
    "case.opened_on": (
        "Дата открытия", "Дата обращения", "Открыто", "Дело открыто", "Opened", "Date opened", "Opened on",
    ),
    "case.status": ("Статус", "Статус дела", "Status", "Case status"),
    "case.priority": ("Приоритет", "Срочность", "Priority"),
    "case.caseworker": ("Куратор", "Сотрудник", "Ответственный", "Caseworker"),
    "case.lawyer": ("Юрист", "Адвокат", "Lawyer"),
    "case.summary": ("Суть дела", "Краткое описание", "Резюме", "Summary", "Case summary"),
    "event.date": ("Дата", "Дата события", "Date", "Event date"),
    "event.kind": ("Событие", "Тип события", "Что произошло", "Event", "Event type", "Event kind"),
    "event.place": ("Место", "Место события", "Place", "Where"),
    "event.description": (
        "Описание", "Подробности", "Комментарий", "Примечание", "Description", "Details", "Comment", "Notes",
    ),
    "event.source": ("Источник", "Source"),
    "event.country": ("Страна события", "Где (страна)", "Event country", "Country of event"),
    "event.procedure": ("Процедура", "Процедура решения", "Procedure", "Decision procedure"),
}  # fmt: skip

REQUIRED = ("person.name",)
TOGETHER = {
    "case": ("case.country", "case.kind"),
    "event": ("event.date", "event.kind"),
}
"""A case needs its country and kind, an event its date and kind: a sheet with one needs the other."""


def missing_fields(given: set[str]) -> list[str]:
    """The fields an import cannot do without, given those with a column or a value for every row. An
    event's kind is not asked for when the case type says it (or is asked for itself)."""
    missing = [name for name in REQUIRED if name not in given]
    case_group, event_group = TOGETHER["case"], TOGETHER["event"]
    if any(name in given for name in case_group):
        missing += [name for name in case_group if name not in given]
    if "event.date" in given and "case.kind" in given | set(missing):
        given = given | {"event.kind"}
    if any(name in given for name in event_group):
        missing += [name for name in event_group if name not in given]
    return missing


FIXABLE = (
    "case.kind", "case.country", "case.status", "case.priority", "event.kind", "event.country",
    "event.procedure",
)  # fmt: skip
"""The fields that may be given one value for every row (the words of a vocabulary, or a country)."""

INFERRED_EVENT_KINDS: dict[str, str] = {
    CaseKind.ENTRY_DENIAL: EventKind.ENTRY_DENIED,
    CaseKind.VISA_CANCELLATION: EventKind.VISA_CANCELLED,
    CaseKind.RESIDENCE_PERMIT_ANNULMENT: EventKind.PERMIT_ANNULLED,
    CaseKind.ASYLUM: EventKind.APPLICATION_FILED,
    CaseKind.DETENTION_EXTRADITION: EventKind.DETENTION,
    CaseKind.ABDUCTION_DISAPPEARANCE: EventKind.DISAPPEARANCE,
    CaseKind.DEPORTATION: EventKind.DEPORTATION,
    CaseKind.OTHER: EventKind.NOTE,
}
"""What happened on the day a sheet gives, by the case's type, when the sheet does not say: a sheet of
entry refusals has one row per refusal, with its date."""

_SETTING_PREFIX = "exchange.layout."
_HEADER_SEARCH_ROWS = 30


def normalise(heading: str) -> str:
    text = heading.casefold().replace("ё", "е").replace("№", " no ")
    return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())


_SYNONYMS: dict[str, str] = {normalise(word): name for name, words in FIELDS.items() for word in words}


@dataclass(frozen=True)
class Column:
    index: int
    heading: str  # as written in the file (with the heading above it, for two-row headers)
    field: str | None


@dataclass
class Mapping:
    header_row: int
    columns: list[Column]
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    layout: str = ""
    fixed: dict[str, str] = field(default_factory=dict)  # field -> its value for every row

    @property
    def given(self) -> set[str]:
        """The fields a row may have a value for: from a column, or the same for every row."""
        return self.fields | set(self.fixed)

    @property
    def event_kind_inferred(self) -> bool:
        """No column and no fixed value says what happened: the case type says it."""
        return "event.kind" not in self.given and "case.kind" in self.given

    def index_of(self, name: str) -> int | None:
        return next((c.index for c in self.columns if c.field == name), None)

    def heading_of(self, name: str) -> str:
        return next((c.heading for c in self.columns if c.field == name), name)

    @property
    def fields(self) -> set[str]:
        return {c.field for c in self.columns if c.field}

    def as_json(self) -> dict:
        data = {"columns": {c.heading: c.field for c in self.columns}, "values": self.values}
        return data | ({"fixed": self.fixed} if self.fixed else {})


@dataclass
class Overrides:
    columns: dict[str, str | None] = field(default_factory=dict)  # normalised heading -> field
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    header_row: int | None = None
    fixed: dict[str, str] | None = None  # None: not said (a remembered choice stands); {}: none

    def merged(self, other: "Overrides") -> "Overrides":
        values = {key: dict(words) for key, words in self.values.items()}
        for key, words in other.values.items():
            values.setdefault(key, {}).update(words)
        fixed = other.fixed if other.fixed is not None else self.fixed
        columns = {**self.columns, **other.columns}
        return Overrides(columns, values, other.header_row or self.header_row, fixed)


def parse_overrides(data: object, origin: str = "the mapping") -> Overrides:
    """Check a mapping (from a file or the store) and return it with normalised headings."""
    if not isinstance(data, dict):
        raise UnreadableFile(f"{origin} must be a JSON object of headings and fields.")
    raw_columns = data.get("columns", {} if {"values", "header_row", "fixed"} & set(data) else data)
    if not isinstance(raw_columns, dict):
        raise UnreadableFile(f"{origin}: 'columns' must be an object of headings and fields.")
    columns: dict[str, str | None] = {}
    for heading, target in raw_columns.items():
        if target is not None and target not in FIELDS:
            known = ", ".join(FIELDS)
            raise UnreadableFile(
                f"{origin}: '{target}' (for '{heading}') is not a field; use one of: {known}"
            )
        columns[normalise(str(heading))] = target
    values: dict[str, dict[str, str]] = {}
    raw_values = data.get("values", {})
    if not isinstance(raw_values, dict) or not all(isinstance(v, dict) for v in raw_values.values()):
        raise UnreadableFile(f"{origin}: 'values' must map fields to objects of words and values.")
    for name, words in raw_values.items():
        if name not in FIELDS:
            raise UnreadableFile(f"{origin}: 'values' names '{name}', which is not a field.")
        values[name] = {normalise(str(word)): str(value) for word, value in words.items()}
    header_row = data.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
        raise UnreadableFile(f"{origin}: 'header_row' must be a row number (1 for the first row).")
    return Overrides(columns, values, header_row, _fixed(data.get("fixed"), origin))


def _fixed(raw: object, origin: str) -> dict[str, str] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise UnreadableFile(f"{origin}: 'fixed' must map fields to the value every row gets.")
    fixed: dict[str, str] = {}
    for name, value in raw.items():
        if name not in FIXABLE:
            raise UnreadableFile(
                f"{origin}: 'fixed' names '{name}'; a value for every row can be given for: "
                + ", ".join(FIXABLE)
            )
        if not isinstance(value, str) or not value.strip():
            raise UnreadableFile(f"{origin}: 'fixed' gives '{name}' no value; write it as text.")
        fixed[name] = value.strip()
    return fixed


def load_mapping_file(path: Path) -> Overrides:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UnreadableFile(f"The mapping file {path} does not exist.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableFile(f"The mapping file {path.name} is not valid UTF-8 JSON ({error}).") from None
    return parse_overrides(data, f"The mapping file {path.name}")


def _field_for(candidates: list[str], overrides: Overrides, taken: set[str]) -> tuple[bool, str | None]:
    """(matched, field) for the first candidate heading that names a field not yet taken.

    The caller's mapping wins over the synonyms; a column it maps to null is ignored.
    """
    keys = [normalise(candidate) for candidate in candidates]
    for key in keys:
        if key in overrides.columns:
            target = overrides.columns[key]
            if target is None or target not in taken:
                return True, target
    for key in keys:
        name = _SYNONYMS.get(key)
        if name and name not in taken:
            return True, name
    return False, None


def _columns_for(rows: list[tuple[int, list[str]]], position: int, overrides: Overrides) -> list[Column]:
    cells = rows[position][1]
    above = _forward_filled(rows[position - 1][1]) if position > 0 else []
    columns, taken = [], set()
    for index, cell in enumerate(cells):
        parent = above[index] if index < len(above) else ""
        candidates = [cell] if cell else []
        if parent and cell:
            candidates += [f"{parent} {cell}", f"{cell} {parent}"]
        elif parent and not cell:
            candidates = [parent]  # a heading merged vertically over two rows
        matched, name = _field_for(candidates, overrides, taken)
        heading = cell or parent
        if parent and cell and matched and name and name != _SYNONYMS.get(normalise(cell)):
            heading = f"{parent} {cell}"
        if name:
            taken.add(name)
        columns.append(Column(index, heading, name))
    return columns


def _forward_filled(cells: list[str]) -> list[str]:
    """A row of headings merged across columns: the value sits in the first cell only."""
    filled, last = [], ""
    for cell in cells:
        last = cell or last
        filled.append(last)
    return filled


def find_mapping(table: Table, overrides: Overrides | None = None) -> Mapping | None:
    """The heading row (the best-matching of the first rows) and what each column holds."""
    overrides = overrides or Overrides()
    rows = table.rows
    best: tuple[int, int] | None = None
    for position in range(min(len(rows), _HEADER_SEARCH_ROWS)):
        number = rows[position][0]
        if overrides.header_row and number != overrides.header_row:
            continue
        columns = _columns_for(rows, position, overrides)
        fields = {c.field for c in columns if c.field}
        score = len(fields) + (2 if "person.name" in fields else 0)
        if fields and (best is None or score > best[0]):
            best = (score, position)
    if best is None:
        return None
    position = best[1]
    columns = _columns_for(rows, position, overrides)
    above = rows[position - 1][1] if position > 0 else []
    layout = layout_key(above, rows[position][1])
    return Mapping(rows[position][0], columns, overrides.values, layout, dict(overrides.fixed or {}))


def layout_key(above: list[str], headings: list[str]) -> str:
    """Identifies a sheet layout by its heading rows, so that a mapping chosen once is used again."""
    text = (
        "\x1f".join(normalise(cell) for cell in above) + "\x1e" + "\x1f".join(normalise(c) for c in headings)
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def remembered(session: Session, layout: str) -> Overrides:
    """The mapping last used for this layout, kept in the encrypted store (never in settings files)."""
    stored = store_settings.get_setting(session, _SETTING_PREFIX + layout)
    if not stored:
        return Overrides()
    try:
        return parse_overrides(json.loads(stored), "the remembered mapping")
    except (json.JSONDecodeError, UnreadableFile):
        return Overrides()  # a damaged memory is forgotten, not fatal


def remembered_for(session: Session, tables: list[Table]) -> Overrides:
    """The remembered mapping of the first layout found among the first rows of the tables."""
    for table in tables:
        rows = table.rows[:_HEADER_SEARCH_ROWS]
        for position, (_, cells) in enumerate(rows):
            above = rows[position - 1][1] if position > 0 else []
            found = remembered(session, layout_key(above, cells))
            if found.columns or found.fixed:
                return found
    return Overrides()


def remember(session: Session, mapping: Mapping) -> None:
    data = mapping.as_json()
    store_settings.set_setting(
        session, _SETTING_PREFIX + mapping.layout, json.dumps(data, ensure_ascii=False)
    )
