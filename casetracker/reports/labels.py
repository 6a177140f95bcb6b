"""The words printed in reports, in English and Russian: one plain dictionary per language.

Keys are headings and field names, and `<group>.<value>` for every value of the
vocabulary (case kinds, statuses, event kinds...). `label()` falls back to English,
then to the stored value itself, so a value added later still prints.
"""

from datetime import date
from enum import Enum
from functools import cache

from casetracker.reports.countries import country_name
from casetracker.rules.messages import CATALOGS, Place, Wording, wording
from casetracker.vocabulary import CaseKind, DatePrecision, DocumentKind, EventKind, RiskMarker

LANGUAGES = ("en", "ru")

EN: dict[str, str] = {
    # document
    "app": "Exile Case Tracker",
    "case_summary": "Case summary",
    "statistics": "Case statistics",
    "confidential": "CONFIDENTIAL",
    "confidential.sharing": "CONFIDENTIAL · REDACTED FOR SHARING",
    "marking.lawyer": "Confidential — legal privilege. Prepared for the lawyer acting in this case.",
    "marking.sharing": "Confidential — redacted for sharing.",
    "marking.body": "This document holds personal data of a person at risk of persecution. Keep it out of "
    "e-mail and cloud folders unless they are encrypted; the PDF file itself is not encrypted.",
    "redacted.list": "Left out of this copy: contacts, current location, family and notes.",
    "redacted.initials": "Names are shown as initials.",
    "page_of": "Page {page} of {pages}",
    "generated": "Generated",
    "generated_on": "Generated on {day}",
    "evaluated_on": "Rules applied as of {day}",
    "none_recorded": "None recorded.",
    "not_recorded": "not recorded",
    "unknown": "unknown",
    "dash": "—",
    # case
    "section.case": "Case",
    "number": "Case number",
    "country": "Country",
    "kind": "Kind of case",
    "status": "Status",
    "priority": "Priority",
    "opened": "Opened",
    "closed": "Closed",
    "caseworker": "Caseworker",
    "lawyer": "Lawyer",
    # person
    "section.person": "The person",
    "name": "Name",
    "name.cyrillic": "Name (Cyrillic)",
    "name.latin": "Latin spellings",
    "name.other": "Other spellings",
    "birth_date": "Date of birth",
    "birth_place": "Place of birth",
    "citizenships": "Citizenship",
    "languages": "Languages",
    "military_status": "Military status",
    "markers": "Risk markers",
    "secure_contact": "Secure contact",
    "current_location": "Current location",
    "section.documents": "Travel documents and permits",
    "document.kind": "Document",
    "document.country": "Issued by",
    "document.number": "Number",
    "document.valid_from": "Valid from",
    "document.valid_until": "Valid until",
    "section.family": "Family",
    "family.relation": "Relation",
    "family.name": "Name",
    # summary
    "section.summary": "Summary and outcome",
    "summary": "Summary",
    "outcome": "Outcome",
    # timeline
    "section.timeline": "Timeline",
    "timeline.intro": "Events in date order. Dates known only to the month or approximately are marked so.",
    "no_events": "No events are recorded for this case: the timeline is missing.",
    "event.no": "#",
    "event.date": "Date",
    "event.kind": "Event",
    "event.place": "Place",
    "event.description": "Description",
    "event.source": "Source",
    "event.rules": "Rules applied",
    # assessment
    "section.assessment": "Assessment under the country rules",
    "assessment.intro": "Computed by the rule engine from the timeline and the country profiles. "
    "Check each rule against its source before relying on it.",
    "assessment.no_profile": "No rule profile exists for this country: nothing was assessed.",
    "stay": "Lawful stay",
    "stay.text": "{used} of {limit} days used{window}; {left} days left after today; last legal day: {last}.",
    "stay.over": "{used} of {limit} days used{window}; over the limit since {since}; the last legal day was "
    "{last}.",
    "stay.window": " in any {days} days",
    "stay.per_entry": " per entry",
    "stay.passed": "already passed",
    "section.findings": "Findings",
    "finding.severity": "Severity",
    "finding.text": "Finding",
    "finding.rule": "Rule, in force from, source",
    "no_findings": "The rules gave no findings.",
    "severity.info": "Info",
    "severity.warning": "Warning",
    "severity.critical": "Critical",
    "section.deadlines": "Deadlines",
    "deadline.due": "Due",
    "deadline.kind": "Deadline",
    "deadline.status": "Status",
    "deadline.description": "Description",
    "deadline.origin": "Rule, in force from, source",
    "deadline.manual": "entered by hand",
    "deadline.overdue": "overdue",
    "no_deadlines": "No deadlines are recorded.",
    "section.rules": "Rules cited",
    "rule.id": "Rule",
    "rule.in_force": "In force",
    "rule.source": "Source",
    "rule.from": "from {day}",
    "rule.until": "until {day}",
    "rule.unknown": "rule not found in the current profiles",
    "rule.no_source": "no source recorded",
    "rule.checked": "checked {day}",
    "rule.unverified": "NOT VERIFIED: confirm the period in the decision or the law",
    "rule.never_checked": "date of the last check not recorded",
    "source.law": "law",
    "source.government": "government",
    "source.court": "court",
    "source.unhcr_aida": "UNHCR / AIDA",
    "source.ngo": "NGO, secondary",
    "source.news": "news, secondary",
    # attachments
    "section.attachments": "Evidence (attachments)",
    "attachments.intro": "Each file is kept encrypted by the caseworker; the SHA-256 checksum identifies "
    "the original file.",
    "attachment.file": "File",
    "attachment.type": "Type",
    "attachment.size": "Size",
    "attachment.sha256": "SHA-256",
    "attachment.added": "Added",
    "attachment.missing": "file missing",
    "attachment.unchecked": "presence not checked",
    "no_attachments": "No attachments are recorded.",
    # notes
    "section.notes": "Notes",
    "note.by": "{day}, {author}",
    "no_notes": "No notes are recorded.",
    # signature
    "section.signature": "Prepared by",
    "signature.name": "Caseworker",
    "signature.date": "Date",
    "signature.sign": "Signature",
    # statistics
    "stats.range": "Cases opened from {start} to {end}",
    "stats.range_all": "All cases",
    "stats.privacy": "Aggregate figures only: this report holds no names, case numbers or other "
    "personal data.",
    "stats.total": "Cases counted",
    "stats.by_country": "Cases by country",
    "stats.by_kind": "Cases by kind",
    "stats.by_status": "Cases by status",
    "stats.by_outcome": "Closed cases by the last decision recorded",
    "stats.by_month": "Cases opened per month",
    "stats.count": "Cases",
    "stats.share": "Share",
    "stats.month": "Month",
    "stats.other": "Other countries",
    "stats.none": "No cases in this range.",
    "outcome.decision_positive": "Positive decision",
    "outcome.decision_negative": "Negative decision",
    "outcome.none": "No decision recorded",
    "start": "the first case",
    "end": "today",
}

