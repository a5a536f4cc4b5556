"""The time zone a WhatsApp export's times are read in (the file names none).

The person may name one (``--tz Europe/Baku``); otherwise this computer's zone is used
and the report says so. zoneinfo needs the system's time zone database; Windows has
none and Quire does not ship the ``tzdata`` package yet, so there a named zone is
refused with a clear message (never guessed) and the default is the computer's current
UTC offset, recorded as such.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import fill


def named_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise QuireError(
            _T(
                "errors",
                "Unknown time zone {name}: give an IANA name such as Europe/Baku or Asia/Tbilisi "
                "(on Windows, zone names need the tzdata package, which this build lacks).",
            ),
            name=repr(name),
        ) from None


def local_zone() -> tuple[tzinfo, str]:
    """This computer's zone and how to name it in the report."""
    for key in _local_keys():
        try:
            return ZoneInfo(key), key
        except (ZoneInfoNotFoundError, ValueError):
            continue
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    fixed = timezone(offset)
    return fixed, fill(
        _T("chats", "{offset} (this computer's offset now; no zone name known)"),
        {"offset": _offset_name(offset)},
    )


def _local_keys() -> list[str]:
    keys = []
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        keys.append(env)
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            keys.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        keys.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    return [k for k in keys if k]


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def resolve(name: str | None) -> tuple[tzinfo, str]:
    """The zone to use and the words the report records for it."""
    if name:
        return named_zone(name), fill(_T("chats", "{zone} (as given)"), {"zone": name})
    zone, label = local_zone()
    return zone, fill(
        _T("chats", "{zone} (this computer's; the export names none)"), {"zone": label}
    )
