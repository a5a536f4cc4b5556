"""Panic wipe, duress passphrase and wipe-after-N-failures: the API the CLI and GUI call.

- :func:`panic_wipe` ``(home, *, open_vaults=(), progress=None) -> WipeReport`` — no
  passphrase needed; raises :class:`WipeError` only if the key file could not be overwritten.
- :func:`finish_interrupted_wipes` ``(home) -> WipeReport | None`` — call at every start.
- :func:`has_quire_files` ``(home) -> bool`` — is there anything for a wipe to remove?
- :func:`set_duress_passphrase` ``(vault, passphrase)``, :func:`clear_duress_passphrase`
  ``(vault)`` — on an unlocked vault; the duress unlock itself happens in
  ``app.access.unlock_vault``.
- :func:`set_wipe_after_failures` ``(home, n)`` — 0 turns it off.
- :func:`wait_for_removals` ``(timeout=None) -> bool`` — after a duress unlock the old
  files are removed in a background thread; this waits for it (the program also waits
  for it before it exits).
"""

from __future__ import annotations

from app.wipe.duress import clear_duress_passphrase, set_duress_passphrase
from app.wipe.erase import (
    WipeError,
    WipeReport,
    finish_interrupted_wipes,
    has_quire_files,
    panic_wipe,
    wait_for_removals,
)
from app.wipe.failures import set_wipe_after_failures

__all__ = [
    "WipeError",
    "WipeReport",
    "clear_duress_passphrase",
    "finish_interrupted_wipes",
    "has_quire_files",
    "panic_wipe",
    "set_duress_passphrase",
    "set_wipe_after_failures",
    "wait_for_removals",
]
