"""Table tests for name keys: spellings of one name meet, different names stay apart."""

import iuliia
import pytest

from casetracker.names import closeness, fold, keys_text, name_keys, same_name_word, word_keys, words

SAME = [
    ("Щеглов", ["SHCHEGLOV", "Shcheglov", "Schtscheglow", "Chtcheglov", "Szczegłow", "Scheglov"]),
    ("Юлия", ["YULIYA", "IULIIA", "Julia", "Iouliia", "Yulia"]),
    ("Ёлкин", ["Елкин", "Elkin", "Yolkin", "ELKINE", "Yelkin"]),
    ("Цой", ["TSOI", "TCOI", "Tsoy", "Zoi"]),
    ("Хабибуллин", ["KHABIBULLIN", "Chabibullin", "Habibullin", "Khabiboulline"]),
    ("Евгений", ["EVGENII", "EVGENIY", "Yevgeny", "Jewgeni", "Evguenii"]),
    ("Горбачёв", ["Gorbachev", "Gorbatschow", "Gorbatchev", "Gorbachyov"]),
    ("Жуков", ["ZHUKOV", "Joukov", "Schukow"]),
    ("Чайковский", ["Tchaikovsky", "Tschaikowski", "CHAIKOVSKII", "Chaykovskiy"]),
    ("Михаил", ["MIKHAIL", "Michail", "Mikhaïl"]),
    ("Ельцин", ["Yeltsin", "Jelzin", "ELTSIN", "Eltcin"]),
    ("Алексей", ["ALEKSEI", "Aleksey", "Alexej", "Alexei"]),
    ("Наталья", ["NATALIA", "NATALYA", "Natal'ya", "Natalja"]),
    ("Ксения", ["KSENIIA", "Kseniya", "Xenia"]),
    ("Андреев", ["ANDREEV", "Andreyev"]),
    ("Васин", ["VASIN", "Vasine", "Wassin"]),
    ("Фёдор", ["FEDOR", "Fyodor", "Fiodor"]),
    ("Горький", ["GORKII", "Gor'kiy", "Gorky", "Gorki"]),
    ("Щедрослав", ["SHCHEDROSLAV", "Schtschedroslaw", "Chtchedroslav"]),
    ("Ярослав", ["IAROSLAV", "YAROSLAV", "Jaroslaw", "Jarosław"]),
]

DIFFERENT = [
    ("Иванов", "Ивашов"),
    ("Иванов", "Ivashov"),
    ("Щеглов", "Sheglova"),
    ("Цой", "Coy"),
    ("Хабибуллин", "Khabibulina"),
    ("Юлия", "Юрий"),
    ("Елкин", "Ёлкина"),
    ("Жуков", "Zhurov"),
]

# The systems Russian passports and references have used.
SCHEMAS = [
    iuliia.MVD_310,
    iuliia.MVD_310_FR,
    iuliia.GOST_52535,
    iuliia.ICAO_DOC_9303,
    iuliia.BGN_PCGN,
    iuliia.MVD_782,
    iuliia.WIKIPEDIA,
]
CYRILLIC = [
    "Щеглов",
    "Юлия",
    "Ёлкин",
    "Цой",
    "Хабибуллин",
    "Евгений",
    "Жуков",
    "Чайковский",
    "Ксения",
    "Наталья",
    "Татьяна",
    "Илья",
    "Дмитрий",
    "Сергей",
    "Юрий",
    "Фёдор",
    "Яна",
    "Жанна",
    "Хельга",
    "Щедрослав",
    "Ярослав",
    "Васильев",
    "Горький",
    "Белый",
    "Семёнов",
    "Медведев",
    "Ходорковский",
    "Шостакович",
    "Зюганов",
]


@pytest.mark.parametrize(("cyrillic", "spellings"), SAME)
def test_spellings_of_one_name_share_a_key(cyrillic, spellings):
    for spelling in spellings:
        assert same_name_word(cyrillic, spelling), (
            cyrillic,
            spelling,
            word_keys(cyrillic),
            word_keys(spelling),
        )
        assert same_name_word(spelling, cyrillic)


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda schema: schema.name)
@pytest.mark.parametrize("cyrillic", CYRILLIC)
def test_every_passport_system_meets_the_cyrillic_key(schema, cyrillic):
    latin = schema.translate(cyrillic)
    assert set(word_keys(cyrillic)) & set(word_keys(latin)), (latin, word_keys(cyrillic), word_keys(latin))
    assert set(word_keys(cyrillic)) & set(word_keys(latin.upper()))


@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_different_names_have_different_keys(one, other):
    assert not same_name_word(one, other)


def test_fold_is_case_and_yo_insensitive():
    assert fold("ЛЁВ") == fold("лев") == "лев"
    assert words("Gor'kiy, Pod\"yachev  EE-2024-0003") == ["gorkiy", "podyachev", "ee", "2024", "0003"]


def test_numbers_have_no_keys():
    assert word_keys("2024") == ()
    assert name_keys("Щеглов Иван 1990") == [("xeglov",), ("ivan",)]
    assert keys_text("Щеглов SHCHEGLOV") == "xeglov"


def test_closeness_prefers_the_same_spelling():
    candidate = "Щеглов Иван Петрович · SHCHEGLOV IVAN"
    assert closeness("Shcheglov", candidate) == 1.0
    assert closeness("Щегл", candidate) == 0.8
    assert closeness("Schtscheglow", candidate) == 0.6
    assert closeness("Schtsch", candidate) == 0.4
    assert closeness("Иван Щеглов", candidate) == 1.0  # the patronymic left out costs nothing
    assert closeness("Ivanov", candidate) == 0.0
    assert closeness("", candidate) == 0.0