RU: dict[str, str] = {
    "app": "Exile Case Tracker",
    "case_summary": "Сводка по делу",
    "statistics": "Статистика дел",
    "confidential": "КОНФИДЕНЦИАЛЬНО",
    "confidential.sharing": "КОНФИДЕНЦИАЛЬНО · СОКРАЩЁННАЯ КОПИЯ",
    "marking.lawyer": "Конфиденциально — адвокатская тайна. Подготовлено для адвоката по этому делу.",
    "marking.sharing": "Конфиденциально — сокращённая версия для передачи.",
    "marking.body": "Документ содержит персональные данные человека, которому грозит преследование. "
    "Не пересылайте его по незашифрованной почте и не храните в облаке: сам PDF-файл не зашифрован.",
    "redacted.list": "В эту копию не включены: контакты, текущее местонахождение, семья и заметки.",
    "redacted.initials": "Имена заменены инициалами.",
    "page_of": "Стр. {page} из {pages}",
    "generated": "Создано",
    "generated_on": "Создано {day}",
    "evaluated_on": "Правила применены на {day}",
    "none_recorded": "Нет записей.",
    "not_recorded": "не указано",
    "unknown": "неизвестно",
    "dash": "—",
    "section.case": "Дело",
    "number": "Номер дела",
    "country": "Страна",
    "kind": "Вид дела",
    "status": "Статус",
    "priority": "Приоритет",
    "opened": "Открыто",
    "closed": "Закрыто",
    "caseworker": "Куратор",
    "lawyer": "Адвокат",
    "section.person": "Подзащитный",
    "name": "Имя",
    "name.cyrillic": "Имя (кириллица)",
    "name.latin": "Написание латиницей",
    "name.other": "Другие написания",
    "birth_date": "Дата рождения",
    "birth_place": "Место рождения",
    "citizenships": "Гражданство",
    "languages": "Языки",
    "military_status": "Воинский статус",
    "markers": "Факторы риска",
    "secure_contact": "Защищённый контакт",
    "current_location": "Текущее местонахождение",
    "section.documents": "Документы и разрешения",
    "document.kind": "Документ",
    "document.country": "Выдан",
    "document.number": "Номер",
    "document.valid_from": "Действует с",
    "document.valid_until": "Действует до",
    "section.family": "Семья",
    "family.relation": "Родство",
    "family.name": "Имя",
    "section.summary": "Суть дела и результат",
    "summary": "Суть дела",
    "outcome": "Результат",
    "section.timeline": "Хронология",
    "timeline.intro": "События по датам. Даты, известные лишь до месяца или приблизительно, помечены.",
    "no_events": "По делу не записано ни одного события: хронология отсутствует.",
    "event.no": "№",
    "event.date": "Дата",
    "event.kind": "Событие",
    "event.place": "Место",
    "event.description": "Описание",
    "event.source": "Источник",
    "event.rules": "Применённые правила",
    "section.assessment": "Оценка по правилам страны",
    "assessment.intro": "Рассчитано по хронологии и профилю страны. Перед использованием сверьте каждое "
    "правило с его источником. Названия органов, условия и основания из профилей приводятся так, как "
    "они записаны в профиле (обычно по-английски).",
    "assessment.no_profile": "Для этой страны нет профиля правил: оценка не проводилась.",
    "stay": "Законное пребывание",
    "stay.text": "Использовано {used} из {limit} дней{window}; после сегодняшнего дня осталось {left}; "
    "последний законный день: {last}.",
    "stay.over": "Использовано {used} из {limit} дней{window}; предел превышен с {since}; последний "
    "законный день был {last}.",
    "stay.window": " за любые {days} дней",
    "stay.per_entry": " за один въезд",
    "stay.passed": "уже прошёл",
    "section.findings": "Выводы",
    "finding.severity": "Важность",
    "finding.text": "Вывод",
    "finding.rule": "Правило, действует с, источник",
    "no_findings": "Правила не дали выводов.",
    "severity.info": "Сведения",
    "severity.warning": "Внимание",
    "severity.critical": "Критично",
    "section.deadlines": "Сроки",
    "deadline.due": "Срок",
    "deadline.kind": "Вид срока",
    "deadline.status": "Статус",
    "deadline.description": "Описание",
    "deadline.origin": "Правило, действует с, источник",
    "deadline.manual": "введён вручную",
    "deadline.overdue": "просрочен",
    "no_deadlines": "Сроки не записаны.",
    "section.rules": "Использованные правила",
    "rule.id": "Правило",
    "rule.in_force": "Действует",
    "rule.source": "Источник",
    "rule.from": "с {day}",
    "rule.until": "по {day}",
    "rule.unknown": "правило не найдено в текущих профилях",
    "rule.no_source": "источник не указан",
    "rule.checked": "проверено {day}",
    "rule.unverified": "НЕ ПРОВЕРЕНО: сверьте срок с решением или законом",
    "rule.never_checked": "дата последней проверки не записана",
    "source.law": "закон",
    "source.government": "госорган",
    "source.court": "суд",
    "source.unhcr_aida": "УВКБ ООН / AIDA",
    "source.ngo": "НКО, вторичный",
    "source.news": "СМИ, вторичный",
    "section.attachments": "Доказательства (вложения)",
    "attachments.intro": "Файлы хранятся у куратора в зашифрованном виде; контрольная сумма SHA-256 "
    "удостоверяет исходный файл.",
    "attachment.file": "Файл",
    "attachment.type": "Тип",
    "attachment.size": "Размер",
    "attachment.sha256": "SHA-256",
    "attachment.added": "Добавлен",
    "attachment.missing": "файл отсутствует",
    "attachment.unchecked": "наличие не проверялось",
    "no_attachments": "Вложений нет.",
    "section.notes": "Заметки",
    "note.by": "{day}, {author}",
    "no_notes": "Заметок нет.",
    "section.signature": "Подготовил(а)",
    "signature.name": "Куратор",
    "signature.date": "Дата",
    "signature.sign": "Подпись",
    "stats.range": "Дела, открытые с {start} по {end}",
    "stats.range_all": "Все дела",
    "stats.privacy": "Только сводные цифры: в отчёте нет имён, номеров дел и других персональных данных.",
    "stats.total": "Всего дел",
    "stats.by_country": "Дела по странам",
    "stats.by_kind": "Дела по видам",
    "stats.by_status": "Дела по статусу",
    "stats.by_outcome": "Закрытые дела по последнему решению",
    "stats.by_month": "Открыто дел по месяцам",
    "stats.count": "Дел",
    "stats.share": "Доля",
    "stats.month": "Месяц",
    "stats.other": "Другие страны",
    "stats.none": "В этом периоде дел нет.",
    "outcome.decision_positive": "Положительное решение",
    "outcome.decision_negative": "Отрицательное решение",
    "outcome.none": "Решение не записано",
    "start": "первого дела",
    "end": "сегодня",
    # vocabulary
    **{
        f"case_kind.{key}": value
        for key, value in {
            "entry_denial": "Отказ во въезде",
            "visa_cancellation": "Аннулирование визы",
            "residence_permit_annulment": "Аннулирование ВНЖ",
            "asylum": "Убежище",
            "detention_extradition": "Задержание, экстрадиция",
            "abduction_disappearance": "Похищение, исчезновение",
            "deportation": "Депортация",
            "other": "Другое",
        }.items()
    },
    **{
        f"case_status.{key}": value
        for key, value in {
            "open": "Открыто",
            "waiting": "Ожидание",
            "appeal": "Обжалование",
            "closed": "Закрыто",
        }.items()
    },
    **{
        f"priority.{key}": value
        for key, value in {
            "low": "Низкий",
            "normal": "Обычный",
            "high": "Высокий",
            "urgent": "Срочный",
        }.items()
    },
    **{
        f"event_kind.{key}": value
        for key, value in {
            "entry": "Въезд",
            "exit": "Выезд",
            "entry_denied": "Отказ во въезде",
            "visa_issued": "Выдана виза",
            "visa_cancelled": "Виза аннулирована",
            "permit_issued": "Выдан ВНЖ",
            "permit_annulled": "ВНЖ аннулирован",
            "application_filed": "Подано заявление",
            "interview": "Собеседование",
            "decision_positive": "Положительное решение",
            "decision_negative": "Отрицательное решение",
            "notified": "Получено уведомление",
            "appeal_filed": "Подана жалоба",
            "hearing": "Слушание",
            "detention": "Задержание",
            "release": "Освобождение",
            "extradition_request": "Запрос об экстрадиции",
            "interim_measure": "Обеспечительная мера",
            "deportation": "Депортация",
            "expulsion_order": "Решение о выдворении",
            "entry_ban": "Запрет въезда",
            "disappearance": "Исчезновение",
            "last_contact": "Последний контакт",
            "located": "Местонахождение установлено",
            "note": "Заметка",
        }.items()
    },
    **{
        f"procedure.{key}": value
        for key, value in {
            "normal": "Общая процедура",
            "accelerated": "Ускоренная процедура",
            "manifestly_unfounded": "Отказ как явно необоснованное",
            "inadmissible": "Отказ как неприемлемое",
            "border": "Пограничная процедура",
            "detained": "Решение под стражей",
            "dublin": "Дублинская передача",
            "extended": "Расширенная процедура",
            "subsequent": "Повторное заявление",
        }.items()
    },
    **{
        f"marker.{key}": value
        for key, value in {
            "criminal_case": "Уголовное дело в России",
            "wanted_federal": "Федеральный розыск",
            "wanted_interstate": "Межгосударственный розыск",
            "interpol_notice": "Уведомление Интерпола",
            "foreign_agent": "«Иностранный агент»",
            "mobilisation_summons": "Повестка о мобилизации",
            "deserter": "Дезертир",
        }.items()
    },
    **{
        f"document_kind.{key}": value
        for key, value in {
            "foreign_passport": "Заграничный паспорт",
            "internal_passport": "Внутренний паспорт",
            "visa": "Виза",
            "residence_permit": "Вид на жительство",
            "travel_document": "Проездной документ",
            "other": "Другое",
        }.items()
    },
    **{
        f"deadline_status.{key}": value
        for key, value in {
            "open": "Открыт",
            "done": "Выполнен",
            "missed": "Пропущен",
            "cancelled": "Отменён",
        }.items()
    },
    **{
        f"deadline_kind.{key}": value
        for key, value in {
            "appeal": "Обжалование",
            "appeal_accelerated": "Обжалование (ускоренное)",
            "appeal_detained": "Обжалование (под стражей)",
            "remedy": "Обжалование решения",
            "remedy_step": "Шаг перед обжалованием",
            "custody_limit": "Срок поступления запроса об экстрадиции",
            "asylum_filing": "Подача на убежище",
            "registration": "Регистрация",
            "stay_end": "Конец законного пребывания",
            "document_expiry": "Окончание срока документа",
            "hearing": "Слушание",
            "other": "Другое",
        }.items()
    },
}

