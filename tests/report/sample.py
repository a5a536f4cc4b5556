"""Sample report input: three invented incidents (English, Azerbaijani, Russian) with evidence.

Names, numbers and places are made up. Records pass through IncidentRecord.from_dict, so the
sample cannot drift from the real schema.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw

from app.incidents.record import IncidentRecord
from app.report import ReportInput

AZ_TITLE = "Onlar məni hədələdilər, şantaj edirdilər"
AZ_LETTERS = "İ ı Ə ə Ğ ğ Ş ş"
RU_TITLE = "Угрозы и шантаж"
SCRIPT_TITLE = "<script>alert(1)</script> fake advert"
IMG_TITLE = '"><img src=x onerror=alert(1)>'
LONG_URL = "https://example.org/" + "a1b2c3d4e5" * 18  # 200 characters
CHAIN_HEAD = "9f2c" * 16
FINGERPRINT = "SHA256:Qm9ndXMgZmluZ2VycHJpbnQgZm9yIHRlc3RzIG9ubHkgMTIzNDU"


def png_bytes(width: int = 900, height: int = 600) -> bytes:
    """A screenshot-like picture, made in memory."""
    img = Image.new("RGB", (width, height), (236, 240, 244))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, width, 70), fill=(38, 58, 82))
    for i in range(8):
        y = 110 + i * 55
        draw.rounded_rectangle((40, y, width - 200 + (i % 3) * 60, y + 38), 12, fill="white")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(width: int = 640, height: int = 960) -> bytes:
    img = Image.new("RGB", (width, height), (180, 150, 120))
    ImageDraw.Draw(img).ellipse((100, 200, 540, 760), fill=(90, 110, 160))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _evidence(eid: int, name: str, data: bytes, mime: str, **extra: str) -> dict[str, Any]:
    import hashlib

    return {
        "id": eid,
        "name": name,
        "size": len(data),
        "type": mime,
        "sha256": hashlib.sha256(data).hexdigest(),
        "imported_at": "2024-06-13T08:15:02Z",
        **extra,
    }


def _document(
    incident_id: int,
    record: dict[str, Any],
    evidence: list[dict[str, Any]],
    notes: list[dict[str, Any]],
    titles: list[str],
) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": incident_id, **IncidentRecord.from_dict(record).to_dict()}
    history = [
        {"revision": n + 1, "at": f"2024-06-{10 + n:02d}T09:00:00Z", "title": title}
        for n, title in enumerate(titles)
    ]
    doc.update(
        created_at="2024-06-10T09:00:00Z",
        updated_at=history[-1]["at"],
        deleted_at=None,
        notes=notes,
        evidence=evidence,
        revisions=len(history),
        revision_history=history,
    )
    return doc


@dataclass
class Sample:
    """A ReportInput plus the evidence bytes behind it and a record of opened streams."""

    blobs: dict[tuple[int, int], bytes]
    incidents: list[dict[str, Any]]
    opened: list[io.BytesIO] = field(default_factory=list)

    def path(self, incident_id: int, evidence_id: int) -> str:
        name = next(
            e["name"]
            for d in self.incidents
            if d["id"] == incident_id
            for e in d["evidence"]
            if e["id"] == evidence_id
        )
        return f"evidence/{incident_id}/{evidence_id}-{name}"

    def open(self, incident_id: int, evidence_id: int) -> io.BytesIO:
        stream = io.BytesIO(self.blobs[(incident_id, evidence_id)])
        self.opened.append(stream)
        return stream

    def report_input(self, **overrides: Any) -> ReportInput:
        values: dict[str, Any] = {
            "author": "Leyla Testova",
            "created_at": "2024-06-20T11:30:00Z",
            "chain_head": CHAIN_HEAD,
            "signing_fingerprint": FINGERPRINT,
            "incidents": self.incidents,
            "evidence_path": self.path,
            "open_evidence": self.open,
        }
        values.update(overrides)
        return ReportInput(**values)


def make_sample() -> Sample:
    png, jpeg = png_bytes(), jpeg_bytes()
    pdf = b"%PDF-1.4\n% a police receipt, not really\n%%EOF\n"
    corrupt = b"\xff\xd8\xff\xe0" + b"not really a jpeg " * 50
    blobs = {(1, 11): png, (1, 12): pdf, (1, 13): corrupt, (2, 21): jpeg}
    english = _document(
        1,
        {
            "title": SCRIPT_TITLE,
            "occurred_at": "2024-03-08",
            "categories": ["doxxing", "smear"],
            "narrative": (
                "An escort website published an advert with my photo and my phone number.\n"
                "Strangers called all night. The advert said I was 'available'.\n\n"
                f"Copied address: {LONG_URL}"
            ),
            "targets": [{"kind": "self"}, {"kind": "family", "name": "my mother"}],
            "perpetrators": [
                {
                    "kind": "anonymous_channel",
                    "name": "Qara Xəbər",
                    "identifiers": ["@qara_xeber_fake", "+994 50 000 00 00"],
                },
                {"kind": "unknown"},
            ],
            "platforms": ["Telegram", "escort site"],
            "location": "Baku",
            "links": [
                {"url": LONG_URL, "seen_at": "2024-03-08T22:10", "note": "The advert itself."},
                {"url": "javascript:alert(1)", "note": "Pasted by mistake; must stay text."},
            ],
            "witnesses": ["Nigar (colleague)", IMG_TITLE],
            "impact": {
                "kinds": ["psychological", "professional"],
                "description": "Could not sleep; stopped answering unknown numbers.",
            },
            "severity": 4,
            "actions": [
                {
                    "kind": "reported_platform",
                    "at": "2024-03-09",
                    "reference": "Ticket #55-1234",
                    "outcome": "No answer after two weeks.",
                }
            ],
            "tags": ["escort-advert", "phone-number"],
        },
        [
            _evidence(11, "advert-screenshot.png", png, "image/png"),
            _evidence(12, "police-receipt.pdf", pdf, "application/pdf"),
            _evidence(
                13,
                IMG_TITLE + ".jpg",
                corrupt,
                "image/jpeg",
                source_url=LONG_URL,
                captured_at="2024-03-08T22:12",
            ),
        ],
        [{"id": 1, "created_at": "2024-04-01T10:00:00Z", "text": "The advert is still online."}],
        ["fake advert", SCRIPT_TITLE],
    )
    azerbaijani = _document(
        2,
        {
            "title": AZ_TITLE,
            "occurred_at": "2024-05",
            "categories": ["threat", "blackmail"],
            "narrative": (
                "Mənə yazdılar ki, şəkillərimi yayacaqlar. Hərflər: " + AZ_LETTERS + ".\n"
                "Onlar məni hədələdilər, şantaj edirdilər."
            ),
            "targets": [{"kind": "partner", "name": "Elçin"}],
            "perpetrators": [{"kind": "person", "name": "Rəşad Q.", "identifiers": ["@rashad"]}],
            "platforms": ["WhatsApp"],
            "location": "Bakı, Nəsimi rayonu",
            "impact": {"kinds": ["family"], "description": "Ailəm qorxur."},
            "severity": 5,
            "tags": ["şantaj"],
        },
        [_evidence(21, "şəkil.jpg", jpeg, "image/jpeg")],
        [],
        [AZ_TITLE],
    )
    russian = _document(
        3,
        {
            "title": RU_TITLE + " " + IMG_TITLE,
            "occurred_at": "2024-06-12T21:40+04:00",
            "categories": ["threat"],
            "narrative": (
                "Угрозы и шантаж по телефону. Mixed direction: مرحبا بكم and שלום עולם; "
                "override \u202egpj.exe; emoji 🙂; not in the font: 漢字."
            ),
            "links": [{"url": "http://example.net/пост?id=1&x=<b>", "seen_at": "2024-06-12"}],
            "witnesses": [],
            "severity": 3,
        },
        [],
        [{"id": 2, "created_at": "2024-06-13T07:00:00+04:00", "text": "Позвонили ещё раз."}],
        [RU_TITLE],
    )
    return Sample(blobs, [english, azerbaijani, russian])
