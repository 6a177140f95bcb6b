"""The app's own settings (QSettings), each declared once. They never hold personal data:
no names, no case numbers, no paths typed by a caseworker other than the store folder."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from casetracker import paths


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


LANGUAGE = Setting("ui/language", str, "en")
IDLE_MINUTES = Setting("security/idle_minutes", int, 10)
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._settings = qsettings or QSettings(
            str(paths.settings_dir() / "settings.ini"), QSettings.Format.IniFormat
        )

    def get(self, setting: Setting) -> Any:
        value = self._settings.value(setting.key, setting.default)
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._settings.setValue(setting.key, value)
        self._settings.sync()