_EN_VOCABULARY = {
    "case_kind.residence_permit_annulment": "Residence permit annulment",
    "case_kind.detention_extradition": "Detention, extradition",
    "case_kind.abduction_disappearance": "Abduction, disappearance",
    "event_kind.notified": "Notified of decision",
    "event_kind.decision_positive": "Positive decision",
    "event_kind.decision_negative": "Negative decision",
    "event_kind.interim_measure": "Interim measure",
    "marker.criminal_case": "Criminal case in Russia",
    "marker.wanted_federal": "Wanted (federal list)",
    "marker.wanted_interstate": "Wanted (interstate list)",
    "marker.interpol_notice": "Interpol notice",
    "marker.foreign_agent": "“Foreign agent” designation",
    "deadline_kind.appeal_accelerated": "Appeal (accelerated)",
    "deadline_kind.appeal_detained": "Appeal (detained)",
    "deadline_kind.remedy": "Challenge the decision",
    "deadline_kind.remedy_step": "Step before the challenge",
    "deadline_kind.custody_limit": "Extradition request due",
    "deadline_kind.stay_end": "End of lawful stay",
}

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"),
    "ru": ("янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."),
}
_MONTHS_ALONE = {
    "en": _MONTHS["en"],
    "ru": ("янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."),
}
_APPROXIMATE = {"en": "approx. {day}", "ru": "около {day}"}
LABELS = {"en": EN, "ru": RU}


