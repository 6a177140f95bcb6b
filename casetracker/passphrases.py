"""What a new passphrase must be, and how strong it looks: one rule for the app and the command line.

Plain Python with no imports: the unlock dialog uses it before anything heavy is loaded.
"""

MINIMUM_LENGTH = 10


def passphrase_problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused, or None."""
    if len(passphrase) < MINIMUM_LENGTH:
        return (
            f"The passphrase is too short: use at least {MINIMUM_LENGTH} characters, "
            "ideally four or more unrelated words."
        )
    return None


def strength(passphrase: str) -> int:
    """0 (too short) to 3 (strong): length matters most, then variety of characters."""
    if len(passphrase) < MINIMUM_LENGTH:
        return 0
    kinds = sum(
        any(test(char) for char in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    if len(passphrase) >= 20 or words >= 4:
        return 3
    return 2 if kinds >= 3 or len(passphrase) >= 14 else 1
