"""The decoy diary: a few ordinary entries that the duress passphrase opens.

The person prepares them in advance (their own, or the examples in
:mod:`app.decoy_examples`). They are kept in one blob in ``evidence/`` that looks like
every other evidence blob: a name of 32 hex digits, ``QUIREBL1``, STREAM chunks, a
plaintext padded to a size a screenshot might have. Its name and key come from the key
that seals the duress slot (meta ``duress_kek``) through HKDF, so nothing in the header,
settings or file names says that a duress passphrase or a decoy exists: only that key
finds the blob, and the vault keeps such a key (a random one) whether a duress
passphrase is set or not.

At a duress unlock (:func:`app.wipe.duress.open_after_duress`) the passphrase's key is
that same key: :func:`read_silently` reads the decoy into memory before the wipe, and
:func:`plant` writes its entries into the new diary. A missing or damaged decoy gives an
empty diary, never an error (an error would tell the intruder something).
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app import fs
from app.clock import now_utc
from app.crypto.stream import StreamError, StreamReader, StreamWriter
from app.dates import parse_typed
from app.errors import DamagedDataError, QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents.dates import parse_when
from app.incidents.record import IncidentRecord, RecordError
from app.storage.db import DB_NAME
from app.vault.files import BLOB_MAGIC, EVIDENCE_DIR

if TYPE_CHECKING:
    from app.vault.vault import Vault

MAX_ENTRIES = 30  # each costs the duress unlock ~6 ms (one commit each): see plant()
# A decoy is read whole into memory at the duress unlock; this bounds it (and its padding).
MAX_PLAIN = 4 * 1024 * 1024
# Padded sizes are drawn log-uniformly from what a phone screenshot or a short PDF weighs.
PAD_LOW = 40 * 1024
PAD_HIGH = 1536 * 1024
_NAME_INFO = b"quire decoy diary: evidence blob name"
_KEY_INFO = b"quire decoy diary: evidence blob key"
_LENGTH = 4  # bytes of the JSON length before the JSON and its padding
_FORMAT = 1
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


class DecoyError(QuireError):
    """The decoy diary cannot be prepared as asked."""


@dataclass
class DecoyEntry:
    """One entry of the decoy diary, and when the diary will say it was recorded."""

    record: IncidentRecord
    recorded_at: str  # UTC, as Quire stores timestamps (app/clock.py)


def _hkdf(kek: bytes, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(kek)


def blob_name(kek: bytes) -> str:
    """The decoy's file name in ``evidence/``: 32 hex digits, like every blob's."""
    return _hkdf(kek, _NAME_INFO, 16).hex()


def _blob_key(kek: bytes) -> bytes:
    return _hkdf(kek, _KEY_INFO, 32)


def decoy_name(vault: Vault) -> str | None:
    """The name the vault's decoy has (or would have); None for a vault without a kept
    duress key (made before Quire kept one), which can hold no decoy."""
    kek = vault.duress_kek()
    return None if kek is None else blob_name(kek)


def has_decoy(vault: Vault) -> bool:
    name = decoy_name(vault)
    return name is not None and (vault.evidence_dir / name).is_file()


# -- entries ---------------------------------------------------------------------------------
def recorded_time(record: IncidentRecord, now: datetime | None = None) -> str:
    """A plausible "recorded at" for an entry: a few hours after it happened, never later
    than now (an entry recorded at the moment of the duress unlock would stand out)."""
    now = now or datetime.now(UTC)
    at = now
    if record.occurred_at:
        start = datetime.fromisoformat(parse_when(record.occurred_at)[1]).replace(tzinfo=UTC)
        at = min(now, start + timedelta(minutes=60 + secrets.randbelow(8 * 60)))
    return at.strftime(_STAMP)


def make_entry(record: IncidentRecord, recorded_at: str | None = None) -> DecoyEntry:
    return DecoyEntry(record, recorded_at or recorded_time(record))


def _entries_to_json(entries: list[DecoyEntry]) -> bytes:
    data = {
        "format": _FORMAT,
        "entries": [{"record": e.record.to_dict(), "recorded_at": e.recorded_at} for e in entries],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _entries_from_json(raw: bytes) -> list[DecoyEntry]:
    data: Any = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise ValueError("not a decoy")
    entries = data.get("entries")
    if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
        raise ValueError("bad entries")
    out = []
    for item in entries:
        if not isinstance(item, dict) or not isinstance(item.get("recorded_at"), str):
            raise ValueError("bad entry")
        datetime.strptime(item["recorded_at"], _STAMP)
        out.append(DecoyEntry(IncidentRecord.from_dict(item.get("record")), item["recorded_at"]))
    return out


def check_entries(entries: list[DecoyEntry]) -> None:
    """Refuse what the decoy cannot hold (before anything is written)."""
    if len(entries) > MAX_ENTRIES:
        raise DecoyError(_T("errors", "A decoy diary holds at most {n} entries."), n=MAX_ENTRIES)
    if len(_entries_to_json(entries)) + _LENGTH > MAX_PLAIN:
        raise DecoyError(_T("errors", "The decoy diary is too long; shorten its entries."))


# -- the blob --------------------------------------------------------------------------------
def _padded_size(payload: int) -> int:
    """A size drawn like an evidence file's, never smaller than the payload."""
    low, high = math.log(PAD_LOW), math.log(PAD_HIGH)
    fraction = secrets.randbelow(1 << 30) / (1 << 30)
    return min(MAX_PLAIN, max(payload, int(math.exp(low + (high - low) * fraction))))


