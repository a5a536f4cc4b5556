"""ASCII armor: strict PEM with the label ``AGE ENCRYPTED FILE``, for text-only channels.

Armor is the one place an age file could be malleable (base64 tolerates junk), so the
reader accepts only the canonical form: lines of exactly 64 columns except the last,
``=`` padding, canonical base64, no PEM headers, no blank lines. LF or CRLF line ends are
accepted, and so is whitespace before the BEGIN line and after the END line (bounded).
Errors are :class:`~app.age.errors.ArmorError`.
"""

from __future__ import annotations

import base64
import io
import re
from typing import BinaryIO

from app.age.errors import ArmorError
from app.i18n import QT_TRANSLATE_NOOP as _T

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
_BYTES_PER_LINE = COLUMNS // 4 * 3
_MAX_WHITESPACE = 1024  # outside the armor; a stream can't be scanned forever
_MAX_LINE = 256
_LINE = re.compile(rb"[A-Za-z0-9+/]*={0,2}")


def looks_armored(prefix: bytes) -> bool:
    """Whether the first bytes of a file start an armored age file."""
    return prefix.lstrip().startswith(BEGIN[:10])


class ArmorWriter(io.RawIOBase):
    """Write-only: armors what is written into ``raw``; ``close()`` writes the END line.

    ``raw`` is not closed. Without ``close()`` there is no END line, so a reader will
    refuse the file as incomplete.
    """

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._pending = bytearray()
        raw.write(BEGIN + b"\n")

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("write to a closed armor writer")
        view = memoryview(data).cast("B")
        self._pending += view
        # Keep the tail so that close() knows which line is the last one.
        whole = (len(self._pending) - 1) // _BYTES_PER_LINE * _BYTES_PER_LINE
        if whole > 0:
            self._emit(bytes(self._pending[:whole]))
            del self._pending[:whole]
        return len(view)

    def _emit(self, data: bytes) -> None:
        text = base64.b64encode(data)
        self._raw.write(
            b"".join(text[i : i + COLUMNS] + b"\n" for i in range(0, len(text), COLUMNS))
        )

    def close(self) -> None:
        if not self.closed:
            if self._pending:
                self._emit(bytes(self._pending))
            self._raw.write(END + b"\n")
        super().close()

    def abort(self) -> None:
        """Stop without the END line, leaving a detectably incomplete file."""
        self._pending.clear()
        io.RawIOBase.close(self)

    def __del__(self) -> None:  # don't complete a file nobody closed
        if not self.closed:
            self.abort()


class ArmorReader(io.RawIOBase):
    """Read-only: decodes the armored file in ``raw`` strictly, line by line (not seekable)."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._buf = bytearray()
        self._eof = False
        self._started = False
        self._final_seen = False  # a short or padded line: only END may follow
        self._done = False
        self._out = b""
        self._out_pos = 0

    def readable(self) -> bool:
        return True

    def _readline(self, limit: int) -> tuple[bytes, bool] | None:
        """Next line without its line end, and whether it had one; ``None`` at EOF."""
        while True:
            end = self._buf.find(b"\n", 0, limit + 2)
            if end >= 0:
                line = bytes(self._buf[:end])
                del self._buf[: end + 1]
                return (line[:-1] if line.endswith(b"\r") else line), True
            if len(self._buf) > limit + 1:
                raise ArmorError(_T("errors", "armor line too long"))
            if self._eof:
                if not self._buf:
                    return None
                line = bytes(self._buf)
                self._buf.clear()
                return line, False
            data = self._raw.read(4096)
            if data:
                self._buf += data
            else:
                self._eof = True

    def _start(self) -> None:
        skipped = 0
        while True:
            got = self._readline(_MAX_WHITESPACE)
            if got is None:
                raise ArmorError(_T("errors", "no BEGIN AGE ENCRYPTED FILE line"))
            line, _ = got
            if line.strip():
                break
            skipped += len(line) + 1
            if skipped > _MAX_WHITESPACE:
                raise ArmorError(_T("errors", "too much whitespace before the armor"))
        if line != BEGIN:
            raise ArmorError(
                _T("errors", "the first line is not -----BEGIN AGE ENCRYPTED FILE-----")
            )
        self._started = True

    def _finish(self) -> None:
        rest = bytes(self._buf)
        self._buf.clear()
        while not self._eof and len(rest) <= _MAX_WHITESPACE:
            data = self._raw.read(_MAX_WHITESPACE + 1 - len(rest))
            if not data:
                self._eof = True
            rest += data
        if rest.strip():
            raise ArmorError(_T("errors", "data after the END AGE ENCRYPTED FILE line"))
        if len(rest) > _MAX_WHITESPACE:
            raise ArmorError(_T("errors", "too much whitespace after the armor"))
        self._done = True

    def _next_line(self) -> None:
        got = self._readline(_MAX_LINE)
        if got is None:
            raise ArmorError(_T("errors", "missing the END AGE ENCRYPTED FILE line (truncated?)"))
        line, _ = got
        if line.rstrip(b"\r") == END:
            self._finish()
            return
        if self._final_seen:
            raise ArmorError(_T("errors", "line after the last (short or padded) armor line"))
        if not line:
            raise ArmorError(_T("errors", "empty line inside the armor"))
        if len(line) > COLUMNS:
            raise ArmorError(_T("errors", "armor line longer than 64 columns"))
        if len(line) % 4 or not _LINE.fullmatch(line):
            raise ArmorError(_T("errors", "invalid base64 in the armor (bad character or padding)"))
        data = base64.b64decode(line)
        if base64.b64encode(data) != line:
            raise ArmorError(_T("errors", "non-canonical base64 in the armor"))
        if len(line) < COLUMNS or line.endswith(b"="):
            self._final_seen = True
        self._out, self._out_pos = data, 0

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(buffer).cast("B")
        if not self._started:
            self._start()
        filled = 0
        while filled < len(out):
            if self._out_pos >= len(self._out):
                if self._done:
                    break
                self._next_line()
                continue
            take = min(len(out) - filled, len(self._out) - self._out_pos)
            out[filled : filled + take] = self._out[self._out_pos : self._out_pos + take]
            self._out_pos += take
            filled += take
        return filled


def armor(data: bytes) -> bytes:
    """Armor a whole age file held in memory."""
    out = io.BytesIO()
    writer = ArmorWriter(out)
    writer.write(data)
    writer.close()
    return out.getvalue()


def dearmor(text: bytes) -> bytes:
    """Strictly decode a whole armored file held in memory."""
    return ArmorReader(io.BytesIO(text)).readall()
