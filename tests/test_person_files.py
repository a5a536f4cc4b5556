"""A person's own files are sacred: Quire never deletes, moves or rewrites what it did not write.

The audit found that a folder holding ``evidence/2024/photo.jpg`` and ``settings.json`` lost
them to the start-up clean-up of *any* command (``keygen`` included). Here every command of
``quire-cli`` runs against folders full of a person's files with Quire's own names, and every
file must stay byte-identical. A real vault beside such files is then wiped (panic, duress,
a wipe cut short) and only Quire's files go.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.cli.main import build_parser
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault import files
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from app.wipe import erase, finish_interrupted_wipes, has_quire_files, panic_wipe
from app.wipe.duress import set_duress_passphrase
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"
HASHED_NAME = "0123456789abcdef0123456789abcdef"  # a person's file named by its MD5


def person_folder(root: Path, *, with_key: bool) -> Path:
    """A folder of someone's own files, several with the names Quire uses."""
    root.mkdir(parents=True)
    (root / "evidence" / "2024").mkdir(parents=True)
    (root / "evidence" / "2024" / "photo.jpg").write_bytes(b"\xff\xd8\xff" + os.urandom(3000))
    (root / "evidence" / "screenshot1.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(900))
    (root / "evidence" / HASHED_NAME).write_bytes(os.urandom(700))
    (root / "settings.json").write_text('{"theme": "dark", "language": "en"}\n')
    db = sqlite3.connect(root / "diary.db")  # their own diary app's database
    db.execute("CREATE TABLE entries(body TEXT)")
    db.execute("INSERT INTO entries VALUES ('my own words')")
    db.commit()
    db.close()
    (root / "diary.db-journal").write_bytes(os.urandom(512))
    (root / "other.txt").write_text("keep me\n")
    (root / ".film.mp4.part").write_bytes(os.urandom(300))  # a browser's partial download
    (root / ".quire-wipe-notes").mkdir()  # a look-alike that is not Quire's tombstone
    (root / ".quire-wipe-notes" / "n.txt").write_text("mine\n")
    if with_key:
        (root / "vault.key").write_text("ssh-ed25519 AAAA... my server key\n")
    return root


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every entry under ``root``: content hash (or 'dir') and mode."""
    out: dict[str, tuple[str, int]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            digest = "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
            out[str(p.relative_to(root))] = (digest, st.st_mode)
    return out


def every_command(outside: Path) -> dict[str, list[tuple[list[str], str]]]:
    """One or more invocations of every command, with the stdin each needs."""
    junk = outside / "junk.age"
    junk.write_bytes(b"age-encryption.org/v1\n-> X25519 abc\n" + os.urandom(200))
    photo = outside / "new.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(400))
    chat = outside / "WhatsApp Chat.txt"
    chat.write_text("23/03/2022, 13:31 - A: words\n", encoding="utf-8")
    return {
        "init": [(["--passphrase-stdin", "init"], PW)],
        "passwd": [(["--passphrase-stdin", "passwd"], PW + "new passphrase for the old harbour\n")],
        "add": [(["--passphrase-stdin", "add", "--title", "t"], PW)],
        "edit": [(["--passphrase-stdin", "edit", "1", "--title", "t"], PW)],
        "note": [(["--passphrase-stdin", "note", "1", "text"], PW)],
        "attach": [(["--passphrase-stdin", "attach", "1", str(photo)], PW)],
        "list": [(["--passphrase-stdin", "list"], PW)],
        "search": [(["--passphrase-stdin", "search", "words"], PW)],
        "show": [(["--passphrase-stdin", "show", "1"], PW)],
        "evidence": [
            (["--passphrase-stdin", "evidence", "list", "1"], PW),
            (["--passphrase-stdin", "evidence", "get", "1", "1", "-o", str(outside / "g")], PW),
            (["--passphrase-stdin", "evidence", "rm", "1", "1"], PW),
        ],
        "verify": [
            (["--passphrase-stdin", "verify"], PW),
            (["--passphrase-stdin", "verify", "--deep"], PW),
            (["verify", str(junk), "-i", str(outside / "none.txt")], ""),
        ],
        "keygen": [
            (["keygen", "-o", str(outside / "id.txt")], ""),
            (
                [
                    "keygen",
                    "-o",
                    str(outside / "k2.txt"),
                    "--name",
                    "NGO",
                    "--card",
                    str(outside / "ngo.quire-contact"),
                    "--qr",
                    str(outside / "qr.png"),
                    "--sheet",
                    str(outside / "sheet.pdf"),
                ],
                "",
            ),
        ],
        "open": [
            (["open", str(junk), "-i", str(outside / "id.txt"), "-o", str(outside / "o")], ""),
        ],
        "export": [(["--passphrase-stdin", "export", "--all", "-o", str(outside / "b.age")], PW)],
        "contacts": [
            (["--passphrase-stdin", "contacts", "list"], PW),
            (["--passphrase-stdin", "contacts", "add", "NGO", "age1xyz"], PW),
            (["--passphrase-stdin", "contacts", "remove", "NGO"], PW),
            (["--passphrase-stdin", "contacts", "verify", "NGO"], PW),
            (["--passphrase-stdin", "contacts", "import", str(photo), "--name", "NGO"], PW),
            (["--passphrase-stdin", "contacts", "import", str(chat)], PW),
        ],
        "wipe": [(["wipe", "--yes"], ""), (["wipe"], "WIPE\n")],
        "duress": [
            (["--passphrase-stdin", "duress", "set"], PW + "duress words under a grey sky\n"),
            (["--passphrase-stdin", "duress", "clear"], PW),
            (["--passphrase-stdin", "duress", "decoy", "examples"], PW),
            (["--passphrase-stdin", "duress", "decoy", "show"], PW),
            (["--passphrase-stdin", "duress", "decoy", "set", str(junk)], PW),
            (["--passphrase-stdin", "duress", "decoy", "clear"], PW),
        ],
        "settings": [
            (["settings", "wipe-after"], ""),
            (["--passphrase-stdin", "settings", "wipe-after", "3"], PW),
        ],
        "delete": [
            (["--passphrase-stdin", "delete", "1"], PW),
            (["--passphrase-stdin", "delete", "1", "--purge"], PW),
        ],
        "undelete": [(["--passphrase-stdin", "undelete", "1"], PW)],
        "backup": [(["--passphrase-stdin", "backup", "-o", str(outside / "b.quire")], PW)],
        "restore": [(["restore", str(junk)], "")],
        "import-chat": [
            (["--passphrase-stdin", "import-chat", str(chat), "--tz", "UTC"], PW),
            (["--passphrase-stdin", "import-chat", str(chat), "--json"], PW),
        ],
        "chats": [
            (["--passphrase-stdin", "chats", "list"], PW),
            (["--passphrase-stdin", "chats", "show", "1", "--json"], PW),
            (["--passphrase-stdin", "chats", "delete", "1"], PW),
            (["--passphrase-stdin", "chats", "delete", "1", "--whole-export", "--purge"], PW),
        ],
        "actors": [
            (["--passphrase-stdin", "actors", "list"], PW),
            (["--passphrase-stdin", "actors", "add", "--name", "R", "--id", "0550004712"], PW),
            (["--passphrase-stdin", "actors", "show", "1"], PW),
            (["--passphrase-stdin", "actors", "link", "1", "1"], PW),
            (["--passphrase-stdin", "actors", "merge", "1", "2"], PW),
            (["--passphrase-stdin", "actors", "country", "7"], PW),
        ],
        "complaint": [
            (
                [
                    "--passphrase-stdin",
                    "complaint",
                    "add",
                    "1",
                    "--to",
                    "police",
                    "--date",
                    "2025-01-02",
                ],
                PW,
            ),
            (
                [
                    "--passphrase-stdin",
                    "complaint",
                    "respond",
                    "1",
                    "--date",
                    "2025-02-03",
                    "--final",
                ],
                PW,
            ),
            (["--passphrase-stdin", "complaint", "list", "--json"], PW),
        ],
        "fingerprint": [(["--passphrase-stdin", "fingerprint"], PW)],
        "signers": [
            (["signers", "list"], ""),
            (["signers", "add", "SHA256:" + "A" * 43, "NGO"], ""),
            (["signers", "forget", "SHA256:" + "A" * 43], ""),
        ],
    }


def command_names() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return set(sub.choices)  # type: ignore[attr-defined]


def test_the_list_covers_every_command(tmp_path: Path) -> None:
    """A new command must be added to ``every_command``."""
    assert set(every_command(tmp_path)) == command_names()


@pytest.mark.parametrize("with_key", [False, True], ids=["no-vault-key", "their-vault-key"])
def test_every_command_leaves_a_persons_files_byte_identical(
    tmp_path: Path, with_key: bool
) -> None:
    folder = person_folder(tmp_path / "mine", with_key=with_key)
    outside = tmp_path / "outside"
    outside.mkdir()
    before = snapshot(folder)
    for name, runs in every_command(outside).items():
        for args, stdin in runs:
            r = run_cli(folder, *args, stdin=stdin)
            assert "Traceback" not in r.stderr, (args, r.stderr)
            assert snapshot(folder) == before, f"{name} {args} changed the folder: {r}"
    assert not has_quire_files(folder)


def test_init_names_what_stands_in_the_way(tmp_path: Path) -> None:
    folder = person_folder(tmp_path / "mine", with_key=False)
    r = run_cli(folder, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 1
    assert "Quire did not write" in r.stderr and "diary.db" in r.stderr
    assert "Traceback" not in r.stderr


def test_init_beside_unrelated_files_is_fine_and_the_wipe_leaves_them(tmp_path: Path) -> None:
    """Files with names of their own do not stand in the way, and survive a wipe."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "other.txt").write_text("keep me\n")
    (folder / ".film.mp4.part").write_bytes(os.urandom(100))
    before = snapshot(folder)
    assert run_cli(folder, "--passphrase-stdin", "init", stdin=PW).returncode == 0
    r = run_cli(folder, "wipe", "--yes")
    assert r.returncode == 0, r.stderr
    assert "other.txt" in r.stdout  # reported as left alone
    assert snapshot(folder) == before


# -- a real vault with the person's files inside its own folders --------------------------------
def vault_among_person_files(home: Path, outside: Path) -> dict[str, tuple[str, int]]:
    """A vault with evidence, then the person's files dropped into its folder and its
    ``evidence/`` (as a person browsing there might). Returns a snapshot of theirs."""
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    outside.mkdir(exist_ok=True)
    src = outside / "e.txt"
    src.write_text("evidence body\n" * 100)
    with vault:
        iid = IncidentStore(vault).create(IncidentRecord.from_dict({"title": "x"}))
        EvidenceStore(vault).import_file(iid, src)
    theirs = home / "theirs"
    theirs.mkdir()
    (theirs / "a.txt").write_text("mine\n")
    (home / "evidence" / "photo.jpg").write_bytes(b"\xff\xd8\xff" + os.urandom(500))
    (home / "evidence" / HASHED_NAME).write_bytes(os.urandom(64))  # not Quire's magic
    (home / "notes.txt").write_text("mine too\n")
    mine = ("evidence/photo.jpg", f"evidence/{HASHED_NAME}", "notes.txt")
    return {k: v for k, v in snapshot(home).items() if k.startswith("theirs") or k in mine}


def theirs_of(home: Path, names: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    now = snapshot(home)
    return {k: now.get(k, ("gone", 0)) for k in names}


def quire_left(home: Path) -> list[str]:
    own = files.classify(home, vault_proved=True)
    return sorted(own.quire + own.blobs)


def test_panic_wipe_removes_only_quires_files(tmp_path: Path) -> None:
    home = tmp_path / "v"
    theirs = vault_among_person_files(home, tmp_path / "out")
    report = panic_wipe(home)
    assert report.found_vault and report.key_destroyed
    assert theirs_of(home, theirs) == theirs
    assert quire_left(home) == []
    assert {p.name for p in report.left_alone} >= {"photo.jpg", HASHED_NAME, "notes.txt", "theirs"}


def test_duress_unlock_removes_only_quires_files(tmp_path: Path) -> None:
    home = tmp_path / "v"
    theirs = vault_among_person_files(home, tmp_path / "out")
    with unlock_vault(home, PASSPHRASE) as vault:
        set_duress_passphrase(vault, "duress words")
    with unlock_vault(home, "duress words") as fresh:
        assert IncidentStore(fresh).count() == 0
    erase.wait_for_removals(30)
    assert theirs_of(home, theirs) == theirs


def test_a_wipe_cut_short_is_finished_around_the_persons_files(tmp_path: Path) -> None:
    home = tmp_path / "v"
    theirs = vault_among_person_files(home, tmp_path / "out")
    report = erase.WipeReport(home=home)
    tomb = erase.destroy_key(home, report)  # then the power goes
    assert tomb is not None and report.key_destroyed
    done = finish_interrupted_wipes(home)
    assert done is not None and done.not_removed == []
    assert theirs_of(home, theirs) == theirs
    assert quire_left(home) == []


def test_a_tombstone_made_before_the_key_went_still_finishes_the_wipe(tmp_path: Path) -> None:
    """Cut short between the tombstone and the overwrite: the header is still valid, but
    the tombstone's tag names this very vault, so the next start completes the wipe."""
    home = tmp_path / "v"
    vault_among_person_files(home, tmp_path / "out")
    header = files.HEADER_NAME
    from app.vault.vault import read_header

    vault_id = read_header(home).vault_id
    (home / f"{files.TOMB_PREFIX}{erase.tomb_tag(vault_id)}").mkdir()
    assert finish_interrupted_wipes(home) is not None
    assert not (home / header).exists()


def test_headerless_data_is_not_taken_for_remains(tmp_path: Path) -> None:
    """No tombstone, no header: nothing proves a wipe, so nothing is removed."""
    home = tmp_path / "v"
    vault_among_person_files(home, tmp_path / "out")
    (home / "vault.key").unlink()
    before = snapshot(home)
    assert finish_interrupted_wipes(home) is None
    r = run_cli(home, "--passphrase-stdin", "list", stdin=PW)
    assert r.returncode != 0 and "No vault" in r.stderr
    assert snapshot(home) == before


def test_settings_are_never_written_over_a_persons_file(tmp_path: Path) -> None:
    from app import settings
    from app.errors import QuireError

    (tmp_path / "settings.json").write_text('{"language": "az"}')
    assert settings.load(tmp_path).language == "en"  # not read as Quire's either
    with pytest.raises(QuireError, match="not a file Quire wrote"):
        settings.save(tmp_path, settings.Settings(language="ru"))
    assert (tmp_path / "settings.json").read_text() == '{"language": "az"}'


def test_settings_written_before_the_marker_are_still_quires(tmp_path: Path) -> None:
    from app import settings

    legacy = (
        '{"language": "az", "auto_lock_minutes": 5, "clipboard_clear_seconds": 30, '
        '"discreet_mode": false, "panic_mode": "confirm", "wipe_after_failures": 0, '
        '"failed_unlocks": 0, "last_backup_at": null}'
    )
    (tmp_path / "settings.json").write_text(legacy)
    assert settings.is_quire_settings(tmp_path / "settings.json")
    assert settings.load(tmp_path).language == "az"
    settings.save(tmp_path, settings.Settings(language="ru"))
    assert settings.load(tmp_path).language == "ru"


def test_restore_refuses_a_folder_with_a_persons_settings_file(tmp_path: Path) -> None:
    from app.backup.archive import create_backup, restore_backup
    from app.errors import QuireError

    home = tmp_path / "v"
    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    with vault:
        create_backup(vault, tmp_path / "b.quire")
    target = tmp_path / "mine"
    target.mkdir()
    (target / "settings.json").write_text('{"theme": "dark"}')
    with pytest.raises(QuireError, match="not empty"):
        restore_backup(tmp_path / "b.quire", target)
    assert [p.name for p in target.iterdir()] == ["settings.json"]
