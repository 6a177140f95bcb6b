"""The store's plaintext manifest: tells a wrong passphrase from a damaged file.

SQLCipher answers "file is not a database" both for a wrong key and for a
damaged first page. To tell the caseworker which, the manifest beside the
database keeps a passphrase verifier: PBKDF2-HMAC-SHA512 with its own salt and
the same iteration count as SQLCipher's own key derivation, so it gives an
attacker nothing that the encrypted file does not already give. It holds no
personal data.
"""

import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from casetracker.store.files import write_atomically

FORMAT = "exile-case-tracker-store"
SQLCIPHER_DEFAULT_KDF_ITER = 256_000  # SQLCipher 4's default
MAX_KDF_ITER = 10_000_000  # a few seconds of derivation: more is a damaged or hostile manifest


@dataclass(frozen=True)
class Manifest:
    kdf_iter: int
    salt: bytes
    verifier: bytes
    demo: bool = False

    @classmethod
    def for_passphrase(cls, passphrase: str, kdf_iter: int, demo: bool = False) -> "Manifest":
        salt = secrets.token_bytes(16)
        return cls(kdf_iter, salt, derive_key(passphrase, salt, kdf_iter), demo)

    def accepts(self, passphrase: str) -> bool:
        return hmac.compare_digest(self.verifier, derive_key(passphrase, self.salt, self.kdf_iter))

    def save(self, path: Path) -> None:
        document = {
            "format": FORMAT,
            "kdf_iter": self.kdf_iter,
            "salt": self.salt.hex(),
            "verifier": self.verifier.hex(),
            "demo": self.demo,
        }
        write_atomically(path, json.dumps(document, indent=2).encode())

    @classmethod
    def load(cls, path: Path) -> "Manifest | None":
        """The manifest, or None when it is missing or unreadable (the store still opens without it)."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            if document.get("format") != FORMAT:
                return None
            manifest = cls(
                kdf_iter=int(document["kdf_iter"]),
                salt=bytes.fromhex(document["salt"]),
                verifier=bytes.fromhex(document["verifier"]),
                demo=bool(document.get("demo", False)),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return None
        sizes_right = len(manifest.salt) == 16 and len(manifest.verifier) == 32
        return manifest if sizes_right and 1 <= manifest.kdf_iter <= MAX_KDF_ITER else None


def derive_key(passphrase: str, salt: bytes, iterations: int) -> bytes:
    """PBKDF2-HMAC-SHA512 to 32 bytes: SQLCipher 4's own key derivation, and the verifier's."""
    # Imported here: the unlock dialog loads this module before anything heavy. The
    # cryptography package derives about a third faster than hashlib on the same machine.
    from cryptography.hazmat.primitives.hashes import SHA512
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    return PBKDF2HMAC(SHA512(), length=32, salt=salt, iterations=iterations).derive(passphrase.encode())


def kdf_iter_from_environment() -> int | None:
    """A faster key derivation for the test suite only; never set in normal use."""
    value = os.environ.get("CASETRACKER_TEST_KDF_ITER")
    return int(value) if value else None
