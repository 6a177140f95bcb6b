"""The one failure path: each failure said once, in the app's language, never stacked on itself."""

import errno

from casetracker import paths
from casetracker.errors import StoreDamagedInUse
from casetracker.ui import failures, messages


def test_the_same_failure_is_not_stacked_while_it_is_on_screen(monkeypatch):
    shown = []

    def a_message_box(parent, text):  # while it is open, every view that reloads fails the same way
        shown.append(text)
        for _ in range(5):
            failures.show(None, StoreDamagedInUse())

    monkeypatch.setattr(messages, "error", a_message_box)
    failures.show(None, StoreDamagedInUse())
    assert len(shown) == 1 and "can no longer be read" in shown[0]
    failures.show(None, StoreDamagedInUse())  # closed: a new failure is said again
    assert len(shown) == 2


def test_while_one_bug_is_on_screen_more_bugs_write_no_more_notices(monkeypatch):
    shown = []

    def a_message_box(parent, text):
        shown.append(text)
        for _ in range(5):
            failures.show(None, ValueError("a view that reloads after the first bug"))

    monkeypatch.setattr(messages, "error", a_message_box)
    failures.show(None, KeyError("the first"))
    assert len(shown) == 1 and len(list(paths.crash_notices_dir().iterdir())) == 1


def test_the_system_s_usual_refusals_are_said_in_plain_words():
    blocked = OSError(errno.ENOTDIR, "Not a directory", "/media/usb/afile/export.json")
    assert failures.describe(blocked) == (
        "export.json could not be used: a folder on its way is a file, not a folder. Nothing was changed "
        "in the store."
    )
