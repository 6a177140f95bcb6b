"""A passphrase's strength grows with its length and its words."""

from casetracker.passphrases import strength


def test_passphrase_strength_grows_with_length_and_words():
    assert [strength(p) for p in ("abc", "abcdefghij", "Abcdefgh1!", "correct horse battery staple")] == [
        0,
        1,
        2,
        3,
    ]
