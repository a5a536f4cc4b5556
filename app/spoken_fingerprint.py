"""Fingerprints people read to each other over the phone: digit groups and words.

Issue 14: the diary's signing key, like an organisation's recipient, must be comparable
aloud, by a stressed person on a bad line, in any language. Both are shown the same two
ways from the same SHA-256:

- eight groups of four digits (each group a big-endian 32-bit slice modulo 10,000), the
  form the recipient fingerprint always had (app/age/keys.py);
- six words of the BIP-39 English list (the first 66 bits, 11 bits a word), for those who
  find words easier to hear than digits. English, whatever the interface language: both
  sides must see the same words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.age.keys import digit_groups
from app.crypto import sshsig
from app.passphrase_strength import mnemonic_list

WORDS = 6


def words(digest: bytes, count: int = WORDS) -> list[str]:
    """The first ``count`` × 11 bits of ``digest`` as BIP-39 English words."""
    wordlist = mnemonic_list("english")
    bits = int.from_bytes(digest, "big")
    total = len(digest) * 8
    return [wordlist[(bits >> (total - 11 * (i + 1))) & 0x7FF] for i in range(count)]


@dataclass(frozen=True)
class SpokenFingerprint:
    """One key's fingerprint in the three forms Quire shows."""

    ssh: str  # SHA256:… as ssh-keygen -l prints it (for ssh-keygen -Y verify)
    digits: str
    words: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"ssh": self.ssh, "digits": self.digits, "words": list(self.words)}


def signing_fingerprint(key: Ed25519PublicKey) -> SpokenFingerprint:
    """The diary's (or a bundle's) Ed25519 signing key, as ssh-keygen, digits and words."""
    digest = hashlib.sha256(sshsig.public_key_blob(key)).digest()
    return SpokenFingerprint(sshsig.fingerprint(key), digit_groups(digest), tuple(words(digest)))


def from_ssh(fingerprint: str) -> SpokenFingerprint | None:
    """Digits and words for an ``SHA256:…`` fingerprint (a bundle names its signer so)."""
    import base64
    import binascii

    if not fingerprint.startswith("SHA256:"):
        return None
    body = fingerprint[len("SHA256:") :]
    try:
        digest = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(digest) != 32:
        return None
    return SpokenFingerprint(fingerprint, digit_groups(digest), tuple(words(digest)))


def receipt(sha256_hex: str) -> str:
    """A proof-of-existence receipt for one evidence file: its SHA-256 as six words.

    Sent to a lawyer over another channel the day the file is recorded, it shows later
    that this file (any file with these bytes) existed by then: whoever holds the message
    recomputes the words from the file. Six words are 66 bits of the hash, beyond anyone's
    reach to match with a different file made afterwards, short enough to type into a
    message. The same English words whatever the interface language (both sides compare
    them).
    """
    return " ".join(words(bytes.fromhex(sha256_hex)))
