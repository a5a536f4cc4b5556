"""Reading an export where it lies: one file, a folder, or a ZIP (checked first).

Parsers ask for files by their path inside the export; a path that is not a plain
relative name, climbs out of the folder or passes through a link is simply not there.
A ZIP passes app/archive_safety.check_archive whole before any entry is read.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

from app.archive_safety import check_archive, name_problem
from app.chats.model import ChatFormatError
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text

MAX_TEXT = 2 * 1024**3  # a chat's text file larger than this is not a phone's export


def _export_label(path: Path) -> Text:
    """How errors name the export: "The export WhatsApp Chat.zip"."""
    return Text("errors", _T("errors", "The export {name}"), {"name": path.name})


class ExportSource:
    """Files of one export, by relative path ('/' separated)."""

    label: str | Text

    def has(self, name: str) -> bool:
        raise NotImplementedError

    def open(self, name: str) -> BinaryIO:
        raise NotImplementedError

    def size(self, name: str) -> int:
        raise NotImplementedError

    def names(self) -> list[str]:
        """Every plain file (a folder is walked; links are skipped)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the archive, if any."""

    def read_bytes(self, name: str) -> bytes:
        if self.size(name) > MAX_TEXT:
            raise ChatFormatError(
                _T("errors", "{name} is too large to be a chat export."), name=name
            )
        with self.open(name) as f:
            return f.read(MAX_TEXT + 1)

    def read_text(self, name: str) -> str:
        """A UTF-8 text file of the export (the bytes are not kept)."""
        try:
            return self.read_bytes(name).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ChatFormatError(
                _T("errors", "{name} is not UTF-8 text (byte {start}): not a chat export."),
                name=name,
                start=exc.start,
            ) from None

    def resolve(self, uri: str) -> str | None:
        """The export's name for a path a platform wrote (maybe from a higher root)."""
        parts = [p for p in uri.replace("\\", "/").split("/") if p]
        for start in range(len(parts)):
            candidate = "/".join(parts[start:])
            if self.has(candidate):
                return candidate
        return None


class FolderSource(ExportSource):
    def __init__(self, root: Path, label: Text) -> None:
        self.root = root
        self.label = label

    def _path(self, name: str) -> Path | None:
        if name_problem(name) is not None:
            return None
        here = self.root
        for part in name.split("/"):
            here = here / part
            try:
                mode = os.lstat(here).st_mode
            except OSError:
                return None
            if stat.S_ISLNK(mode):
                return None
        return here if stat.S_ISREG(mode) else None

    def has(self, name: str) -> bool:
        return self._path(name) is not None

    def open(self, name: str) -> BinaryIO:
        path = self._path(name)
        if path is None:
            raise ChatFormatError(_T("errors", "{name} is not in the export."), name=name)
        return open(path, "rb")  # the caller closes it

    def size(self, name: str) -> int:
        path = self._path(name)
        if path is None:
            raise ChatFormatError(_T("errors", "{name} is not in the export."), name=name)
        return path.stat().st_size

    def names(self) -> list[str]:
        out: list[str] = []
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            rel = Path(folder).relative_to(self.root).as_posix()
            dirs.sort()
            for f in sorted(files):
                name = f if rel == "." else f"{rel}/{f}"
                if self.has(name):
                    out.append(name)
        return out


class ZipSource(ExportSource):
    def __init__(self, path: Path) -> None:
        self.label = _export_label(path)
        try:
            self._zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ChatFormatError(
                _T("errors", "{name} is not a readable ZIP archive ({exc})."),
                name=path.name,
                exc=exc,
            ) from None
        try:
            self._infos = {i.filename: i for i in check_archive(self._zf, self.label)}
        except BaseException:
            self._zf.close()
            raise

    def has(self, name: str) -> bool:
        return name in self._infos

    def open(self, name: str) -> BinaryIO:
        if name not in self._infos:
            raise ChatFormatError(_T("errors", "{name} is not in the export."), name=name)
        return self._zf.open(self._infos[name])  # type: ignore[return-value]

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def names(self) -> list[str]:
        return sorted(self._infos)

    def read_bytes(self, name: str) -> bytes:
        try:
            return super().read_bytes(name)
        except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
            raise ChatFormatError(
                _T("errors", "{name} inside the archive is damaged ({exc})."), name=name, exc=exc
            ) from None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._zf.close()


def open_source(path: Path) -> tuple[ExportSource, str | None]:
    """The export at ``path`` and, when a file inside a folder was named, that file."""
    path = Path(path)
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        raise QuireError(_T("errors", "Not a readable file or folder: {path}"), path=path) from None
    if stat.S_ISLNK(mode):
        mode = os.stat(path).st_mode
    if stat.S_ISDIR(mode):
        return FolderSource(path, _export_label(path)), None
    if not stat.S_ISREG(mode):
        raise QuireError(_T("errors", "Not a readable file or folder: {path}"), path=path)
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return ZipSource(path), None
    return FolderSource(path.parent, _export_label(path)), path.name
