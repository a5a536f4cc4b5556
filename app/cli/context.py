"""What every command needs: the vault folder, and asking for secrets once, in order."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.access import unlock_vault
from app.cli.prompts import SecretSource
from app.paths import resolve_home
from app.vault.vault import Vault, read_header
from app.wipe import finish_interrupted_wipes


class Context:
    """What every command needs: the vault folder and a way to ask for secrets."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.home = resolve_home(args.home)
        self.secrets = SecretSource(args.passphrase_stdin)
        self.want_recovery = args.recovery_code

        self._asked: tuple[str, str | None] | None = None

    def read_secrets(self) -> tuple[str, str | None]:
        """The passphrase (and recovery code), asked once; stdin lines come first."""
        if self._asked is None:
            passphrase = self.secrets.ask("Passphrase: ")
            recovery = None
            if self.want_recovery:
                recovery = self.secrets.ask("Recovery code (24 words): ", "recovery code")
            self._asked = (passphrase, recovery)
        return self._asked

    def unlock(self) -> Vault:
        finish_interrupted_wipes(self.home)  # a wipe cut short is completed first
        read_header(self.home)  # "no vault here" before asking for a passphrase
        passphrase, recovery = self.read_secrets()
        return unlock_vault(self.home, passphrase, recovery=recovery)


Handler = Callable[[argparse.Namespace, Context], int]
