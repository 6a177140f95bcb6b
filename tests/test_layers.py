"""The layers hold: nothing below the UI imports Qt or the UI."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "casetracker"
LOWER_LAYERS = [
    "catalogue",
    "store",
    "rules",
    "services",
    "reports",
    "vocabulary.py",
    "dates.py",
    "errors.py",
    "paths.py",
]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def python_files(layer: str) -> list[Path]:
    target = PACKAGE / layer
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_never_import_qt_or_the_ui(layer):
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in python_files(layer)
        for module in imported_modules(path)
        if module.startswith(("PySide6", "casetracker.ui", "casetracker.cli", "casetracker.app"))
    ]
    assert offenders == []


def test_rules_stay_pure_without_a_database():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in python_files("rules")
        for module in imported_modules(path)
        if module.startswith(
            ("sqlmodel", "sqlalchemy", "sqlcipher3", "casetracker.store", "casetracker.services")
        )
    ]
    assert offenders == []


def test_the_catalogue_stands_on_nothing_but_the_vocabulary_the_resources_and_the_errors():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in python_files("catalogue")
        for module in imported_modules(path)
        if module.startswith("casetracker")
        and module.split(".")[:2] != ["casetracker", "catalogue"]
        and module
        not in ("casetracker", "casetracker.vocabulary", "casetracker.resources", "casetracker.errors")
    ]
    assert offenders == []
