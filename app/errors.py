"""The errors Quire reports to people, each with the exit code the CLI gives it.

Every failure a user can cause or meet (wrong passphrase, damaged file, bad input) is one
of these, so the CLI and the GUI can say something clear instead of a traceback.
"""

from __future__ import annotations


class QuireError(Exception):
    """A problem the user can act on (bad input, missing vault). Exit code 1."""

    exit_code = 1


class WrongPassphraseError(QuireError):
    """No key slot opens with this passphrase (and device secret). Exit code 2."""

    exit_code = 2

    def __init__(self, message: str = "Wrong passphrase.") -> None:
        super().__init__(message)


class NoMatchingKeyError(QuireError):
    """A sealed bundle was not made for any of the given identities. Exit code 2."""

    exit_code = 2


class DamagedDataError(QuireError):
    """Stored or received data failed an integrity check. Exit code 3.

    ``what`` names the damaged thing ("vault.key", "diary.db", "evidence 12", a file in a
    backup) so the message says where to look; nothing is ever silently repaired.
    """

    exit_code = 3

    def __init__(self, what: str, detail: str) -> None:
        super().__init__(f"{what} is damaged or has been altered: {detail}")
        self.what = what
        self.detail = detail


class DeviceSecretMissingError(QuireError):
    """The vault needs its device secret, which this machine's keyring does not hold."""

    exit_code = 2


class CancelledError(QuireError):
    """The user cancelled a long operation; nothing was changed."""
