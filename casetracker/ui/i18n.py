"""Loading translations: ours from resources/i18n, and Qt's own so standard buttons match."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casetracker.resources import resource_path

LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []

# Qt 6 gave two labels of its file dialog access keys and moved the names of file types, and the Russian
# that PySide6 ships lacks the new texts: ours fill the gap (a translator installed earlier is asked when
# a later one has no text).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # The file dialog's Type column.
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)


def install_language(app: QCoreApplication, language: str) -> None:
    """Switch the running app's language (removing the previous translators)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)  # English too: its singular and plural of "%n case(s)"
    if ours.load(str(resource_path("i18n", f"casetracker_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return
    qt = QTranslator(app)
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
