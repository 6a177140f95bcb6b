"""Project rule: no real person's name in the rules layer. Cases are described, never named.

Web addresses are left out of the check: a source's address is a citation and is kept as published
even when its slug names someone (README: titles, notes and reasons must still be name-free).
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [ROOT / "resources" / "rules", ROOT / "casetracker" / "rules", ROOT / "tests" / "rules"]

# Surnames that earlier versions of the profiles named, in Latin and Cyrillic spelling. Each is matched
# at the start of a word, so "Varenik's" is caught and "computing" does not match "Putin".
SURNAMES = [
    *("Varenik", "Kamensky", "Kamenskiy", "Setrakov", "Shchetin", "Khachaturov", "Skoryakin", "Rozhkov"),
    *("Shepelev", "Sumbayev", "Sumbaev", "Movlaev", "Zhilin", "Khalilova", "Nikitin", "Volokhonsky"),
    *("Tyshkevich", "Irzhansky", "Bobryshev", "Suetin", "Frenkel", "Krestyaninov", "Dzyadko", "Gryaznova"),
    *("Romanov", "Shevchenko", "Lander"),
    *("Pashinyan", "Putin", "Vucic", "Vučić", "Vuchich", "Faeser", "Erdogan", "Erdoğan", "Elbegdorj"),
    *("Вареник", "Каменск", "Сетраков", "Щетин", "Хачатуров", "Скорякин", "Рожков", "Шепелев", "Сумбаев"),
    *("Мовлаев", "Жилин", "Халилов", "Никитин", "Волохонск", "Пашинян", "Путин", "Вучич", "Суетин"),
]
PATTERN = re.compile(r"\b(?:" + "|".join(map(re.escape, SURNAMES)) + ")", re.IGNORECASE)
URL = re.compile(r"https?://\S+")


def checked_files():
    for folder in CHECKED:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in {".toml", ".py", ".md"} and path != Path(__file__).resolve():
                yield path


def names_in(text: str) -> list[str]:
    return PATTERN.findall(URL.sub("", text))


@pytest.mark.parametrize("path", list(checked_files()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_real_names(path):
    found = [
        f"line {n}: {name}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for name in names_in(line)
    ]
    assert not found, f"{path.name} names real people; describe the case instead: {found}"


def test_the_check_catches_names_but_not_addresses_or_ordinary_words():
    assert names_in("Journalist Varenik's visa was revoked") == ["Varenik"]
    assert names_in("Задержан Скорякин") == ["Скорякин"]
    assert names_in("url = 'https://example.org/anarchist-lev-skoryakin-kidnapped'") == []
    assert names_in("they were sorted by date before computing") == []
