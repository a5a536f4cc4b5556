"""Timestamps as Quire stores them: UTC, ISO 8601, to the second."""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def now_utc() -> str:
    return format_utc(datetime.now(UTC))


def format_utc(when: datetime) -> str:
    """``when`` as Quire stores times (an aware datetime, converted to UTC)."""
    return when.astimezone(UTC).strftime(FORMAT)


def parse_utc(value: object) -> datetime | None:
    """A stored timestamp back as an aware UTC datetime; None for anything else."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.strptime(value, FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
