"""The PyInstaller spec and the packaging files agree with the package (cheap checks; no build)."""

import ast
import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = (PACKAGING / "casetracker.spec").read_text(encoding="utf-8")
MIGRATIONS = ROOT / "casetracker" / "store" / "migrations"


def spec_list(name: str) -> list[str]:
    """A list of string literals assigned to `name` at the top of the spec."""
    for node in ast.parse(SPEC).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return [element.value for element in node.value.elts if isinstance(element, ast.Constant)]
    raise AssertionError(f"{name} is not assigned in the spec")


def test_the_spec_ships_the_resources_where_the_package_looks_for_them():
    assert '(str(ROOT / "resources"), "casetracker/resources")' in SPEC


def test_the_spec_ships_every_migration_file_as_data():
    shipped = {
        "env.py": '"env.py"), "casetracker/store/migrations")',
        "script.py.mako": '"script.py.mako"), "casetracker/store/migrations")',
        "versions": '"versions" / "*.py"), "casetracker/store/migrations/versions")',
    }
    for name, entry in shipped.items():
        assert entry in SPEC, name
    extra = {p.name for p in MIGRATIONS.iterdir() if p.is_file()} - {
        "env.py",
        "script.py.mako",
        "__init__.py",
    }
    extra -= {"README", "README.md"}
    assert extra == set(), f"migration files the spec does not ship: {extra}"
    assert list((MIGRATIONS / "versions").glob("*.py")), "no revisions to ship"


def test_no_qt_module_the_app_imports_is_excluded():
    used = set()
    for path in (ROOT / "casetracker").rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    excluded = set(spec_list("UNUSED_QT"))
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf"} <= used
    assert used & excluded == set()
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia", "QtNetworkAuth", "Qt3DCore"} <= excluded


def test_the_icons_exist_in_every_format_the_build_scripts_use():
    icons = ROOT / "resources" / "icons"
    for name in ("casetracker.svg", "casetracker.png", "casetracker.ico", "casetracker.icns"):
        assert (icons / name).stat().st_size > 0, name
    assert (icons / "casetracker.png").read_bytes().startswith(b"\x89PNG")
    assert (icons / "casetracker.icns").read_bytes().startswith(b"icns")
    assert (icons / "casetracker.ico").read_bytes().startswith(b"\x00\x00\x01\x00")


def test_the_desktop_file_is_complete():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "casetracker.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "casetracker" and section["Icon"] == "casetracker"
    assert section["Name"] and section["Categories"].endswith(";")


def test_every_platform_has_a_build_recipe():
    for name in ("build_linux.sh", "build_macos.sh", "build_windows.ps1", "casetracker.iss", "README.md"):
        assert (PACKAGING / name).is_file(), name
    assert "casetracker.spec" in (PACKAGING / "build_linux.sh").read_text(encoding="utf-8")
