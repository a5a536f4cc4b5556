"""The canary scan over chat imports: no message text reaches the disk in plaintext.

A WhatsApp export (text, sender names, a media file with a canary name and body) and a
Telegram export are imported through the real CLI, searched and shown, with HOME,
TMPDIR and the XDG folders pointed at fresh folders; then every byte under them is
searched for every canary in every form tests/test_canary.py knows.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

from app.incidents.fold import fold
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, cli_command, cli_env
from tests.test_canary import make_canaries, scan

PW = PASSPHRASE + "\n"


def test_no_chat_text_reaches_the_disk(tmp_path: Path) -> None:
    c = make_canaries()
    fake_home, tmpdir, outside = tmp_path / "home", tmp_path / "tmp", tmp_path / "outside"
    for d in (fake_home, tmpdir, outside):
        d.mkdir(mode=0o700)
    env = cli_env(fake_home / "unused")
    del env["QUIRE_HOME"]
    env.update(
        {
            "HOME": str(fake_home),
            "TMPDIR": str(tmpdir),
            "XDG_CACHE_HOME": str(fake_home / ".cache"),
            "XDG_CONFIG_HOME": str(fake_home / ".config"),
            "XDG_DATA_HOME": str(fake_home / ".local" / "share"),
        }
    )
    vault_dir = fake_home / ".local" / "share" / "Quire"

    def cli(*args: str) -> str:
        proc = subprocess.run(
            cli_command("--passphrase-stdin", *args),
            input=PW,
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, f"{args[0]}: {proc.stdout}{proc.stderr}"
        return proc.stdout

    media_name = f"IMG-{c['FileName']}.jpg"
    chat = (
        f"23/03/2022, 13:31 - {c['PerpName']}: {c['Narrative']}\n"
        f"{c['Note']}\n"
        f"23/03/2022, 13:32 - {c['Target']}: {media_name} (file attached)\n"
        f"24/03/2022, 09:00 - {c['Witness']}: <Media omitted>\n"
    )
    wa = outside / f"{c['Title']}.zip"
    with zipfile.ZipFile(wa, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"WhatsApp Chat with {c['Title']}.txt", chat)
        zf.writestr(media_name, (c["FileBody"] + "\n") * 500)
    tg = outside / "tg"
    tg.mkdir()
    (tg / "result.json").write_text(
        json.dumps(
            {
                "name": c["Tag"],
                "type": "personal_chat",
                "id": 1,
                "messages": [
                    {
                        "id": 1,
                        "type": "message",
                        "date": "2024-05-01T23:15:00",
                        "date_unixtime": "1714598100",
                        "from": c["PerpId"],
                        "from_id": "user1",
                        "text": [
                            c["LinkNote"],
                            {"type": "text_link", "text": "x", "href": c["LinkUrl"]},
                        ],
                    }
                ],
                "sessions": {"list": [{"last_ip": c["Location"], "device_model": c["Impact"]}]},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )

    cli("init")
    out = json.loads(cli("import-chat", str(wa), "--tz", "UTC", "--json"))
    conv = out["conversations"][0]["id"]
    cli("import-chat", str(tg), "--json")
    found = json.loads(cli("search", fold(c["Narrative"]), "--json"))["messages"]
    assert [m["conversation_id"] for m in found] == [conv]
    shown = cli("chats", "show", str(conv), "--json")
    assert c["Narrative"] in shown and c["Note"] in shown and media_name in shown
    assert c["Tag"] in cli("chats", "list")
    assert "All checks passed" in cli("verify", "--deep")

    for p in outside.rglob("*"):  # the person's own plaintext export is not ours to judge
        if p.is_file():
            p.unlink()
    roots = [vault_dir, tmpdir, fake_home]
    read: set[Path] = set()
    hits = scan(roots, c, read)
    assert not hits, "plaintext reached the disk:\n" + "\n".join(hits)
    assert vault_dir / "diary.db" in read
    assert len(list((vault_dir / "evidence").iterdir())) == 3  # zip, its photo, result.json
