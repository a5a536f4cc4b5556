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
