"""Refuse every network socket in this process (Unix sockets, used by D-Bus, stay allowed).

Installed as an audit hook, which cannot be removed: any attempt by Quire's code, or by a
library it calls, to create an IPv4/IPv6 socket or resolve a host name raises at once.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_BLOCKED_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_installed = False


class NetworkUseError(RuntimeError):
    """Quire tried to use the network."""


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__" and len(args) > 1 and args[1] in _BLOCKED_FAMILIES:
        raise NetworkUseError(f"network socket opened: family {args[1]!r}")
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        raise NetworkUseError(f"host name lookup attempted: {event}")
    if event in ("socket.connect", "socket.bind") and len(args) > 1:
        addr = args[1]
        if isinstance(addr, tuple):
            raise NetworkUseError(f"network {event} to {addr!r}")


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
