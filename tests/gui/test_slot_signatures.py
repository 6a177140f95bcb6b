"""A slot never has an optional positional parameter.

Qt hands a slot the signal's arguments when it can take them: `clicked` and `triggered` pass
the checked state (False). A slot written as `save(self, path=None)` then receives
`path=False`, and the button silently does something else or nothing (the case's
"PDF summary…" button once did exactly that). Checked on the source, so that no button
needs its own test to catch it.
"""

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "casetracker" / "ui"


def _methods_used_as_callables(tree: ast.AST):
    """(class, method, line) for every `self.method` passed around rather than called."""
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        called = {id(node.func) for node in ast.walk(cls) if isinstance(node, ast.Call)}
        for node in ast.walk(cls):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
                and isinstance(node.ctx, ast.Load)
                and id(node) not in called
                and node.attr in methods
            ):
                yield cls.name, methods[node.attr], node.lineno


def test_no_method_handed_to_a_signal_has_an_optional_positional_parameter():
    offenders = []
    checked = 0
    for path in sorted(UI.rglob("*.py")):
        for cls, method, line in _methods_used_as_callables(ast.parse(path.read_text(encoding="utf-8"))):
            checked += 1
            if method.args.defaults:
                offenders.append(f"{path.relative_to(UI)}:{line} {cls}.{method.name}")
    assert checked > 50  # the walk found the app's slots
    assert offenders == [], "slots that would take a signal's argument for their own: " + ", ".join(offenders)
