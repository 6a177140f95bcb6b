"""Fill a store with synthetic persons, cases and events for benchmarks.

The data is random but shaped like a real organisation's: Cyrillic names with
one to three Latin spellings, the countries of the rule profiles, every case
and event kind, about ten events per case. Rows are inserted in bulk (no audit
entries): this measures the store, not the services. Every name is made up
from syllables.
"""

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, insert

from casetracker.store.models import Case, Deadline, Event, Note, Person, PersonMarker, PersonName
from casetracker.vocabulary import CaseKind, CaseStatus, DatePrecision, EventKind, Priority, RiskMarker

COUNTRIES = [
    "EE",
    "LV",
    "LT",
    "FI",
    "PL",
    "DE",
    "FR",
    "GE",
    "AM",
    "KZ",
    "KG",
    "UZ",
    "TR",
    "RS",
    "ME",
    "AE",
    "IL",
    "MN",
    "US",
    "GB",
    "CA",
    "TJ",
    "CZ",
    "NL",
    "ES",
    "IT",
]
FIRST = [
    "Александр",
    "Алексей",
    "Анна",
    "Мария",
    "Дмитрий",
    "Юлия",
    "Илья",
    "Ксения",
    "Сергей",
    "Евгений",
    "Наталья",
    "Фёдор",
    "Яна",
    "Юрий",
    "Жанна",
    "Олег",
    "Татьяна",
    "Щедрослав",
    "Ярослав",
    "Хельга",
]
SYLLABLES = [
    "ще",
    "гло",
    "ва",
    "ко",
    "ро",
    "жу",
    "ча",
    "ми",
    "ха",
    "цы",
    "ля",
    "ю",
    "бе",
    "ре",
    "зи",
    "но",
    "ты",
    "шу",
    "ёл",
    "де",
    "пи",
    "ска",
    "ля",
    "ну",
]
ENDINGS = ["ов", "ев", "ин", "ский", "ова", "ева", "ина", "ская", "ых", "ко"]

_ICAO = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "ie",
            "y",
            "",
            "e",
            "iu",
            "ia",
        ],
        strict=True,
    )
)
_OLD = {**_ICAO, "й": "y", "ю": "yu", "я": "ya", "ъ": "", "ё": "yo"}


def _latin(name: str, table: dict[str, str]) -> str:
    return "".join(table.get(char, char) for char in name.lower()).upper()


def _surname(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) + rng.choice(ENDINGS)
    return word.capitalize()


def _day(rng: random.Random, start: date, span_days: int) -> date:
    return start + timedelta(days=rng.randrange(span_days))


def generate(engine: Engine, cases: int, *, seed: int = 2022, batch: int = 20_000) -> dict[str, int]:
    """Insert about `cases` cases (and persons, names, events...) in one transaction; return row counts."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    rows: dict[type, list[dict]] = {
        m: [] for m in (Person, PersonName, PersonMarker, Case, Event, Deadline, Note)
    }
    counts = dict.fromkeys((model.__tablename__ for model in rows), 0)
    numbers: dict[tuple[str, int], int] = {}

    def stamp() -> dict:
        return {"id": uuid.uuid4(), "created_at": now, "updated_at": now}

    with engine.begin() as connection:

        def flush(force: bool = False) -> None:
            if not force and len(rows[Event]) < batch:
                return
            for model, pending in rows.items():  # parents before children, for the foreign keys
                if pending:
                    connection.execute(insert(model), pending)
                    counts[model.__tablename__] += len(pending)
                    pending.clear()

        person_id = None
        for index in range(cases):
            if person_id is None or rng.random() < 0.7:  # some persons have several cases
                person_id = _add_person(rng, rows, stamp)
            _add_case(rng, rows, stamp, person_id, numbers, index)
            if index % 1000 == 0:
                flush()
        flush(force=True)
    return counts


def _add_person(rng, rows, stamp) -> uuid.UUID:
    name = f"{rng.choice(FIRST)} {_surname(rng)}"
    person = {
        **stamp(),
        "name": name,
        "birth_date": _day(rng, date(1950, 1, 1), 365 * 55),
        "birth_place": "",
        "citizenships": ["RU"],
        "languages": ["ru"],
        "secure_contact": "",
        "current_location": "",
        "military_status": "",
    }
    rows[Person].append(person)
    for table in rng.sample([_ICAO, _OLD], rng.randint(1, 2)):
        rows[PersonName].append(
            {
                **stamp(),
                "person_id": person["id"],
                "text": _latin(name, table),
                "script": "latin",
                "source": "passport",
            }
        )
    if rng.random() < 0.3:
        rows[PersonMarker].append(
            {
                **stamp(),
                "person_id": person["id"],
                "marker": rng.choice(list(RiskMarker)),
                "detail": "",
                "since": None,
            }
        )
    return person["id"]


def _add_case(rng, rows, stamp, person_id, numbers, index) -> None:
    country = rng.choice(COUNTRIES)
    opened = _day(rng, date(2022, 2, 24), 365 * 4)
    sequence = numbers[(country, opened.year)] = numbers.get((country, opened.year), 0) + 1
    case = {
        **stamp(),
        "number": f"{country}-{opened.year}-{sequence:04d}",
        "person_id": person_id,
        "kind": rng.choice(list(CaseKind)),
        "country": country,
        "status": rng.choice(list(CaseStatus)),
        "priority": rng.choice(list(Priority)),
        "opened_on": opened,
        "closed_on": None,
        "caseworker": "",
        "lawyer": "",
        "summary": f"Synthetic case {index}",
        "outcome": "",
        "deleted_at": None,
    }
    rows[Case].append(case)
    for _ in range(rng.randint(5, 15)):
        rows[Event].append(
            {
                **stamp(),
                "case_id": case["id"],
                "kind": rng.choice(list(EventKind)),
                "date": _day(rng, opened - timedelta(days=200), 600),
                "date_precision": rng.choice([DatePrecision.EXACT] * 8 + list(DatePrecision)),
                "place": rng.choice(COUNTRIES),
                "description": "",
                "source": "",
                "deleted_at": None,
            }
        )
    if rng.random() < 0.5:
        rows[Deadline].append(
            {
                **stamp(),
                "case_id": case["id"],
                "due": _day(rng, opened, 400),
                "kind": "appeal",
                "origin": "manual",
                "status": "open",
                "description": "",
                "deleted_at": None,
            }
        )
    rows[Note].append(
        {
            **stamp(),
            "case_id": case["id"],
            "person_id": None,
            "text": "Synthetic note",
            "author": "bench",
            "deleted_at": None,
        }
    )
