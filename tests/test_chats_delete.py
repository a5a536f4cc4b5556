"""Deleting an imported chat: the whole export or nothing, and --purge re-keys the diary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.access import unlock_vault
from app.chats.excerpts import ExcerptStore
from app.chats.store import ChatNotFound, ChatStore
from app.errors import DamagedDataError, QuireError
from app.incidents import chain
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.storage.db import DB_NAME, open_database
from app.vault import rekey
from app.vault.vault import Vault, VaultBusyError
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli
from tests.test_chats_store import EMPTY, counts

PW = PASSPHRASE + "\n"
F = Path(__file__).parent / "fixtures" / "chats"
WA = F / "whatsapp"


def vocabulary(vault: Vault) -> set[str]:
    return {str(r[0]) for r in vault.db.execute("SELECT term FROM message_vocab")}


def everything(vault: Vault) -> dict[str, int]:
    out = counts(vault)
    for table in ("account_sessions", "excerpts", "excerpt_messages"):
        out[table] = vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return out


def test_delete_removes_the_export_whole_and_leaves_the_rest(vault: Vault) -> None:
    chats = ChatStore(vault)
    kept = chats.import_export(WA / "android_az_dashes.txt", time_zone="UTC")
    before, words_before = everything(vault), vocabulary(vault)
    doomed = chats.import_export(WA / "ios_en.zip", time_zone="UTC")  # with a photo
    assert [m["text"] for m in chats.search("address")] == ["we have your address"]
    incident = IncidentStore(vault).create(IncidentRecord(title="Threats"))
    conv = doomed.conversations[0]["id"]
    ExcerptStore(vault).add_range(incident, conv, 1, 2)

    gone = chats.delete(conv)

    assert gone["conversations"] == [conv] and gone["messages"] == 5
    assert len(gone["evidence"]) == 2 and gone["excerpts"] == 1 and not gone["purged"]
    assert everything(vault) == before  # rows, index entries, evidence rows and files
    assert vocabulary(vault) == words_before  # no word of it left in the index
    assert chats.search("address") == []
    assert [c["id"] for c in chats.conversations()] == [kept.conversations[0]["id"]]
    with pytest.raises(ChatNotFound):
        chats.conversation(conv)
    assert chain.verify(vault.db).ok
    last = vault.db.execute("SELECT kind, payload FROM chain ORDER BY seq DESC").fetchone()
    assert last[0] == "chat_deleted" and json.loads(last[1])["source"] == doomed.source_id
    # Gone means gone: the same export can be imported again.
    again = chats.import_export(WA / "ios_en.zip", time_zone="UTC")
    assert again.conversations[0]["messages"] == 5


def test_an_export_of_several_conversations_goes_only_when_told(vault: Vault) -> None:
    chats = ChatStore(vault)
    summary = chats.import_export(F / "telegram" / "account")
    first, second = (c["id"] for c in summary.conversations)
    before = everything(vault)
    with pytest.raises(QuireError, match="--whole-export") as refused:
        chats.delete(first)
    assert str(second) in str(refused.value) and "Nothing was deleted" in str(refused.value)
    assert everything(vault) == before
    gone = chats.delete(first, whole_export=True)
    assert gone["conversations"] == [first, second]
    assert everything(vault) == {**EMPTY, "account_sessions": 0, "excerpts": 0,
                                 "excerpt_messages": 0}  # fmt: skip
    assert chats.sessions() == [] and vocabulary(vault) == set()


def test_an_unknown_chat_is_refused(vault: Vault) -> None:
    chats = ChatStore(vault)
    chats.import_export(WA / "android_en_dmy.txt", time_zone="UTC")
    before = everything(vault)
    with pytest.raises(ChatNotFound):
        chats.delete(99)
    assert everything(vault) == before


def test_purge_re_keys_the_diary(vault: Vault, home: Path) -> None:
    chats = ChatStore(vault)
    kept = chats.import_export(WA / "android_az_dashes.txt", time_zone="UTC")
    doomed = chats.import_export(WA / "ios_en.zip", time_zone="UTC")
    old_key = vault.data_key
    steps: list[tuple[int, int]] = []
    gone = chats.delete(
        doomed.conversations[0]["id"], purge=True, progress=lambda d, t: steps.append((d, t))
    )
    assert gone["purged"] and steps[-1] == (rekey.STEPS, rekey.STEPS)
    assert vault.data_key != old_key and not rekey.pending(vault.db)
    assert [c["id"] for c in chats.conversations()] == [kept.conversations[0]["id"]]
    assert chats.search("address") == [] and chain.verify(vault.db).ok
    with pytest.raises(DamagedDataError):  # the key that wrote the chat opens nothing now
        open_database(home / DB_NAME, old_key).close()


def test_purge_is_refused_while_another_handle_has_the_vault(vault: Vault) -> None:
    chats = ChatStore(vault)
    doomed = chats.import_export(WA / "ios_en.zip", time_zone="UTC")
    before = everything(vault)
    other = vault.session()
    try:
        with pytest.raises(VaultBusyError):
            chats.delete(doomed.conversations[0]["id"], purge=True)
    finally:
        other.lock()
    assert everything(vault) == before and not rekey.pending(vault.db)


@pytest.fixture
def cli_home(home: Path) -> Path:
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 0, r.stderr
    return home


def test_cli_chats_delete(cli_home: Path) -> None:
    def cli(*args: str) -> tuple[int, str, str]:
        r = run_cli(cli_home, "--passphrase-stdin", *args, stdin=PW)
        return r.returncode, r.stdout, r.stderr

    code, out, _ = cli("import-chat", str(F / "telegram" / "account"), "--json")
    assert code == 0
    first, second = (c["id"] for c in json.loads(out)["conversations"])
    code, out, err = cli("chats", "delete", str(first))
    assert code == 1 and "--whole-export" in err and "Traceback" not in err and out == ""
    code, _, err = cli("chats", "delete", "99")
    assert code == 1 and "No conversation 99" in err and "Traceback" not in err
    code, out, _ = cli("chats", "list", "--json")
    assert sorted(c["id"] for c in json.loads(out)["conversations"]) == [first, second]

    code, out, _ = cli("chats", "delete", str(first), "--whole-export", "--json")
    assert code == 0
    assert json.loads(out)["deleted"]["conversations"] == [first, second]
    code, out, _ = cli("chats", "list", "--json")
    assert json.loads(out)["conversations"] == []

    code, _, _ = cli("import-chat", str(WA / "ios_en.zip"), "--tz", "UTC", "--json")
    conv = json.loads(cli("chats", "list", "--json")[1])["conversations"][0]["id"]
    code, out, err = cli("chats", "delete", str(conv), "--purge")
    assert code == 0, err
    assert "re-encrypted under a new key" in out and "5 message(s)" in out
    code, out, _ = cli("search", "address", "--json")
    assert json.loads(out)["messages"] == []


def test_a_purge_cut_short_before_its_re_key_is_finished_at_unlock(
    vault: Vault, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chats = ChatStore(vault)
    doomed = chats.import_export(WA / "ios_en.zip", time_zone="UTC")
    old_key = vault.data_key

    def killed(self: Vault, progress: object = None) -> None:
        raise KeyboardInterrupt  # the process dies between the rows' commit and the re-key

    monkeypatch.setattr(Vault, "rekey", killed)
    with pytest.raises(KeyboardInterrupt):
        chats.delete(doomed.conversations[0]["id"], purge=True)
    monkeypatch.undo()
    vault.lock()
    with unlock_vault(home, PASSPHRASE) as again:
        assert again.data_key != old_key and not rekey.pending(again.db)
        assert ChatStore(again).conversations() == []


def test_the_import_closes_its_own_connection_even_when_it_fails(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    chats = ChatStore(vault)
    chats.import_export(WA / "android_en_dmy.txt", time_zone="UTC")
    real = ChatStore._write_conversation

    def fails(self: ChatStore, *args: object) -> object:
        raise OSError("disk went away")

    monkeypatch.setattr(ChatStore, "_write_conversation", fails)
    with pytest.raises(OSError, match="disk went away"):
        chats.import_export(WA / "ios_en.zip", time_zone="UTC")
    monkeypatch.setattr(ChatStore, "_write_conversation", real)
    # No handle was left open: a purge, which needs the vault alone, is not refused.
    conv = chats.conversations()[0]["id"]
    assert chats.delete(conv, purge=True)["purged"]