def seal(entries: list[DecoyEntry], kek: bytes) -> bytes:
    """The whole blob file: Quire's blob magic, then STREAM over length, JSON and zeros."""
    check_entries(entries)
    payload = _entries_to_json(entries)
    plain = bytearray(_padded_size(_LENGTH + len(payload)))
    plain[:_LENGTH] = len(payload).to_bytes(_LENGTH, "big")
    plain[_LENGTH : _LENGTH + len(payload)] = payload
    out = io.BytesIO()
    out.write(BLOB_MAGIC)
    with StreamWriter(out, _blob_key(kek)) as writer:
        writer.write(plain)
    return out.getvalue()


def unseal(data: bytes, kek: bytes) -> list[DecoyEntry]:
    """The entries of a blob file's bytes; raises ValueError or StreamError when they are
    not a decoy sealed under ``kek``."""
    if not data.startswith(BLOB_MAGIC):
        raise ValueError("not a blob")
    raw = io.BytesIO(data)
    raw.seek(len(BLOB_MAGIC))
    plain = StreamReader(raw, _blob_key(kek)).read()
    length = int.from_bytes(plain[:_LENGTH], "big")
    if length > len(plain) - _LENGTH:
        raise ValueError("bad length")
    return _entries_from_json(plain[_LENGTH : _LENGTH + length])


