"""Sealed bundles end to end: export, open, verify; hostile, damaged and wrong-key bundles."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.age import AgeWriter, generate_identity, parse_identity_file
from app.bundle import layout
from app.bundle.export import Selection, export_bundle
from app.bundle.receive import UnsafeBundleError, check_bundle
from app.contacts.book import ContactBook, ContactError
from app.errors import CancelledError, DamagedDataError, NoMatchingKeyError, QuireError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault
from tests.conftest import require_tool

KEY = generate_identity()


def _incident(vault: Vault, title: str = "Blackmail on Telegram", **extra: object) -> int:
    return IncidentStore(vault).create(
        IncidentRecord.from_dict(
            {"title": title, "categories": ["blackmail"], "occurred_at": "2024-05-02", **extra}
        )
    )


def _attach(vault: Vault, incident_id: int, data: bytes, name: str) -> None:
    EvidenceStore(vault).import_stream(incident_id, io.BytesIO(data), name)


def _export(vault: Vault, out: Path, **kw: object) -> None:
    export_bundle(vault, Selection(all=True), [KEY.recipient], out, **kw)  # type: ignore[arg-type]


@pytest.fixture
def bundle(vault: Vault, tmp_path: Path) -> Path:
    i = _incident(vault, narrative="They threatened to publish the photos.")
    _attach(vault, i, b"\x89PNG\r\n\x1a\n" + os.urandom(5000), "screenshot.png")
    _attach(vault, i, "Söhbət: şantaj\n".encode() * 10, "chat export.txt")
    out = tmp_path / "bundle.age"
    _export(vault, out)
    return out


# -- round trips ----------------------------------------------------------------------------
@pytest.mark.parametrize("size", [0, 1, 65536, 65537])
def test_round_trip_sizes(vault: Vault, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    i = _incident(vault)
    _attach(vault, i, data, "file.bin")
    out = tmp_path / "b.age"
    _export(vault, out)
    dest = tmp_path / "opened"
    result = check_bundle(out, [KEY], dest=dest)
    assert result.signed
    (path,) = (dest / "evidence" / str(i)).iterdir()
    assert path.read_bytes() == data
    doc = json.loads((dest / layout.incident_path(i)).read_text())
    assert doc["incident"]["evidence"][0]["sha256"] == hashlib.sha256(data).hexdigest()


@pytest.mark.slow
def test_round_trip_300_mib(vault: Vault, tmp_path: Path) -> None:
    src = tmp_path / "big.bin"
    sha = hashlib.sha256()
    with open(src, "wb") as f:
        for _ in range(300):
            block = os.urandom(1024 * 1024)
            sha.update(block)
            f.write(block)
    i = _incident(vault)
    EvidenceStore(vault).import_file(i, src)
    src.unlink()
    out = tmp_path / "b.age"
    _export(vault, out)
    dest = tmp_path / "opened"
    check_bundle(out, [KEY], dest=dest)
    (path,) = (dest / "evidence" / str(i)).iterdir()
    got = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            got.update(chunk)
    assert got.hexdigest() == sha.hexdigest()


def test_bundle_contents(bundle: Path, tmp_path: Path) -> None:
    dest = tmp_path / "o"
    result = check_bundle(bundle, [KEY], dest=dest)
    names = {p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()}
    assert {
        layout.MANIFEST,
        layout.MANIFEST_SIG,
        layout.SUMS,
        layout.SUMS_SIG,
        layout.SIGNING_KEY,
        layout.ALLOWED_SIGNERS,
        layout.README,
        layout.REPORT_PDF,
        layout.REPORT_HTML,
    } <= names
    assert (dest / layout.REPORT_PDF).read_bytes().startswith(b"%PDF")
    manifest = json.loads((dest / layout.MANIFEST).read_text())
    assert manifest["format"] == "quire-bundle" and manifest["version"] == 1
    assert manifest["signing_fingerprint"] == result.signing_fingerprint
    assert len(manifest["chain_head"]) == 64
    kinds = {f["kind"] for f in manifest["files"]}
    assert {"incident", "evidence", "report", "readme", "sums"} <= kinds
    incident = json.loads((dest / "incidents" / "1.json").read_text())["incident"]
    assert incident["revision_history"][0]["revision"] == 1
    assert "record" not in incident["revision_history"][0]
    assert not list(dest.glob(".quire-open-*"))


def test_selection(vault: Vault, tmp_path: Path) -> None:
    a = _incident(vault, "A", tags=["court"])
    b = _incident(vault, "B", occurred_at="2023-01-01")
    _incident(vault, "C")
    out = tmp_path / "b.age"
    export_bundle(vault, Selection(incident_ids=[a, b]), [KEY.recipient], out)
    assert [x["id"] for x in check_bundle(out, [KEY]).incidents] == [a, b]
    out2 = tmp_path / "c.age"
    export_bundle(vault, Selection(tags=["court"]), [KEY.recipient], out2)
    assert [x["id"] for x in check_bundle(out2, [KEY]).incidents] == [a]
    out3 = tmp_path / "d.age"
    export_bundle(vault, Selection(since="2022-06", until="2023-12-31"), [KEY.recipient], out3)
    assert [x["id"] for x in check_bundle(out3, [KEY]).incidents] == [b]
    with pytest.raises(QuireError, match="Choose what to export"):
        export_bundle(vault, Selection(), [KEY.recipient], tmp_path / "e.age")
    with pytest.raises(QuireError, match="No incidents match"):
        export_bundle(vault, Selection(tags=["nope"]), [KEY.recipient], tmp_path / "f.age")
    assert not (tmp_path / "e.age").exists() and not (tmp_path / "f.age").exists()


def test_unsigned_bundle(vault: Vault, tmp_path: Path) -> None:
    _incident(vault)
    out = tmp_path / "b.age"
    _export(vault, out, sign=False)
    result = check_bundle(out, [KEY], dest=tmp_path / "o")
    assert not result.signed
    assert not (tmp_path / "o" / layout.MANIFEST_SIG).exists()
    with pytest.raises(QuireError, match="signed by nobody"):
        check_bundle(out, [KEY], expect_signer="SHA256:x")


def test_expect_signer_mismatch_writes_nothing(bundle: Path, tmp_path: Path) -> None:
    dest = tmp_path / "o"
    with pytest.raises(QuireError, match="not by"):
        check_bundle(bundle, [KEY], dest=dest, expect_signer="SHA256:someoneelse")
    assert not dest.exists() or not any(dest.iterdir())


def test_post_quantum_and_passphrase_recipients(vault: Vault, tmp_path: Path) -> None:
    from app.age import ScryptIdentity, ScryptRecipient

    _incident(vault)
    pq = generate_identity(pq=True)
    out = tmp_path / "pq.age"
    export_bundle(vault, Selection(all=True), [pq.recipient], out)
    assert check_bundle(out, [pq]).files > 3
    with pytest.raises(NoMatchingKeyError):
        check_bundle(out, [KEY])
    out2 = tmp_path / "pw.age"
    export_bundle(
        vault, Selection(all=True), [ScryptRecipient("pass phrase", work_factor=10)], out2
    )
    assert check_bundle(out2, [ScryptIdentity("pass phrase")]).files > 3


def test_mixing_pq_and_classic_recipients_refused(vault: Vault, tmp_path: Path) -> None:
    _incident(vault)
    # A user error (QuireError: one line and exit 1 in the CLI), found before any work.
    with pytest.raises(QuireError, match="mixed"):
        export_bundle(
            vault,
            Selection(all=True),
            [KEY.recipient, generate_identity(pq=True).recipient],
            tmp_path / "x.age",
        )
    assert not (tmp_path / "x.age").exists()


def test_cancel_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    i = _incident(vault)
    _attach(vault, i, os.urandom(3 * 1024 * 1024), "big.bin")
    seen: list[tuple[int, int]] = []
    out = tmp_path / "b.age"
    with pytest.raises(CancelledError):
        export_bundle(
            vault,
            Selection(all=True),
            [KEY.recipient],
            out,
            progress=lambda d, t: seen.append((d, t)),
            cancel=lambda: len(seen) > 1,
        )
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


def _progress_of_export(vault: Vault, tmp_path: Path) -> list[tuple[int, int]]:
    """Every (done, total) an export of the whole diary reports."""
    seen: list[tuple[int, int]] = []
    export_bundle(
        vault,
        Selection(all=True),
        [KEY.recipient],
        tmp_path / "b.age",
        progress=lambda d, t: seen.append((d, t)),
    )
    return seen


def test_progress_reaches_the_total(vault: Vault, tmp_path: Path) -> None:
    i = _incident(vault)
    _attach(vault, i, os.urandom(2 * 1024 * 1024 + 5), "big.bin")
    seen = _progress_of_export(vault, tmp_path)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]


def test_progress_moves_while_the_report_is_drawn(vault: Vault, tmp_path: Path) -> None:
    """Each evidence file's part of the report counts: the bar no longer stands full while
    the report of many photos is drawn."""
    from app.bundle.export import REPORT_STEP

    i = _incident(vault)
    for n in range(6):
        _attach(vault, i, os.urandom(1000 + n), f"file-{n}.bin")
    seen = _progress_of_export(vault, tmp_path)
    total = seen[-1][1]
    copied = sum(1000 + n for n in range(6)) + 4096  # the files and the incident's document
    assert total == copied + 6 * REPORT_STEP
    after_copy = [d for d, _ in seen if d > copied]
    assert len(after_copy) == 6 and after_copy[-1] == total


def test_existing_output_is_never_overwritten(bundle: Path, vault: Vault) -> None:
    before = bundle.read_bytes()
    with pytest.raises(QuireError, match="exists"):
        _export(vault, bundle)
    assert bundle.read_bytes() == before


# -- damaged and wrong-key bundles ---------------------------------------------------------
def test_wrong_key(bundle: Path) -> None:
    with pytest.raises(NoMatchingKeyError) as info:
        check_bundle(bundle, [generate_identity()])
    assert info.value.exit_code == 2


@pytest.mark.parametrize("cut", [10, 300, 0.5, -17, -1])
def test_truncated(bundle: Path, tmp_path: Path, cut: float) -> None:
    data = bundle.read_bytes()
    bad = tmp_path / "cut.age"
    bad.write_bytes(data[: int(len(data) * cut) if isinstance(cut, float) else cut])
    dest = tmp_path / "o"
    with pytest.raises(DamagedDataError) as info:
        check_bundle(bad, [KEY], dest=dest)
    assert info.value.exit_code == 3
    assert not dest.exists() or not any(dest.iterdir())


@pytest.mark.parametrize("where", [0.3, 0.6, 0.95])
def test_tampered(bundle: Path, tmp_path: Path, where: float) -> None:
    data = bytearray(bundle.read_bytes())
    data[int(len(data) * where)] ^= 0x20
    bad = tmp_path / "t.age"
    bad.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError):
        check_bundle(bad, [KEY], dest=tmp_path / "o")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_any_flip_or_cut_fails_cleanly(
    small_bundle: bytes, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    blob = bytearray(small_bundle)
    pos = data.draw(st.integers(0, len(blob) - 1))
    if data.draw(st.booleans()):
        blob[pos] ^= data.draw(st.integers(1, 255))
        damaged = bytes(blob)
    else:
        damaged = bytes(blob[:pos])
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "b.age"
    path.write_bytes(damaged)
    with pytest.raises((DamagedDataError, NoMatchingKeyError)):
        check_bundle(path, [KEY], dest=folder / "out")
    assert not (folder / "out").exists() or not any((folder / "out").iterdir())


@pytest.fixture(scope="module")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from app.vault.kdf import INSECURE_TEST_PARAMS

    home = tmp_path_factory.mktemp("v") / "vault"
    vault, _ = Vault.create(home, "pw", kdf=INSECURE_TEST_PARAMS)
    i = _incident(vault)
    _attach(vault, i, b"evidence" * 100, "e.txt")
    out = home.parent / "b.age"
    _export(vault, out)
    vault.lock()
    return out.read_bytes()


# -- hostile bundles, hand-made ------------------------------------------------------------
def _hostile(tmp_path: Path, build) -> Path:  # type: ignore[no-untyped-def]
    """Seal a hand-made ZIP (built by ``build(zf, add, outside)``; ``outside`` is this test's
    own folder for names that point out of the bundle) with a manifest listing ``add``s."""
    entries: list[dict[str, object]] = []

    def add(
        name: str,
        data: bytes,
        *,
        listed_size: int | None = None,
        listed: bool = True,
        compress: int = zipfile.ZIP_STORED,
    ) -> None:
        zf.writestr(zipfile.ZipInfo(name), data, compress_type=compress)
        if listed:
            entries.append(
                {
                    "path": name,
                    "size": len(data) if listed_size is None else listed_size,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "kind": "evidence",
                }
            )

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        build(zf, add, tmp_path / "outside")
        manifest = {"format": "quire-bundle", "version": 1, "files": entries, "incidents": []}
        zf.writestr(layout.MANIFEST, json.dumps(manifest))
    out = tmp_path / "hostile.age"
    with open(out, "wb") as raw, AgeWriter(raw, [KEY.recipient]) as w:
        w.write(buf.getvalue())
    return out


def _symlink(zf: zipfile.ZipFile, add, outside: Path) -> None:  # type: ignore[no-untyped-def]
    info = zipfile.ZipInfo("evidence/link")
    info.external_attr = 0o120777 << 16
    zf.writestr(info, "/etc/passwd")


HOSTILE = {
    # Each case's absolute name points into its own tmp_path (``outside``), never at a
    # shared place such as /tmp: one failure cannot leave a file that breaks the next case.
    "absolute": lambda zf, add, outside: add(str(outside / "quire-escape"), b"x"),
    "dotdot": lambda zf, add, outside: add("evidence/../../escape", b"x"),
    "backslash": lambda zf, add, outside: add("..\\..\\escape", b"x"),
    "drive": lambda zf, add, outside: add("C:/escape", b"x"),
    "symlink": _symlink,
    "duplicate": lambda zf, add, outside: (add("evidence/a", b"1"), add("evidence/a", b"2")),
    "case duplicate": lambda zf, add, outside: (add("evidence/A", b"1"), add("evidence/a", b"2")),
    "not in manifest": lambda zf, add, outside: add("evidence/extra", b"x", listed=False),
    "size past manifest": lambda zf, add, outside: add("evidence/big", b"x" * 1000, listed_size=10),
    "compression bomb": lambda zf, add, outside: add(
        "evidence/bomb", bytes(20_000_000), compress=zipfile.ZIP_DEFLATED
    ),
    "control characters": lambda zf, add, outside: add("evidence/\x1b[2Jname", b"x"),
    "directory": lambda zf, add, outside: zf.writestr(zipfile.ZipInfo("evidence/dir/"), b""),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_entries_refused(tmp_path: Path, case: str) -> None:
    outside = tmp_path / "outside"
    bundle = _hostile(tmp_path, HOSTILE[case])
    dest = tmp_path / "out"
    with pytest.raises(DamagedDataError) as info:
        check_bundle(bundle, [KEY], dest=dest)
    assert info.value.exit_code == 3
    assert not dest.exists() or not any(dest.iterdir())
    assert not list(tmp_path.rglob("*escape*"))
    assert not outside.exists()


def test_hostile_is_unsafe_error(tmp_path: Path) -> None:
    with pytest.raises(UnsafeBundleError):
        check_bundle(_hostile(tmp_path, HOSTILE["dotdot"]), [KEY])


def test_missing_manifest(tmp_path: Path) -> None:
    out = tmp_path / "m.age"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("report.pdf", b"%PDF")
    with open(out, "wb") as raw, AgeWriter(raw, [KEY.recipient]) as w:
        w.write(buf.getvalue())
    with pytest.raises(DamagedDataError, match="no manifest"):
        check_bundle(out, [KEY])


def test_not_a_bundle_at_all(tmp_path: Path) -> None:
    p = tmp_path / "x.age"
    p.write_bytes(b"hello, this is not age")
    with pytest.raises(DamagedDataError):
        check_bundle(p, [KEY])


# -- address book ---------------------------------------------------------------------------
def test_contacts(vault: Vault) -> None:
    book = ContactBook(vault)
    org = generate_identity()
    c = book.add("Human Rights Centre", org.recipient.encode(), "Lawyer: A. Məmmədova")
    assert not c.verified and len(c.fingerprint.split()) == 8
    assert book.set_verified(c.id).verified
    assert book.find("human rights centre").id == c.id
    with pytest.raises(ContactError, match="already"):
        book.add("Again", org.recipient.encode())
    book.remove(c.id)
    assert book.list() == []


@pytest.mark.parametrize(
    ("recipient", "why"),
    [
        ("ssh-ed25519 AAAAC3Nza", "prefix"),
        ("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq", "checksum"),
        ("", "empty|prefix|length"),
    ],
)
def test_bad_recipients_named(vault: Vault, recipient: str, why: str) -> None:
    with pytest.raises(ContactError, match="Not a valid recipient"):
        ContactBook(vault).add("Org", recipient)


def test_bad_recipient_length_and_checksum() -> None:
    from app.age import RecipientFormatError, parse_recipient
    from app.age.bech32 import encode

    good = generate_identity().recipient.encode()
    with pytest.raises(RecipientFormatError, match="checksum"):
        parse_recipient(good[:-1] + ("q" if good[-1] != "q" else "p"))
    with pytest.raises(RecipientFormatError, match=r"length|bytes"):
        parse_recipient(encode("age", b"\x01" * 31))


# -- the real tools: age, sha256sum, ssh-keygen ---------------------------------------------
@pytest.mark.interop
def test_real_tools_open_and_check_a_bundle(bundle: Path, tmp_path: Path) -> None:
    require_tool("age", "bundles must open with the standard age tool")
    require_tool("ssh-keygen", "receivers check signatures with ssh-keygen -Y verify")
    require_tool("sha256sum", "receivers check files with sha256sum")
    key = tmp_path / "key.txt"
    from app.age import format_identity_file

    key.write_text(format_identity_file([KEY]))
    zpath = tmp_path / "bundle.zip"
    subprocess.run(
        ["age", "-d", "-i", str(key), "-o", str(zpath), str(bundle)],
        check=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(zpath) as zf:
        zf.extractall(folder)
        # The PDF's streams are compressed already: stored, not deflated a second time.
        assert zf.getinfo(layout.REPORT_PDF).compress_type == zipfile.ZIP_STORED
        assert zf.getinfo(layout.REPORT_HTML).compress_type == zipfile.ZIP_DEFLATED
    sums = subprocess.run(
        ["sha256sum", "-c", layout.SUMS],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert sums.returncode == 0, sums.stdout + sums.stderr
    assert sums.stdout.count(": OK") >= 7
    for sig, target in ((layout.MANIFEST_SIG, layout.MANIFEST), (layout.SUMS_SIG, layout.SUMS)):
        with open(folder / target, "rb") as f:
            r = subprocess.run(
                [
                    "ssh-keygen",
                    "-Y",
                    "verify",
                    "-f",
                    layout.ALLOWED_SIGNERS,
                    "-I",
                    layout.SIGNER_PRINCIPAL,
                    "-n",
                    layout.SIGNATURE_NAMESPACE,
                    "-s",
                    sig,
                ],
                cwd=folder,
                stdin=f,
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
        assert r.returncode == 0 and "Good" in r.stdout, r.stdout + r.stderr
    # A tampered manifest fails the real ssh-keygen too.
    (folder / layout.MANIFEST).write_text((folder / layout.MANIFEST).read_text() + " ")
    with open(folder / layout.MANIFEST, "rb") as f:
        r = subprocess.run(
            [
                "ssh-keygen",
                "-Y",
                "verify",
                "-f",
                layout.ALLOWED_SIGNERS,
                "-I",
                layout.SIGNER_PRINCIPAL,
                "-n",
                layout.SIGNATURE_NAMESPACE,
                "-s",
                layout.MANIFEST_SIG,
            ],
            cwd=folder,
            stdin=f,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    assert r.returncode != 0


@pytest.mark.interop
def test_keys_from_age_keygen_open_quire_bundles(vault: Vault, tmp_path: Path) -> None:
    require_tool("age-keygen", "receivers may make their key with age-keygen")
    key = tmp_path / "k.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True, timeout=60)
    (identity,) = parse_identity_file(key.read_text())
    _incident(vault)
    out = tmp_path / "b.age"
    export_bundle(vault, Selection(all=True), [identity.recipient], out)
    assert check_bundle(out, [identity]).files > 3


@pytest.mark.slow
def test_bundle_past_4_gib_uses_zip64(vault: Vault, tmp_path: Path) -> None:
    """One evidence file larger than 4 GiB: ZIP64 in the bundle, verified end to end."""
    size = 4 * 1024**3 + 5 * 1024**2
    src = tmp_path / "recording.bin"
    block = os.urandom(1024 * 1024)
    sha = hashlib.sha256()
    with open(src, "wb") as f:
        for n in range(size // len(block)):
            piece = n.to_bytes(8, "big") + block[8:]  # every MiB differs
            sha.update(piece)
            f.write(piece)
    i = _incident(vault)
    info = EvidenceStore(vault).import_file(i, src)
    src.unlink()
    assert info.size == size and info.sha256 == sha.hexdigest()
    out = tmp_path / "big.age"
    _export(vault, out, sign=False)
    result = check_bundle(out, [KEY])  # streams every byte through SHA-256, writes nothing
    assert result.total_bytes > size
    from app.bundle.receive import open_zip

    with open_zip(out, [KEY]) as zf:
        (entry,) = [z for z in zf.infolist() if z.filename.startswith("evidence/")]
        assert entry.file_size == size
        assert entry.header_offset >= 0 and entry.file_size > zipfile.ZIP64_LIMIT


def test_cancel_while_the_report_is_made_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    """After the evidence only the report is left; cancelling then still stops cleanly."""
    for n in range(3):
        _incident(vault, title=f"Threat {n}")
    seen: list[tuple[int, int]] = []
    asked_after_evidence: list[bool] = []

    def cancel() -> bool:
        done = bool(seen) and seen[-1][0] == seen[-1][1]
        if done:
            asked_after_evidence.append(True)
        return done

    with pytest.raises(CancelledError):
        export_bundle(
            vault,
            Selection(all=True),
            [KEY.recipient],
            tmp_path / "b.age",
            progress=lambda d, t: seen.append((d, t)),
            cancel=cancel,
        )
    assert asked_after_evidence, "the report never asked whether to stop"
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


@pytest.mark.parametrize("damage", ["flipped", "missing"])
def test_damaged_evidence_in_the_vault_stops_the_export(
    vault: Vault, tmp_path: Path, damage: str
) -> None:
    """Evidence damaged on disk is named in a clear error; no bundle, no helper thread left."""
    import threading

    i = _incident(vault)
    _attach(vault, i, os.urandom(5 * 1024 * 1024 + 3), "video.mp4")
    blob = next(vault.evidence_dir.iterdir())
    if damage == "missing":
        blob.unlink()
    else:
        data = bytearray(blob.read_bytes())
        data[3 * 1024 * 1024] ^= 1  # inside the fourth MiB: the read-ahead thread meets it
        blob.write_bytes(bytes(data))
    with pytest.raises(DamagedDataError, match=r"video\.mp4"):
        _export(vault, tmp_path / "b.age")
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]
    assert [t.name for t in threading.enumerate() if t.name.startswith("quire-")] == []


def test_the_report_pdf_in_memory_is_overwritten_once_sealed(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.report
    from app.report import ReportInput

    made: list[bytearray] = []
    real = app.report.render_pdf

    def keep(inp: ReportInput) -> bytearray:
        made.append(real(inp))
        return made[-1]

    monkeypatch.setattr(app.report, "render_pdf", keep)
    _incident(vault, title="Canary-PDF-7731")
    _progress_of_export(vault, tmp_path)
    assert len(made) == 1 and len(made[0]) > 1000
    assert made[0] == bytes(len(made[0]))  # no page of the diary left in it
