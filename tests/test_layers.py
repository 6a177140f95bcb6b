"""The layers hold: the import contracts in pyproject.toml (`[tool.importlinter]`), and no import cycle.

import-linter reads every import in the package, including one inside a function, and checks it
against the contracts: dependencies point down (front ends, then exchange and reports, then
services, then store and rules, then plain modules), the rule engine stays pure, nothing below the
front ends loads Qt, only the entry point and the self-test import the UI, the command groups stay
apart. Each contract is also shown to catch what it forbids, on a copy of the package with one
import added.
"""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "casetracker"
# The venv's own import-linter, whichever platform: `lint-imports` is this command.
LINT_IMPORTS = [
    sys.executable,
    "-c",
    "from importlinter.cli import lint_imports_command; lint_imports_command()",
]


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    """`lint-imports` run in `folder`, on the package found there first."""
    return subprocess.run(
        [*LINT_IMPORTS, "--no-cache", "--no-logo"],
        cwd=folder,
        capture_output=True,
        text=True,
        env=os.environ | {"COLUMNS": "300", "NO_COLOR": "1"},
        timeout=120,
    )


def test_the_package_keeps_every_import_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# --- each contract catches what it forbids ----------------------------------------------------


@pytest.mark.parametrize(
    ("module", "added", "broken"),
    [
        pytest.param(
            "store/database.py",
            "from casetracker.services import search",
            "casetracker.store is not allowed to import casetracker.services",
            id="store-imports-services",
        ),
        pytest.param(
            "store/migrations/versions/0004_event_country_procedure.py",
            "from casetracker.services.cases import add_case",
            "casetracker.store is not allowed to import casetracker.services",
            id="migration-imports-services",
        ),
        pytest.param(
            "services/cases.py",
            "from casetracker.exchange import importer",
            "casetracker.services is not allowed to import casetracker.exchange",
            id="services-import-exchange",
        ),
        pytest.param(
            "rules/stay.py",
            "import sqlalchemy",
            "casetracker.rules is not allowed to import sqlalchemy",
            id="rules-import-the-database",
        ),
        pytest.param(
            "reports/layout.py",
            "from PySide6.QtGui import QTextDocument",
            "casetracker.reports is not allowed to import PySide6",
            id="reports-import-qt",
        ),
        pytest.param(
            "cli/files.py",
            "from casetracker.ui import file_dialogs",
            "Illegal imports of protected package casetracker.ui",
            id="cli-imports-the-ui",
        ),
        pytest.param(
            "cli/files.py",
            "from casetracker.cli import cases",
            "casetracker.cli.files is not allowed to import casetracker.cli.cases",
            id="command-group-imports-another",
        ),
        pytest.param(
            "store/engine.py",
            "from casetracker.store.database import open_store",
            "No cycles are allowed in casetracker.store",
            id="cycle-through-an-import-in-a-function",
        ),
    ],
)
def test_a_contract_catches_a_forbidden_import(tmp_path, module, added, broken):
    shutil.copytree(ROOT / PACKAGE, tmp_path / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    path = tmp_path / PACKAGE / module
    # Inside a function, where it costs nothing at start-up and is still a dependency.
    path.write_text(
        path.read_text(encoding="utf-8") + f"\n\ndef _added():\n    {added}  # noqa\n", encoding="utf-8"
    )

    result = lint_imports(tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert broken in " ".join(result.stdout.split()), result.stdout


# --- no cycles, down to a package and its own modules -------------------------------------------


def import_cycles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """The groups of the package's modules that import one another in a cycle (Tarjan's algorithm),
    each sorted; a package's `__init__` counts as a module of its own."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    inside = set(modules)
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(module: str) -> None:
        index[module] = lowest[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module) & inside):
            if imported not in index:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in on_stack:
                lowest[module] = min(lowest[module], index[imported])
        if lowest[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return sorted(cycles)


def test_no_modules_import_one_another_in_a_cycle():
    # lint-imports's cycle contract compares the modules of a package with one another; this also
    # catches a package whose own __init__ is imported back by one of its modules.
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    assert import_cycles(graph, PACKAGE) == []


def test_a_cycle_through_a_package_and_its_own_module_is_found_and_named():
    graph = grimp.ImportGraph()
    for importer, imported in [
        ("casetracker.cli", "casetracker.cli.cases"),
        ("casetracker.cli.cases", "casetracker.cli.common"),
        ("casetracker.cli.common", "casetracker.cli"),
        ("casetracker.app", "casetracker.cli"),
        ("casetracker.store.a", "casetracker.store.b"),
    ]:
        graph.add_import(importer=importer, imported=imported)
    assert import_cycles(graph, PACKAGE) == [
        ["casetracker.cli", "casetracker.cli.cases", "casetracker.cli.common"]
    ]


def test_exchange_never_imports_qt_the_ui_or_the_cli():
    """The exchange package stays below the UI: no Qt, no widgets, no command line, and beside the
    reports, whose words it does not borrow (the vocabulary's names and the countries are the catalogue's)."""
    offenders = []
    for path in sorted((ROOT / PACKAGE / "exchange").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {name}"
                for name in names
                if name.startswith(
                    ("PySide6", "casetracker.ui", "casetracker.cli", "casetracker.app", "casetracker.reports")
                )
            ]
    assert offenders == []