def check_language(language: str) -> str:
    from casetracker.errors import InvalidInput

    if language not in LABELS:
        raise InvalidInput("language", f"'{language}' is not one of {', '.join(LANGUAGES)}")
    return language


class Labels:
    """The labels of one language, with date formatting."""

    def __init__(self, language: str) -> None:
        self.language = check_language(language)
        self._words = LABELS[language]

    def __call__(self, key: str, **values) -> str:
        text = self._words.get(key) or EN.get(key) or _EN_VOCABULARY.get(key) or key
        return text.format(**values) if values else text

    def value(self, group: str, value: str) -> str:
        """A vocabulary value, such as value("event_kind", "entry_denied")."""
        key = f"{group}.{value}"
        if key in self._words:
            return self._words[key]
        if key in _EN_VOCABULARY:
            return _EN_VOCABULARY[key]
        return value.replace("_", " ").capitalize() if value else self("dash")

    def day(self, value: date | None) -> str:
        if value is None:
            return self("not_recorded")
        return f"{value.day} {_MONTHS[self.language][value.month - 1]} {value.year}"

    def month(self, year: int, month: int) -> str:
        return f"{_MONTHS_ALONE[self.language][month - 1]} {year}"

    def partial_day(self, value: date, precision: str) -> str:
        """'15 Sept 2022', 'Sept 2022' or 'approx. 15 Sept 2022' (and the Russian forms)."""
        if precision == DatePrecision.MONTH:
            return self.month(value.year, value.month)
        if precision == DatePrecision.APPROXIMATE:
            return _APPROXIMATE[self.language].format(day=self.day(value))
        return self.day(value)


_GROUPS = {
    CaseKind: "case_kind",
    EventKind: "event_kind",
    DocumentKind: "document_kind",
    RiskMarker: "marker",
}


@cache
def finding_wording(language: str) -> Wording:
    """How findings and computed deadlines are worded in `language`: the engine's templates, with the
    country names and vocabulary words of the reports."""
    labels = Labels(language)

    def place(value: Place) -> str:
        name = country_name(value.code, language)
        if name != value.code:
            return name
        return CATALOGS[language].get(f"place.{value.code}", value.name)  # a zone, or a code we lack

    def word(value: Enum) -> str:
        group = _GROUPS.get(type(value))
        return labels.value(group, value) if group else str(value.value)

    return wording(language, place, word)
