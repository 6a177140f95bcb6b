"""The keys of team mode, all standard libsodium constructions through PyNaCl; no primitive of our own.

- A key pair (Curve25519) receives sealed boxes: a member's scope keys, the recovery key's copies.
- A secret key (32 random bytes) seals data with SecretBox (XSalsa20-Poly1305, a random nonce each
  time): op bodies under a scope key, member names under the team key.
- The recovery key file holds the private half of the organisation's recovery key pair.
"""

import base64
import json

from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox
from nacl.utils import random

SECRET_KEY_SIZE = SecretBox.KEY_SIZE


def new_key_pair() -> PrivateKey:
    """A fresh key pair; its public half is `.public_key`, bytes with `bytes(key)`."""
    return PrivateKey.generate()


def seal_for(public: bytes, data: bytes) -> bytes:
    """`data` sealed so that only the holder of the private half of `public` can open it (anonymous
    sender: a sealed box proves nothing about who sealed it)."""
    return SealedBox(PublicKey(public)).encrypt(data)


def open_sealed(private: PrivateKey | bytes, data: bytes) -> bytes:
    """What `seal_for` sealed to this key pair; nacl.exceptions.CryptoError if it was not for it."""
    key = private if isinstance(private, PrivateKey) else PrivateKey(private)
    return SealedBox(key).decrypt(data)


def new_secret_key() -> bytes:
    return random(SECRET_KEY_SIZE)


def secret_seal(key: bytes, data: bytes) -> bytes:
    """`data` encrypted and authenticated under `key`; the random nonce is carried in front."""
    return bytes(SecretBox(key).encrypt(data))


def secret_open(key: bytes, data: bytes) -> bytes:
    """What `secret_seal` sealed; nacl.exceptions.CryptoError if the key is wrong or the data altered."""
    return SecretBox(key).decrypt(data)


RECOVERY_FORMAT = "casetracker-team-recovery-key/1"


def recovery_key_text(private: bytes) -> str:
    """The recovery key file: JSON with the private half (base64), to be kept offline."""
    key = PrivateKey(private)
    return json.dumps(
        {
            "format": RECOVERY_FORMAT,
            "private_key": base64.b64encode(bytes(key)).decode("ascii"),
            "public_key": base64.b64encode(bytes(key.public_key)).decode("ascii"),
        },
        indent=2,
    )


def read_recovery_key(text: str) -> PrivateKey:
    """The key of a recovery key file; ValueError (or KeyError) if `text` is not one."""
    data = json.loads(text)
    if data.get("format") != RECOVERY_FORMAT:
        raise ValueError("not a recovery key file")
    return PrivateKey(base64.b64decode(data["private_key"], validate=True))
