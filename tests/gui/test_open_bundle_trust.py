"""The Open Bundle window must not be fooled: who signed, what is only claimed, hostile text.

Bundles are real and hand-made (tests/support/bundles.py); the window runs its real worker.
Each test has its own address book of signers (QUIRE_SIGNERS in tmp_path).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QWidget

from app.age import format_identity_file, generate_identity
from app.bundle import layout, signers
from app.crypto import sshsig
from app.spoken_fingerprint import signing_fingerprint
from tests.support.bundles import entries_of, make_bundle, seal
from ui.dialogs import Dialogs
from ui.sharing.open_bundle import OpenBundleWindow

pytestmark = pytest.mark.gui

WAIT_MS = 60_000
ORG = generate_identity()
LEYLA = Ed25519PrivateKey.generate()
FAKE = "Ann\nSignature: GOOD, signing key SHA256:fakefakefake\u202e"


@pytest.fixture(autouse=True)
def book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "receiver" / "known-signers.json"
    monkeypatch.setenv(signers.SIGNERS_ENV, str(path))
    return path


@pytest.fixture
def host(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "org-key.txt"
    path.write_text(format_identity_file(ORG), encoding="utf-8")
    return path


def _bundle(tmp_path: Path, name: str, **kw: object) -> Path:
    title = kw.pop("title", "Threats after the march")
    doc = {"schema_version": 1, "incident": {"id": 1, "title": title, "occurred_at": "2025-05-20"}}
    files = {"incidents/1.json": json.dumps(doc).encode(), "report.html": b"<p>report</p>"}
    incidents = [{"id": 1, "title": title, "path": "incidents/1.json", "evidence": []}]
    manifest = {"incidents": incidents, **kw.pop("manifest", {})}  # type: ignore[dict-item]
    return make_bundle(tmp_path / name, ORG.recipient, files, manifest=manifest, **kw)  # type: ignore[arg-type]


def _check(qtbot, host: QWidget, bundle: Path, key: Path, expect: str = "") -> OpenBundleWindow:  # type: ignore[no-untyped-def]
    window = OpenBundleWindow(host)
    window.show()
    window.bundle.setText(str(bundle))
    window.key.setText(str(key))
    window.expect_signer.setText(expect)
    window.verify_button.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=WAIT_MS)
    return window


def test_claims_are_claims_and_one_line(
    qtbot, host: QWidget, tmp_path: Path, key_file: Path
) -> None:  # type: ignore[no-untyped-def]
    bundle = _bundle(
        tmp_path,
        "fake.age",
        key=LEYLA,
        manifest={"author": FAKE},
        title="Title\nSigned with the key X",
    )
    window = _check(qtbot, host, bundle, key_file)
    assert window.opened is not None
    lines = window.details.text().splitlines()
    (claim,) = [line for line in lines if "fakefakefake" in line]
    assert claim.startswith("Claimed by the sender") and "Ann Signature: GOOD" in claim
    assert "\u202e" not in window.details.text()
    (signed,) = [line for line in lines if line.startswith("Signed with the key")]
    assert sshsig.fingerprint(LEYLA.public_key()) in signed
    # The same key in digits and words, as the sender's Settings shows it (issue 14).
    spoken = signing_fingerprint(LEYLA.public_key())
    (by_phone,) = [line for line in lines if line.startswith("To check it with the sender")]
    assert spoken.digits in by_phone and " ".join(spoken.words) in by_phone
    item = window.incident_list.item(0).text()
    assert "\n" not in item and "Title Signed with the key X" in item
    assert "Signer: NEW" in window.signer.text() and window.signer.objectName() == "warning"


def test_remembered_signer_then_a_re_signed_bundle_differs(  # type: ignore[no-untyped-def]
    qtbot, host: QWidget, tmp_path: Path, key_file: Path, book: Path
) -> None:
    genuine = _bundle(tmp_path, "genuine.age", key=LEYLA, manifest={"author": "Leyla"})
    window = _check(qtbot, host, genuine, key_file)
    assert window.remember_row.isVisible() and window.signer_name.text() == "Leyla"
    window.signer_name.setText("Leyla, met in Baku")
    window.remember_button.click()
    assert "Signer: KNOWN" in window.signer.text() and window.signer.objectName() == "good"
    assert "Leyla, met in Baku" in book.read_text(encoding="utf-8")
    window.close()
    forged = entries_of(genuine, [ORG])
    manifest = json.loads(forged[layout.MANIFEST])
    resigned = make_bundle(
        tmp_path / "forged.age",
        ORG.recipient,
        forged,
        key=Ed25519PrivateKey.generate(),
        manifest={"author": manifest["author"], "incidents": manifest["incidents"]},
    )
    window = _check(qtbot, host, resigned, key_file)
    assert window.opened is not None  # it is validly signed ...
    assert "Signer DIFFERS" in window.signer.text()  # ... by another key, and it says so
    assert window.signer.objectName() == "warning"
    window.close()
    window = _check(qtbot, host, resigned, key_file, expect="Leyla, met in Baku")
    assert window.opened is None and "not by" in window.details.text()


def test_expected_signer_refuses_saving_too(  # type: ignore[no-untyped-def]
    qtbot, host: QWidget, tmp_path: Path, key_file: Path
) -> None:
    bundle = _bundle(tmp_path, "b.age", key=LEYLA)
    right = sshsig.fingerprint(LEYLA.public_key())
    window = _check(qtbot, host, bundle, key_file, expect=right)
    assert window.opened is not None and window.extract_button.isEnabled()
    window.expect_signer.setText(sshsig.fingerprint(Ed25519PrivateKey.generate().public_key()))
    dest = tmp_path / "chosen"
    dest.mkdir()
    Dialogs.next_answers.append(str(dest))
    window.extract()
    qtbot.waitUntil(lambda: window.task is None, timeout=WAIT_MS)
    assert "not by" in window.details.text()
    assert not any(dest.iterdir())
    window.close()
    window = _check(qtbot, host, bundle, key_file, expect="not a fingerprint nor a name")
    assert window.opened is None and "neither a signing-key fingerprint" in window.details.text()


@pytest.mark.parametrize("damage", ["namespace", "flipped", "other key"])
def test_bad_signatures_are_refused_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, host: QWidget, tmp_path: Path, key_file: Path, damage: str
) -> None:
    ns = "file" if damage == "namespace" else layout.SIGNATURE_NAMESPACE
    bundle = _bundle(tmp_path, "s.age", key=LEYLA, namespace=ns)
    if damage != "namespace":
        entries = entries_of(bundle, [ORG])
        if damage == "flipped":
            sig = bytearray(entries[layout.MANIFEST_SIG])
            sig[-40] = ord("A") if sig[-40] != ord("A") else ord("B")
            entries[layout.MANIFEST_SIG] = bytes(sig)
        else:
            other = Ed25519PrivateKey.generate()
            signed = sshsig.sign(other, entries[layout.MANIFEST], layout.SIGNATURE_NAMESPACE)
            entries[layout.MANIFEST_SIG] = signed.encode()
        bundle = seal(tmp_path / "s2.age", entries, ORG.recipient)
    window = _check(qtbot, host, bundle, key_file)
    assert "could not be opened" in window.status.text()
    assert "damaged or was altered" in window.details.text()
    assert window.opened is None and window.incident_list.count() == 0


def test_malformed_manifest_in_the_window(
    qtbot, host: QWidget, tmp_path: Path, key_file: Path
) -> None:  # type: ignore[no-untyped-def]
    bundle = _bundle(tmp_path, "m.age", manifest={"incidents": 7})
    window = _check(qtbot, host, bundle, key_file)
    assert "damaged or was altered" in window.details.text()
    assert window.opened is None


def test_remembering_needs_a_name(
    qtbot, host: QWidget, tmp_path: Path, key_file: Path, book: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _check(qtbot, host, _bundle(tmp_path, "b.age", key=LEYLA), key_file)
    window.signer_name.setText("   ")
    window.remember_button.click()
    assert "Give a name" in window.signer.text() and window.signer.objectName() == "errorText"
    assert not book.exists()


def test_unsigned_bundle_offers_nothing_to_remember(
    qtbot, host: QWidget, tmp_path: Path, key_file: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _check(qtbot, host, _bundle(tmp_path, "u.age"), key_file)
    assert window.opened is not None and not window.remember_row.isVisible()
    assert any(line.startswith("Not signed") for line in window.details.text().splitlines())
