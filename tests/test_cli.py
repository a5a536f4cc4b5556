"""quire-cli end to end, as a script would use it: exit codes, JSON contract, messages."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app import __version__
from app.access import unlock_vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"


@pytest.fixture
def cli_home(home: Path) -> Path:
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 0, r.stderr
    return home


def add(home: Path, *args: str, stdin: str = PW) -> int:
    r = run_cli(home, "--passphrase-stdin", "add", *args, stdin=stdin)
    assert r.returncode == 0, r.stderr
    return int(r.stdout.strip().splitlines()[-1])


def show(home: Path, incident_id: int) -> dict:  # type: ignore[type-arg]
    r = run_cli(home, "--passphrase-stdin", "show", str(incident_id), "--json", stdin=PW)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["schema_version"] == 1
    return doc["incident"]  # type: ignore[no-any-return]


def test_version(tmp_path: Path) -> None:
    r = run_cli(tmp_path, "--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_add_with_options_and_show(cli_home: Path, tmp_path: Path) -> None:
    ev = tmp_path / "screenshot.png"
    ev.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    i = add(
        cli_home,
        "--title",
        "Threat in DMs",
        "--when",
        "2024-06-01T22:10",
        "--category",
        "threat",
        "--category",
        "blackmail",
        "--tag",
        "instagram",
        "--severity",
        "4",
        "--perpetrator",
        "anonymous_channel:@fake_acc",
        "--link",
        "https://example.invalid/p/1",
        "--narrative",
        "He wrote: pay or else.",
        "--attach",
        str(ev),
    )
    doc = show(cli_home, i)
    assert doc["title"] == "Threat in DMs"
    assert doc["categories"] == ["threat", "blackmail"]
    assert doc["occurred_precision"] == "exact"
    assert doc["perpetrators"] == [
        {"kind": "anonymous_channel", "name": "@fake_acc", "identifiers": []}
    ]
    assert doc["evidence"][0]["sha256"] == hashlib.sha256(ev.read_bytes()).hexdigest()
    assert doc["evidence"][0]["type"] == "image/png"
    assert doc["revisions"] == 1
    for key in ("id", "created_at", "updated_at", "notes", "evidence", "revisions"):
        assert key in doc


def test_add_json_edit_note_and_revisions(cli_home: Path, tmp_path: Path) -> None:
    from tests.test_records import FULL

    f = tmp_path / "rec.json"
    f.write_text(json.dumps(FULL, ensure_ascii=False), encoding="utf-8")
    i = add(cli_home, "--json", str(f))
    doc = show(cli_home, i)
    assert {k: doc[k] for k in FULL} == FULL
    r = run_cli(cli_home, "--passphrase-stdin", "edit", str(i), "--severity", "5", stdin=PW)
    assert r.returncode == 0, r.stderr
    r = run_cli(cli_home, "--passphrase-stdin", "note", str(i), "Lawyer informed.", stdin=PW)
    assert r.returncode == 0
    doc = show(cli_home, i)
    assert doc["severity"] == 5 and doc["narrative"] == FULL["narrative"]
    assert doc["revisions"] == 2 and doc["notes"][0]["text"] == "Lawyer informed."
    r = run_cli(cli_home, "--passphrase-stdin", "verify", stdin=PW)
    assert r.returncode == 0 and "All checks passed" in r.stdout


def test_add_json_from_stdin_after_the_passphrase(cli_home: Path) -> None:
    rec = json.dumps({"title": "Stdin record", "categories": ["smear"]})
    i = add(cli_home, "--json", "-", stdin=PW + rec)
    assert show(cli_home, i)["categories"] == ["smear"]


def test_list_and_search_json(cli_home: Path) -> None:
    a = add(
        cli_home,
        "--title",
        "Onlar hədələdilər",
        "--category",
        "threat",
        "--severity",
        "3",
        "--when",
        "2024-01-02",
    )
    add(cli_home, "--title", "Другое", "--category", "smear")
    r = run_cli(cli_home, "--passphrase-stdin", "search", "hedelediler", "--json", stdin=PW)
    out = json.loads(r.stdout)
    assert out["schema_version"] == 1
    assert [x["id"] for x in out["incidents"]] == [a]
    assert set(out["incidents"][0]) >= {"id", "title", "occurred_at", "categories", "severity"}
    r = run_cli(cli_home, "--passphrase-stdin", "list", "--json", "--category", "smear", stdin=PW)
    assert [x["title"] for x in json.loads(r.stdout)["incidents"]] == ["Другое"]


@pytest.mark.parametrize(
    ("record", "named"),
    [
        ({"title": "x", "mood": "bad"}, "mood"),
        ({"title": "x", "severity": 9}, "severity"),
        ({"title": "x", "categories": ["rumour"]}, "categories[0]"),
        ({"title": "x", "occurred_at": "31/12/2024"}, "occurred_at"),
    ],
)
def test_bad_json_names_the_key(
    cli_home: Path,
    tmp_path: Path,
    record: dict,  # type: ignore[type-arg]
    named: str,
) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps(record))
    r = run_cli(cli_home, "--passphrase-stdin", "add", "--json", str(f), stdin=PW)
    assert r.returncode == 1 and named in r.stderr and "Traceback" not in r.stderr


def test_invalid_json_file(cli_home: Path, tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_bytes(b"{not json")
    r = run_cli(cli_home, "--passphrase-stdin", "add", "--json", str(f), stdin=PW)
    assert r.returncode == 1 and "not valid JSON" in r.stderr


def test_exit_codes(cli_home: Path, tmp_path: Path) -> None:
    assert run_cli(cli_home, "--passphrase-stdin", "list", stdin="wrong\n").returncode == 2
    assert run_cli(tmp_path / "none", "--passphrase-stdin", "list", stdin=PW).returncode == 1
    r = run_cli(cli_home, "--passphrase-stdin", "show", "42", stdin=PW)
    assert r.returncode == 1 and "No incident 42" in r.stderr
    r = run_cli(cli_home, "list")  # no terminal, no --passphrase-stdin
    assert r.returncode == 1 and "--passphrase-stdin" in r.stderr
    (cli_home / "vault.key").write_bytes(b"garbage")
    r = run_cli(cli_home, "--passphrase-stdin", "list", stdin=PW)
    assert r.returncode == 3 and "vault.key" in r.stderr and "Traceback" not in r.stderr


def test_damaged_database_exit_3(cli_home: Path) -> None:
    db = cli_home / "diary.db"
    data = bytearray(db.read_bytes())
    data[2000:2100] = bytes(100)
    db.write_bytes(bytes(data))
    r = run_cli(cli_home, "--passphrase-stdin", "list", stdin=PW)
    assert r.returncode == 3 and "diary.db" in r.stderr


def test_passwd(cli_home: Path) -> None:
    new = "yeni parol ə, dəniz küləyi altında\n"
    r = run_cli(cli_home, "--passphrase-stdin", "passwd", stdin=PW + new)
    assert r.returncode == 0, r.stderr
    assert run_cli(cli_home, "--passphrase-stdin", "list", stdin=PW).returncode == 2
    assert run_cli(cli_home, "--passphrase-stdin", "list", stdin=new).returncode == 0


def test_evidence_get_and_attach_remove_original(cli_home: Path, tmp_path: Path) -> None:
    i = add(cli_home, "--title", "t")
    src = tmp_path / "leak.jpg"
    data = b"\xff\xd8\xff" + bytes(range(256)) * 1000
    src.write_bytes(data)
    r = run_cli(
        cli_home, "--passphrase-stdin", "attach", str(i), str(src), "--remove-original", stdin=PW
    )
    assert r.returncode == 0, r.stderr
    assert not src.exists()
    out = tmp_path / "copy.jpg"
    r = run_cli(
        cli_home, "--passphrase-stdin", "evidence", "get", str(i), "1", "-o", str(out), stdin=PW
    )
    assert r.returncode == 0 and out.read_bytes() == data
    assert "UNENCRYPTED" in r.stderr
    r = run_cli(
        cli_home, "--passphrase-stdin", "evidence", "get", str(i), "1", "-o", str(out), stdin=PW
    )
    assert r.returncode == 1 and "exists" in r.stderr
    r = run_cli(
        cli_home,
        "--passphrase-stdin",
        "evidence",
        "get",
        str(i),
        "7",
        "-o",
        str(tmp_path / "x"),
        stdin=PW,
    )
    assert r.returncode == 1 and "No evidence 7" in r.stderr


def test_attach_missing_file(cli_home: Path, tmp_path: Path) -> None:
    i = add(cli_home, "--title", "t")
    r = run_cli(cli_home, "--passphrase-stdin", "attach", str(i), str(tmp_path / "nope"), stdin=PW)
    assert r.returncode == 1 and "Not a readable file" in r.stderr


def test_delete_undelete_purge(cli_home: Path) -> None:
    i = add(cli_home, "--title", "to remove")
    assert run_cli(cli_home, "--passphrase-stdin", "delete", str(i), stdin=PW).returncode == 0
    r = run_cli(cli_home, "--passphrase-stdin", "list", "--json", stdin=PW)
    assert json.loads(r.stdout)["incidents"] == []
    assert run_cli(cli_home, "--passphrase-stdin", "undelete", str(i), stdin=PW).returncode == 0
    assert (
        run_cli(cli_home, "--passphrase-stdin", "delete", "--purge", str(i), stdin=PW).returncode
        == 0
    )
    r = run_cli(cli_home, "--passphrase-stdin", "verify", stdin=PW)
    assert r.returncode == 0, r.stdout


def test_verify_reports_tampering_with_exit_3(cli_home: Path) -> None:
    import sqlcipher3

    from app.storage.db import database_key

    add(cli_home, "--title", "Original")
    key = unlock_vault(cli_home, PASSPHRASE).data_key
    conn = sqlcipher3.connect(str(cli_home / "diary.db"))
    conn.execute(f"PRAGMA key = \"x'{database_key(key).hex()}'\"")
    conn.execute("UPDATE chain SET payload = replace(payload, 'Original', 'Forged')")
    conn.commit()
    conn.close()
    r = run_cli(cli_home, "--passphrase-stdin", "verify", stdin=PW)
    assert r.returncode == 3 and "PROBLEM" in r.stdout


def test_terminal_output_strips_control_characters(cli_home: Path) -> None:
    i = add(cli_home, "--title", "evil \x1b]0;pwned\x07 title\x1b[2J")
    r = run_cli(cli_home, "--passphrase-stdin", "show", str(i), stdin=PW)
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    r = run_cli(cli_home, "--passphrase-stdin", "list", stdin=PW)
    assert "\x1b" not in r.stdout


def test_global_options_after_the_command(cli_home: Path) -> None:
    r = run_cli(cli_home, "list", "--passphrase-stdin", stdin=PW)
    assert r.returncode == 0, r.stderr


def test_damage_deep_in_the_database_is_found(cli_home: Path) -> None:
    """Opening reads little; every page is authenticated when read, and verify --deep
    reads them all."""
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore

    vault = unlock_vault(cli_home, PASSPHRASE)
    IncidentStore(vault).create_many(
        IncidentRecord.from_dict({"title": f"t{i}", "narrative": "x" * 2000}) for i in range(300)
    )
    vault.lock()
    db = cli_home / "diary.db"
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 40 * page
    middle = (len(data) // page // 2) * page
    data[middle + 100 : middle + 140] = bytes(40)
    db.write_bytes(bytes(data))
    r = run_cli(cli_home, "--passphrase-stdin", "verify", "--deep", stdin=PW)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "diary.db" in r.stdout + r.stderr and "Traceback" not in r.stderr
