"""The organisation's side: its key, a contact card, a QR image and a verification sheet;
and the activist's: a contact from a card file or from a photo of the QR code.

Issue 14. An organisation (a lawyer, an NGO) makes its age identity in Quire and hands out:

- a contact card file (``.quire-contact``, JSON): its name, recipient, and the recipient's
  fingerprint in digits and words. Not signed: what makes a card trustworthy is the
  fingerprint compared by phone, never the file. A card whose stated fingerprint does not
  match its recipient was altered and is refused;
- a QR image of the recipient alone (any age tool can read it);
- a one-page PDF to print and pin up: name, QR, recipient, fingerprint, and how to compare.

The activist adds the contact by opening the card or a photo or screenshot of the QR code,
decoded here (zxing-cpp; no camera needed), then compares the fingerprint by phone. Pictures
are bounded (pixels, bytes) before they are decoded (app/pictures.py).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import fs
from app.age import format_identity_file, generate_identity, parse_recipient, recipient_fingerprint
from app.age.errors import RecipientFormatError
from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.pictures import PictureError, load_picture
from app.plain_text import one_line
from app.spoken_fingerprint import words

CARD_FORMAT = "quire-contact-1"
CARD_SUFFIX = ".quire-contact"
MAX_CARD_BYTES = 64 * 1024
MAX_NAME = 200


class CardError(QuireError):
    """A card or picture that holds no usable key (exit code 1; nothing was added)."""


@dataclass(frozen=True)
class Card:
    name: str
    recipient: str

    @property
    def fingerprint(self) -> str:
        return recipient_fingerprint(self.recipient)

    @property
    def words(self) -> list[str]:
        import hashlib

        return words(hashlib.sha256(self.recipient.encode("ascii")).digest())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "name": self.name,
            "recipient": self.recipient,
            "fingerprint": self.fingerprint,
            "words": self.words,
            "created": datetime.now(UTC).date().isoformat(),
        }


def _recipient(text: str) -> str:
    try:
        return parse_recipient(text.strip()).encode()
    except RecipientFormatError as exc:
        raise CardError(_T("errors", "Not a valid recipient: {exc}"), exc=exc) from None


def _name(text: object) -> str:
    name = one_line(text if isinstance(text, str) else "", MAX_NAME)
    if not name:
        raise CardError(_T("errors", "The contact card names no one."))
    return name


def make_card(name: str, recipient: str) -> Card:
    return Card(_name(name), _recipient(recipient))


def write_card(path: Path, card: Card) -> None:
    """Write the card atomically; never over an existing file."""
    if path.exists():
        raise CardError(_T("errors", "{path} exists; choose another name."), path=path)
    data = json.dumps(card.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    with fs.atomic_writer(path) as f:
        f.write(data + b"\n")


def read_card(path: Path) -> Card:
    """A card file, checked: its format, its recipient, and that the fingerprint it states
    is its recipient's (else it was altered)."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise CardError(
            _T("errors", "Cannot read {path}: {reason}"), path=path, reason=exc.strerror or exc
        ) from None
    if len(data) > MAX_CARD_BYTES:
        raise CardError(_T("errors", "{path} is too large to be a contact card."), path=path)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise CardError(_T("errors", "{path} is not a Quire contact card."), path=path) from None
    if not isinstance(doc, dict) or doc.get("format") != CARD_FORMAT:
        raise CardError(_T("errors", "{path} is not a Quire contact card."), path=path)
    recipient = doc.get("recipient")
    card = Card(_name(doc.get("name")), _recipient(recipient if isinstance(recipient, str) else ""))
    if doc.get("fingerprint") != card.fingerprint:
        raise CardError(
            _T(
                "errors",
                "This card's fingerprint does not match its key: the card was altered. Ask "
                "the organisation for its key again.",
            )
        )
    return card


def qr_png(recipient: str) -> bytes:
    """The recipient as a QR code (PNG bytes); a post-quantum recipient needs the
    low-redundancy level to fit."""
    import segno

    text = _recipient(recipient)
    out = io.BytesIO()
    segno.make(text, error="l" if text.startswith("age1pq1") else "m").save(
        out, kind="png", scale=6, border=4
    )
    return out.getvalue()


