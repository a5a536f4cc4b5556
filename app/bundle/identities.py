"""The receiver's keys: age identity files and a bundle passphrase, read one way for all.

``quire-cli open``/``verify BUNDLE`` and the Open Bundle window both call
:func:`load_identities`, so a key file is refused for the same reasons with the same words
wherever it is given (a missing file, a folder, a huge file, a file that holds no key).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.age import IdentityFormatError, ScryptIdentity, parse_identity_file
from app.age.stanza import Identity
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

MAX_KEY_FILE = 64 * 1024  # an age identity file is a few hundred bytes per key


def read_identity_file(path: Path) -> list[Identity]:
    """Every identity in one ``age-keygen`` file, or a clear error saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        if path.exists():
            raise QuireError(
                _T("errors", "{path} is not a key file: it is a folder or a device."), path=path
            )
        raise QuireError(_T("errors", "The key file {path} does not exist."), path=path)
    with open(path, "rb") as f:  # unreadable: an OSError, which both callers already word
        data = f.read(MAX_KEY_FILE + 1)
    if len(data) > MAX_KEY_FILE:
        raise QuireError(_T("errors", "{name} is too large to be a key file."), name=path.name)
    try:
        return list(parse_identity_file(data.decode("utf-8")))
    except (UnicodeDecodeError, IdentityFormatError) as exc:
        detail = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
        raise QuireError(
            _T(
                "errors",
                "{name} is not a key file ({detail}). Choose the file with your secret key: it "
                "contains a line beginning with AGE-SECRET-KEY-.",
            ),
            name=path.name,
            detail=detail,
        ) from None


def load_identities(key_files: Sequence[Path], passphrase: str | None = None) -> list[Identity]:
    """The identities from the key files, then the bundle passphrase (scrypt) if one is given.

    An empty passphrase counts as none; with neither, the person is told what to give.
    """
    identities: list[Identity] = []
    for path in key_files:
        identities += read_identity_file(Path(path))
    if passphrase:
        identities.append(ScryptIdentity(passphrase))
    if not identities:
        raise QuireError(
            _T(
                "errors",
                "Give the key file that can open the bundle (-i FILE), or the bundle's passphrase.",
            )
        )
    return identities
