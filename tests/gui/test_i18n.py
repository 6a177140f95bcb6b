"""Every string the window shows has its Russian translation, and the shipped .qm is built from it."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "casetracker_ru.ts"
QM = ROOT / "resources" / "i18n" / "casetracker_ru.qm"
TOOLS = Path(sys.executable).parent


def test_every_interface_string_has_a_russian_translation(tmp_path):
    scratch = tmp_path / "casetracker_ru.ts"
    shutil.copy(TS, scratch)
    sources = sorted(str(p) for p in (ROOT / "casetracker" / "ui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(scratch), "-no-obsolete"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    updated = scratch.read_text(encoding="utf-8")
    untranslated = re.findall(r"<source>([^<]*)</source>\s*<translation type=\"unfinished\"", updated)
    assert untranslated == []


def test_the_shipped_translation_is_built_from_the_current_source(tmp_path):
    built = tmp_path / "casetracker_ru.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == QM.read_bytes()


def test_every_translated_string_is_filed_under_the_class_that_looks_it_up():
    """`window.tr(...)` is filed by pyside6-lupdate under the context "window", but looked up at run
    time under the window's class: its translation is never found. Only `self.tr` and
    `QCoreApplication.translate(context, ...)` say the same context to both."""
    misfiled = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "casetracker" / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\b(?!self\b)[A-Za-z_]\w*\.tr\(", line)
    ]
    assert misfiled == []


def test_qt_s_own_dialogs_speak_russian_in_the_russian_app(qtbot):
    """Qt's translation gives the standard buttons; ours fills the two labels of the file dialog that the
    Russian shipped with PySide6 lacks ("&Look in:", "Files of &type:" since Qt 6)."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import (
        QApplication,
        QFileDialog,
        QFileIconProvider,
        QLabel,
        QMessageBox,
        QPushButton,
    )

    from casetracker.ui.i18n import install_language

    install_language(QApplication.instance(), "ru")
    try:
        dialog = QFileDialog(None, "t", str(ROOT))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        shown = [label.text() for label in dialog.findChildren(QLabel)] + [
            button.text() for button in dialog.findChildren(QPushButton)
        ]
        box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Yes)
        box.addButton(QMessageBox.StandardButton.No)
        box.addButton(QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        buttons = sorted(button.text() for button in box.buttons())
        folder_type = QFileIconProvider().type(QFileInfo(str(ROOT)))  # the file list's Type column
    finally:
        install_language(QApplication.instance(), "en")
    assert folder_type == "Папка"
    assert {"&Папка:", "&Имя файла:", "&Тип файлов:", "&Сохранить", "Отмена"} <= set(shown)
    assert not [text for text in shown if re.search("[A-Za-z]{3}", text)]
    assert buttons == ["&Да", "&Нет", "Отмена"]


EN_TS = ROOT / "resources" / "i18n" / "casetracker_en.ts"
EN_QM = ROOT / "resources" / "i18n" / "casetracker_en.qm"


def test_the_english_plural_forms_cover_every_counted_text_and_ship_built(tmp_path):
    scratch = tmp_path / "casetracker_en.ts"
    shutil.copy(EN_TS, scratch)
    sources = sorted(str(p) for p in (ROOT / "casetracker" / "ui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(scratch), "-no-obsolete", "-pluralonly"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert "unfinished" not in scratch.read_text(encoding="utf-8")
    built = tmp_path / "casetracker_en.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(EN_TS), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == EN_QM.read_bytes()


def test_no_english_text_of_the_window_says_s_in_brackets(qtbot):
    """Every text the widgets show, as the English app shows it for one and for several: "1 case",
    "2 cases", never "case(s)"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from casetracker.ui.i18n import install_language

    messages = re.findall(
        r"<name>([^<]*)</name>|<message( numerus=\"yes\")?>.*?<source>([^<]*)</source>",
        TS.read_text(encoding="utf-8"),
        re.S,
    )
    install_language(QApplication.instance(), "en")
    shown, context = [], ""
    for name, numerus, source in messages:
        if name:
            context = name
            continue
        text = source.replace("&apos;", "'").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
        text = text.replace("&amp;", "&")
        for count in (1, 2, 5) if numerus else (-1,):
            shown.append(QCoreApplication.translate(context, text, "", count))
    assert len(shown) > 500 and "1 case" in shown and "2 cases" in shown
    assert [text for text in shown if "(s)" in text] == []
