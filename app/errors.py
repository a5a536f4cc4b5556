"""The errors Quire reports to people, each with the exit code the CLI gives it.

Every failure a user can cause or meet (wrong passphrase, damaged file, bad input) is one
of these, so the CLI and the GUI can say something clear instead of a traceback.

Every message is a template marked with ``_T("errors", …)`` plus keyword values, never an
f-string: ``raise QuireError(_T("errors", "No vault at {path}."), path=home)``. ``str()`` of
the error is the sentence in the interface language ui/ installed (English in the CLI; see
app/i18n.py); ``exc.text`` is the :class:`~app.i18n.Text` itself. tests/test_error_messages.py
fails when a raise in app/ passes an f-string or a template missing from the .ts files.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text, say

CONTEXT = "errors"


class TranslatableError(Exception):
    """An error whose message is a translatable template and its values.

    Errors below app/ (age, the byte stream, signatures, the keyring) derive from it too:
    their words end up inside a Quire error's sentence ("… is damaged: bad checksum …")
    and are translated with it.
    """

    default = ""  # the message when raised without one (marked with _T by the subclass)

    def __init__(self, template: str | Text = "", /, **values: object) -> None:
        if isinstance(template, Text):
            self.text = template
        else:
            self.text = Text(CONTEXT, template or self.default, values)
        super().__init__(self.text.english())

    def __str__(self) -> str:
        return self.text.render()


class QuireError(TranslatableError):
    """A problem the user can act on (bad input, missing vault). Exit code 1."""

    exit_code = 1


class WrongPassphraseError(QuireError):
    """No key slot opens with this passphrase (and device secret). Exit code 2."""

    exit_code = 2
    default = _T("errors", "Wrong passphrase.")


class NoMatchingKeyError(QuireError):
    """A sealed bundle was not made for any of the given identities. Exit code 2."""

    exit_code = 2


class DamagedDataError(QuireError):
    """Stored or received data failed an integrity check. Exit code 3.

    ``what`` names the damaged thing ("vault.key", "diary.db", "evidence {id}", a file in a
    backup) so the message says where to look; nothing is ever silently repaired. Both
    ``what`` and ``detail`` are templates (a file name is looked up, found in no catalogue,
    and shown as it is) filled with ``values``; ``detail`` may also be an error or a Text.
    """

    exit_code = 3

    def __init__(
        self, what: str | Text, detail: str | Text | BaseException, /, **values: object
    ) -> None:
        self.what_text = what if isinstance(what, Text) else Text(CONTEXT, what, values)
        self.detail_text: Text | BaseException = (
            Text(CONTEXT, detail, values) if isinstance(detail, str) else detail
        )
        super().__init__(
            Text(
                CONTEXT,
                _T("errors", "{what} is damaged or has been altered: {detail}"),
                {"what": self.what_text, "detail": self.detail_text},
            )
        )

    @property
    def what(self) -> str:
        """The damaged thing, in the interface language."""
        return say(self.what_text)

    @property
    def detail(self) -> str:
        """What is wrong with it, in the interface language."""
        return say(self.detail_text)


class DeviceSecretMissingError(QuireError):
    """The vault needs its device secret, which this machine's keyring does not hold."""

    exit_code = 2


class CancelledError(QuireError):
    """The user cancelled a long operation; nothing was changed."""

    default = _T("errors", "Cancelled.")
