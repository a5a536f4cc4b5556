"""Work around a PySide6 6.12.0 reference-count bug that crashes the whole GUI.

With the pinned wheels on CPython 3.10/3.11, every wrapped C++ method that returns
nothing gives back ``None`` without taking a reference to it, and every
``SignalInstance.emit()`` does the same with ``True``. Each call takes one reference away;
after a few thousand calls (a worker reporting progress, a list being filled) the count
reaches zero and CPython aborts ("none_dealloc: deallocating None", "bool_dealloc").

``None``, ``True`` and ``False`` are static objects that are never freed, so the repair is
to give them a reference count no program can spend, which is exactly what CPython 3.12
does for them ("immortal" objects, PEP 683). It is done once, on CPython before 3.12 only,
and only when a probe shows the leak. Importing ``ui.evidence`` installs it; the main
window imports that package before any widget exists.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBES = 16
_RESERVE = 1 << 40  # about a million million calls


class _Probe(QObject):
    ping = Signal()


def _lost(obj: object, call: object) -> int:
    before = sys.getrefcount(obj)
    for _ in range(_PROBES):
        call()  # type: ignore[operator]
    lost = before - sys.getrefcount(obj)
    for _ in range(max(lost, 0)):  # give back what the probe itself took
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
    return lost


def leaks() -> dict[str, bool]:
    """Which singletons this PySide6 build loses references to."""
    probe = _Probe()
    return {
        "None": _lost(None, lambda: probe.setObjectName("probe")) >= _PROBES,
        "True": _lost(True, probe.ping.emit) >= _PROBES,
    }


_installed = False


def install() -> bool:
    """Make ``None``, ``True`` and ``False`` unspendable if needed; returns whether it did."""
    global _installed
    if _installed:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal there already
    if not any(leaks().values()):
        return False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        count.value += _RESERVE
    _installed = True
    return True
