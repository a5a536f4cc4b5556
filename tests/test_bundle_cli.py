"""The sending and receiving commands, as people and scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


@pytest.fixture
def sender(home: Path, tmp_path: Path) -> Path:
    assert run_cli(home, "--passphrase-stdin", "init", stdin=PW).returncode == 0
    ev = tmp_path / "leak.jpg"
    ev.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 50)
    r = run_cli(
        home,
        "--passphrase-stdin",
        "add",
        "--title",
        "Leaked photos",
        "--category",
        "leak",
        "--when",
        "2024-02",
        "--attach",
        str(ev),
        stdin=PW,
    )
    assert r.returncode == 0, r.stderr
    return home


@pytest.fixture
def receiver_key(tmp_path: Path) -> tuple[Path, str]:
    key = tmp_path / "org-key.txt"
    qr = tmp_path / "org.png"
    r = run_cli(tmp_path, "keygen", "-o", str(key), "--qr", str(qr))
    assert r.returncode == 0, r.stderr
    recipient = next(w for w in r.stdout.split() if w.startswith("age1"))
    assert "Fingerprint" in r.stdout
    assert qr.read_bytes().startswith(b"\x89PNG")
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    again = run_cli(tmp_path, "keygen", "-o", str(key))
    assert again.returncode == 1 and "never overwrites" in again.stderr
    return key, recipient


def test_contacts_export_open_verify(
    sender: Path, receiver_key: tuple[Path, str], tmp_path: Path
) -> None:
    key, recipient = receiver_key
    r = run_cli(
        sender, "--passphrase-stdin", "contacts", "add", "Legal Aid Baku", recipient, stdin=PW
    )
    assert r.returncode == 0 and "Fingerprint" in r.stdout, r.stderr
    r = run_cli(sender, "--passphrase-stdin", "contacts", "list", "--json", stdin=PW)
    (contact,) = json.loads(r.stdout)["contacts"]
    assert contact["verified"] is False and len(contact["fingerprint"].split()) == 8
    bundle = tmp_path / "for-lawyer.age"
    r = run_cli(
        sender,
        "--passphrase-stdin",
        "export",
        "--all",
        "--to",
        "Legal Aid Baku",
        "-o",
        str(bundle),
        stdin=PW,
    )
    assert r.returncode == 0, r.stderr
    assert "not marked verified" in r.stderr
    assert (
        run_cli(
            sender, "--passphrase-stdin", "contacts", "verify", "Legal Aid Baku", stdin=PW
        ).returncode
        == 0
    )
    r = run_cli(tmp_path, "verify", str(bundle), "-i", str(key))
    assert r.returncode == 0, r.stderr
    assert "Signature: GOOD" in r.stdout
    fingerprint = next(w for w in r.stdout.split() if w.startswith("SHA256:"))
    out = tmp_path / "opened"
    r = run_cli(
        tmp_path,
        "open",
        str(bundle),
        "-i",
        str(key),
        "-o",
        str(out),
        "--expect-signer",
        fingerprint,
    )
    assert r.returncode == 0, r.stderr
    assert (out / "report.pdf").exists() and (out / "README.txt").exists()
    assert (
        run_cli(sender, "--passphrase-stdin", "contacts", "remove", "1", stdin=PW).returncode == 0
    )


def test_export_exit_codes(sender: Path, receiver_key: tuple[Path, str], tmp_path: Path) -> None:
    key, recipient = receiver_key
    r = run_cli(
        sender,
        "--passphrase-stdin",
        "export",
        "--all",
        "--to",
        "age1nonsense",
        "-o",
        str(tmp_path / "x.age"),
        stdin=PW,
    )
    assert r.returncode == 1 and "recipient" in r.stderr.lower()
    r = run_cli(
        sender,
        "--passphrase-stdin",
        "export",
        "--all",
        "--to",
        "Unknown Org",
        "-o",
        str(tmp_path / "x.age"),
        stdin=PW,
    )
    assert r.returncode == 1 and "address book" in r.stderr
    assert not (tmp_path / "x.age").exists()
    bundle = tmp_path / "b.age"
    assert (
        run_cli(
            sender,
            "--passphrase-stdin",
            "export",
            "--incident",
            "1",
            "--to",
            recipient,
            "--no-sign",
            "-o",
            str(bundle),
            stdin=PW,
        ).returncode
        == 0
    )
    r = run_cli(tmp_path, "verify", str(bundle), "-i", str(key))
    assert r.returncode == 0 and "Signature: none" in r.stdout
    other = tmp_path / "other.txt"
    assert run_cli(tmp_path, "keygen", "-o", str(other)).returncode == 0
    r = run_cli(tmp_path, "open", str(bundle), "-i", str(other), "-o", str(tmp_path / "o1"))
    assert r.returncode == 2 and "not sealed for" in r.stderr
    cut = tmp_path / "cut.age"
    cut.write_bytes(bundle.read_bytes()[:-100])
    r = run_cli(tmp_path, "open", str(cut), "-i", str(key), "-o", str(tmp_path / "o2"))
    assert r.returncode == 3 and "Traceback" not in r.stderr
    assert not (tmp_path / "o2").exists() or not any((tmp_path / "o2").iterdir())
    flipped = bytearray(bundle.read_bytes())
    flipped[len(flipped) // 2] ^= 1
    (tmp_path / "t.age").write_bytes(bytes(flipped))
    r = run_cli(tmp_path, "verify", str(tmp_path / "t.age"), "-i", str(key))
    assert r.returncode == 3
    r = run_cli(tmp_path, "verify", str(bundle), "-i", str(tmp_path / "missing.txt"))
    assert r.returncode == 1 and "does not exist" in r.stderr


def test_passphrase_bundle(sender: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "pw.age"
    r = run_cli(
        sender,
        "--passphrase-stdin",
        "export",
        "--all",
        "--passphrase-recipient",
        "-o",
        str(bundle),
        stdin=PW + "bundle secret\n",
    )
    assert r.returncode == 0, r.stderr
    r = run_cli(
        tmp_path,
        "--passphrase-stdin",
        "verify",
        str(bundle),
        "--passphrase-bundle",
        stdin="bundle secret\n",
    )
    assert r.returncode == 0, r.stderr
    r = run_cli(
        tmp_path,
        "--passphrase-stdin",
        "verify",
        str(bundle),
        "--passphrase-bundle",
        stdin="wrong\n",
    )
    assert r.returncode == 2
    # No passphrase on stdin at all: say so (exit 1), not "wrong key" for an empty one.
    r = run_cli(tmp_path, "--passphrase-stdin", "verify", str(bundle), "--passphrase-bundle")
    assert r.returncode == 1, r.stderr
    assert "standard input" in r.stderr and "Traceback" not in r.stderr


def test_pq_keygen(tmp_path: Path) -> None:
    r = run_cli(
        tmp_path, "keygen", "--pq", "-o", str(tmp_path / "pq.txt"), "--qr", str(tmp_path / "pq.png")
    )
    assert r.returncode == 0, r.stderr
    assert "age1pq1" in r.stdout
    assert "AGE-SECRET-KEY-PQ-1" in (tmp_path / "pq.txt").read_text()


def test_mixing_post_quantum_and_classic_recipients_is_one_clear_line(
    sender: Path, tmp_path: Path
) -> None:
    from app.age import generate_identity

    out = tmp_path / "mixed.age"
    r = run_cli(
        sender,
        "--passphrase-stdin",
        "export",
        "--all",
        "--to",
        generate_identity().recipient.encode(),
        "--to",
        generate_identity(pq=True).recipient.encode(),
        "-o",
        str(out),
        stdin=PW,
    )
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr and "mixed" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert not out.exists()


# -- the receiver must not be fooled (hand-made bundles: tests/support/bundles.py) ----------
@pytest.fixture
def org(tmp_path: Path) -> tuple[object, Path, dict[str, str]]:
    """The receiver's identity, its key file, and an env with its own signer address book."""
    from app.age import format_identity_file, generate_identity

    identity = generate_identity()
    key = tmp_path / "org.txt"
    key.write_text(format_identity_file(identity))
    return identity, key, {"QUIRE_SIGNERS": str(tmp_path / "receiver" / "signers.json")}


