"""Walking a large JSON text one value at a time, with the standard library's decoder.

``json.loads`` of a 100,000-message Telegram export builds every message as a dict
before the first is converted: several hundred MB. Here the big arrays are walked
element by element (``JSONDecoder.raw_decode`` at an offset, no copies), so each message
is converted and dropped before the next is decoded, and the rest of the document is
decoded whole as usual. Measured in tests/bench/bench_chats.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_SPACE = re.compile(r"[ \t\n\r]*")


class JSONStreamError(ValueError):
    """Not well-formed JSON at ``position`` (a character offset)."""

    def __init__(self, message: str, text: str, position: int) -> None:
        self.line = text.count("\n", 0, position) + 1
        self.column = position - text.rfind("\n", 0, position)
        super().__init__(f"{message} (line {self.line}, column {self.column})")


class Walker:
    """A cursor over one JSON text: objects' keys and arrays' elements, one by one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self._decoder = json.JSONDecoder()

    def _skip(self) -> str:
        self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
        return self.text[self.pos : self.pos + 1]

    def peek(self) -> str:
        """The next significant character ('' at the end)."""
        return self._skip()

    def _expect(self, char: str) -> None:
        if self._skip() != char:
            found = self.text[self.pos : self.pos + 1] or "the end"
            raise JSONStreamError(f"expected {char!r}, found {found!r}", self.text, self.pos)
        self.pos += 1

    def value(self) -> Any:
        """Decode the next value whole."""
        self._skip()
        try:
            value, self.pos = self._decoder.raw_decode(self.text, self.pos)
        except json.JSONDecodeError as exc:
            raise JSONStreamError(exc.msg, self.text, exc.pos) from None
        return value

    def members(self) -> Iterator[str]:
        """The keys of the object that starts here; the caller consumes each value."""
        self._expect("{")
        if self._skip() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise JSONStreamError("an object key is not a string", self.text, self.pos)
            self._expect(":")
            yield key
            if self._skip() == ",":
                self.pos += 1
                continue
            self._expect("}")
            return

    def elements(self) -> Iterator[int]:
        """Index of each element of the array that starts here; the caller consumes it."""
        self._expect("[")
        if self._skip() == "]":
            self.pos += 1
            return
        number = 0
        while True:
            yield number
            number += 1
            if self._skip() == ",":
                self.pos += 1
                continue
            self._expect("]")
            return

    def end(self) -> None:
        """Only white space may follow the document."""
        if self._skip():
            raise JSONStreamError("extra data after the document", self.text, self.pos)
