"""Hand-made bundles for the receiver's tests: real age, real ZIP, real SSH signatures.

``entries_of`` opens a real bundle into ``{name: bytes}``; ``make_bundle`` writes a
manifest, SHA256SUMS and (with a key) both signatures over any such entries, exactly as
app/bundle/export.py does, so a test can change one thing (an author, a name, a key, a
namespace) and keep everything else valid.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.age import decrypt_bytes, encrypt_bytes
from app.age.stanza import Identity, Recipient
from app.bundle import layout
from app.crypto import sshsig

OWN = (layout.MANIFEST, layout.MANIFEST_SIG, layout.SUMS, layout.SUMS_SIG)


def entries_of(bundle: Path, identities: Sequence[Identity]) -> dict[str, bytes]:
    """Every entry of a real bundle, in order."""
    data = decrypt_bytes(bundle.read_bytes(), identities)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(zipfile.ZipInfo(name), data)
    return buf.getvalue()


def seal(out: Path, entries: dict[str, bytes], recipient: Recipient) -> Path:
    out.write_bytes(encrypt_bytes(zip_bytes(entries), [recipient]))
    return out


def manifest_of(entries: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(entries[layout.MANIFEST])


def make_bundle(
    out: Path,
    recipient: Recipient,
    files: dict[str, bytes],
    *,
    key: Ed25519PrivateKey | None = None,
    manifest: dict[str, Any] | None = None,
    namespace: str = layout.SIGNATURE_NAMESPACE,
) -> Path:
    """A complete bundle of ``files`` (not the manifest, sums or signatures: made here).

    ``manifest`` holds fields to put over the defaults (an author, incidents); with ``key``
    the manifest and SHA256SUMS are signed with it in ``namespace``.
    """
    files = {k: v for k, v in files.items() if k not in OWN}
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in files.items()).encode()
    listed = [
        {"path": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest(), "kind": "report"}
        for n, d in {**files, layout.SUMS: sums}.items()
    ]
    body: dict[str, Any] = {
        "format": layout.FORMAT,
        "version": layout.VERSION,
        "generator": "Quire test",
        "created_at": "2026-11-30T06:00:00Z",
        "author": None,
        "signing_key": sshsig.public_key_line(key.public_key()) if key else None,
        "signing_fingerprint": sshsig.fingerprint(key.public_key()) if key else None,
        "incidents": [],
        "files": listed,
    }
    body.update(manifest or {})
    raw = json.dumps(body, ensure_ascii=False).encode()
    entries = {**files, layout.SUMS: sums, layout.MANIFEST: raw}
    if key is not None:
        entries[layout.MANIFEST_SIG] = sshsig.sign(key, raw, namespace).encode()
        entries[layout.SUMS_SIG] = sshsig.sign(key, sums, namespace).encode()
    return seal(out, entries, recipient)


def resign(
    bundle: Path,
    identities: Sequence[Identity],
    recipient: Recipient,
    key: Ed25519PrivateKey,
    out: Path,
    **manifest: Any,
) -> Path:
    """The same bundle, every signature made again with ``key`` (and manifest fields changed)."""
    entries = entries_of(bundle, identities)
    old = manifest_of(entries)
    keep = {
        k: v for k, v in old.items() if k not in ("files", "signing_key", "signing_fingerprint")
    }
    return make_bundle(out, recipient, entries, key=key, manifest={**keep, **manifest})
