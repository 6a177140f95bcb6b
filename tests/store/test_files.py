"""Files written whole or not at all, and private ones that never replace another file."""

import errno
import os
import stat

import pytest

from casetracker.errors import CaseTrackerError
from casetracker.store.files import write_private_text


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_private_text_file_is_its_owners_alone_whatever_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        write_private_text(tmp_path / "invitation.json", '{"name": "Анна"}')
    finally:
        os.umask(previous)
    written = tmp_path / "invitation.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert written.read_text("utf-8") == '{"name": "Анна"}\n'


def test_a_private_text_file_never_replaces_one_that_is_there(tmp_path):
    there = tmp_path / "invitation.json"
    there.write_text("kept", "utf-8")
    with pytest.raises(CaseTrackerError) as refused:
        write_private_text(there, "new")
    assert refused.value.key == "target_exists"
    assert str(there) in refused.value.text("en") and "Nothing was written" in refused.value.text("en")
    assert there.read_text("utf-8") == "kept"


def test_a_private_text_file_that_cannot_be_written_whole_is_not_left_behind(tmp_path, monkeypatch):
    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_private_text(tmp_path / "invitation.json", "a password inside")
    assert list(tmp_path.iterdir()) == []
