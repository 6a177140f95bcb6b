"""The tests mirror the package, so that a module's tests are found from its name (tests/README.md).

A test file names the module it tests by its path: `tests/<package>/test_<module>.py` for
`casetracker/<package>/<module>.py` (`tests/<package>/test_<package>.py` for the package's own
`__init__.py`), `tests/test_<module>.py` for a top-level module, `tests/gui/...` for `casetracker/ui/...`,
and `tests/rules/countries/test_<cc>.py` for the country table `resources/rules/<CC>.toml`. The few
files about how several modules work together are listed below, each with what it is about.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
PACKAGE = ROOT / "casetracker"

CROSS_CUTTING = {
    "test_layers.py": "the import contracts of the whole package",
    "test_packaging.py": "the wheel and the bundle, built and started",
    "test_concurrency.py": "two processes writing one store",
    "test_crash_recovery.py": "a process killed in the middle of a write",
    "test_full_disk.py": "a full disk, met by the store, the services, the commands and the unlock dialog",
    "team/test_sync_faults.py": "sync through cut connections, a restarted server, a full server disk, "
    "skewed clocks and a wrong certificate",
    "gui/test_dialog_fit.py": "every dialog, in English and Russian, on a 1280 × 680 screen",
    "test_tests_layout.py": "this layout",
    "packaging/test_spec.py": "the repository's packaging/ folder: the PyInstaller spec and its companions",
    "cli/test_bad_input.py": "bad input to every command, explained and changing nothing",
    "cli/test_private_files.py": "every file the commands write is private to its user",
    "exchange/test_exchange_fuzz.py": "generated input to every reader of the exchange package",
    "exchange/test_import_paths_fuzz.py": "every import path, whole or refused, on generated input",
    "exchange/test_malformed_input.py": "hostile spreadsheets, exports and bundles, refused alike",
    "gui/test_crawler.py": "every action and button of the app used once, in both languages",
    "gui/test_rules_update.py": "updated rules recomputing deadlines, from the command line and the app",
    "gui/test_search_wiring.py": "the name search, wired into every list and dialog",
    "gui/test_screen_fit.py": "the case and person windows on 1280×720 and 1366×768 screens, both languages",
    "gui/test_slot_signatures.py": "every slot of the interface, checked on the source",
    "gui/test_soak.py": "the app clicked through for a long while",
    "gui/test_store_in_use.py": "the store in use elsewhere, as the app shows it",
    "rules/test_no_names.py": "no real person's name in the rules, their tests or their sources",
    "rules/countries/test_aq_example.py": "the example country table, on made-up rules",
    "team/test_convergence.py": "three laptops making random changes and syncing in random order end equal",
}


def named_module(test_file: Path) -> Path | None:
    """The module (or country table) a test file's path names, or None if it names none."""
    parts = test_file.relative_to(TESTS).parts
    folders, name = parts[:-1], parts[-1].removeprefix("test_").removesuffix(".py")
    if folders[:2] == ("rules", "countries") and len(folders) == 2:
        table = ROOT / "resources" / "rules" / f"{name.upper()}.toml"
        return table if table.is_file() else None
    if folders[:1] == ("gui",):
        folders = ("ui", *folders[1:])
    candidates = [PACKAGE.joinpath(*folders, f"{name}.py")]
    if folders and folders[-1] == name:
        candidates.append(PACKAGE.joinpath(*folders, "__init__.py"))
    return next((path for path in candidates if path.is_file()), None)


def all_test_files() -> list[Path]:
    return sorted(path for path in TESTS.rglob("test_*.py") if "__pycache__" not in path.parts)


def test_every_test_file_names_a_module_of_the_package_or_is_a_listed_exception():
    strays = [
        path.relative_to(TESTS).as_posix()
        for path in all_test_files()
        if named_module(path) is None and path.relative_to(TESTS).as_posix() not in CROSS_CUTTING
    ]
    assert strays == [], "name each after the module it tests (see tests/README.md), or list it here"


def test_every_listed_exception_exists_and_names_no_module():
    for listed in CROSS_CUTTING:
        path = TESTS / listed
        assert path.is_file(), f"{listed} is listed but gone"
        assert named_module(path) is None, f"{listed} names a module now: take it off the list"
