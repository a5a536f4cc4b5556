"""The canary scan: no incident text ever reaches the disk in plaintext.

A seized laptop is imaged and searched for names, places and phone numbers. Here every
text field of an incident, a note, an edited revision, an evidence file's content and its
name carry unique "canary" strings; the real CLI then records, edits, searches, shows,
verifies and backs up the incident with HOME, TMPDIR and the XDG folders pointed at fresh
folders. Afterwards every byte of every file under those folders (the vault and the
backup included) is searched for each canary in many forms: as typed, lower/upper case,
case-folded, search-folded (what the full-text index stores), decomposed Unicode, just
its unique digits; in UTF-8, UTF-16-LE and UTF-16-BE. None may be found.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.incidents.fold import fold
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, cli_command, cli_env

PW = PASSPHRASE + "\n"

LABELS = (
    "Title",
    "Narrative",
    "Location",
    "Platform",
    "Witness",
    "Tag",
    "PerpName",
    "PerpId",
    "Target",
    "LinkUrl",
    "LinkNote",
    "Impact",
    "ActionRef",
    "ActionOutcome",
    "Note",
    "FileBody",
    "FileName",
    "Edit",
)


def make_canaries() -> dict[str, str]:
    """One unique canary per label, e.g. ``QuireCanaryTitleŞəhər4830571926``."""
    out = {}
    for label in LABELS:
        digits = "".join(secrets.choice("0123456789") for _ in range(12))
        out[label] = f"QuireCanary{label}Şəhər{digits}"
    return out


def needles(canary: str) -> set[bytes]:
    """Every byte form of ``canary`` that would betray it on disk."""
    texts = {
        canary,
        canary.lower(),
        canary.upper(),
        canary.casefold(),
        fold(canary),
        unicodedata.normalize("NFD", canary),
        unicodedata.normalize("NFKD", fold(canary)),
        canary[-12:],  # the unique digits alone (catches truncated or re-cased forms)
    }
    forms = set()
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            forms.add(text.encode(encoding))
    return forms


def scan(roots: list[Path], canaries: dict[str, str], read: set[Path] | None = None) -> list[str]:
    """Every place under ``roots`` where a canary shows, in a file's bytes or its path.

    ``read``, when given, collects every file that was read.
    """
    table = [(label, form) for label, c in canaries.items() for form in needles(c)]
    texts = {label: [fold(c), c.casefold(), c[-12:]] for label, c in canaries.items()}
    hits: list[str] = []
    seen: set[Path] = set()
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                path = Path(dirpath) / name
                folded = fold(str(path.relative_to(root)))
                for label, forms in texts.items():
                    if any(f in folded for f in forms):
                        hits.append(f"{label} in the path {path}")
            for name in filenames:
                path = Path(dirpath) / name
                if path in seen or path.is_symlink() or not path.is_file():
                    continue
                seen.add(path)
                if read is not None:
                    read.add(path)
                data = path.read_bytes()
                for label, form in table:
                    if form in data:
                        hits.append(f"{label} in {path} (as {form[:24]!r}...)")
    return sorted(set(hits))


def test_scanner_finds_planted_canaries(tmp_path: Path) -> None:
    """The scanner is not blind: plaintext planted in several forms is found."""
    canaries = make_canaries()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "utf8.txt").write_text(f"xx {canaries['Title']} yy", encoding="utf-8")
    (tmp_path / "a" / "utf16.bin").write_bytes(b"\0" + fold(canaries["Note"]).encode("utf-16-le"))
    (tmp_path / "a" / "db.bin").write_bytes(os.urandom(999) + canaries["Tag"][-12:].encode())
    (tmp_path / "a" / f"thumb-{canaries['FileName'].lower()}.png").write_bytes(b"")
    hits = scan([tmp_path], canaries)
    found = {h.split(" ", 1)[0] for h in hits}
    assert found == {"Title", "Note", "Tag", "FileName"}, hits


def test_no_canary_reaches_the_disk(tmp_path: Path) -> None:
    canaries = make_canaries()
    c = canaries
    fake_home = tmp_path / "home"
    tmpdir = tmp_path / "tmp"
    outside = tmp_path / "outside"  # the user's own plaintext file, not scanned
    for d in (fake_home, tmpdir, outside):
        d.mkdir(mode=0o700)
    xdg = {
        "XDG_CACHE_HOME": fake_home / ".cache",
        "XDG_CONFIG_HOME": fake_home / ".config",
        "XDG_DATA_HOME": fake_home / ".local" / "share",
    }
    env = cli_env(fake_home / "unused")
    del env["QUIRE_HOME"]  # the vault goes where the platform puts it
    env.update({"HOME": str(fake_home), "TMPDIR": str(tmpdir)})
    env.update({k: str(v) for k, v in xdg.items()})
    vault_dir = xdg["XDG_DATA_HOME"] / "Quire"

    def cli(*args: str, stdin: str = PW) -> str:
        proc = subprocess.run(
            cli_command("--passphrase-stdin", *args),
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, f"{args[0]}: {proc.stdout}{proc.stderr}"
        return proc.stdout

    record = {
        "title": c["Title"],
        "occurred_at": "2024-05-01",
        "categories": ["threat", "doxxing"],
        "narrative": f"They posted my address. {c['Narrative']} Then the calls began.",
        "location": c["Location"],
        "platforms": [c["Platform"]],
        "witnesses": [c["Witness"]],
        "tags": [c["Tag"]],
        "perpetrators": [
            {"kind": "anonymous_channel", "name": c["PerpName"], "identifiers": [c["PerpId"]]}
        ],
        "targets": [{"kind": "partner", "name": c["Target"]}],
        "links": [
            {
                "url": f"https://t.me/{c['LinkUrl']}",
                "seen_at": "2024-05-02",
                "note": c["LinkNote"],
            }
        ],
        "impact": {"kinds": ["psychological", "family"], "description": c["Impact"]},
        "severity": 4,
        "actions": [
            {
                "kind": "reported_police",
                "at": "2024-05-03",
                "reference": c["ActionRef"],
                "outcome": c["ActionOutcome"],
            }
        ],
    }
    evidence = outside / f"{c['FileName']}.txt"
    evidence.write_text((c["FileBody"] + "\n") * 2000, encoding="utf-8")

    cli("init")
    assert (vault_dir / "vault.key").is_file(), "the vault is not in XDG_DATA_HOME"
    incident = int(cli("add", "--json", "-", stdin=PW + json.dumps(record)).split()[-1])
    cli("note", str(incident), f"Follow-up: {c['Note']} called again.")
    cli("attach", str(incident), str(evidence))
    cli("edit", str(incident), "--narrative", f"Rewritten: {c['Edit']}, with the dates fixed.")
    for label in ("Title", "Edit"):  # the search index holds the folded forms
        found = json.loads(cli("search", fold(c[label]), "--json"))["incidents"]
        assert [i["id"] for i in found] == [incident], f"search by {label} found {found}"
    shown = cli("show", str(incident), "--json")
    shown_text = cli("show", str(incident))
    for label in LABELS:
        if label not in ("FileBody", "Narrative"):  # the file's body is not shown; the
            assert c[label] in shown, f"{label} was not stored"  # narrative was edited
    assert c["Title"] in shown_text
    assert "All checks passed" in cli("verify", "--deep")
    backup = fake_home / "Quire backup.tar"
    cli("backup", "-o", str(backup))
    assert backup.stat().st_size > 0
    # A sealed bundle for an organisation: ciphertext on disk, nothing else left behind.
    key = outside / "org-key.txt"
    org = cli("keygen", "-o", str(key))
    recipient = next(w for w in org.split() if w.startswith("age1"))
    bundle = fake_home / "for the lawyer.age"
    cli("export", "--all", "--to", recipient, "-o", str(bundle))
    assert bundle.stat().st_size > 0
    verified = cli("verify", str(bundle), "-i", str(key))  # the receiver's check writes nothing
    assert "Signature: GOOD" in verified

    evidence.unlink()  # the user's own plaintext original is outside what we judge
    roots = [vault_dir, tmpdir, fake_home]
    read: set[Path] = set()
    hits = scan(roots, canaries, read)
    assert not hits, "plaintext reached the disk:\n" + "\n".join(hits)
    blobs = list((vault_dir / "evidence").iterdir())
    assert len(blobs) == 1
    for must in (vault_dir / "vault.key", vault_dir / "diary.db", blobs[0], backup, bundle):
        assert must in read, f"{must} was not scanned"
    print("files the CLI left in TMPDIR:", sorted(str(p) for p in tmpdir.rglob("*")))

    # The same scan over the same folders does see plaintext when there is some.
    leak = tmpdir / "leak.tmp"
    leak.write_bytes(fold(c["Witness"]).encode("utf-16-le"))
    hits = scan(roots, canaries)
    assert hits and all(h.startswith(f"Witness in {leak} ") for h in hits), hits


@pytest.mark.parametrize("label", ["Title", "Tag"])
def test_folded_forms_differ_from_the_original(label: str) -> None:
    """The folded form is really another byte string (so scanning for it adds coverage)."""
    canary = make_canaries()[label]
    assert fold(canary) != canary
    assert fold(canary).encode() not in canary.encode()
    assert len(needles(canary)) >= 15
