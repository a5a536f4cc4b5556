"""quire-cli actors and search by identifier: the contract of docs/CLI.md (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"
WA = Path(__file__).parent / "fixtures" / "chats" / "whatsapp" / "android_en_dmy.txt"


@pytest.fixture
def cli_home(home: Path) -> Path:
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 0, r.stderr
    return home


def run(home: Path, *args: str, code: int = 0) -> str:
    r = run_cli(home, "--passphrase-stdin", *args, stdin=PW)
    assert r.returncode == code, (r.stdout, r.stderr)
    return r.stdout if code == 0 else r.stderr


def add(home: Path, tmp_path: Path, record: dict) -> int:  # type: ignore[type-arg]
    path = tmp_path / f"incident-{len(list(tmp_path.glob('incident-*')))}.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return int(run(home, "add", "--json", str(path)).split()[-1])


def test_actors_list_show_and_search_in_any_spelling(cli_home: Path, tmp_path: Path) -> None:
    first = add(
        cli_home,
        tmp_path,
        {
            "title": "Night calls",
            "occurred_at": "2025-03-01",
            "perpetrators": [{"kind": "unknown", "name": "", "identifiers": ["+994 55 000 47 12"]}],
        },
    )
    second = add(
        cli_home,
        tmp_path,
        {
            "title": "Threat in DMs",
            "occurred_at": "2025-04-02",
            "platforms": ["Instagram"],
            "perpetrators": [
                {
                    "kind": "person",
                    "name": "Rauf Mammadov",
                    "identifiers": ["@Rauf.M", "0550004712"],
                }
            ],
        },
    )
    listed = json.loads(run(cli_home, "actors", "list", "--json"))
    (actor,) = listed["actors"]
    assert set(actor) >= {"id", "kind", "names", "identifiers", "incidents"}
    assert actor["incidents"] == [first, second] and actor["names"] == ["Rauf Mammadov"]
    kinds = {(i["kind"], i["normalized"]) for i in actor["identifiers"]}
    assert kinds == {("phone", "+994550004712"), ("handle", "rauf.m")}
    shown = json.loads(run(cli_home, "actors", "show", str(actor["id"]), "--json"))["actor"]
    assert [i["id"] for i in shown["incidents"]] == [first, second]
    assert [t["kind"] for t in shown["timeline"]] == ["incident", "incident"]
    for spelling in ("+994 55 000 47 12", "0550004712", "@rauf.m", "@Rauf.M"):
        found = json.loads(run(cli_home, "search", spelling, "--json"))
        assert [a["id"] for a in found["actors"]] == [actor["id"]], spelling
        assert {i["id"] for i in found["incidents"]} == {first, second}, spelling
    text = run(cli_home, "search", "0550004712")
    assert "Actor" in text and "Night calls" in text


def test_merge_split_and_sender_links_by_cli(cli_home: Path, tmp_path: Path) -> None:
    add(
        cli_home,
        tmp_path,
        {
            "title": "a",
            "occurred_at": "2022-03-20",
            "perpetrators": [{"kind": "person", "name": "Rauf", "identifiers": ["@rauf"]}],
        },
    )
    other = int(run(cli_home, "actors", "add", "--kind", "person", "--name", "R. M.").split()[-1])
    actors = json.loads(run(cli_home, "actors", "list", "--json"))["actors"]
    keep = next(a["id"] for a in actors if a["names"] == ["Rauf"])
    run(cli_home, "actors", "merge", str(keep), str(other))
    (merged,) = json.loads(run(cli_home, "actors", "list", "--json"))["actors"]
    assert sorted(merged["names"]) == ["R. M.", "Rauf"]
    out = json.loads(run(cli_home, "import-chat", str(WA), "--tz", "Asia/Baku", "--json"))
    conv = out["conversations"][0]["id"]
    run(cli_home, "actors", "link-sender", str(conv), "Rauf Mammadov", str(keep))
    shown = json.loads(run(cli_home, "actors", "show", str(keep), "--json"))["actor"]
    assert shown["messages"] and {m["sender"] for m in shown["messages"]} == {"Rauf Mammadov"}
    assert "last warning" in shown["messages"][0]["text"]
    kinds = [t["kind"] for t in shown["timeline"]]
    assert kinds[0] == "incident" and "message" in kinds  # 20 March comes first
    handle = merged["identifiers"][0]["id"]
    new = int(run(cli_home, "actors", "split", str(keep), "--identifier", str(handle)).split()[-1])
    assert json.loads(run(cli_home, "search", "@rauf", "--json"))["actors"][0]["id"] == new
    history = [h["action"] for h in shown["history"]]
    assert "merge" in history
    err = run(cli_home, "actors", "merge", str(keep), str(keep), code=1)
    assert "itself" in err and "Traceback" not in err
    err = run(cli_home, "actors", "add-id", str(keep), "phone", "call me", code=1)
    assert "not a phone number" in err
    err = run(cli_home, "actors", "show", "999", code=1)
    assert "No actor 999" in err
