"""Importing chat exports into a vault: whole or nothing, once, searchable, provable."""

from __future__ import annotations

import hashlib
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from app.archive_safety import UnsafeArchiveError
from app.chats import store as chat_store
from app.chats.model import ChatFormatError
from app.chats.store import AlreadyImportedError, ChatNotFound, ChatStore
from app.errors import QuireError
from app.evidence.store import EvidenceStore
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.vault import Vault

F = Path(__file__).parent / "fixtures" / "chats"
WA = F / "whatsapp"


def counts(vault: Vault) -> dict[str, int]:
    tables = ("chat_sources", "chat_files", "conversations", "messages", "message_attachments")
    out = {t: vault.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    out["evidence"] = vault.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
    out["message_fts"] = vault.db.execute("SELECT count(*) FROM message_fts").fetchone()[0]
    out["blobs"] = len(list(vault.evidence_dir.iterdir()))
    return out


EMPTY = {
    "chat_sources": 0,
    "chat_files": 0,
    "conversations": 0,
    "messages": 0,
    "message_attachments": 0,
    "evidence": 0,
    "message_fts": 0,
    "blobs": 0,
}


def test_whatsapp_ios_zip_is_kept_whole_with_its_media(vault: Vault) -> None:
    chats = ChatStore(vault)
    summary = chats.import_export(WA / "ios_en.zip", time_zone="UTC")
    digest = hashlib.sha256((WA / "ios_en.zip").read_bytes()).hexdigest()
    assert summary.source_sha256 == digest
    (conv,) = summary.conversations
    assert conv["messages"] == 5 and conv["participants"] == ["Anon"]
    assert conv["first"] == "2022-03-27T21:41:30Z" and conv["last"] == "2022-03-28T08:00:00Z"
    assert summary.report["counts"] == {"deleted": 1, "media": 2, "system": 1, "text": 1}
    messages = chats.messages(conv["id"])
    photo = messages[2]["attachments"][0]
    assert photo["in_export"] and photo["path"] == "00000035-PHOTO-2022-03-27-21-41-55.jpg"
    evidence = EvidenceStore(vault)
    with zipfile.ZipFile(WA / "ios_en.zip") as zf:
        original = zf.read("00000035-PHOTO-2022-03-27-21-41-55.jpg")
    with evidence.open(photo["evidence_id"]) as r:
        assert r.read() == original
    omitted = messages[3]["attachments"][0]
    assert omitted == {
        "evidence_id": None,
        "path": None,
        "placeholder": "image omitted",
        "media_type": None,
        "in_export": False,
    }
    # The export itself is evidence, byte-identical.
    source = chats.conversation(conv["id"])["source"]
    export_id = vault.db.execute(
        "SELECT evidence_id FROM chat_files WHERE source_id = ? AND role = 'export'",
        (source["id"],),
    ).fetchone()[0]
    with evidence.open(export_id) as r:
        assert r.read() == (WA / "ios_en.zip").read_bytes()
    assert evidence.get(export_id).sha256 == digest
    assert IncidentStore(vault).verify().ok


def test_telegram_folder_media_and_sessions(vault: Vault) -> None:
    chats = ChatStore(vault)
    summary = chats.import_export(F / "telegram" / "account")
    assert [c["title"] for c in summary.conversations] == ["Anonymous Channel Admin", "Qrup"]
    assert len(chats.sessions()) == 3
    assert {s["ip"] for s in chats.sessions(summary.source_id)} == {
        "203.0.113.7",
        "198.51.100.20",
        "192.0.2.44",
    }
    first = chats.messages(summary.conversations[0]["id"])
    photo = next(m for m in first if m["kind"] == "media" and m["attachments"][0]["in_export"])
    stored = EvidenceStore(vault).get(photo["attachments"][0]["evidence_id"])
    media = F / "telegram/account/chats/chat_01/photos/photo_1@01-05-2024_23-17-00.jpg"
    assert stored.sha256 == hashlib.sha256(media.read_bytes()).hexdigest()
    too_big = next(m for m in first if m["locator"].endswith("message id 110"))
    assert too_big["attachments"][0]["placeholder"].startswith("(File exceeds maximum size")
    assert any("not imported" in w for w in summary.warnings)  # the unsupported entry


def test_instagram_messages_come_in_time_order(vault: Vault) -> None:
    chats = ChatStore(vault)
    summary = chats.import_export(F / "instagram")
    (conv,) = summary.conversations
    messages = chats.messages(conv["id"])
    times = [m["time"] for m in messages]
    assert times == sorted(times) and messages[0]["text"] == "Salam"
    assert messages[0]["index"] == 5  # its place in the export: last of message_2.json
    assert chats.messages(conv["id"], offset=1, limit=2) == messages[1:3]
    assert chats.position_of(conv["id"], "2023-11-14T22:15:00Z") == 2
    # The two parts are both stored as evidence of the export.
    roles = vault.db.execute("SELECT role, path FROM chat_files ORDER BY path").fetchall()
    assert [r[0] for r in roles].count("export") == 2


def test_search_finds_messages_with_the_incidents_folding(vault: Vault) -> None:
    chats = ChatStore(vault)
    chats.import_export(WA / "android_az_dashes.txt", time_zone="UTC")
    chats.import_export(F / "facebook")
    found = chats.search("hedeleri polise")  # Azerbaijani typed without its letters
    assert [m["text"] for m in found] == ["Hədələri polisə göstərəcəyəm"]
    assert [m["text"] for m in chats.search("ТЕБЕ")] == ["Тебе конец"]  # Cyrillic case
    assert [m["sender"] for m in chats.search("kamran bilirik")] == ["Kamran"]  # sender too
    assert chats.search("nowhere") == [] and chats.search("  ...  ") == []
    conv = found[0]["conversation_id"]
    assert [m["text"] for m in chats.search("polise", conversation_id=conv)] == [
        "Hədələri polisə göstərəcəyəm"
    ]


def test_the_same_export_twice_is_recognised(vault: Vault) -> None:
    chats = ChatStore(vault)
    chats.import_export(F / "telegram" / "single")
    before = counts(vault)
    with pytest.raises(AlreadyImportedError, match="imported already, as chat source 1"):
        chats.import_export(F / "telegram" / "single")
    # The same result.json named directly is the same export.
    with pytest.raises(AlreadyImportedError):
        chats.import_export(F / "telegram" / "single" / "result.json")
    assert counts(vault) == before


def test_a_failure_while_writing_leaves_nothing(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    chats = ChatStore(vault)
    real = ChatStore._write_conversation
    calls = []

    def second_fails(self: ChatStore, *args: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk went away")
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ChatStore, "_write_conversation", second_fails)
    with pytest.raises(OSError, match="disk went away"):
        chats.import_export(F / "telegram" / "account")
    assert counts(vault) == EMPTY  # no partial conversation, no stray evidence or blob
    assert IncidentStore(vault).verify().ok


def test_evidence_a_killed_import_left_is_removed_next_time(vault: Vault) -> None:
    evidence = EvidenceStore(vault)
    with open(WA / "android_en_dmy.txt", "rb") as f:
        evidence.import_stream(None, f, "left.txt")  # stored, never claimed by a chat
    assert counts(vault)["evidence"] == 1
    ChatStore(vault).import_export(WA / "android_ru_dots.txt", time_zone="UTC")
    names = [r[0] for r in vault.db.execute("SELECT name FROM evidence")]
    assert names == ["android_ru_dots.txt"]


def test_an_incident_link_is_checked_and_survives_purge(vault: Vault) -> None:
    chats = ChatStore(vault)
    with pytest.raises(QuireError, match="No incident 7"):
        chats.import_export(WA / "android_en_12h.txt", incident_id=7, time_zone="UTC")
    assert counts(vault) == EMPTY
    incidents = IncidentStore(vault)
    incident = incidents.create(IncidentRecord(title="Threats on WhatsApp"))
    summary = chats.import_export(WA / "android_en_12h.txt", incident_id=incident, time_zone="UTC")
    conv = chats.conversation(summary.conversations[0]["id"])
    assert conv["source"]["incident_id"] == incident
    incidents.delete(incident)
    incidents.purge(incident)
    conv = chats.conversation(summary.conversations[0]["id"])
    assert conv["source"]["incident_id"] is None and conv["messages"] == 3


def test_messages_by_id_carry_their_citation(vault: Vault) -> None:
    chats = ChatStore(vault)
    summary = chats.import_export(WA / "android_en_dmy.txt", time_zone="UTC")
    messages = chats.messages(summary.conversations[0]["id"])
    cited = chats.messages_by_id([messages[3]["id"], messages[1]["id"]])
    assert [m["index"] for m in cited] == [2, 4]  # time order
    assert {m["source_sha256"] for m in cited} == {summary.source_sha256}
    assert cited[0]["locator"] == "line 2"
    with pytest.raises(ChatNotFound):
        chats.conversation(99)
    assert chats.messages_by_id([]) == []


def test_an_export_without_messages_is_refused(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "result.json").write_text('{"name": "x", "type": "personal_chat", "messages": []}')
    with pytest.raises(QuireError, match="holds no messages"):
        ChatStore(vault).import_export(tmp_path / "result.json")
    assert counts(vault) == EMPTY


def test_the_chain_commits_to_the_messages(vault: Vault) -> None:
    ChatStore(vault).import_export(WA / "android_az_dashes.txt", time_zone="UTC")
    row = vault.db.execute("SELECT payload FROM chain WHERE kind = 'chat_import'").fetchone()
    assert '"messages_sha256"' in row[0] and '"messages":5' in row[0].replace(" ", "")


# -- hostile and broken archives ------------------------------------------------------------
def hostile_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", "23/03/2022, 13:31 - A: hello\n")
        for info, data in entries:
            zf.writestr(info, data)
    return path


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(
    ("entries", "match"),
    [
        ([("../evil.txt", b"x")], "unsafe path"),
        ([("/etc/evil", b"x")], "unsafe name"),
        ([("a\\..\\evil", b"x")], "unsafe name"),
        ([(_link("photo.jpg"), b"/etc/passwd")], "not a plain file"),
        ([("bomb.bin", bytes(5_000_000))], "compression bomb"),
        ([("Photo.jpg", b"1"), ("photo.JPG", b"2")], "appears twice"),
        ([("CON.txt", b"x")], "Windows keeps for devices"),
        ([("a", b"x"), ("a/b", b"y")], "both a file and a folder"),
    ],
)
def test_hostile_zip_is_refused_and_nothing_imported(
    vault: Vault, tmp_path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]], match: str
) -> None:
    bad = hostile_zip(tmp_path / "chat.zip", entries)
    with pytest.raises(UnsafeArchiveError, match=match) as caught:
        ChatStore(vault).import_export(bad, time_zone="UTC")
    assert caught.value.exit_code == 3
    assert counts(vault) == EMPTY
    assert not (tmp_path / "evil.txt").exists()


