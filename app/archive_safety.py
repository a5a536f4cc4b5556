"""Safety rules for a ZIP archive that someone else made, before any entry is read.

A received archive (a chat export from a phone, a bundle) may carry names that climb
out of a folder (``..``, absolute paths, backslashes), links, device names, the same
name twice in another case or normalisation, an encrypted or exotic entry, or a
compression bomb. These rules are checked on the central directory alone, so nothing
is extracted or trusted before the whole archive has passed them.

The chat importer (app/chats/source.py) and the bundle receiver (app/bundle/receive.py,
with its manifest's rules on top) both use this one module.
"""

from __future__ import annotations

import stat
import unicodedata
import zipfile

from app.errors import DamagedDataError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text

MAX_RATIO = 200  # a deflated entry may expand at most this much
MAX_ENTRIES = 200_000
MAX_TOTAL = 64 * 1024**3  # what an archive may claim to hold, uncompressed

# Names Windows refuses or maps to devices, whatever the extension (CON.txt is CON too).
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}
_FORBIDDEN = set('<>:"|?*')


class UnsafeArchiveError(DamagedDataError):
    """The archive holds an entry that could write outside a folder or hide data."""


def name_problem(name: str, *, direction_marks: bool = True) -> str | None:
    """Why ``name`` is not a plain relative path valid on Windows, macOS and Linux (a
    template of context ``errors``, English until wrapped in a Text).

    ``direction_marks``: allow U+200E/U+200F, which phones put in chat export names; a
    Quire bundle never has them, so its receiver refuses them with every other control.
    """
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return _T("errors", "has an unsafe name")
    marks = "\u200e\u200f" if direction_marks else ""
    if any(not ch.isprintable() and ch not in marks for ch in name):
        return _T("errors", "has control characters in its name")
    parts = name.split("/")
    if any(p in ("..", ".", "") for p in parts):
        return _T("errors", "has an unsafe path")
    for part in parts:
        if any(ch in _FORBIDDEN for ch in part):
            return _T("errors", "has a character that Windows forbids in file names")
        if part.endswith((".", " ")):
            return _T("errors", "ends in a dot or a space, which Windows drops")
        if part.split(".")[0].rstrip(" ").upper() in _RESERVED:
            return _T("errors", "uses a name Windows keeps for devices")
    return None


def folded(name: str) -> str:
    """The name as a case-insensitive, normalising file system (macOS, Windows) sees it."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def check_archive(
    zf: zipfile.ZipFile,
    label: str | Text,
    *,
    folder_entries: bool = True,
    direction_marks: bool = True,
    size_limits: bool = True,
) -> list[zipfile.ZipInfo]:
    """Every plain-file entry of ``zf`` once all of them pass; else UnsafeArchiveError.

    Folder entries are allowed (phones write them; Quire's bundles do not, so its
    receiver passes ``folder_entries=False``) but must be safe names too; links, devices,
    encrypted or unusually compressed entries and bombs are refused.
    """
    infos = zf.infolist()
    # ``size_limits``: a chat export is capped in entries and claimed bytes; a bundle is not
    # (a diary may hold more than 64 GiB of video): its manifest lists every entry and size.
    if size_limits and len(infos) > MAX_ENTRIES:
        raise UnsafeArchiveError(
            label, _T("errors", "it holds more than {max_entries} entries"), max_entries=MAX_ENTRIES
        )
    files: list[zipfile.ZipInfo] = []
    seen: set[str] = set()
    folders: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not name:  # ZipInfo.is_dir() itself fails on an empty name
            raise UnsafeArchiveError(label, _T("errors", "an entry has an empty name"))
        shown = name.rstrip("/") if info.is_dir() else name
        problem = name_problem(shown, direction_marks=direction_marks)
        if problem:
            raise UnsafeArchiveError(
                label,
                _T("errors", "the entry {name} {problem}"),
                name=repr(name),
                problem=Text("errors", problem),
            )
        key = folded(shown)
        parts = key.split("/")
        folders.update("/".join(parts[:n]) for n in range(1, len(parts)))
        if info.is_dir():
            if not folder_entries:
                raise UnsafeArchiveError(
                    label, _T("errors", "the entry {name} is not a plain file"), name=repr(name)
                )
            folders.add(key)
            continue
        if key in seen:
            raise UnsafeArchiveError(
                label,
                _T(
                    "errors",
                    "the entry {name} appears twice (perhaps in another case or normalisation)",
                ),
                name=repr(name),
            )
        seen.add(key)
        mode = info.external_attr >> 16
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise UnsafeArchiveError(
                label, _T("errors", "the entry {name} is not a plain file"), name=repr(name)
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeArchiveError(
                label,
                _T("errors", "the entry {name} uses an unsupported compression"),
                name=repr(name),
            )
        if info.flag_bits & 0x1:
            raise UnsafeArchiveError(
                label,
                _T("errors", "the entry {name} is encrypted inside the archive"),
                name=repr(name),
            )
        if (
            info.compress_type == zipfile.ZIP_DEFLATED
            and info.file_size > MAX_RATIO * max(info.compress_size, 1) + 1024
        ):
            raise UnsafeArchiveError(
                label,
                _T("errors", "the entry {name} looks like a compression bomb"),
                name=repr(name),
            )
        total += info.file_size
        if size_limits and total > MAX_TOTAL:
            raise UnsafeArchiveError(label, _T("errors", "it claims to hold more than 64 GiB"))
        files.append(info)
    if seen & folders:
        clash = sorted(seen & folders)[0]
        raise UnsafeArchiveError(
            label, _T("errors", "the entry {clash} is both a file and a folder"), clash=repr(clash)
        )
    return files
