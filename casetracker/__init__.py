"""Exile Case Tracker: cases of people who fled Russia, kept encrypted on the caseworker's laptop."""

import sys

__version__ = "0.1.0"

MINIMUM_PYTHON = (3, 12)

# On Python 3.11, PySide6 6.12 releases None, True or False once too often on every Qt call that
# returns one, and the app aborts ("none_dealloc") after minutes of use. From 3.12 these objects
# are immortal and the bug is harmless; pip refuses older versions too (requires-python).
if sys.version_info < MINIMUM_PYTHON:
    raise SystemExit(
        "Exile Case Tracker needs Python 3.12 or newer; this is Python "
        f"{sys.version.split()[0]}. Install Python 3.12 and make a new virtual environment "
        "with it (the README says how)."
    )
