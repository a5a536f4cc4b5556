"""The receiver must not be fooled: claims, signers, hostile manifests, names, leftovers.

Every bundle here is real (age, ZIP, SSH signatures); tests/support/bundles.py changes one
thing at a time in an otherwise valid bundle.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.age import ScryptIdentity, format_identity_file, generate_identity
from app.bundle import layout, signers
from app.bundle.identities import MAX_KEY_FILE, load_identities
from app.bundle.reader import extract_to, free_folder, verify_and_read
from app.bundle.receive import (
    STAGING_MARKER,
    UnsafeBundleError,
    _staging_dir,
    check_bundle,
    is_leftover_staging,
)
from app.cli import render
from app.crypto import sshsig
from app.errors import DamagedDataError, QuireError
from tests.support.bundles import entries_of, make_bundle, seal

KEY = generate_identity()
SENDER = Ed25519PrivateKey.generate()
FILES = {
    "report.html": b"<p>report</p>",
    "evidence/1/1-photo.jpg": b"\xff\xd8\xff" + os.urandom(300),
}


@pytest.fixture(autouse=True)
def _own_signer_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    book = tmp_path / "receiver" / "known-signers.json"
    monkeypatch.setenv(signers.SIGNERS_ENV, str(book))
    return book


def _bundle(tmp_path: Path, name: str = "b.age", **kw: object) -> Path:
    return make_bundle(tmp_path / name, KEY.recipient, dict(FILES), **kw)  # type: ignore[arg-type]


def _nothing_written(dest: Path) -> bool:
    return not dest.exists() or not any(dest.iterdir())


# -- one way to read key files -------------------------------------------------------------
def test_identities_from_files_and_passphrase(tmp_path: Path) -> None:
    key_file = tmp_path / "k.txt"
    key_file.write_text(format_identity_file(KEY))
    both = load_identities([key_file], "a passphrase")
    assert len(both) == 2 and isinstance(both[1], ScryptIdentity)
    assert len(load_identities([key_file], "")) == 1  # an empty passphrase is none


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "is not a key file"),
        (lambda p: p.write_bytes(b"#" * (MAX_KEY_FILE + 1)), "too large"),
        (lambda p: p.write_text("shopping list\n"), "AGE-SECRET-KEY-"),
        (lambda p: p.write_bytes(b"\xff\xfe\x00"), "not a key file"),
    ],
)
def test_identity_file_refusals(tmp_path: Path, make, says: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "key.txt"
    make(path)
    with pytest.raises(QuireError, match=says):
        load_identities([path])


def test_no_key_and_no_passphrase_says_what_to_give() -> None:
    with pytest.raises(QuireError, match="key file"):
        load_identities([], None)


# -- malformed manifests: refused before anything is written -------------------------------
NESTED = b"[" * 200_000 + b"]" * 200_000


@pytest.mark.parametrize(
    "manifest",
    [
        {"files": 5},
        {"incidents": 7},
        {"files": [5]},
        {"files": [{"path": "report.html", "size": "13", "sha256": "0" * 64}]},
        {"files": [{"path": "report.html", "size": True, "sha256": "0" * 64}]},
        {"files": [{"path": "report.html", "size": 13, "sha256": "not hex"}]},
        {"files": [{"path": 7, "size": 13, "sha256": "0" * 64}]},
        {"incidents": [{"id": [1], "title": "t"}]},
        {"incidents": [{"id": 1, "title": {"a": 1}}]},
        {"incidents": [{"id": 1, "evidence": 3}]},
        {"author": ["not", "text"]},
        {"version": True},
        {"version": "1"},
        {"created_at": 5},
    ],
    ids=lambda m: json.dumps(m)[:40],
)
def test_malformed_manifest_is_damage_and_writes_nothing(
    tmp_path: Path, manifest: dict[str, object]
) -> None:
    bundle = _bundle(tmp_path, manifest=manifest)
    dest = tmp_path / "out"
    with pytest.raises(DamagedDataError) as info:
        check_bundle(bundle, [KEY], dest=dest)
    assert info.value.exit_code == 3
    assert _nothing_written(dest)


def test_deeply_nested_manifest_is_damage(tmp_path: Path) -> None:
    bundle = seal(tmp_path / "n.age", {layout.MANIFEST: NESTED}, KEY.recipient)
    with pytest.raises(DamagedDataError, match="not valid JSON"):
        check_bundle(bundle, [KEY], dest=tmp_path / "out")
    assert _nothing_written(tmp_path / "out")


def test_deeply_nested_incident_file_is_damage(tmp_path: Path) -> None:
    incidents = [{"id": 1, "title": "x", "path": "incidents/1.json"}]
    bundle = make_bundle(
        tmp_path / "i.age",
        KEY.recipient,
        {**FILES, "incidents/1.json": NESTED},
        manifest={"incidents": incidents},
    )
    with pytest.raises(DamagedDataError, match="not valid JSON"):
        verify_and_read(bundle, [KEY])


# -- names that clash or are forbidden on another system ------------------------------------
NFC = unicodedata.normalize("NFC", "evidence/Şəkil.png")
NFD = unicodedata.normalize("NFD", "evidence/Şəkil.png")
CLASHES = {
    "NFC/NFD twins": {NFC: b"1", NFD: b"2"},
    "case twins": {"evidence/Photo.png": b"1", "evidence/photo.PNG": b"2"},
    "CON": {"evidence/CON": b"x"},
    "nul with extension": {"evidence/nul.txt": b"x"},
    "COM1": {"COM1": b"x"},
    "LPT9 folder": {"LPT9/a.txt": b"x"},
    "COM superscript two": {"evidence/COM².log": b"x"},
    "CONIN$": {"evidence/conin$": b"x"},
    "trailing dot": {"evidence/photo.": b"x"},
    "trailing space": {"evidence/photo ": b"x"},
    "colon": {"evidence/a:b": b"x"},
    "stream colon": {"report.html:hidden": b"x"},
    "less than": {"evidence/a<b": b"x"},
    "pipe": {"evidence/a|b": b"x"},
    "question mark": {"evidence/a?b": b"x"},
    "star": {"evidence/a*b": b"x"},
    "quote": {'evidence/a"b': b"x"},
    "file and folder": {"evidence/a": b"1", "evidence/a/b": b"2"},
    "file and folder in another case": {"evidence/A": b"1", "evidence/a/b": b"2"},
    "the staging marker": {STAGING_MARKER: b"x"},
}


@pytest.mark.parametrize("case", list(CLASHES))
def test_names_that_clash_elsewhere_are_refused(tmp_path: Path, case: str) -> None:
    bundle = make_bundle(tmp_path / "c.age", KEY.recipient, CLASHES[case])
    dest = tmp_path / "out"
    with pytest.raises(UnsafeBundleError):
        check_bundle(bundle, [KEY], dest=dest)
    assert _nothing_written(dest)


def test_ordinary_names_still_open(tmp_path: Path) -> None:
    names = {
        "evidence/3/7-Şəkil_2024.png": b"1",
        "evidence/3/8-con.tact.txt": b"2",
        "CONTACT": b"3",
    }
    bundle = make_bundle(tmp_path / "ok.age", KEY.recipient, names)
    check_bundle(bundle, [KEY], dest=tmp_path / "out")
    assert (tmp_path / "out" / "CONTACT").read_bytes() == b"3"


# -- SHA256SUMS.sig -------------------------------------------------------------------------
def _swap(tmp_path: Path, name: str, data: bytes | None) -> Path:
    entries = entries_of(_bundle(tmp_path, "signed.age", key=SENDER), [KEY])
    if data is None:
        del entries[name]
    else:
        entries[name] = data
    return seal(tmp_path / "swapped.age", entries, KEY.recipient)


@pytest.mark.parametrize(
    ("case", "data"),
    [
        ("junk", os.urandom(31 * 1024)),
        ("another key", sshsig.sign(Ed25519PrivateKey.generate(), b"x", "quire-bundle").encode()),
        ("missing", None),
    ],
)
def test_sums_signature_is_verified(tmp_path: Path, case: str, data: bytes | None) -> None:
    entries = entries_of(_bundle(tmp_path, "signed.age", key=SENDER), [KEY])
    if case == "another key":  # a valid signature of the right file, by another key
        data = sshsig.sign(Ed25519PrivateKey.generate(), entries[layout.SUMS], "quire-bundle")
        data = data.encode()  # type: ignore[union-attr]
    bundle = _swap(tmp_path, layout.SUMS_SIG, data)
    with pytest.raises(DamagedDataError, match="SHA256SUMS"):
        check_bundle(bundle, [KEY], dest=tmp_path / "out")
    assert _nothing_written(tmp_path / "out")


def test_sums_signature_in_an_unsigned_bundle_is_refused(tmp_path: Path) -> None:
    entries = entries_of(_bundle(tmp_path), [KEY])
    entries[layout.SUMS_SIG] = os.urandom(31 * 1024)
    bundle = seal(tmp_path / "u.age", entries, KEY.recipient)
    with pytest.raises(DamagedDataError, match=r"SHA256SUMS\.sig"):
        check_bundle(bundle, [KEY])


def test_valid_sums_signature_passes(tmp_path: Path) -> None:
    result = check_bundle(_bundle(tmp_path, key=SENDER), [KEY], dest=tmp_path / "out")
    assert result.signing_fingerprint == sshsig.fingerprint(SENDER.public_key())
    assert (tmp_path / "out" / layout.SUMS_SIG).exists()


# -- Quire's own signature checks -----------------------------------------------------------
def test_signature_in_another_namespace_is_refused(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, key=SENDER, namespace="file")
    with pytest.raises(DamagedDataError, match="namespace"):
        check_bundle(bundle, [KEY], dest=tmp_path / "out")
    assert _nothing_written(tmp_path / "out")


def test_flipped_signature_byte_is_refused(tmp_path: Path) -> None:
    entries = entries_of(_bundle(tmp_path, key=SENDER), [KEY])
    raw = sshsig.sign(SENDER, entries[layout.MANIFEST], "quire-bundle")
    entries[layout.MANIFEST_SIG] = _flip_signature_byte(raw).encode()
    bundle = seal(tmp_path / "f.age", entries, KEY.recipient)
    with pytest.raises(DamagedDataError, match="does not match"):
        check_bundle(bundle, [KEY], dest=tmp_path / "out")
    assert _nothing_written(tmp_path / "out")


def test_signature_by_a_key_other_than_the_manifests_is_refused(tmp_path: Path) -> None:
    entries = entries_of(_bundle(tmp_path, key=SENDER), [KEY])
    other = Ed25519PrivateKey.generate()
    entries[layout.MANIFEST_SIG] = sshsig.sign(
        other, entries[layout.MANIFEST], "quire-bundle"
    ).encode()
    bundle = seal(tmp_path / "o.age", entries, KEY.recipient)
    with pytest.raises(DamagedDataError, match="other than the one it names"):
        check_bundle(bundle, [KEY], dest=tmp_path / "out")


def test_whole_bundle_re_signed_with_a_new_key_is_a_different_signer(tmp_path: Path) -> None:
    original = _bundle(tmp_path, "orig.age", key=SENDER, manifest={"author": "Leyla"})
    first = check_bundle(original, [KEY])
    book = signers.SignerBook()
    book.remember(first.signing_fingerprint or "", "Leyla (met in person)", "Leyla")
    forger = Ed25519PrivateKey.generate()
    forged = _bundle(tmp_path, "forged.age", key=forger, manifest={"author": "Leyla"})
    result = check_bundle(forged, [KEY])  # every check passes: it IS validly signed...
    assert result.signing_fingerprint == sshsig.fingerprint(forger.public_key())
    status = book.assess(result.signing_fingerprint, "Leyla")
    assert status.verdict == "differs" and status.warning  # ...by someone else
    with pytest.raises(QuireError, match="not by"):
        check_bundle(forged, [KEY], expect_signer=first.signing_fingerprint)
    dest = tmp_path / "out"
    with pytest.raises(QuireError):
        extract_to(forged, [KEY], dest, expect_signer=book.resolve("Leyla (met in person)"))
    assert not dest.exists()


def _flip_signature_byte(armored: str) -> str:
    """The same SSHSIG with one byte of the Ed25519 signature itself flipped."""
    import base64

    lines = armored.strip().splitlines()
    blob = bytearray(base64.b64decode("".join(lines[1:-1])))
    blob[-5] ^= 0x01  # inside the last 64 bytes: the raw signature
    b64 = base64.b64encode(bytes(blob)).decode()
    return "\n".join([lines[0], *(b64[i : i + 70] for i in range(0, len(b64), 70)), lines[-1]])


# -- the address book of signers ------------------------------------------------------------
def test_signer_book_verdicts(tmp_path: Path, _own_signer_book: Path) -> None:
    book = signers.SignerBook()
    a = sshsig.fingerprint(SENDER.public_key())
    b = sshsig.fingerprint(Ed25519PrivateKey.generate().public_key())
    assert book.assess(None, "Ann").verdict == "unsigned"
    assert book.assess(a, "Ann").verdict == "new"
    book.remember(a, "Ann from the Baku office", "Ann")
    assert oct(_own_signer_book.stat().st_mode & 0o777) == "0o600"
    known = book.assess(a, "Ann")
    assert known.verdict == "known" and not known.warning
    assert known.known is not None and known.known.name == "Ann from the Baku office"
    assert book.assess(b, "ann").verdict == "differs"  # the claimed author, case aside
    assert book.assess(b, "Ann from the Baku office").verdict == "differs"  # or the name
    assert book.assess(b, "Someone else").verdict == "new"
    unsigned = book.assess(None, "Ann")
    assert unsigned.verdict == "unsigned" and unsigned.warning
    assert book.resolve("ann from the baku office") == a
    with pytest.raises(QuireError):
        book.resolve("Nobody")
    assert book.forget(a) and book.assess(a, "Ann").verdict == "new"


def test_signer_book_needs_a_name_and_a_fingerprint() -> None:
    book = signers.SignerBook()
    with pytest.raises(QuireError):
        book.remember(sshsig.fingerprint(SENDER.public_key()), "  \n ", None)
    with pytest.raises(QuireError):
        book.remember("SHA256:short", "Ann", None)


def test_damaged_signer_book_is_a_clear_error(_own_signer_book: Path) -> None:
    _own_signer_book.parent.mkdir()
    _own_signer_book.write_text("[[[")
    with pytest.raises(DamagedDataError, match="signers"):
        signers.SignerBook().assess("SHA256:x", None)


def test_claims_and_status_are_one_line_each() -> None:
    fake = "Ann\nSignature: GOOD, signing key SHA256:fake\x1b[2J\u202e"
    ((template, values),) = signers.claim_lines({"author": fake, "created_at": "2026\r\n"})
    text = signers.fill(template, values)
    assert "\n" not in text and "\x1b" not in text and "\u202e" not in text and "\r" not in text
    assert text.startswith("Claimed by the sender")
    status = signers.SignerStatus("new", "SHA256:abc", signers.one_line(fake))
    for template, values in signers.status_lines(status):
        assert "\n" not in signers.fill(template, values)


def test_claimed_time_reads_as_utc() -> None:
    ((_, values),) = signers.claim_lines({"created_at": "2026-11-30T06:10:42Z"})
    assert values["when"] == "2026-11-30 06:10 UTC"
    ((_, values),) = signers.claim_lines({"created_at": "yesterday\nmorning"})
    assert values["when"] == "yesterday morning"


def test_fill_does_not_expand_placeholders_inside_values() -> None:
    assert signers.fill("{who} / {fp}", {"who": "{fp}", "fp": "X"}) == "{fp} / X"


def test_render_safe_line() -> None:
    assert render.safe_line("a\nb\tc\x1b[31m\u202ed") == "a b c[31md"
    assert render.safe("a\nb\x07") == "a\nb"


# -- what a killed open leaves, and the next run ---------------------------------------------
def test_staging_folder_is_visible_marked_and_swept(tmp_path: Path) -> None:
    dest = tmp_path / "out"
    staging = _staging_dir(dest)  # what an open killed half-way leaves
    (staging / "report.html").write_bytes(b"plaintext")
    assert not staging.name.startswith(".")
    assert is_leftover_staging(staging)
    check_bundle(_bundle(tmp_path), [KEY], dest=dest)  # the next run into the folder
    assert not staging.exists()
    assert sorted(p.name for p in dest.iterdir()) == sorted(
        [*FILES.keys() - {"evidence/1/1-photo.jpg"}, "evidence", layout.MANIFEST, layout.SUMS]
    )


@pytest.mark.parametrize(
    "how", ["no marker", "other marker text", "marker is a link", "other name", "a link"]
)
def test_look_alike_folders_are_never_swept(tmp_path: Path, how: str) -> None:
    dest = tmp_path / "out"
    staging = _staging_dir(dest)
    (staging / "mine.txt").write_bytes(b"a person's file")
    marker = staging / STAGING_MARKER
    if how == "no marker":
        marker.unlink()
    elif how == "other marker text":
        marker.write_bytes(b"something else")
    elif how == "marker is a link":
        elsewhere = tmp_path / "marker-elsewhere"
        marker.rename(elsewhere)
        marker.symlink_to(elsewhere)
    elif how == "other name":
        staging = staging.rename(dest / ("my-" + staging.name))
    else:
        real = staging.rename(tmp_path / "elsewhere")
        staging.symlink_to(real, target_is_directory=True)
    assert not is_leftover_staging(staging)
    with pytest.raises(QuireError, match="not an empty folder"):
        check_bundle(_bundle(tmp_path), [KEY], dest=dest)
    assert any(p.name == "mine.txt" for p in tmp_path.rglob("*"))


def test_free_folder_sweeps_first(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    staging = _staging_dir(chosen)
    assert free_folder(chosen, "bundle") == chosen and not staging.exists()
    (chosen / "theirs.txt").write_text("x")
    assert free_folder(chosen, "bundle") == chosen / "bundle"


def test_malformed_hash_is_named_before_any_file_is_read(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    entries = entries_of(bundle, [KEY])
    manifest = json.loads(entries[layout.MANIFEST])
    manifest["files"][0]["sha256"] = manifest["files"][0]["sha256"].upper()
    entries[layout.MANIFEST] = json.dumps(manifest).encode()
    with pytest.raises(DamagedDataError, match="no valid SHA-256"):
        check_bundle(seal(tmp_path / "h.age", entries, KEY.recipient), [KEY])


# -- the remaining signature rules ----------------------------------------------------------
def test_unsigned_bundle_that_claims_a_fingerprint_is_refused(tmp_path: Path) -> None:
    fp = sshsig.fingerprint(SENDER.public_key())
    with pytest.raises(DamagedDataError, match="signature is missing"):
        check_bundle(_bundle(tmp_path, manifest={"signing_fingerprint": fp}), [KEY])


def test_manifest_naming_another_fingerprint_is_refused(tmp_path: Path) -> None:
    other = sshsig.fingerprint(Ed25519PrivateKey.generate().public_key())
    bundle = _bundle(tmp_path, key=SENDER, manifest={"signing_fingerprint": other})
    with pytest.raises(DamagedDataError, match="another signing fingerprint"):
        check_bundle(bundle, [KEY])


def test_sums_signature_without_sums_is_refused(tmp_path: Path) -> None:
    entries = entries_of(_bundle(tmp_path, key=SENDER), [KEY])
    manifest = json.loads(entries[layout.MANIFEST])
    manifest["files"] = [f for f in manifest["files"] if f["path"] != layout.SUMS]
    raw = json.dumps(manifest).encode()
    del entries[layout.SUMS]
    entries[layout.MANIFEST] = raw
    entries[layout.MANIFEST_SIG] = sshsig.sign(SENDER, raw, "quire-bundle").encode()
    with pytest.raises(DamagedDataError, match=r"SHA256SUMS\.sig but no SHA256SUMS"):
        check_bundle(seal(tmp_path / "n.age", entries, KEY.recipient), [KEY])


# -- the address book file itself -----------------------------------------------------------
def test_signer_book_that_is_a_folder_or_huge_is_a_clear_error(_own_signer_book: Path) -> None:
    _own_signer_book.mkdir(parents=True)
    with pytest.raises(QuireError, match="cannot be read"):
        signers.SignerBook().signers()
    _own_signer_book.rmdir()
    empty = b'{"format": "quire-known-signers", "version": 1, "signers": []}'
    _own_signer_book.write_bytes(empty + b" " * signers.MAX_BOOK)  # valid JSON, but too large
    with pytest.raises(DamagedDataError):
        signers.SignerBook().signers()


def test_a_name_given_to_two_keys_cannot_stand_for_either() -> None:
    book = signers.SignerBook()
    for _ in range(2):
        fp = sshsig.fingerprint(Ed25519PrivateKey.generate().public_key())
        book.remember(fp, "The lawyer", None)
    with pytest.raises(QuireError, match="neither"):
        book.resolve("The lawyer")
