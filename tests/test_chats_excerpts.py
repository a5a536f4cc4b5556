"""Excerpts: chosen messages of a chat added to an incident, cited, chained, purged."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from app.chats.excerpts import MAX_MESSAGES, ExcerptError, ExcerptNotFound, ExcerptStore
from app.chats.store import ChatNotFound, ChatStore
from app.evidence.store import EvidenceStore
from app.incidents.document import show_document
from app.incidents.record import IncidentRecord
from app.incidents.store import MAX_NOTE, IncidentNotFound, IncidentStore
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

F = Path(__file__).parent / "fixtures" / "chats"
WA = F / "whatsapp"


def _setup(vault: Vault) -> tuple[int, int, int]:
    """(incident id, conversation id of a 7-message chat, conversation id of another)."""
    chats = ChatStore(vault)
    first = chats.import_export(WA / "android_en_dmy.txt", time_zone="UTC")
    other = chats.import_export(WA / "android_ru_dots.txt", time_zone="UTC")
    incident = IncidentStore(vault).create(IncidentRecord(title="Threats in chat"))
    return incident, first.conversations[0]["id"], other.conversations[0]["id"]


def _counts(vault: Vault) -> tuple[int, int, int]:
    db = vault.db
    return (
        db.execute("SELECT count(*) FROM excerpts").fetchone()[0],
        db.execute("SELECT count(*) FROM excerpt_messages").fetchone()[0],
        db.execute("SELECT count(*) FROM chain").fetchone()[0],
    )


def test_range_excerpt_is_in_the_document_with_citations(vault: Vault) -> None:
    incident, conv, _ = _setup(vault)
    excerpts = ExcerptStore(vault)
    chain_before = _counts(vault)[2]
    excerpt_id = excerpts.add_range(incident, conv, 2, 4, note="the threat")
    assert _counts(vault) == (1, 3, chain_before + 1)
    entry = vault.db.execute(
        "SELECT kind, incident_id, payload FROM chain ORDER BY seq DESC"
    ).fetchone()
    assert entry[0] == "excerpt" and entry[1] == incident
    digest = hashlib.sha256((WA / "android_en_dmy.txt").read_bytes()).hexdigest()
    payload = json.loads(entry[2])
    assert [(m["index"], m["source_sha256"]) for m in payload["messages"]] == [
        (2, digest),
        (3, digest),
        (4, digest),
    ]
    doc = show_document(IncidentStore(vault), EvidenceStore(vault), incident)["incident"]
    (shown,) = doc["excerpts"]
    assert shown["id"] == excerpt_id and shown["note"] == "the threat"
    assert shown["source"]["sha256"] == digest
    messages = ChatStore(vault).messages(conv)
    expected = [m for m in messages if 2 <= m["index"] <= 4]
    assert [m["text"] for m in shown["messages"]] == [m["text"] for m in expected]
    for got, want in zip(shown["messages"], expected, strict=True):
        assert got["time"] == want["time"] and got["sender"] == want["sender"]
        assert got["kind"] == want["kind"] and got["locator"] == want["locator"]
        assert got["source_sha256"] == digest and got["index"] == want["index"]


def test_chosen_messages_and_removal(vault: Vault) -> None:
    incident, conv, _ = _setup(vault)
    excerpts = ExcerptStore(vault)
    ids = [m["id"] for m in ChatStore(vault).messages(conv)]
    excerpt_id = excerpts.add(incident, [ids[5], ids[0], ids[0]])
    (shown,) = excerpts.for_incident(incident)
    assert [m["id"] for m in shown["messages"]] == [ids[0], ids[5]] and shown["note"] is None
    chain_before = _counts(vault)[2]
    excerpts.remove(excerpt_id)
    assert _counts(vault) == (0, 0, chain_before + 1)
    assert excerpts.for_incident(incident) == []
    with pytest.raises(ExcerptNotFound):
        excerpts.remove(excerpt_id)
    assert len(ChatStore(vault).messages(conv)) == 7  # the chat itself stays
    # A deleted incident's excerpts stay as they are until it is restored or purged.
    kept = excerpts.add(incident, ids[:2])
    IncidentStore(vault).delete(incident)
    with pytest.raises(IncidentNotFound):
        excerpts.remove(kept)
    IncidentStore(vault).undelete(incident)
    excerpts.remove(kept)


@pytest.mark.parametrize(
    "case",
    ["no messages", "missing message", "two conversations", "note too long", "too many"],
)
def test_bad_choices_add_nothing(vault: Vault, case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    incident, conv, other = _setup(vault)
    chats = ChatStore(vault)
    ids = [m["id"] for m in chats.messages(conv)]
    before = _counts(vault)
    note = None
    if case == "no messages":
        chosen: list[int] = []
    elif case == "missing message":
        chosen = [ids[0], 999_999]
    elif case == "two conversations":
        chosen = [ids[0], chats.messages(other)[0]["id"]]
    elif case == "note too long":
        chosen, note = ids[:1], "x" * (MAX_NOTE + 1)
    else:
        monkeypatch.setattr("app.chats.excerpts.MAX_MESSAGES", 2)
        chosen = ids[:3]
    with pytest.raises(ExcerptError):
        ExcerptStore(vault).add(incident, chosen, note)
    assert _counts(vault) == before
    assert MAX_MESSAGES >= 1000


def test_bad_ranges_and_incidents_add_nothing(vault: Vault) -> None:
    incident, conv, _ = _setup(vault)
    excerpts = ExcerptStore(vault)
    before = _counts(vault)
    with pytest.raises(ExcerptError, match="not a range"):
        excerpts.add_range(incident, conv, 5, 3)
    with pytest.raises(ExcerptError, match="not a range"):
        excerpts.add_range(incident, conv, 0, 3)
    with pytest.raises(ExcerptError, match="no message"):
        excerpts.add_range(incident, conv, 50, 60)
    with pytest.raises(ChatNotFound):
        excerpts.add_range(incident, 9999, 1, 2)
    with pytest.raises(IncidentNotFound):
        excerpts.add_range(9999, conv, 1, 2)
    IncidentStore(vault).delete(incident)
    with pytest.raises(IncidentNotFound):
        excerpts.add_range(incident, conv, 1, 2)
    assert _counts(vault)[:2] == before[:2]


def test_purge_removes_the_excerpts_and_their_chained_text(vault: Vault) -> None:
    incident, conv, _ = _setup(vault)
    ExcerptStore(vault).add_range(incident, conv, 1, 2, note="secret-note-words")
    keep = IncidentStore(vault).create(IncidentRecord(title="Other"))
    ExcerptStore(vault).add_range(keep, conv, 3, 3)
    IncidentStore(vault).purge(incident)
    assert _counts(vault)[:2] == (1, 1)
    payloads = [r[0] for r in vault.db.execute("SELECT payload FROM chain") if r[0]]
    assert not any("secret-note-words" in p for p in payloads)
    assert IncidentStore(vault).verify().ok
    assert len(ChatStore(vault).messages(conv)) == 7


# -- the CLI ----------------------------------------------------------------------------
def _cli(home: Path, *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    r = run_cli(home, "--passphrase-stdin", *args, stdin=PASSPHRASE + "\n")
    assert r.returncode == code, r.stderr
    return r


def test_cli_excerpt_by_range_and_by_id_shows_in_the_incident(home: Path) -> None:
    _cli(home, "init")
    out = json.loads(
        _cli(home, "import-chat", str(WA / "android_en_dmy.txt"), "--tz", "UTC", "--json").stdout
    )
    conv = out["conversations"][0]["id"]
    incident = int(_cli(home, "add", "--title", "Chat threats").stdout.split()[-1])
    added = json.loads(
        _cli(
            home,
            "chats",
            "excerpt",
            str(incident),
            str(conv),
            "--from",
            "2",
            "--to",
            "3",
            "--note",
            "he names my street",
            "--json",
        ).stdout
    )["excerpt"]
    assert [m["index"] for m in added["messages"]] == [2, 3]
    assert added["messages"][0]["source_sha256"] == out["source_sha256"]
    message_id = added["messages"][1]["id"]
    text = _cli(home, "chats", "excerpt", str(incident), str(conv), "--message", str(message_id))
    assert "1 message(s)" in text.stdout
    shown = json.loads(_cli(home, "show", str(incident), "--json").stdout)["incident"]
    assert [len(x["messages"]) for x in shown["excerpts"]] == [2, 1]
    assert shown["excerpts"][0]["note"] == "he names my street"
    plain = _cli(home, "show", str(incident)).stdout  # the text form shows them too
    assert "he names my street" in plain
    assert f"[SHA-256 {out['source_sha256'][:12]}… #2]" in plain
    # Bad input: a clear error, exit code 1, nothing added.
    for bad in (
        ["--from", "3"],
        ["--from", "5", "--to", "2"],
        ["--from", "1", "--to", "2", "--message", str(message_id)],
        [],
        ["--message", "99999"],
    ):
        r = _cli(home, "chats", "excerpt", str(incident), str(conv), *bad, code=1)
        assert "Traceback" not in r.stderr and r.stderr.strip()
    other = json.loads(
        _cli(home, "import-chat", str(WA / "android_ru_dots.txt"), "--tz", "UTC", "--json").stdout
    )["conversations"][0]["id"]
    r = _cli(
        home, "chats", "excerpt", str(incident), str(other), "--message", str(message_id), code=1
    )
    assert f"conversation {other}" in r.stderr
    shown = json.loads(_cli(home, "show", str(incident), "--json").stdout)["incident"]
    assert len(shown["excerpts"]) == 2
