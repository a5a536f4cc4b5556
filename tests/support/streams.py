"""Test sources shaped like the awkward files real code meets."""

from __future__ import annotations

import io


class Pipe(io.RawIOBase):
    """A non-seekable source, like a pipe; ``max_read`` caps what one read hands out."""

    def __init__(self, data: bytes, max_read: int | None = None) -> None:
        super().__init__()
        self._data = io.BytesIO(data)
        self._max = max_read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = len(buffer) if self._max is None else min(len(buffer), self._max)
        data = self._data.read(n)
        buffer[: len(data)] = data
        return len(data)
