"""quire-cli import-chat, chats list/show, and search over messages: the contract."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"
F = Path(__file__).parent / "fixtures" / "chats"
WA = F / "whatsapp"


@pytest.fixture
def cli_home(home: Path) -> Path:
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 0, r.stderr
    return home


def cli(home: Path, *args: str) -> dict:  # type: ignore[type-arg]
    r = run_cli(home, "--passphrase-stdin", *args, stdin=PW)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)  # type: ignore[no-any-return]


def test_import_list_show_and_search(cli_home: Path) -> None:
    out = cli(
        cli_home, "import-chat", str(WA / "android_en_dmy.txt"), "--tz", "Asia/Baku", "--json"
    )
    assert set(out) >= {"conversations", "source_sha256", "warnings"}
    (conv,) = out["conversations"]
    assert {"id", "platform", "title", "messages", "participants", "first", "last"} <= set(conv)
    assert conv["platform"] == "whatsapp" and conv["messages"] == 7  # system notices count
    assert conv["first"] == "2022-03-23T09:30:00Z" and conv["last"] == "2022-03-24T05:15:00Z"
    assert out["report"]["time_zone"] == "Asia/Baku (as given)"

    listed = cli(cli_home, "chats", "list", "--json")["conversations"]
    assert [c["id"] for c in listed] == [conv["id"]]

    shown = cli(cli_home, "chats", "show", str(conv["id"]), "--json")
    messages = shown["messages"]
    assert list(messages[0])[:6] == ["index", "time", "sender", "text", "kind", "attachments"]
    assert [m["index"] for m in messages] == [1, 2, 3, 4, 5, 6, 7]
    assert messages[3]["attachments"][0]["placeholder"] == "<Media omitted>"

    found = cli(cli_home, "search", "publish", "--json")
    assert found["incidents"] == [] and found["schema_version"] == 1
    assert [m["index"] for m in found["messages"]] == [2]
    assert found["messages"][0]["conversation_id"] == conv["id"]


def test_text_output_and_parse_report(cli_home: Path) -> None:
    r = run_cli(
        cli_home, "--passphrase-stdin", "import-chat", str(WA / "android_with_media.zip"), stdin=PW
    )
    assert r.returncode == 0, r.stderr
    assert "By kind: 2 media, 1 text." in r.stdout
    assert "Decided: Day/month order: day first" in r.stdout
    assert "Warning: 1 attached file(s) named in the chat are not in the export" in r.stderr
    r = run_cli(cli_home, "--passphrase-stdin", "chats", "show", "1", stdin=PW)
    assert "IMG-20220324-WA0002.jpg" in r.stdout and "not in export" in r.stdout


def test_ambiguous_dates_ask_then_the_answer_is_recorded(cli_home: Path) -> None:
    path = str(WA / "android_ambiguous.txt")
    r = run_cli(cli_home, "--passphrase-stdin", "import-chat", path, stdin=PW)
    assert r.returncode == 1
    assert "--date-order dmy" in r.stderr and "Traceback" not in r.stderr
    assert cli(cli_home, "chats", "list", "--json")["conversations"] == []
    out = cli(cli_home, "import-chat", path, "--date-order", "mdy", "--tz", "UTC", "--json")
    assert out["conversations"][0]["first"] == "2024-01-02T10:00:00Z"
    assert any("--date-order mdy" in d for d in out["report"]["decisions"])


def test_twice_is_refused_with_a_clear_message(cli_home: Path) -> None:
    cli(cli_home, "import-chat", str(F / "telegram" / "single"), "--json")
    r = run_cli(
        cli_home, "--passphrase-stdin", "import-chat", str(F / "telegram" / "single"), stdin=PW
    )
    assert r.returncode == 1 and "imported already" in r.stderr
    assert "Traceback" not in r.stderr


def test_hostile_zip_exit_code_3(cli_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "chat.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("_chat.txt", "23/03/2022, 13:31 - A: hello\n")
        zf.writestr("../../evil.sh", "echo")
    r = run_cli(cli_home, "--passphrase-stdin", "import-chat", str(bad), stdin=PW)
    assert r.returncode == 3 and "unsafe path" in r.stderr and "Traceback" not in r.stderr


def test_unknown_zone_and_wrong_file(cli_home: Path, tmp_path: Path) -> None:
    r = run_cli(
        cli_home,
        "--passphrase-stdin",
        "import-chat",
        str(WA / "android_en_dmy.txt"),
        "--tz",
        "Nowhere/Town",
        stdin=PW,
    )
    assert r.returncode == 1 and "Unknown time zone" in r.stderr
    note = tmp_path / "notes.txt"
    note.write_text("shopping list\n")
    r = run_cli(cli_home, "--passphrase-stdin", "import-chat", str(note), stdin=PW)
    assert r.returncode == 1 and "not a WhatsApp export" in r.stderr
    r = run_cli(cli_home, "--passphrase-stdin", "chats", "show", "5", stdin=PW)
    assert r.returncode == 1 and "No conversation 5" in r.stderr


def test_search_with_incident_filters_lists_no_messages(cli_home: Path) -> None:
    cli(cli_home, "import-chat", str(WA / "android_en_dmy.txt"), "--tz", "UTC", "--json")
    found = cli(cli_home, "search", "publish", "--tag", "x", "--json")
    assert found["messages"] == []
