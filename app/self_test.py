"""``quire --self-test``: the Qt-free half (ui/self_test.py opens the screens).

A build is proven on a machine by opening its main screens for real, on a throwaway
diary: that finds a library, a Qt plugin, a font or a translation the package forgot.
What is made for the test lives in one private folder that this module creates (0700,
under the temporary folder) and removes at the end, and only that folder: it is removed
only when the path still names the very folder created (not a link; same device and inode;
holding the random token written into it at creation, since inode numbers are reused), so
nothing the person has, even a folder put in its place meanwhile, is touched.
The person's vault, settings and keyring are never used: the sample diary has no device
secret, and its settings file is inside the throwaway folder.
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import stat
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.vault.kdf import FLOOR

PREFIX = "quire-self-test-"
MARKER = ".made-by-quire-self-test"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has no links to follow here
SAMPLE_INCIDENTS = (
    ("Threatening messages after the protest", "2025-03-04", ["threat"], 4),
    ("Saxta profil mənim adımla", "2025-02-11", ["doxxing"], 3),
    ("Вызов в полицию «для беседы»", "2025-01-20", ["legal"], 2),
)
SAMPLE_CHAT = """\
23/03/2025, 13:31 - Unknown: If you publish that article again everyone will see it.
23/03/2025, 13:32 - Me: Who gave you this number?
23/03/2025, 13:34 - Unknown: You have until Friday.
"""
ORGANISATION = "Self-test organisation"


class WorkspaceChangedError(Exception):
    """The self-test's folder is no longer the one it made; nothing was removed."""


class Workspace:
    """A private temporary folder this process made, and removes only if it still is that."""

    def __init__(self, root: Path | None = None) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))  # 0700, new name
        made = os.lstat(self.path)
        # mkdtemp promises 0700; check, not trust (Windows: the user's own temporary folder
        # and its access list keep it private; mode bits mean nothing there).
        if os.name == "posix" and stat.S_IMODE(made.st_mode) & 0o077:
            os.rmdir(self.path)
            raise WorkspaceChangedError(
                "The self-test's temporary folder is not private; it was removed."
            )
        self._identity = (made.st_dev, made.st_ino)
        self._token = secrets.token_hex(16)  # inode numbers are reused; this is not
        fd = os.open(self.path / MARKER, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as marker:
            marker.write(self._token)

    def remove(self) -> None:
        """Delete the folder and what the self-test put in it; refuse if it was swapped."""
        try:
            now = os.lstat(self.path)
        except FileNotFoundError:
            return
        if (
            not stat.S_ISDIR(now.st_mode)
            or (now.st_dev, now.st_ino) != self._identity
            or self._marker() != self._token
        ):
            raise WorkspaceChangedError(
                "The self-test's temporary folder " + str(self.path) + " was replaced by "
                "something else while the test ran; it was left as it is."
            )
        shutil.rmtree(self.path)  # never follows a link inside (fd-based on Linux)

    def _marker(self) -> str | None:
        try:
            fd = os.open(self.path / MARKER, os.O_RDONLY | _NOFOLLOW)
        except OSError:
            return None
        with os.fdopen(fd, encoding="ascii", errors="replace") as marker:
            return marker.read(64)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()


@dataclass
class SampleDiary:
    """A made-up diary for the screens: a vault, its passphrase, a bundle and its key."""

    home: Path
    passphrase: str
    incident_ids: list[int]
    bundle: Path
    key_file: Path
    empty_home: Path


def make_sample_diary(folder: Path) -> SampleDiary:
    """Fill ``folder`` (the workspace) with a locked sample vault and a bundle made from it.

    The key derivation is the real one at its floor (a build has no test shortcut); the
    passphrase is random and forgotten with the folder.
    """
    from app.age.keys import format_identity_file, generate_identity
    from app.bundle.export import Selection, export_bundle, resolve_recipients
    from app.chats.store import ChatStore
    from app.contacts.book import ContactBook
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.vault.vault import Vault

    home = folder / "diary"
    passphrase = " ".join(secrets.token_hex(4) for _ in range(5))
    vault, _ = Vault.create(home, passphrase, kdf=FLOOR)
    try:
        store = IncidentStore(vault)
        ids = [
            store.create(
                IncidentRecord.from_dict(
                    {
                        "title": title,
                        "occurred_at": when,
                        "occurred_precision": "day",
                        "categories": categories,
                        "severity": severity,
                        "narrative": "Made up by quire --self-test.",
                    }
                )
            )
            for title, when, categories, severity in SAMPLE_INCIDENTS
        ]
        evidence = EvidenceStore(vault)
        evidence.import_stream(ids[0], io.BytesIO(_sample_jpeg()), "screenshot.jpg")
        evidence.import_stream(ids[0], io.BytesIO(b"Call log (made up)\n"), "calls.txt")
        chat = folder / "WhatsApp Chat with Unknown.txt"
        chat.write_text(SAMPLE_CHAT, encoding="utf-8")
        ChatStore(vault).import_export(chat, time_zone="UTC")
        chat.unlink()
        key = generate_identity()
        ContactBook(vault).add(ORGANISATION, key.recipient.encode())
        bundle = folder / "sample.age"
        export_bundle(
            vault,
            Selection(all=True),
            resolve_recipients(vault, [ORGANISATION]),
            bundle,
            author="",
        )
        key_file = folder / "organisation.key"
        key_file.write_text(format_identity_file(key), encoding="utf-8")
    finally:
        vault.lock()
    empty = folder / "new"
    return SampleDiary(home, passphrase, ids, bundle, key_file, empty)


def _sample_jpeg() -> bytes:
    """A small JPEG (Pillow, which the report uses too), so Qt's JPEG plugin is needed."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (320, 200), (200, 60, 60)).save(out, "JPEG")
    return out.getvalue()


@dataclass
class Screen:
    """One screen to open: its name and a function that opens it and raises if it cannot."""

    name: str
    open: Callable[[], None]


@dataclass
class Outcome:
    """What the run found: the screens that failed, with why."""

    failures: dict[str, str] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def run_screens(screens: Iterable[Screen], say: Callable[[str], None]) -> Outcome:
    """Open each screen in turn, one line each; a failure is named and the rest still run."""
    outcome = Outcome()
    for screen in screens:
        started = time.monotonic()
        try:
            screen.open()
        except Exception as exc:  # any failure of a screen is what the self-test reports
            why = describe(exc)
            outcome.failures[screen.name] = why
            say(f"FAILED  {screen.name}: {why}")
            continue
        say(f"ok      {screen.name} ({time.monotonic() - started:.1f} s)")
    return outcome


def describe(exc: BaseException) -> str:
    """One line: the error, and where in Quire it came from (no locals, no content)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}{': ' + text if text else ''}{where}"
