"""The organisation's key, card, QR and sheet; the activist's import from card or picture;
fingerprints in digits and words (issue 14)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter

from app.age import generate_identity
from app.contacts.card import (
    CardError,
    make_card,
    qr_png,
    read_card,
    recipient_from_image,
    write_card,
)
from app.spoken_fingerprint import from_ssh, signing_fingerprint, words
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE, skip_or_fail
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


def _recipient(pq: bool = False) -> str:
    return generate_identity(pq=pq).recipient.encode()


def test_card_round_trip_and_tampering_is_refused(tmp_path: Path) -> None:
    card = make_card("Legal Aid Centre\u202e", _recipient())  # a bidi override is dropped
    assert card.name == "Legal Aid Centre"
    path = tmp_path / "lac.quire-contact"
    write_card(path, card)
    assert read_card(path) == card
    with pytest.raises(CardError, match="exists"):
        write_card(path, card)
    doc = json.loads(path.read_text(encoding="utf-8"))
    other = _recipient()
    doc["recipient"] = other  # a swapped key with the old fingerprint left in place
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CardError, match="altered"):
        read_card(path)
    for bad in (b"not json", b'{"format": "something-else"}', b"{" + b" " * 70_000 + b"}"):
        path.write_bytes(bad)
        with pytest.raises(CardError):
            read_card(path)
    path.write_text(json.dumps({**doc, "recipient": "age1notakey"}), encoding="utf-8")
    with pytest.raises(CardError, match="Not a valid recipient"):
        read_card(path)


@pytest.mark.parametrize("pq", [False, True])
def test_a_qr_round_trips_through_the_importer(tmp_path: Path, pq: bool) -> None:
    recipient = _recipient(pq)
    png = tmp_path / "qr.png"
    png.write_bytes(qr_png(recipient))
    assert recipient_from_image(png) == recipient


def test_a_photo_of_the_printed_qr_is_read(tmp_path: Path) -> None:
    """Smaller, turned, blurred, on a busy background: a phone photo of the sheet."""
    recipient = _recipient()
    qr = tmp_path / "qr.png"
    qr.write_bytes(qr_png(recipient))
    with Image.open(qr) as img:
        code = img.convert("RGB").resize((300, 300)).rotate(7, expand=True, fillcolor="white")
    photo = Image.new("RGB", (1200, 900), (180, 170, 150))
    draw = ImageDraw.Draw(photo)
    for x in range(0, 1200, 40):
        draw.line([(x, 0), (x + 300, 900)], fill=(120, 110, 100), width=3)
    photo.paste(code, (420, 250))
    photo = photo.filter(ImageFilter.GaussianBlur(1.2))
    path = tmp_path / "photo.jpg"
    photo.save(path, quality=70)
    assert recipient_from_image(path) == recipient


def test_pictures_without_one_key_are_refused(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("RGB", (400, 400), "white").save(blank)
    with pytest.raises(CardError, match="No key was found"):
        recipient_from_image(blank)
    two = tmp_path / "two.png"
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(qr_png(_recipient()))
    b.write_bytes(qr_png(_recipient()))
    with Image.open(a) as ia, Image.open(b) as ib:
        both = Image.new("RGB", (ia.width + ib.width + 40, max(ia.height, ib.height)), "white")
        both.paste(ia.convert("RGB"), (0, 0))
        both.paste(ib.convert("RGB"), (ia.width + 40, 0))
        both.save(two)
    with pytest.raises(CardError, match="more than one key"):
        recipient_from_image(two)
    text = tmp_path / "note.png"
    text.write_bytes(b"not a picture at all")
    with pytest.raises(CardError, match="not a picture Quire can read"):
        recipient_from_image(text)
    bomb = tmp_path / "bomb.png"
    Image.new("1", (12_000, 12_000)).save(bomb)  # small file, 144 megapixels
    with pytest.raises(CardError, match="too large"):
        recipient_from_image(bomb)


def test_signing_fingerprint_in_digits_and_words(vault: Vault) -> None:
    spoken = signing_fingerprint(vault.signing_key().public_key())
    groups = spoken.digits.split()
    assert len(groups) == 8 and all(len(g) == 4 and g.isdigit() for g in groups)
    assert len(spoken.words) == 6 and all(w.isalpha() for w in spoken.words)
    assert from_ssh(spoken.ssh) == spoken  # the receiver, who sees only SHA256:…, agrees
    assert from_ssh("SHA256:not base64!") is None and from_ssh("MD5:aa") is None
    assert words(bytes(32)) == ["abandon"] * 6


def test_keygen_card_sheet_and_contacts_import(tmp_path: Path, home: Path) -> None:
    org = tmp_path / "org"
    org.mkdir()
    r = run_cli(
        home,
        "keygen",
        "-o", str(org / "key.txt"),
        "--name", "Legal Aid Centre",
        "--qr", str(org / "qr.png"),
        "--card", str(org / "lac.quire-contact"),
        "--sheet", str(org / "sheet.pdf"),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    card = read_card(org / "lac.quire-contact")
    assert card.name == "Legal Aid Centre" and card.fingerprint in r.stdout
    assert " ".join(card.words) in r.stdout
    assert (org / "sheet.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(org / "sheet.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Legal Aid Centre" in text and card.fingerprint in " ".join(text.split())
    else:
        skip_or_fail("pdftotext (poppler-utils) is not installed")
    assert run_cli(home, "--passphrase-stdin", "init", stdin=PW).returncode == 0
    r = run_cli(
        home, "--passphrase-stdin", "contacts", "import", str(org / "lac.quire-contact"), stdin=PW
    )
    assert r.returncode == 0, r.stderr
    r = run_cli(
        home, "--passphrase-stdin", "contacts", "import", str(org / "qr.png"),
        "--name", "LAC from the poster", stdin=PW,
    )  # fmt: skip
    assert r.returncode == 1 and "already in the address book" in r.stderr  # the same key
    r = run_cli(home, "--passphrase-stdin", "contacts", "remove", "Legal Aid Centre", stdin=PW)
    assert r.returncode == 0, r.stderr
    r = run_cli(
        home, "--passphrase-stdin", "contacts", "import", str(org / "qr.png"),
        "--name", "LAC from the poster", stdin=PW,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    listed = json.loads(
        run_cli(home, "--passphrase-stdin", "contacts", "list", "--json", stdin=PW).stdout
    )["contacts"]
    assert [(c["name"], c["recipient"]) for c in listed] == [
        ("LAC from the poster", card.recipient)
    ]
    assert not any(c["verified"] for c in listed)  # compared by phone first
    r = run_cli(home, "--passphrase-stdin", "contacts", "import", str(org / "qr.png"), stdin=PW)
    assert r.returncode == 1 and "--name" in r.stderr
    r = run_cli(home, "keygen", "-o", str(org / "k2.txt"), "--card", str(org / "c2"))
    assert r.returncode == 1 and "--name" in r.stderr
    out = json.loads(run_cli(home, "--passphrase-stdin", "fingerprint", "--json", stdin=PW).stdout)
    fp = out["signing_key"]
    assert fp["ssh"].startswith("SHA256:") and len(fp["words"]) == 6
    assert from_ssh(fp["ssh"]).digits == fp["digits"]  # type: ignore[union-attr]
