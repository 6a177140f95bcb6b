"""The unlock dialog appears at once, while the heavy modules load in the background."""


def _run_python(code: str) -> str:
    import os
    import subprocess
    import sys

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_unlock_dialog_needs_no_database_layer_so_it_appears_at_once():
    """The database layer and services take most of a second to load; the dialog must not wait."""
    out = _run_python(
        "import sys\n"
        "from casetracker.app import main\n"
        "from casetracker.ui import launcher, unlock\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'casetracker.services') if m in sys.modules))\n"
    )
    assert out.strip() == "[]"


def test_the_app_loads_its_modules_in_the_background_while_the_dialog_waits():
    out = _run_python(
        "import sys\n"
        "from casetracker.ui import preload\n"
        "preload.start(); preload.wait()\n"
        "print(all(name in sys.modules for name in preload.HEAVY_MODULES))\n"
    )
    assert out.strip() == "True"
