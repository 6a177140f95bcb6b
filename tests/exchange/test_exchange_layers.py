"""The exchange package stays below the UI: no Qt, no widgets, no command line, and beside the reports,
whose words it does not borrow (the vocabulary's names and the countries are the catalogue's)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "casetracker" / "exchange"


def test_exchange_never_imports_qt_the_ui_or_the_cli():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
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
