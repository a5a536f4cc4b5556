"""age v1 (c2sp.org/age) file encryption, streaming, on ``cryptography`` primitives.

The sealed bundle is an age file so that a receiver can open it with the standard ``age``
tool. Typical use::

    identity = generate_identity()            # or parse_identity_file(text)
    with open(path, "wb") as f, AgeWriter(f, [identity.recipient]) as out:
        out.write(data)                        # or zipfile.ZipFile(out, "w")
    with open(path, "rb") as f, AgeReader(f, [identity]) as plain:
        zipfile.ZipFile(plain)                 # seekable: no plaintext on disk
"""

from app.age.armor import ArmorReader, ArmorWriter, armor, dearmor
from app.age.decrypt import AgeReader, decrypt_bytes
from app.age.encrypt import AgeWriter, check_recipients, encrypt_bytes
from app.age.errors import (
    AgeError,
    ArmorError,
    HeaderError,
    HeaderMacError,
    IdentityFormatError,
    IncompatibleRecipientsError,
    NoIdentityMatchError,
    PayloadError,
    RecipientFormatError,
)
from app.age.keys import (
    HybridIdentity,
    HybridRecipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    format_identity_file,
    generate_identity,
    parse_identity,
    parse_identity_file,
    parse_recipient,
    parse_recipients_file,
    recipient_fingerprint,
)
from app.age.stanza import Identity, Recipient, Stanza

__all__ = [
    "AgeError",
    "AgeReader",
    "AgeWriter",
    "ArmorError",
    "ArmorReader",
    "ArmorWriter",
    "HeaderError",
    "HeaderMacError",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "IdentityFormatError",
    "IncompatibleRecipientsError",
    "NoIdentityMatchError",
    "PayloadError",
    "Recipient",
    "RecipientFormatError",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "armor",
    "check_recipients",
    "dearmor",
    "decrypt_bytes",
    "encrypt_bytes",
    "format_identity_file",
    "generate_identity",
    "parse_identity",
    "parse_identity_file",
    "parse_recipient",
    "parse_recipients_file",
    "recipient_fingerprint",
]
