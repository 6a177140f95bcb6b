"""Find files shipped in `resources/`, wherever the application runs from.

In a wheel or a PyInstaller bundle the folder sits inside the package as
`casetracker/resources`; in a source checkout it is the top-level `resources/`.
"""

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources")


def resources_dir() -> Path:
    for candidate in _CANDIDATES:
        if (candidate / "README.md").is_file():
            return candidate
    raise FileNotFoundError("the application's resources folder is missing; reinstall the application")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
