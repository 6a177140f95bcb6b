"""Loading translations: ours from resources/i18n, and Qt's own so standard buttons match."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casetracker.resources import resource_path

LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> None:
    """Switch the running app's language (removing the previous translators)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"casetracker_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
