"""Redacted copies of evidence, and evidence marked intimate (issue 14).

A court file often must not show everything: a child's face, a friend's number, an intimate
photo. From an image (or a PDF page the window rendered as an image) the person makes a
redacted copy: black boxes or a heavy pixelation over chosen regions. The copy is new
evidence of the same incident, linked to its original by a derivation record (original
SHA-256 → copy SHA-256, what was done, when), appended to the revision chain; an export
may carry the copy without the original. The copy is a fresh PNG: no EXIF, no GPS, no
camera, no thumbnail of the unredacted picture.

Pixelation, not a Gaussian blur: a blurred face or line of text can sometimes be
recovered; blocks of one colour per 1/12 of the region cannot. A black box is safer still.

Evidence marked intimate is blurred in thumbnails, previews and the report, and shown only
on an explicit action (ui/, app/report/); the mark lives in ``evidence_marks``.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from app.clock import now_utc
from app.errors import QuireError
from app.evidence.store import EvidenceInfo, EvidenceStore
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.incidents import chain
from app.pictures import MAX_BYTES, load_picture
from app.storage.db import transaction

MODES = ("black", "pixelate")
PIXEL_BLOCKS = 12  # blocks across the longer side of each region
MAX_REGIONS = 200


@dataclass(frozen=True)
class Region:
    """A rectangle in fractions of the picture (0…1), so a scaled view maps directly."""

    x: float
    y: float
    w: float
    h: float

    @classmethod
    def parse(cls, text: str) -> Region:
        """``x,y,w,h`` in fractions (0.1,0.2,0.3,0.1) or percent (10%,20%,30%,10%)."""
        parts = [p.strip() for p in text.split(",")]
        try:
            values = [float(p.rstrip("%")) / (100 if p.endswith("%") else 1) for p in parts]
        except ValueError:
            values = []
        if len(values) != 4:
            raise QuireError(
                _T(
                    "errors",
                    "'{text}' is not a region: write x,y,width,height, e.g. 10%,20%,30%,5%.",
                ),
                text=text,
            )
        return cls(*values).checked()

    def checked(self) -> Region:
        if not all(0 <= v <= 1 for v in (self.x, self.y, self.w, self.h)) or not (
            self.w > 0 and self.h > 0 and self.x + self.w <= 1.0001 and self.y + self.h <= 1.0001
        ):
            raise QuireError(_T("errors", "A region must lie inside the picture."))
        return self

    def box(self, width: int, height: int) -> tuple[int, int, int, int]:
        """Pixel box, grown outwards to whole pixels (never narrower than asked)."""
        left, top = int(self.x * width), int(self.y * height)
        right = min(width, max(left + 1, -int(-(self.x + self.w) * width)))
        bottom = min(height, max(top + 1, -int(-(self.y + self.h) * height)))
        return left, top, right, bottom

    def to_dict(self) -> dict[str, float]:
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h}


def redact_picture(data: bytes, regions: list[Region], mode: str, name: str = "") -> bytes:
    """The picture with every region covered, as a fresh PNG without metadata."""
    from PIL import Image, ImageDraw

    if mode not in MODES:
        raise QuireError(_T("errors", "Unknown way to redact: {mode}."), mode=mode)
    if not regions or len(regions) > MAX_REGIONS:
        raise QuireError(_T("errors", "Choose between 1 and {max} regions."), max=MAX_REGIONS)
    img = load_picture(data, name).convert("RGB")
    out = Image.new("RGB", img.size)
    out.paste(img)
    draw = ImageDraw.Draw(out)
    for region in regions:
        left, top, right, bottom = region.checked().box(*out.size)
        if mode == "black":
            draw.rectangle((left, top, right - 1, bottom - 1), fill=(0, 0, 0))
            continue
        part = out.crop((left, top, right, bottom))
        step = max(1, max(part.size) // PIXEL_BLOCKS)
        small = part.resize(
            (max(1, part.width // step), max(1, part.height // step)), Image.Resampling.BOX
        )
        out.paste(small.resize(part.size, Image.Resampling.NEAREST), (left, top))
    buffer = io.BytesIO()
    out.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


@dataclass(frozen=True)
class Derivation:
    copy_id: int
    original_id: int | None  # None once the original was deleted
    original_sha256: str
    copy_sha256: str
    action: dict[str, Any]
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "original_id": self.original_id,
            "original_sha256": self.original_sha256,
            "copy_sha256": self.copy_sha256,
            "action": self.action,
            "created_at": self.created_at,
        }


def make_redacted_copy(
    vault: Any,
    evidence_id: int,
    regions: list[Region],
    mode: str,
    *,
    page_image: bytes | None = None,
    page: int | None = None,
) -> EvidenceInfo:
    """A redacted copy of an image evidence item, or of one page of a PDF (``page_image``,
    the page rendered by the window, and its number), stored beside the original."""
    store = EvidenceStore(vault)
    original = store.get(evidence_id)
    if original.incident_id is None:
        raise QuireError(_T("errors", "Only evidence of an incident can be redacted."))
    if page_image is None:
        if original.size > MAX_BYTES:
            raise QuireError(
                _T("errors", "{name} is too large to be a picture."), name=original.name
            )
        with store.open(evidence_id) as reader:
            source = reader.read()
    else:
        source = page_image
    data = redact_picture(source, regions, mode, original.name)
    stem = PurePath(original.name).stem or "evidence"
    suffix = f"-page{page}" if page is not None else ""
    copy = store.import_stream(
        original.incident_id, io.BytesIO(data), f"{stem}{suffix}-redacted.png", size_hint=len(data)
    )
    action: dict[str, Any] = {"mode": mode, "regions": [r.to_dict() for r in regions]}
    if page is not None:
        action["page"] = page
        action["rendered_sha256"] = hashlib.sha256(source).hexdigest()
    at = now_utc()
    try:
        _record_derivation(vault, original, copy, action, at)
    except BaseException:
        store.delete(copy.id)  # a copy is never left without the record of what it is
        raise
    return copy


def _record_derivation(
    vault: Any, original: EvidenceInfo, copy: EvidenceInfo, action: dict[str, Any], at: str
) -> None:
    with transaction(vault.db) as db:
        db.execute(
            "INSERT INTO evidence_derivations(copy_id, original_id, original_sha256, copy_sha256,"
            " action, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (copy.id, original.id, original.sha256, copy.sha256, json.dumps(action), at),
        )
        chain.append(
            db,
            "derivation",
            at,
            {
                "copy": copy.id,
                "original": original.id,
                "original_sha256": original.sha256,
                "copy_sha256": copy.sha256,
                "action": action,
            },
            incident_id=original.incident_id,
        )


def derivation_of(vault: Any, copy_id: int) -> Derivation | None:
    row = vault.db.execute(
        "SELECT copy_id, original_id, original_sha256, copy_sha256, action, created_at"
        " FROM evidence_derivations WHERE copy_id = ?",
        (copy_id,),
    ).fetchone()
    if row is None:
        return None
    return Derivation(int(row[0]), row[1], row[2], row[3], json.loads(row[4]), row[5])


def verify_derivation(vault: Any, copy_id: int) -> bool:
    """The copy's bytes are still the ones recorded, and so are the original's (if kept)."""
    found = derivation_of(vault, copy_id)
    if found is None:
        return False
    store = EvidenceStore(vault)
    if _sha256(store, copy_id) != found.copy_sha256:
        return False
    return found.original_id is None or _sha256(store, found.original_id) == found.original_sha256


def _sha256(store: EvidenceStore, evidence_id: int) -> str:
    digest = hashlib.sha256()
    with store.open(evidence_id) as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def replaced_originals(vault: Any, evidence_ids: list[int]) -> set[int]:
    """Which of these items have a redacted copy among the same ids (an export that carries
    copies without their originals leaves these out)."""
    if not evidence_ids:
        return set()
    marks = ",".join("?" * len(evidence_ids))
    rows = vault.db.execute(
        "SELECT original_id FROM evidence_derivations WHERE copy_id IN (" + marks + ")",  # noqa: S608
        evidence_ids,
    )
    wanted = set(evidence_ids)
    return {int(r[0]) for r in rows if r[0] is not None and int(r[0]) in wanted}


def leave_out_originals(vault: Any, docs: list[dict[str, Any]]) -> set[int]:
    """Drop from these incident documents (``incident_document`` results, changed in place)
    every original whose redacted copy is among them; each such copy then names its
    original by SHA-256 alone (``original_id`` null). Returns the ids left out, so the
    caller leaves their files out too. The one place an export filters originals."""
    ids = [int(e["id"]) for d in docs for e in d["evidence"]]
    left_out = replaced_originals(vault, ids)
    for doc in docs:
        doc["evidence"] = [e for e in doc["evidence"] if int(e["id"]) not in left_out]
        for e in doc["evidence"]:
            derived = e.get("derived_from")
            if derived is not None and derived.get("original_id") in left_out:
                e["derived_from"] = {**derived, "original_id": None}
    return left_out


# -- intimate --------------------------------------------------------------------------------
def set_intimate(vault: Any, evidence_id: int, intimate: bool = True) -> None:
    EvidenceStore(vault).get(evidence_id)
    with transaction(vault.db) as db:
        db.execute(
            "INSERT INTO evidence_marks(evidence_id, intimate) VALUES (?, ?) ON CONFLICT"
            " (evidence_id) DO UPDATE SET intimate = excluded.intimate",
            (evidence_id, int(intimate)),
        )


def intimate_ids(vault: Any, evidence_ids: list[int] | None = None) -> set[int]:
    rows = vault.db.execute("SELECT evidence_id FROM evidence_marks WHERE intimate = 1")
    found = {int(r[0]) for r in rows}
    return found if evidence_ids is None else found & set(evidence_ids)


def annotate(vault: Any, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Evidence dicts (``EvidenceInfo.to_dict``) with ``intimate`` and, for a redacted copy,
    ``derived_from`` (the derivation record), for documents, bundles and the CLI."""
    ids = [int(e["id"]) for e in items]
    intimate = intimate_ids(vault, ids)
    for e in items:
        e["intimate"] = int(e["id"]) in intimate
        found = derivation_of(vault, int(e["id"]))
        if found is not None:
            e["derived_from"] = found.to_dict()
    return items
