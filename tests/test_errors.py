"""Known errors carry a catalogue key: English on the command line as before, the app's language and the
app's wording (no command names) in the app."""

import ast
import re
from pathlib import Path

import pytest

from casetracker import catalogue
from casetracker.errors import (
    AppAlreadyOpen,
    Conflict,
    DiskFull,
    DiskFullOnOpen,
    InvalidInput,
    NotFound,
    StoreBusy,
    StoreDamaged,
    StoreExists,
    StoreInUse,
    StoreKeyChanged,
    StoreLocked,
    StoreNotFound,
    StoreTooNew,
    StoreUnreachable,
    WrongPassphrase,
    error_text,
    reason,
)

STORE = Path("/home/caseworker/store")
DATABASE = STORE / "cases.db"
BACKUP = STORE / "backups" / "2024-06-01.ctbackup"

KEYED = [
    WrongPassphrase(),
    StoreNotFound(STORE),
    StoreExists(STORE),
    StoreDamaged(DATABASE, "first_page", BACKUP),
    StoreDamaged(DATABASE, "integrity", None, problem="*** in database main ***"),
    StoreDamaged(DATABASE, "pages", None),
    StoreDamaged(DATABASE, "unencrypted", BACKUP),
    StoreDamaged(DATABASE, "empty", None),
    StoreTooNew(DATABASE),
    StoreBusy(),
    StoreInUse("passphrase change"),
    StoreInUse("upgrade"),
    StoreInUse("cleanup"),
    AppAlreadyOpen(),
    StoreKeyChanged(),
    StoreLocked(),
    DiskFull(),
    DiskFullOnOpen(STORE),
    StoreUnreachable(DATABASE, "disk I/O error"),
    NotFound("person", "0b0c"),
    NotFound("event on this case", "0b0c"),
    Conflict(key="conflict.person_has_cases", count=2, numbers="EE-2024-0001, EE-2024-0002"),
    InvalidInput("file", reason("folder", path="/tmp/a")),
]
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def test_the_command_line_keeps_its_english_word_for_word():
    assert str(WrongPassphrase()) == (
        "The passphrase is wrong. Check the keyboard layout and Caps Lock, then try again."
    )
    assert str(StoreNotFound(STORE)) == (
        f"There is no case store in {STORE}. Create one with 'casetracker init', or choose another folder."
    )
    assert str(StoreDamaged(DATABASE, "empty", BACKUP)) == (
        f"The case store {DATABASE} cannot be opened: the file is empty or cut short. The file has not been "
        f"changed. The newest backup is {BACKUP}: restore it into a new folder with 'casetracker restore "
        f"{BACKUP} --store NEW_FOLDER'."
    )
    assert str(StoreInUse("passphrase change")).startswith("The passphrase change needs the case store")
    assert str(NotFound("person", "0b0c")) == "No person '0b0c' was found (it may be in the trash)."
    assert error_text(StoreNotFound(STORE), app=False) == str(StoreNotFound(STORE))


@pytest.mark.parametrize("error", KEYED, ids=lambda error: f"{type(error).__name__}-{error.key}")
def test_every_known_error_is_said_in_russian_in_the_app_without_a_command(error):
    russian = error.text("ru")
    assert error.key and CYRILLIC.search(russian) and russian != str(error)
    assert "casetracker " not in error.text("en") and "casetracker " not in russian


def test_an_error_that_names_a_command_on_the_command_line_names_the_menu_in_the_app():
    damaged = StoreDamaged(DATABASE, "pages", BACKUP)
    assert "'casetracker restore" in str(damaged)
    assert "Data → Restore a backup…" in damaged.text("en")
    assert "«Данные → Восстановить резервную копию…»" in damaged.text("ru")
    assert "'casetracker init'" not in StoreNotFound(STORE).text("en")


def test_a_reason_from_the_catalogue_is_kept_in_english_and_worded_in_russian():
    error = InvalidInput("country", catalogue.Entry("import", "value.empty"))
    assert (str(error), error.reason, error.field) == (
        "country: must not be empty",
        "must not be empty",
        "country",
    )
    assert error.text("ru") == "страна: значение не может быть пустым"  # the field is named in Russian too


def test_every_field_a_value_is_refused_in_has_a_russian_name():
    from casetracker.services.validation import RULES

    named = {key for key in catalogue.source("error") if key.startswith("field.")}
    for rules in RULES.values():
        for rule in rules.values():
            try:
                rule(object())  # refused: not text, not a date, not a word of the vocabulary
            except InvalidInput as refused:
                assert f"field.{refused.field.replace(' ', '_')}" in named, refused.field
                assert catalogue.translated("error", f"field.{refused.field.replace(' ', '_')}", "ru")
            except (TypeError, AttributeError, ValueError):
                pass  # a rule that cannot even look at such a value says nothing about its field


def test_an_error_with_a_finished_english_message_says_it_as_it_is():
    assert Conflict("This merge has already been undone.").text("ru") == "This merge has already been undone."
    assert (
        InvalidInput("paper", "'b5' is not one of a4, letter").text("ru")
        == "paper: 'b5' is not one of a4, letter"
    )
    assert (
        NotFound("rule profile", "XX").text("ru")
        == "No rule profile 'XX' was found (it may be in the trash)."
    )


PACKAGE = Path(__file__).resolve().parent.parent / "casetracker"
# Raised with English that is not the catalogue's: a rule profile's own check (its text is the profile's).
UNKEYED = {"services/rule_overrides.py"}


def test_every_error_below_the_front_ends_is_raised_with_a_key():
    """No InvalidInput with a finished English reason, no Conflict with a finished message: the app could
    not say them in its language."""
    english = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = str(path.relative_to(PACKAGE))
        if where.startswith(("ui/", "cli")) or where in UNKEYED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = getattr(node.exc.func, "id", "")
            arguments = node.exc.args
            text = (ast.Constant, ast.JoinedStr)
            if (name == "InvalidInput" and len(arguments) > 1 and isinstance(arguments[1], text)) or (
                name in ("Conflict", "CaseTrackerError") and arguments and isinstance(arguments[0], text)
            ):
                english.append(f"{where}:{node.lineno}")
    assert english == []


def test_an_import_s_worded_error_keeps_its_own_words():
    from casetracker.exchange.problems import WordedError

    stopped = WordedError("The import was cancelled; nothing was imported.", key="cancelled")
    assert error_text(stopped, "ru") == stopped.text("ru") != str(stopped)
    assert error_text(ValueError("a bug")) == "a bug"
