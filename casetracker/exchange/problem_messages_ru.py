"""Russian templates of what the spreadsheet import says, key by key as in problem_messages.EN.

For a translator: keep every {placeholder} of the English template. A number with its noun is written
{count:строка|строки|строк} (forms for 1, 2 and 5). Text quoted from the spreadsheet ({value}) stands in
«quotes» and is printed as written; dates print as DD.MM.YYYY; the allowed values ({allowed}) print as
the app names them, each in «quotes», since some names hold a comma. Reasons about a cell follow the
column's heading, so they start in lower case, as the English ones do.

Only the import wizard says these in Russian (the command line is English), so the reasons about a cell
leave out the English advice to add a word under 'values' in a mapping file: the wizard has no mapping
files, and the caseworker corrects the cell instead.
"""

RU: dict[str, str] = {
    # where a problem is
    "where.row": "строка {row}",
    "where.row_column": "строка {row}, столбец «{column}»",
    "more": "… и ещё {count}",
    # plan.py: the cells of a row
    "name.empty": "имя не заполнено",
    "birth_date.future": "дата рождения — в будущем",
    "event.without_case": "у события нет дела: не заполнены ни страна, ни тип дела",
    "country.empty": "страна не заполнена",
    "case_kind.empty": "тип дела не заполнен",
    "event.no_date": "у события нет даты",
    "event.no_kind": "не указано, что произошло (вид события)",
    "exit_before_entry": "выезд раньше первого въезда ({first})",
    # values.py: reading a cell
    "date.invalid": "«{value}» — неверная дата; пишите ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или ММ.ГГГГ",
    "date.not_exact": "«{value}» — не точная дата; нужен день: ДД.ММ.ГГГГ",
    "date.out_of_range": "«{value}» — дата вне 1900–2099 годов",
    "country.unknown": "«{value}» — такой страны приложение не знает по названию; напишите её двухбуквенный "
    "код ISO, например GE",
    "unknown.case_kind": "«{value}» — неизвестный тип дела; напишите один из: {allowed}",
    "unknown.case_status": "«{value}» — неизвестный статус дела; напишите один из: {allowed}",
    "unknown.procedure": "«{value}» — неизвестная процедура; напишите одну из: {allowed}",
    "unknown.priority": "«{value}» — неизвестный приоритет; напишите один из: {allowed}",
    "unknown.event_kind": "«{value}» — неизвестное событие; напишите одно из: {allowed}",
    # the services' checks
    "value.empty": "значение не может быть пустым",
    "value.too_long": "текст длиннее {limit:символа|символов|символов}",
    "value.nul": "содержит недопустимый символ NUL",
    "value.not_country_code": "«{value}» — не двухбуквенный код страны ISO 3166, такой как EE или GE",
    "value.not_allowed": "«{value}» — не одно из допустимых значений: {allowed}",
    "value.future": "дата — в будущем",
    "value.line_break": "содержит перевод строки",
    "value.control": "содержит управляющий символ ({code})",
    "value.bidi": "содержит символ, меняющий направление текста ({code})",
    "value.years": "дата вне {first}–{last} годов",
    "value.not_utf8": "содержит байты, которые не являются текстом (не UTF-8)",
    # importer.py
    "duplicate": "вероятно, тот же человек, что и {ids}, уже записанный в хранилище",
    "cancelled": "Импорт отменён; ничего не импортировано.",
    "rejected.no_headings": "Ни в одной строке файла {file} нет заголовков столбцов, известных приложению "
    "(таких как ФИО, Дата рождения, Страна, Тип дела, Дата, Событие или Full name, Country, Case type, Date, "
    "Event). Переименуйте заголовки или укажите файл сопоставления столбцов (--mapping).",
    "rejected.missing_columns": "В файле {file} нет столбца для: {wanted} (заголовки найдены в строке "
    "{row}). Добавьте столбец или сопоставьте ему существующий заголовок в файле сопоставления столбцов "
    "(--mapping).",
    "rejected.rows": "В файле {file} нельзя импортировать {count:строку|строки|строк}, поэтому ничего не "
    "импортировано. Исправьте их или выберите импорт только строк без проблем:",
    "rejected.duplicates": "{count:человек|человека|человек} из файла {file}, вероятно, уже есть в хранилище "
    "(то же имя и дата рождения), поэтому ничего не импортировано. Выберите, добавить ли их дела к людям, "
    "которые уже есть в хранилище, или всё равно создать новых:",
    "rejected.no_rows": "В файле {file} есть заголовки, но нет строк для импорта.",
    "rejected.row": "Строку {row} нельзя импортировать ({field}: {reason}); ничего не импортировано.",
}
