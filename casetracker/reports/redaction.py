"""Redaction profiles: what a case summary may contain, decided before anything is drawn.

Redacted data is never read into the report's data, so it cannot reach the file,
hidden or otherwise.
"""

import re
from dataclasses import dataclass

from casetracker.errors import InvalidInput, reason

PROFILES = ("lawyer", "sharing")


@dataclass(frozen=True)
class Redaction:
    """ "lawyer": everything. "sharing": no contacts, current location, family or notes;
    with `initials`, names become initials, also where they appear in free text."""

    profile: str = "lawyer"
    initials: bool = False

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise InvalidInput(
                "redaction", reason("not_one_of", value=self.profile, allowed=", ".join(PROFILES))
            )

    @property
    def full(self) -> bool:
        return self.profile == "lawyer"


def initials(name: str) -> str:
    """'Ставрогин-Малых Егор' -> 'С.-М. Е.'"""
    words = []
    for word in name.split():
        parts = [next((c for c in part if c.isalpha()), "") for part in word.split("-")]
        parts = [f"{c.upper()}." for c in parts if c]
        if parts:
            words.append("-".join(parts))
    return " ".join(words) or "—"


class NameScrubber:
    """Replaces every word of a person's names, in any of their spellings, by its initial."""

    def __init__(self, spellings: list[str]) -> None:
        words = {w for s in spellings for w in re.split(r"[\s\-]+", s) if len(w) >= 2 and w[0].isalpha()}
        self._pattern = (
            re.compile(
                r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I
            )
            if words
            else None
        )

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(lambda match: f"{match.group(0)[0].upper()}.", text)
