"""Import benchmark: a generated 10,000-row spreadsheet (cp1251, `;`, Russian headings) into a fresh store.

    python benchmarks/exchange.py [--rows 10000]

Target: under 5 s. Every row goes through the services (audit entries, computed deadlines),
in one transaction, as `casetracker import` does.
"""

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CASETRACKER_TEST_KDF_ITER", "4000")  # only for the throw-away store built here

from casetracker.exchange import import_sheet, plan_import
from casetracker.store.database import create_store

HEADINGS = ["ФИО", "Латиница", "Дата рождения", "Страна", "Тип дела", "Дата", "Событие", "Место", "Описание"]
SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов"]
GIVEN = ["Иван", "Пётр", "Алексей", "Дмитрий", "Сергей", "Андрей", "Олег", "Михаил"]
CASES = [("Грузия", "Отказ во въезде", ["Въезд", "Отказ во въезде", "Выезд"]),
         ("Германия", "Убежище", ["Въезд", "Подано заявление", "Собеседование", "Отрицательное решение"]),
         ("Казахстан", "Задержание", ["Задержание", "Запрос об экстрадиции", "Освобождение"]),
         ("Армения", "Аннулирование ВНЖ", ["ВНЖ аннулирован", "Подана жалоба"])]  # fmt: skip


def generate(rows: int, seed: int = 7) -> bytes:
    """About three events per case and one case per person, grouped as NGOs keep them."""
    rng = random.Random(seed)
    lines = ["Реестр дел;;;;;;;;", ";".join(HEADINGS)]
    person = 0
    while len(lines) - 2 < rows:
        person += 1
        name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)} {person}"
        born = (date(1960, 1, 1) + timedelta(days=rng.randrange(15000))).strftime("%d.%m.%Y")
        country, kind, steps = rng.choice(CASES)
        day = date(2022, 3, 1) + timedelta(days=rng.randrange(600))
        for step in steps:
            day += timedelta(days=rng.randrange(1, 40))
            cells = [name, f"PERSON {person}", born, country, kind, day.strftime("%d.%m.%Y"), step]
            lines.append(";".join([*cells, "город", "подробности шага"]))
    return ("\r\n".join(lines[: rows + 2]) + "\r\n").encode("cp1251")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / "реестр.csv"
        sheet.write_bytes(generate(rows))
        store = create_store(Path(folder) / "store", "benchmark")
        try:
            start = time.perf_counter()
            with store.session() as session:
                plan = plan_import(session, sheet)
            planned = time.perf_counter() - start
            start = time.perf_counter()
            with store.transaction() as session:
                result = import_sheet(session, "bench", sheet)
            imported = time.perf_counter() - start
        finally:
            store.close()
    assert not plan.problems, plan.problems[:5]
    print(
        f"import of a {rows:,}-row CSV: {imported:.2f} s "
        f"({result.persons:,} persons, {len(result.case_numbers):,} cases, {result.events:,} events; "
        f"preview alone {planned:.2f} s; target < 5 s)"
    )


if __name__ == "__main__":
    main()
