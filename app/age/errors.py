"""The errors this age implementation raises, so callers can react by kind, not by message.

Every failure to open or write an age file is an :class:`AgeError`. The classes follow the
outcome classes of the age conformance vectors (c2sp.org/CCTV/age), because those are the
distinctions a caller can act on:

* :class:`HeaderError` – the header is malformed, uses an unsupported version, or a stanza
  addressed to one of our identity types is malformed (header failure);
* :class:`HeaderMacError` – the header parses but its MAC is wrong: it was tampered with
  (HMAC failure);
* :class:`ArmorError` – the ASCII armor around the file is not strict PEM (armor failure);
* :class:`NoIdentityMatchError` – none of the given identities opens the file (no match);
* :class:`PayloadError` – the encrypted payload is damaged or truncated (payload failure).

The format errors for keys typed or pasted by people (:class:`RecipientFormatError`,
:class:`IdentityFormatError`) and :class:`IncompatibleRecipientsError` are also
``ValueError`` so that generic input validation catches them.
"""

from __future__ import annotations

from app.errors import TranslatableError


class AgeError(TranslatableError):
    """Base class: an age file could not be written or opened."""


class HeaderError(AgeError):
    """The header is malformed or unsupported (or the file is not an age file at all)."""


class HeaderMacError(HeaderError):
    """The header MAC does not verify: the header was changed after it was written."""


class ArmorError(AgeError):
    """The ASCII armor (PEM) is malformed; strictness keeps armored files non-malleable."""


class NoIdentityMatchError(AgeError):
    """None of the identities (keys or passphrase) can open this file."""


class PayloadError(AgeError):
    """The payload is damaged, truncated or has data appended: the content is not whole."""


class RecipientFormatError(AgeError, ValueError):
    """A recipient string is not valid (wrong prefix, bad checksum, wrong length, …)."""


class IdentityFormatError(AgeError, ValueError):
    """An identity (secret key) string or identity file is not valid.

    Messages never repeat the secret text itself.
    """


class IncompatibleRecipientsError(AgeError, ValueError):
    """The recipients cannot share one file (scrypt not alone, post-quantum mixed with X25519)."""
