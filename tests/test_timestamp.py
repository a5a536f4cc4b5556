"""Time others can vouch for (issue 14): the RFC 3161 request in every bundle and the token.

A real ``openssl ts`` authority is made in each test session (a CA, and a TSA certificate it
issues with the critical timeStamping purpose); its tokens go through ``quire-cli verify
--tsr`` as an organisation would use them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.age import AgeWriter, parse_identity_file
from app.bundle import layout, timestamp
from app.bundle.export import Selection, export_bundle
from app.bundle.receive import check_bundle, open_zip
from app.errors import DamagedDataError, QuireError
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import require_tool
from tests.support.cli import run_cli

_CONFIG = """
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = unused
[ ca_ext ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ tsa_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = {dir}/serial
signer_cert = {dir}/tsa.crt
signer_key = {dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _openssl(*args: str | Path, cwd: Path | None = None) -> bytes:
    r = subprocess.run(
        ["openssl", *map(str, args)], capture_output=True, timeout=60, cwd=cwd, check=False
    )
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout


def _authority(folder: Path, name: str, key: str = "rsa:2048") -> Path:
    """A CA and the TSA certificate it issued, with the openssl config that signs tokens."""
    folder.mkdir()
    cnf = folder / "tsa.cnf"
    cnf.write_text(_CONFIG.replace("{dir}", str(folder)))
    (folder / "serial").write_text("01\n")
    new_key = ["-newkey", key] if key.startswith("rsa") else ["-newkey", "ec", "-pkeyopt", key]
    _openssl("req", "-x509", *new_key, "-nodes", "-keyout", folder / "ca.key",
             "-out", folder / "ca.crt", "-subj", f"/CN={name} CA", "-days", "30",
             "-config", cnf, "-extensions", "ca_ext")  # fmt: skip
    _openssl("req", *new_key, "-nodes", "-keyout", folder / "tsa.key", "-out", folder / "tsa.csr",
             "-subj", f"/CN={name} TSA", "-config", cnf)  # fmt: skip
    _openssl("x509", "-req", "-in", folder / "tsa.csr", "-CA", folder / "ca.crt",
             "-CAkey", folder / "ca.key", "-CAcreateserial", "-out", folder / "tsa.crt",
             "-days", "30", "-extfile", cnf, "-extensions", "tsa_ext")  # fmt: skip
    return folder


def _token(tsa: Path, request: Path, out: Path) -> Path:
    _openssl("ts", "-reply", "-queryfile", request, "-config", tsa / "tsa.cnf", "-out", out)
    return out


@pytest.fixture(scope="module")
def authorities(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    require_tool("openssl", "the test time-stamping authority is openssl ts")
    base = tmp_path_factory.mktemp("tsa")
    return _authority(base / "good", "Good"), _authority(base / "other", "Other")


@pytest.fixture
def key(tmp_path: Path) -> Path:
    out = tmp_path / "org-key.txt"
    assert run_cli(tmp_path, "keygen", "-o", str(out)).returncode == 0
    return out


def _bundle(vault: Vault, key: Path, out: Path, title: str = "Threat on Telegram") -> Path:
    IncidentStore(vault).create(
        IncidentRecord.from_dict(
            {"title": title, "categories": ["threat"], "occurred_at": "2024-05-02"}
        )
    )
    (identity,) = parse_identity_file(key.read_text())
    export_bundle(vault, Selection(all=True), [identity.recipient], out)
    return out


def _entries(bundle: Path, key: Path) -> dict[str, bytes]:
    identities = parse_identity_file(key.read_text())
    with open_zip(bundle, identities) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _reseal(entries: dict[str, bytes], key: Path, out: Path) -> Path:
    """The same entries in a new bundle (what an older Quire, or a forger, would write)."""
    (identity,) = parse_identity_file(key.read_text())
    with open(out, "wb") as raw:
        age = AgeWriter(raw, [identity.recipient])
        with zipfile.ZipFile(age, "w") as zf:  # type: ignore[arg-type]
            for name, data in entries.items():
                zf.writestr(name, data)
        age.close()
    return out


def _verify(bundle: Path, key: Path, *extra: str | Path) -> subprocess.CompletedProcess[str]:
    return run_cli(bundle.parent, "verify", str(bundle), "-i", str(key), *map(str, extra))


def test_every_bundle_asks_for_the_time_of_its_manifest(
    vault: Vault, key: Path, tmp_path: Path
) -> None:
    require_tool("openssl", "the request must parse with openssl ts -query")
    entries = _entries(_bundle(vault, key, tmp_path / "b.age"), key)
    tsq = tmp_path / "request.tsq"
    tsq.write_bytes(entries[layout.TIMESTAMP_REQUEST])
    text = _openssl("ts", "-query", "-in", tsq, "-text").decode()
    assert "Hash Algorithm: sha256" in text and "Certificate required: yes" in text
    digest = hashlib.sha256(entries[layout.MANIFEST]).hexdigest()
    shown = "".join(
        line.split(" - ")[1][:47].replace("-", " ").replace(" ", "")
        for line in text.splitlines()
        if " - " in line
    )
    assert shown == digest
    assert "Nonce: 0x" in text
    again = _entries(_bundle(vault, key, tmp_path / "b2.age", "Another"), key)
    assert parse_nonce(again) != parse_nonce(entries)  # random, not derived from the content
    assert "timestamp-request.tsq" in entries[layout.README].decode()


def parse_nonce(entries: dict[str, bytes]) -> int | None:
    return timestamp.parse_request(entries[layout.TIMESTAMP_REQUEST]).nonce


def test_a_token_from_a_real_tsa_verifies_and_says_what_it_proves(
    vault: Vault, key: Path, tmp_path: Path, authorities: tuple[Path, Path]
) -> None:
    good, _ = authorities
    bundle = _bundle(vault, key, tmp_path / "b.age")
    tsq = tmp_path / "request.tsq"
    tsq.write_bytes(_entries(bundle, key)[layout.TIMESTAMP_REQUEST])
    tsr = _token(good, tsq, tmp_path / "token.tsr")
    # The README's own commands accept it too.
    _openssl("ts", "-verify", "-in", tsr, "-queryfile", tsq, "-CAfile", good / "ca.crt",
             "-untrusted", good / "tsa.crt")  # fmt: skip
    r = _verify(bundle, key, "--tsr", tsr, "--tsa-cert", good / "ca.crt")
    assert r.returncode == 0, r.stderr
    year = str(dt.datetime.now(dt.UTC).year)
    assert "Time-stamp: GOOD" in r.stdout and "existed no later than " + year in r.stdout
    assert "CN=Good TSA" in r.stdout and "signed under the TSA certificate you gave" in r.stdout
    # The TSA's own certificate is an anchor as well as its CA; without one, say so.
    assert _verify(bundle, key, "--tsr", tsr, "--tsa-cert", good / "tsa.crt").returncode == 0
    r = _verify(bundle, key, "--tsr", tsr)
    assert r.returncode == 0 and "only the token's own claim" in r.stdout


def test_a_token_for_another_bundle_is_refused(
    vault: Vault, key: Path, tmp_path: Path, authorities: tuple[Path, Path]
) -> None:
    good, _ = authorities
    first = _bundle(vault, key, tmp_path / "first.age")
    second = _bundle(vault, key, tmp_path / "second.age", "Later")
    tsq = tmp_path / "first.tsq"
    tsq.write_bytes(_entries(first, key)[layout.TIMESTAMP_REQUEST])
    tsr = _token(good, tsq, tmp_path / "first.tsr")
    r = _verify(second, key, "--tsr", tsr, "--tsa-cert", good / "ca.crt")
    assert r.returncode == 1 and "for another file" in r.stderr
    assert "Time-stamp: GOOD" not in r.stdout


def test_a_token_for_the_same_manifest_but_another_request_is_refused(
    vault: Vault, key: Path, tmp_path: Path, authorities: tuple[Path, Path]
) -> None:
    """Same hash, another nonce: a token someone else asked for (replayed or substituted)."""
    good, _ = authorities
    bundle = _bundle(vault, key, tmp_path / "b.age")
    manifest = _entries(bundle, key)[layout.MANIFEST]
    tsq = tmp_path / "other.tsq"
    tsq.write_bytes(timestamp.timestamp_request(manifest, nonce=12345))
    tsr = _token(good, tsq, tmp_path / "other.tsr")
    r = _verify(bundle, key, "--tsr", tsr)
    assert r.returncode == 1 and "another request" in r.stderr


def test_an_altered_token_is_refused_as_damage(
    vault: Vault, key: Path, tmp_path: Path, authorities: tuple[Path, Path]
) -> None:
    good, _ = authorities
    bundle = _bundle(vault, key, tmp_path / "b.age")
    entries = _entries(bundle, key)
    tsq = tmp_path / "request.tsq"
    tsq.write_bytes(entries[layout.TIMESTAMP_REQUEST])
    token = _token(good, tsq, tmp_path / "token.tsr").read_bytes()
    year = str(dt.datetime.now(dt.UTC).year).encode()
    # A later or earlier time: the TSTInfo no longer matches the signed messageDigest.
    moved = token.replace(year, str(int(year) - 5).encode(), 1)
    assert moved != token
    with pytest.raises(DamagedDataError, match="signed digest"):
        timestamp.verify_token(moved, entries[layout.MANIFEST])
    bad = tmp_path / "moved.tsr"
    bad.write_bytes(moved)
    r = _verify(bundle, key, "--tsr", bad)
    assert r.returncode == 3 and "time-stamp token is damaged" in r.stderr.lower()
    # The signature itself altered (its last byte).
    flipped = token[:-1] + bytes([token[-1] ^ 1])
    with pytest.raises(DamagedDataError, match="signature does not verify"):
        timestamp.verify_token(flipped, entries[layout.MANIFEST])
    # Cut short, or not a token at all.
    for junk in (token[: len(token) // 2], b"not a token", b""):
        with pytest.raises(DamagedDataError):
            timestamp.verify_token(junk, entries[layout.MANIFEST])


def test_a_token_from_another_authority_is_refused(
    vault: Vault, key: Path, tmp_path: Path, authorities: tuple[Path, Path]
) -> None:
    good, other = authorities
    bundle = _bundle(vault, key, tmp_path / "b.age")
    tsq = tmp_path / "request.tsq"
    tsq.write_bytes(_entries(bundle, key)[layout.TIMESTAMP_REQUEST])
    tsr = _token(other, tsq, tmp_path / "token.tsr")
    r = _verify(bundle, key, "--tsr", tsr, "--tsa-cert", good / "ca.crt")
    assert r.returncode == 1 and "not signed by the given TSA certificate" in r.stderr
    r = _verify(bundle, key, "--tsr", tsr, "--tsa-cert", good / "tsa.crt")
    assert r.returncode == 1
    notes = tmp_path / "notes.pem"
    notes.write_text("not a certificate")
    r = _verify(bundle, key, "--tsr", tsr, "--tsa-cert", notes)
    assert r.returncode == 1 and "not a certificate" in r.stderr


def test_a_signer_not_certified_for_time_stamping_is_refused() -> None:
    """RFC 3161 §2.3: only a certificate with the critical timeStamping purpose signs tokens
    (openssl ts refuses to sign with any other, so such a certificate is made here)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Not a TSA")])
    now = dt.datetime.now(dt.UTC)

    def cert(critical: bool | None) -> x509.Certificate:
        b = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(1)
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1))
        )
        if critical is not None:
            eku = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING])
            b = b.add_extension(eku, critical=critical)
        return b.sign(key, hashes.SHA256())

    timestamp._check_purpose(cert(True))
    for critical in (False, None):
        with pytest.raises(QuireError, match="not one for time-stamping"):
            timestamp._check_purpose(cert(critical))


def test_older_bundles_without_a_request_still_verify(
    vault: Vault, key: Path, tmp_path: Path, authorities: tuple[Path, Path]
) -> None:
    good, _ = authorities
    entries = _entries(_bundle(vault, key, tmp_path / "b.age"), key)
    tsq = tmp_path / "request.tsq"
    tsq.write_bytes(entries.pop(layout.TIMESTAMP_REQUEST))
    old = _reseal(entries, key, tmp_path / "old.age")
    assert check_bundle(old, parse_identity_file(key.read_text())).timestamp_request is None
    tsr = _token(good, tsq, tmp_path / "token.tsr")
    r = _verify(old, key, "--tsr", tsr, "--tsa-cert", good / "ca.crt")
    assert r.returncode == 0 and "nonce was not checked" in r.stdout, r.stderr


def test_a_request_for_another_manifest_is_damage(vault: Vault, key: Path, tmp_path: Path) -> None:
    entries = _entries(_bundle(vault, key, tmp_path / "b.age"), key)
    entries[layout.TIMESTAMP_REQUEST] = timestamp.timestamp_request(b"another manifest")
    forged = _reseal(entries, key, tmp_path / "forged.age")
    with pytest.raises(DamagedDataError, match="does not ask for the time of this manifest"):
        check_bundle(forged, parse_identity_file(key.read_text()))
    entries[layout.TIMESTAMP_REQUEST] = b"\x30\x03\x02\x01\x01"
    with pytest.raises(DamagedDataError, match="does not ask for the time"):
        check_bundle(
            _reseal(entries, key, tmp_path / "short.age"), parse_identity_file(key.read_text())
        )


def test_opened_folders_keep_the_request(vault: Vault, key: Path, tmp_path: Path) -> None:
    bundle = _bundle(vault, key, tmp_path / "b.age")
    out = tmp_path / "opened"
    r = run_cli(tmp_path, "open", str(bundle), "-i", str(key), "-o", str(out))
    assert r.returncode == 0, r.stderr
    request = timestamp.parse_request((out / layout.TIMESTAMP_REQUEST).read_bytes())
    assert request.digest == hashlib.sha256((out / layout.MANIFEST).read_bytes()).digest()


def test_the_encoder_writes_canonical_der() -> None:
    """Lengths past 127 bytes and integers with the top bit set (a leading zero byte)."""
    assert timestamp._integer(0x80) == b"\x02\x02\x00\x80"
    assert timestamp._tlv(0x04, b"x" * 200)[:3] == b"\x04\x81\xc8"
    assert timestamp._oid(timestamp.SHA256_OID).hex() == "0609608648016503040201"


def test_mangled_tokens_and_requests_are_refused_with_clear_words(
    vault: Vault, key: Path, tmp_path: Path, authorities: tuple[Path, Path]
) -> None:
    """Random bytes changed or cut in a real token: a QuireError, never a crash, and never
    another time or authority proven."""
    import contextlib
    import random
    import warnings

    good, _ = authorities
    entries = _entries(_bundle(vault, key, tmp_path / "b.age"), key)
    tsq = tmp_path / "request.tsq"
    tsq.write_bytes(entries[layout.TIMESTAMP_REQUEST])
    token = _token(good, tsq, tmp_path / "token.tsr").read_bytes()
    request = timestamp.parse_request(tsq.read_bytes())
    manifest = entries[layout.MANIFEST]
    anchor = timestamp.load_certificate((good / "ca.crt").read_bytes())
    original = timestamp.verify_token(token, manifest, request, anchor)
    rng = random.Random(14)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # cryptography warns of a negative serial it still parses
        for _ in range(600):
            mangled = bytearray(token)
            for _ in range(rng.randint(1, 4)):
                mangled[rng.randrange(len(mangled))] = rng.randrange(256)
            if rng.random() < 0.2:
                mangled = mangled[: rng.randrange(len(mangled))]
            try:
                proof = timestamp.verify_token(bytes(mangled), manifest, request, anchor)
            except QuireError:
                continue
            # Bytes outside what is signed (the response's status text, padding a
            # certificate field Quire does not read) may change; what is proven may not.
            assert proof == original
            bad_request = bytearray(tsq.read_bytes())
            bad_request[rng.randrange(len(bad_request))] ^= 1 + rng.randrange(255)
            with contextlib.suppress(QuireError):
                timestamp.parse_request(bytes(bad_request))