def write_qr(path: Path, recipient: str) -> None:
    if path.exists():
        raise CardError(_T("errors", "{path} exists; choose another name."), path=path)
    data = qr_png(recipient)
    with fs.atomic_writer(path) as f:
        f.write(data)


def recipient_from_image(path: Path) -> str:
    """The age recipient in a photo or screenshot of a QR code."""
    try:
        gray = load_picture(path).convert("L")
    except PictureError as exc:
        raise CardError(exc.text) from None
    found = _decode(gray)
    keys = {k for k in (_try_recipient(t) for t in found) if k}
    if not keys:
        raise CardError(
            _T("errors", "No key was found in this picture. Take it again, closer and sharper.")
        )
    if len(keys) > 1:
        raise CardError(_T("errors", "This picture holds more than one key; crop it to one."))
    return keys.pop()


def _decode(image: Any) -> list[str]:
    import zxingcpp

    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in results if r.valid and r.text]


def _try_recipient(text: str) -> str | None:
    try:
        return _recipient(text)
    except CardError:
        return None


def write_sheet(path: Path, card: Card) -> None:
    """A one-page PDF to print: who, the QR, the recipient, the fingerprint, how to check."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    from app.report import fonts

    if path.exists():
        raise CardError(_T("errors", "{path} exists; choose another name."), path=path)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(False)
    folder = fonts.font_dir()
    pdf.add_font("Sans", "", str(folder / fonts.SANS))
    pdf.add_font("Sans", "B", str(folder / fonts.SANS_BOLD))
    pdf.add_font("Mono", "", str(folder / fonts.MONO))
    pdf.set_title(f"{card.name} — Quire key")
    pdf.set_creator("Quire")
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.multi_cell(0, 9, card.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(
        0,
        6,
        "Our key for receiving Quire bundles. Before you send us anything, call us on a "
        "number you already know and read these groups to each other. If one differs, stop.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Fingerprint", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Mono", "", 20)
    pdf.multi_cell(0, 11, card.fingerprint, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.multi_cell(0, 7, "Words: " + " ".join(card.words), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.image(io.BytesIO(qr_png(card.recipient)), w=70)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Recipient", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Mono", "", 8 if card.recipient.startswith("age1pq1") else 10)
    pdf.multi_cell(0, 5, card.recipient, new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR)
    data = bytes(pdf.output())
    with fs.atomic_writer(path) as f:
        f.write(data)


def new_key_file(path: Path, *, pq: bool = False) -> str:
    """Make an age identity, write it to ``path`` (never over a file), return its recipient."""
    if path.exists():
        raise CardError(_T("errors", "{out} exists; Quire never overwrites a key."), out=path)
    identity = generate_identity(pq=pq)
    with fs.atomic_writer(path) as f:
        f.write(format_identity_file([identity]).encode())
    return identity.recipient.encode()


@dataclass(frozen=True)
class Kit:
    """What an organisation makes in one go, and where each file went."""

    card: Card
    key: Path
    card_file: Path
    qr: Path
    sheet: Path


def file_stem(name: str) -> str:
    """A file name from an organisation's name: letters, digits and dashes only."""
    stem = "".join(c if c.isalnum() else "-" for c in name.strip())
    stem = "-".join(part for part in stem.split("-") if part)
    return stem[:60] or "organisation"


def make_kit(folder: Path, name: str, *, pq: bool = False) -> Kit:
    """The key file, contact card, QR image and verification sheet, in ``folder``.

    Every name is checked first, so nothing is written when one of them exists already."""
    stem = file_stem(name)
    paths = [
        folder / f"{stem}-key.txt",
        folder / f"{stem}{CARD_SUFFIX}",
        folder / f"{stem}-qr.png",
        folder / f"{stem}-verification-sheet.pdf",
    ]
    for path in paths:
        if path.exists():
            raise CardError(_T("errors", "{path} exists; choose another name."), path=path)
    _name(name)  # refused before the key is made
    recipient = new_key_file(paths[0], pq=pq)
    card = make_card(name, recipient)
    write_card(paths[1], card)
    write_qr(paths[2], recipient)
    write_sheet(paths[3], card)
    return Kit(card, *paths)
