"""Reading the values of cells: dates as caseworkers write them, vocabulary words in Russian or
English, country names. Pure functions; each failure is a CellError (a ValueError) whose message says
why in English, and whose key and parameters let the wizard say it in the caseworker's language."""

import re
from datetime import date
from enum import StrEnum

from casetracker.catalogue import country_name, translated
from casetracker.dates import DateError, PartialDate, parse_partial_date
from casetracker.exchange.mapping import normalise
from casetracker.exchange.problem_messages import Words, english
from casetracker.vocabulary import CaseKind, CaseStatus, DatePrecision, EventKind, Priority, Procedure

_TIME_SUFFIX = re.compile(r"^(\S+)\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_YEAR_SUFFIX = re.compile(r"\s*(г\.?|года?)$", re.IGNORECASE)
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class CellError(ValueError):
    """A cell that cannot be read: a message key of problem_messages and its parameters (the cell's
    text as written among them); str() is the English message."""

    def __init__(self, key: str, **params) -> None:
        super().__init__(english(key, **params))
        self.key, self.params = key, params


def read_date(text: str) -> PartialDate:
    """'15.09.2022', '15.09.2022 г.', '2022-09-15', '2022-09-15 00:00', '09.2022', '~2022-09',
    '15/09/2022' (day first)."""
    cleaned = _YEAR_SUFFIX.sub("", text.strip())
    if match := _TIME_SUFFIX.match(cleaned):
        cleaned = match.group(1)
    if match := _SLASHED.match(cleaned):  # day first, as everywhere outside the United States
        cleaned = f"{match.group(1)}.{match.group(2)}.{match.group(3)}"
    try:
        parsed = parse_partial_date(cleaned)
    except DateError as error:  # its message is English: say it in the wizard's words, with the cell's text
        raise CellError("date.out_of_range" if error.out_of_range else "date.invalid", value=text) from None
    return parsed


def read_exact_date(text: str) -> date:
    parsed = read_date(text)
    if parsed.precision is not DatePrecision.EXACT:
        raise CellError("date.not_exact", value=text)
    return parsed.value


def _words(prefix: str, vocabulary: type[StrEnum], extra: dict[str, str]) -> dict[str, str]:
    words: dict[str, str] = {}
    for member in vocabulary:
        words[normalise(member.value)] = member.value
        words[normalise(member.value.replace("_", " "))] = member.value
        for language in ("en", "ru"):
            label = translated("glossary", f"{prefix}.{member.value}", language)
            if label:
                words[normalise(label)] = member.value
    words.update({normalise(word): value for word, value in extra.items()})
    return words


CASE_KINDS = _words(
    "case_kind",
    CaseKind,
    {
        "Отказ во въезде": "entry_denial",
        "Недопуск": "entry_denial",
        "Запрет на въезд": "entry_denial",
        "Entry ban": "entry_denial",
        "Аннулирование визы": "visa_cancellation",
        "Отзыв визы": "visa_cancellation",
        "Аннулирование ВНЖ": "residence_permit_annulment",
        "Аннулирование вида на жительство": "residence_permit_annulment",
        "Лишение ВНЖ": "residence_permit_annulment",
        "Убежище": "asylum",
        "Политическое убежище": "asylum",
        "Просьба об убежище": "asylum",
        "Asylum claim": "asylum",
        "Задержание": "detention_extradition",
        "Экстрадиция": "detention_extradition",
        "Выдача": "detention_extradition",
        "Extradition": "detention_extradition",
        "Detention": "detention_extradition",
        "Задержание / экстрадиция": "detention_extradition",
        "Detention / extradition": "detention_extradition",
        "Похищение / исчезновение": "abduction_disappearance",
        "Abduction / disappearance": "abduction_disappearance",
        "Похищение": "abduction_disappearance",
        "Исчезновение": "abduction_disappearance",
        "Disappearance": "abduction_disappearance",
        "Abduction": "abduction_disappearance",
        "Депортация": "deportation",
        "Выдворение": "deportation",
        "Другое": "other",
        "Прочее": "other",
    },
)
EVENT_KINDS = _words(
    "event_kind",
    EventKind,
    {
        "Въезд": "entry",
        "Выезд": "exit",
        "Отказ во въезде": "entry_denied",
        "Недопуск": "entry_denied",
        "Entry denied": "entry_denied",
        "Выдача визы": "visa_issued",
        "Аннулирование визы": "visa_cancelled",
        "Выдача ВНЖ": "permit_issued",
        "Аннулирование ВНЖ": "permit_annulled",
        "Подача заявления": "application_filed",
        "Заявление": "application_filed",
        "Подача на убежище": "application_filed",
        "Интервью": "interview",
        "Собеседование": "interview",
        "Положительное решение": "decision_positive",
        "Отрицательное решение": "decision_negative",
        "Отказ": "decision_negative",
        "Уведомление": "notified",
        "Получено уведомление": "notified",
        "Decision notified": "notified",
        "Жалоба": "appeal_filed",
        "Апелляция": "appeal_filed",
        "Подача жалобы": "appeal_filed",
        "Суд": "hearing",
        "Заседание": "hearing",
        "Судебное заседание": "hearing",
        "Задержание": "detention",
        "Арест": "detention",
        "Освобождение": "release",
        "Запрос об экстрадиции": "extradition_request",
        "Запрос о выдаче": "extradition_request",
        "Правило 39": "interim_measure",
        "Rule 39": "interim_measure",
        "Депортация": "deportation",
        "Решение о выдворении": "expulsion_order",
        "Выдворение": "expulsion_order",
        "Решение о возвращении": "expulsion_order",
        "Return decision": "expulsion_order",
        "Запрет въезда": "entry_ban",
        "Запрет на въезд": "entry_ban",
        "Исчезновение": "disappearance",
        "Последний контакт": "last_contact",
        "Выдана виза": "visa_issued",
        "Выдан ВНЖ": "permit_issued",
        "Подано заявление": "application_filed",
        "Подана жалоба": "appeal_filed",
        "Последняя связь": "last_contact",
        "Найден": "located",
        "Нашелся": "located",
        "Заметка": "note",
        "Примечание": "note",
    },
)
STATUSES = _words(
    "case_status",
    CaseStatus,
    {"Открыто": "open", "Открыт": "open", "В работе": "open", "Ожидание": "waiting", "Ждем": "waiting",
     "Обжалование": "appeal", "Апелляция": "appeal", "Закрыто": "closed", "Закрыт": "closed",
     "Завершено": "closed"},
)  # fmt: skip
PROCEDURES = _words(
    "procedure",
    Procedure,
    {"Общая": "normal", "Общая процедура": "normal", "Обычная": "normal", "General": "normal",
     "Ускоренная": "accelerated", "Ускоренная процедура": "accelerated",
     "Явно необоснованное": "manifestly_unfounded", "Явно необоснованно": "manifestly_unfounded",
     "Неприемлемое": "inadmissible", "Неприемлемо": "inadmissible", "Пограничная": "border",
     "На границе": "border", "Под стражей": "detained", "В заключении": "detained", "Дублинская": "dublin",
     "Дублин": "dublin", "Расширенная": "extended", "Повторное": "subsequent",
     "Повторное заявление": "subsequent", "Повторное ходатайство": "subsequent",
     "Решение под стражей": "detained"},
)  # fmt: skip
PRIORITIES = _words(
    "priority",
    Priority,
    {"Низкий": "low", "Обычный": "normal", "Средний": "normal", "Высокий": "high", "Срочно": "urgent",
     "Срочный": "urgent", "Критический": "urgent", "Medium": "normal"},
)  # fmt: skip


def _country_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for first in range(26):
        for second in range(26):
            code = chr(65 + first) + chr(65 + second)
            for language in ("en", "ru"):
                name = country_name(code, language)
                if name != code:
                    words[normalise(name)] = code
    extra = {
        "Грузия (Тбилиси)": "GE", "Сакартвело": "GE", "Кыргызстан": "KG", "Киргизстан": "KG",
        "Казахстан": "KZ", "Германия (ФРГ)": "DE", "ФРГ": "DE", "Соединенные Штаты": "US",
        "USA": "US", "UK": "GB", "Britain": "GB", "Великобритания": "GB", "Англия": "GB",
        "Эмираты": "AE", "UAE": "AE", "Дубай": "AE", "Czech Republic": "CZ", "Чешская Республика": "CZ",
        "Турецкая Республика": "TR", "Türkiye": "TR", "Turkiye": "TR", "Израиль": "IL",
    }  # fmt: skip
    words.update({normalise(word): code for word, code in extra.items()})
    return words


COUNTRIES = _country_words()
_CODE = re.compile(r"^[A-Za-z]{2}$")


def read_word(text: str, words: dict[str, str], extra: dict[str, str], unknown: str, allowed: Words) -> str:
    """The stored value `text` names; else CellError with the message key `unknown` (such as
    "unknown.case_kind") and the values allowed."""
    key = normalise(text)
    found = extra.get(key) or words.get(key)
    if found is None:
        raise CellError(unknown, value=text, allowed=allowed)
    return found


def read_country(text: str, extra: dict[str, str]) -> str:
    key = normalise(text)
    if key in extra:
        return extra[key].upper()
    if _CODE.match(text.strip()):
        return text.strip().upper()
    if key in COUNTRIES:
        return COUNTRIES[key]
    raise CellError("country.unknown", value=text)


def read_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,/]", text) if part.strip()]