def test_encrypted_zip_entry_is_refused(vault: Vault, tmp_path: Path) -> None:
    bad = hostile_zip(tmp_path / "chat.zip", [])
    data = bytearray(bad.read_bytes())
    # Set the "encrypted" flag of the entry in both the local and the central header.
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(sig)
        data[at + offset] |= 0x1
    bad.write_bytes(bytes(data))
    with pytest.raises(UnsafeArchiveError, match="encrypted"):
        ChatStore(vault).import_export(bad, time_zone="UTC")
    assert counts(vault) == EMPTY


def test_truncated_zip_and_truncated_json_are_refused(vault: Vault, tmp_path: Path) -> None:
    data = (WA / "ios_en.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    with pytest.raises(ChatFormatError, match="not a readable ZIP"):
        ChatStore(vault).import_export(tmp_path / "cut.zip")
    folder = tmp_path / "tg"
    shutil.copytree(F / "telegram" / "single", folder)
    text = (folder / "result.json").read_bytes()
    (folder / "result.json").write_bytes(text[: len(text) * 2 // 3])
    with pytest.raises(ChatFormatError, match="truncated or damaged"):
        ChatStore(vault).import_export(folder)
    assert counts(vault) == EMPTY


def test_a_media_path_cannot_leave_the_export_folder(vault: Vault, tmp_path: Path) -> None:
    """result.json naming ../secret or a link inside the folder does not import that file."""
    (tmp_path / "secret.txt").write_text("not part of the export")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "photos").mkdir()
    (folder / "photos" / "link.jpg").symlink_to(tmp_path / "secret.txt")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "p.jpg").write_text("not part of the export either")
    (folder / "files").symlink_to(tmp_path / "elsewhere")  # a linked folder
    (folder / "result.json").write_text(
        '{"name": "x", "type": "personal_chat", "id": 1, "messages": ['
        '{"id": 1, "type": "message", "date_unixtime": "1714598100", "from": "A",'
        ' "photo": "../secret.txt", "text": ""},'
        '{"id": 2, "type": "message", "date_unixtime": "1714598100", "from": "A",'
        ' "photo": "photos/link.jpg", "text": ""},'
        '{"id": 3, "type": "message", "date_unixtime": "1714598100", "from": "A",'
        ' "photo": "files/p.jpg", "text": ""}]}'
    )
    summary = ChatStore(vault).import_export(folder)
    messages = ChatStore(vault).messages(summary.conversations[0]["id"])
    assert [a["in_export"] for m in messages for a in m["attachments"]] == [False] * 3
    assert counts(vault)["evidence"] == 1  # result.json alone


def test_hash_is_streamed(tmp_path: Path) -> None:
    import io

    data = b"x" * (3 * chat_store.HASH_SIZE + 5)
    assert chat_store.sha256_of(io.BytesIO(data)) == hashlib.sha256(data).hexdigest()


def test_telegram_html_export_with_its_photo(vault: Vault) -> None:
    chats = ChatStore(vault)
    summary = chats.import_export(F / "telegram" / "html", time_zone="UTC")
    assert summary.format == "telegram-html"
    (conv,) = summary.conversations
    assert conv["messages"] == 7
    photo = chats.messages(conv["id"])[1]["attachments"][0]
    media = F / "telegram/html/photos/photo_1@01-05-2024_23-16-00.jpg"
    stored = EvidenceStore(vault).get(photo["evidence_id"])
    assert stored.sha256 == hashlib.sha256(media.read_bytes()).hexdigest()
    roles = [r[0] for r in vault.db.execute("SELECT path FROM chat_files WHERE role = 'export'")]
    assert sorted(roles) == ["messages.html", "messages2.html"]


def test_prefix_expansion_finds_what_fts5_prefix_queries_find(vault: Vault) -> None:
    """Expanding each word into its terms (app/chats/store.py _match) changes no result."""
    chats = ChatStore(vault)
    for path in (WA / "android_az_dashes.txt", WA / "android_ru_dots.txt", F / "telegram/account"):
        chats.import_export(path, time_zone="UTC")
    queries = ["h", "hə", "s", "se", "bi", "по", "Я", "an", "anon", "a z", "n b", "zz", "ш"]
    for q in queries:
        from app.incidents.fold import tokens

        words = tokens(q)
        plain = [
            int(r[0])
            for r in vault.db.execute(
                "SELECT rowid FROM message_fts WHERE message_fts MATCH ? ORDER BY rowid DESC",
                (" ".join(f'"{w}"*' for w in words),),
            )
        ]
        assert [m["id"] for m in chats.search(q, limit=10_000)] == plain, q
    assert len(chats.search("s", limit=10_000)) > 3  # several terms behind one prefix
