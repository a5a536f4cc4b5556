"""Reading passphrases and recovery codes: from a terminal without echo, or from stdin.

With ``--passphrase-stdin`` the secrets are the first lines of standard input, in the
order the command asks for them (scripts and tests); otherwise they are prompted for
without echo. The remaining standard input stays readable (``add --json -``).
"""

from __future__ import annotations

import getpass
import sys

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T


class SecretSource:
    """Hands out secrets one after another, from stdin lines or a terminal prompt."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def _line(self, what: str) -> str:
        line = sys.stdin.readline()
        if not line:
            raise QuireError(
                _T("errors", "Expected the {what} on standard input, found nothing."), what=what
            )
        return line.rstrip("\r\n")

    def ask(self, prompt: str, what: str = "passphrase") -> str:
        if self.from_stdin:
            return self._line(what)
        if not sys.stdin.isatty():
            raise QuireError(
                _T("errors", "No terminal to ask for the {what}; use --passphrase-stdin."),
                what=what,
            )
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str = "New passphrase: ") -> str:
        """A new passphrase: typed twice at a terminal, once on stdin."""
        first = self.ask(prompt)
        if not self.from_stdin:
            again = getpass.getpass("Type it again: ")
            if again != first:
                raise QuireError(_T("errors", "The two passphrases differ; nothing was changed."))
        if not first:
            raise QuireError(_T("errors", "The passphrase must not be empty."))
        return first