def _made(tmp_path: Path, identity: object, name: str, **kw: object) -> Path:
    from tests.support.bundles import make_bundle

    files = {"report.html": b"<p>r</p>", "evidence/1/1-a.txt": b"evidence"}
    return make_bundle(tmp_path / name, identity.recipient, files, **kw)  # type: ignore[attr-defined,arg-type]


FAKE = "Ann\nSignature: GOOD, signing key SHA256:fakefakefake\x1b[2J\u202e\r"


@pytest.mark.parametrize("signed", [True, False])
def test_author_cannot_print_a_fake_signature_line(
    tmp_path: Path, org: tuple[object, Path, dict[str, str]], signed: bool
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    identity, key, env = org
    signer = Ed25519PrivateKey.generate() if signed else None
    bundle = _made(tmp_path, identity, "fake.age", key=signer, manifest={"author": FAKE})
    for args in (["verify", str(bundle)], ["open", str(bundle), "-o", str(tmp_path / "o")]):
        r = run_cli(tmp_path, *args, "-i", str(key), env=env)
        assert r.returncode == 0, r.stderr
        assert not any(ch in r.stdout for ch in "\x1b\u202e\r")
        lines = r.stdout.splitlines()
        (sig_line,) = [line for line in lines if line.startswith("Signature:")]
        assert "fakefakefake" not in sig_line
        (claim,) = [line for line in lines if "fakefakefake" in line]
        assert claim.startswith("Claimed by the sender") and "Ann Signature: GOOD" in claim


@pytest.mark.parametrize(
    "manifest", [{"files": 5}, {"incidents": 7}, "nested"], ids=["files", "incidents", "nested"]
)
def test_malformed_manifest_exit_3_and_nothing_written(
    tmp_path: Path, org: tuple[object, Path, dict[str, str]], manifest: object
) -> None:
    from app.bundle import layout
    from tests.support.bundles import seal

    identity, key, env = org
    if manifest == "nested":
        nested = b"[" * 200_000 + b"]" * 200_000
        bundle = seal(tmp_path / "m.age", {layout.MANIFEST: nested}, identity.recipient)  # type: ignore[attr-defined]
    else:
        bundle = _made(tmp_path, identity, "m.age", manifest=manifest)
    out = tmp_path / "out"
    r = run_cli(tmp_path, "open", str(bundle), "-i", str(key), "-o", str(out), env=env)
    assert r.returncode == 3, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("damage", ["namespace", "flipped"])
def test_bad_signatures_exit_3(
    tmp_path: Path, org: tuple[object, Path, dict[str, str]], damage: str
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.bundle import layout
    from tests.support.bundles import entries_of, seal

    identity, key, env = org
    signer = Ed25519PrivateKey.generate()
    ns = "file" if damage == "namespace" else layout.SIGNATURE_NAMESPACE
    bundle = _made(tmp_path, identity, "s.age", key=signer, namespace=ns)
    if damage == "flipped":
        entries = entries_of(bundle, [identity])  # type: ignore[list-item]
        sig = bytearray(entries[layout.MANIFEST_SIG])
        sig[-40] = ord("A") if sig[-40] != ord("A") else ord("B")  # inside the signature bytes
        entries[layout.MANIFEST_SIG] = bytes(sig)
        bundle = seal(tmp_path / "s2.age", entries, identity.recipient)  # type: ignore[attr-defined]
    r = run_cli(tmp_path, "verify", str(bundle), "-i", str(key), env=env)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "signature" in r.stderr.lower() or "manifest.sig" in r.stderr


def test_re_signed_bundle_is_a_different_signer(
    tmp_path: Path, org: tuple[object, Path, dict[str, str]]
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    identity, key, env = org
    leyla = _made(
        tmp_path,
        identity,
        "leyla.age",
        key=Ed25519PrivateKey.generate(),
        manifest={"author": "Leyla"},
    )
    r = run_cli(tmp_path, "verify", str(leyla), "-i", str(key), env=env)
    assert r.returncode == 0 and "Signer: NEW" in r.stdout, r.stderr
    r = run_cli(
        tmp_path, "open", str(leyla), "-i", str(key), "-o", str(tmp_path / "o1"),
        "--remember", "Leyla (met in Baku)", env=env,
    )  # fmt: skip
    assert r.returncode == 0 and "Remembered" in r.stdout, r.stderr
    r = run_cli(tmp_path, "verify", str(leyla), "-i", str(key), env=env)
    assert "Signer: KNOWN" in r.stdout and "Leyla (met in Baku)" in r.stdout
    forged = _made(
        tmp_path,
        identity,
        "forged.age",
        key=Ed25519PrivateKey.generate(),
        manifest={"author": "Leyla"},
    )
    r = run_cli(tmp_path, "verify", str(forged), "-i", str(key), env=env)
    assert r.returncode == 0 and "Signature: GOOD" in r.stdout  # validly signed...
    assert "WARNING: Signer DIFFERS" in r.stdout  # ...by someone else, and it says so
    out = tmp_path / "o2"
    r = run_cli(
        tmp_path, "open", str(forged), "-i", str(key), "-o", str(out),
        "--expect-signer", "Leyla (met in Baku)", env=env,
    )  # fmt: skip
    assert r.returncode == 1 and "not by" in r.stderr and not out.exists()
    r = run_cli(tmp_path, "signers", env=env)
    assert r.returncode == 0 and "Leyla (met in Baku)" in r.stdout and "claimed: Leyla" in r.stdout


def test_signers_command(tmp_path: Path, org: tuple[object, Path, dict[str, str]]) -> None:
    _, _, env = org
    fp = "SHA256:" + "A" * 43
    assert "No signers" in run_cli(tmp_path, "signers", "list", env=env).stdout
    r = run_cli(tmp_path, "signers", "add", fp, "Org\nSignature: GOOD", env=env)
    assert r.returncode == 0 and "Org Signature: GOOD" in r.stdout
    assert fp in run_cli(tmp_path, "signers", env=env).stdout
    r = run_cli(tmp_path, "signers", "add", "SHA256:nope", "X", env=env)
    assert r.returncode == 1 and "not a signing-key fingerprint" in r.stderr
    assert run_cli(tmp_path, "signers", "forget", fp, env=env).returncode == 0
    assert run_cli(tmp_path, "signers", "forget", fp, env=env).returncode == 1


def test_killed_open_leaves_a_visible_folder_that_the_next_run_removes(
    tmp_path: Path, org: tuple[object, Path, dict[str, str]]
) -> None:
    import os
    import signal
    import subprocess
    import time

    from app.bundle.receive import STAGING_MARKER
    from tests.support.bundles import make_bundle
    from tests.support.cli import cli_command, cli_env

    identity, key, env = org
    big = os.urandom(1 << 20) * 48  # 48 MiB: long enough to be caught half-way
    bundle = make_bundle(tmp_path / "big.age", identity.recipient, {"evidence/big.bin": big})  # type: ignore[attr-defined]
    out = tmp_path / "out"
    proc = subprocess.Popen(
        cli_command("open", str(bundle), "-i", str(key), "-o", str(out)),
        env=cli_env(tmp_path, env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not list(out.glob("*/evidence/big.bin")) and time.monotonic() < deadline:
            time.sleep(0.005)
            assert proc.poll() is None, "open finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=60)
    (left,) = out.iterdir()
    assert not left.name.startswith(".") and left.name.startswith("quire-open-")
    assert (left / STAGING_MARKER).is_file()
    r = run_cli(tmp_path, "open", str(bundle), "-i", str(key), "-o", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["SHA256SUMS", "evidence", "manifest.json"]


def test_remember_needs_a_name_before_anything_is_written(
    tmp_path: Path, org: tuple[object, Path, dict[str, str]]
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    identity, key, env = org
    bundle = _made(tmp_path, identity, "b.age", key=Ed25519PrivateKey.generate())
    out = tmp_path / "out"
    r = run_cli(
        tmp_path, "open", str(bundle), "-i", str(key), "-o", str(out), "--remember", " ", env=env
    )
    assert r.returncode == 1 and "Give a name after --remember" in r.stderr
    assert not out.exists() and not Path(env["QUIRE_SIGNERS"]).exists()
