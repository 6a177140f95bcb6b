"""Country names for reports, in English and Russian, by ISO 3166 alpha-2 code.

Covers the countries with rule profiles and the others caseworkers meet most;
any other code prints as the code itself.
"""

_NAMES: dict[str, tuple[str, str]] = {
    "AE": ("United Arab Emirates", "ОАЭ"),
    "AM": ("Armenia", "Армения"),
    "AT": ("Austria", "Австрия"),
    "AZ": ("Azerbaijan", "Азербайджан"),
    "BE": ("Belgium", "Бельгия"),
    "BG": ("Bulgaria", "Болгария"),
    "BY": ("Belarus", "Беларусь"),
    "CA": ("Canada", "Канада"),
    "CH": ("Switzerland", "Швейцария"),
    "CY": ("Cyprus", "Кипр"),
    "CZ": ("Czechia", "Чехия"),
    "DE": ("Germany", "Германия"),
    "DK": ("Denmark", "Дания"),
    "EE": ("Estonia", "Эстония"),
    "ES": ("Spain", "Испания"),
    "FI": ("Finland", "Финляндия"),
    "FR": ("France", "Франция"),
    "GB": ("United Kingdom", "Великобритания"),
    "GE": ("Georgia", "Грузия"),
    "GR": ("Greece", "Греция"),
    "HR": ("Croatia", "Хорватия"),
    "HU": ("Hungary", "Венгрия"),
    "IE": ("Ireland", "Ирландия"),
    "IL": ("Israel", "Израиль"),
    "IT": ("Italy", "Италия"),
    "KG": ("Kyrgyzstan", "Киргизия"),
    "KZ": ("Kazakhstan", "Казахстан"),
    "LT": ("Lithuania", "Литва"),
    "LV": ("Latvia", "Латвия"),
    "MD": ("Moldova", "Молдова"),
    "ME": ("Montenegro", "Черногория"),
    "MN": ("Mongolia", "Монголия"),
    "NL": ("Netherlands", "Нидерланды"),
    "NO": ("Norway", "Норвегия"),
    "PL": ("Poland", "Польша"),
    "PT": ("Portugal", "Португалия"),
    "RO": ("Romania", "Румыния"),
    "RS": ("Serbia", "Сербия"),
    "RU": ("Russia", "Россия"),
    "SE": ("Sweden", "Швеция"),
    "SK": ("Slovakia", "Словакия"),
    "TH": ("Thailand", "Таиланд"),
    "TJ": ("Tajikistan", "Таджикистан"),
    "TR": ("Turkey", "Турция"),
    "UA": ("Ukraine", "Украина"),
    "US": ("United States", "США"),
    "UZ": ("Uzbekistan", "Узбекистан"),
}


def country_name(code: str, language: str) -> str:
    names = _NAMES.get(code.upper())
    if names is None:
        return code
    return names[1] if language == "ru" else names[0]