def _read_file(path: Path) -> bytes | None:
    """The blob's bytes, or None when absent or larger than any decoy."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_PLAIN + len(BLOB_MAGIC) + 1024)
            if f.read(1):
                return None
            return data
    except OSError:
        return None


def read_silently(home: Path, kek: bytes) -> list[DecoyEntry]:
    """The decoy that ``kek`` opens in the vault at ``home``; an empty list when there is
    none or it is damaged (never an error: the duress unlock must show nothing)."""
    data = _read_file(home / EVIDENCE_DIR / blob_name(kek))
    if data is None:
        return []
    try:
        return unseal(data, kek)
    except (ValueError, StreamError, RecordError, RecursionError, UnicodeError):
        return []


def load(vault: Vault) -> list[DecoyEntry]:
    """The vault's decoy entries for the person to review (none prepared: an empty list).
    A damaged decoy is said so (the person, not an intruder, is asking)."""
    kek = vault.duress_kek()
    if kek is None:
        return []
    path = vault.evidence_dir / blob_name(kek)
    if not path.exists():
        return []
    data = _read_file(path)
    try:
        if data is None:
            raise ValueError("too large")
        return unseal(data, kek)
    except (ValueError, StreamError, RecordError, RecursionError, UnicodeError):
        raise DamagedDataError(
            _T("errors", "the decoy diary"), _T("errors", "it cannot be read; prepare it again")
        ) from None


def save(vault: Vault, entries: list[DecoyEntry]) -> None:
    """Write the decoy (replacing any earlier one); no entries removes it."""
    kek = vault.duress_kek()
    if kek is None:
        raise DecoyError(
            _T("errors", "Set a duress passphrase first: it is what opens the decoy diary.")
        )
    if not entries:
        remove(vault, kek)
        return
    write(vault.evidence_dir, entries, kek)


def write(evidence_dir: Path, entries: list[DecoyEntry], kek: bytes) -> None:
    """Write the decoy sealed under ``kek`` atomically, as an import writes a blob."""
    data = seal(entries, kek)
    fs.ensure_private_dir(evidence_dir)
    fs.atomic_write_bytes(evidence_dir / blob_name(kek), data)


def remove(vault: Vault, kek: bytes | None = None) -> None:
    """Remove the decoy blob (sealed under ``kek``, default the vault's duress key)."""
    kek = vault.duress_kek() if kek is None else kek
    if kek is None:
        return
    with contextlib.suppress(FileNotFoundError):
        (vault.evidence_dir / blob_name(kek)).unlink()
        fs.fsync_dir(vault.evidence_dir)


def plant(vault: Vault, entries: list[DecoyEntry]) -> None:
    """Write the decoy's entries into a new diary (the duress unlock's), each with its own
    recorded time, so the list reads like a diary kept over weeks.

    Like the new database itself (:meth:`Vault.create_from_kek`), the entries are written
    without a journal or an fsync per statement and made durable once at the end: a
    hundred entries must not cost the duress unlock four fsyncs each, which someone
    watching the disk would see (tests/test_decoy.py counts them)."""
    from app.incidents.store import IncidentStore

    store = IncidentStore(vault)
    now = now_utc()
    db = vault.db
    db.execute("PRAGMA journal_mode = MEMORY")
    db.execute("PRAGMA synchronous = OFF")
    try:
        for entry in sorted(entries, key=lambda e: e.recorded_at):
            store.create(entry.record, recorded_at=min(entry.recorded_at, now))
    finally:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
    fs.fsync_file(vault.home / DB_NAME)


# -- the text form (quire-cli duress decoy show / set) -----------------------------------------
_HEADING = "## "


def to_text(entries: list[DecoyEntry]) -> str:
    """Entries as ``## DATE Title`` lines, each followed by its text (what ``from_text`` reads)."""
    parts = []
    for e in entries:
        when = f"{e.record.occurred_at} " if e.record.occurred_at else ""
        body = e.record.narrative.strip()
        parts.append(f"{_HEADING}{when}{e.record.title}\n" + (f"{body}\n" if body else ""))
    return "\n".join(parts)


def from_text(text: str) -> list[DecoyEntry]:
    """Read the text form: each entry starts with ``## `` and, if its first word is a date
    (14.03.2025, 2025-03-14, 2025-03-14T18:30, 2025-03: app/dates.py), the day it happened;
    the lines below are its text. Raises DecoyError naming the line of anything else."""
    entries: list[tuple[str | None, str, list[str]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(_HEADING):
            first, _, rest = line[len(_HEADING) :].strip().partition(" ")
            when: str | None
            try:
                when = parse_typed(first).stored  # 14.05.2025 as well as 2025-05-14
            except ValueError:
                when, rest = None, line[len(_HEADING) :].strip()
            if not rest.strip():
                raise DecoyError(
                    _T("errors", "Line {n}: an entry needs a title after “## ”."), n=number
                )
            entries.append((when, rest.strip(), []))
        elif entries:
            entries[-1][2].append(line)
        elif line.strip():
            raise DecoyError(
                _T("errors", "Line {n}: the first entry must start with “## ”."), n=number
            )
    out = []
    for when, title, lines in entries:
        record = IncidentRecord.from_dict(
            {"title": title, "occurred_at": when, "narrative": "\n".join(lines).strip()}
        )
        out.append(make_entry(record))
    check_entries(out)
    return out
