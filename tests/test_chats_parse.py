"""Chat export parsers: every format and language of tests/fixtures/chats, and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.chats import meta, telegram, whatsapp
from app.chats.detect import read_export
from app.chats.model import AmbiguousDateOrderError, ChatFormatError
from app.errors import QuireError

F = Path(__file__).parent / "fixtures" / "chats"
WA = F / "whatsapp"


def wa(name: str, **kw: str) -> whatsapp.ParseResult:
    kw.setdefault("time_zone", "UTC")
    return whatsapp.parse((WA / name).read_bytes(), **kw)


def kinds(result: whatsapp.ParseResult) -> list[str]:
    return [m.kind for m in result.conversations[0].messages]


# -- WhatsApp Android ---------------------------------------------------------------------
def test_android_english_day_first_with_continuations_and_placeholders() -> None:
    r = wa("android_en_dmy.txt", time_zone="Asia/Baku")
    msgs = r.conversations[0].messages
    assert kinds(r) == ["system", "text", "text", "media", "deleted", "deleted", "system"]
    assert msgs[1].text == (
        "If you publish that article again\neveryone will see your photos.\n"
        "This is the last warning."
    )
    assert msgs[1].sender == "Rauf Mammadov" and msgs[1].locator == "line 2"
    assert msgs[1].time_shown == "23/03/2022, 13:31"
    assert msgs[1].time_utc == "2022-03-23T09:31:00Z"  # Baku is UTC+4
    assert msgs[3].attachments[0].placeholder == "<Media omitted>"
    assert msgs[0].sender is None and msgs[6].sender is None
    assert r.date_order == "dmy"
    assert any("line 1" in d and "day" in d for d in r.decisions)
    assert any("Asia/Baku (as given)" in d for d in r.decisions)
    assert r.conversations[0].participants() == ["Rauf Mammadov", "Aysel"]


def test_android_russian_dots_crlf() -> None:
    r = wa("android_ru_dots.txt")
    msgs = r.conversations[0].messages
    assert kinds(r) == ["system", "text", "media", "deleted", "text"]
    assert msgs[2].attachments[0].placeholder == "<Без медиафайлов>"
    assert msgs[4].text == "Я сохраняю всё это\nи передам юристу"  # CRLF gone, line kept
    assert "\r" not in "".join(m.text for m in msgs)
    assert msgs[1].time_utc == "2023-02-14T22:11:00Z"


def test_android_azerbaijani_dashes() -> None:
    r = wa("android_az_dashes.txt")
    assert kinds(r) == ["text", "media", "deleted", "deleted", "text"]
    msgs = r.conversations[0].messages
    assert msgs[1].attachments[0].placeholder == "<Media çıxarılmışdır>"
    assert msgs[0].time_utc == "2023-11-25T19:01:00Z"


def test_android_12_hour_with_narrow_no_break_space_is_month_first() -> None:
    r = wa("android_en_12h.txt")
    msgs = r.conversations[0].messages
    assert [m.time_utc for m in msgs] == [
        "2022-03-23T13:31:00Z",
        "2022-03-23T23:58:00Z",
        "2022-03-24T00:05:00Z",  # 12:05 AM is just after midnight
    ]
    assert r.date_order == "mdy" and "\u202f" in msgs[0].time_shown


def test_arabic_indic_digits() -> None:
    r = wa("android_arabic_digits.txt")
    msgs = r.conversations[0].messages
    assert [m.time_utc for m in msgs] == ["2022-03-23T13:31:00Z", "2022-03-24T09:05:00Z"]
    assert msgs[0].text == "threat number one"


def test_ambiguous_day_month_order_is_asked_then_recorded() -> None:
    with pytest.raises(AmbiguousDateOrderError, match="--date-order"):
        wa("android_ambiguous.txt")
    dmy = wa("android_ambiguous.txt", date_order="dmy")
    mdy = wa("android_ambiguous.txt", date_order="mdy")
    assert dmy.conversations[0].messages[0].time_utc == "2024-02-01T10:00:00Z"
    assert mdy.conversations[0].messages[0].time_utc == "2024-01-02T10:00:00Z"
    assert any("as the person said (--date-order mdy)" in d for d in mdy.decisions)


def test_a_date_order_the_file_contradicts_is_refused() -> None:
    with pytest.raises(ChatFormatError, match="line 1"):
        wa("android_en_dmy.txt", date_order="mdy")


def test_mixed_date_orders_are_refused() -> None:
    data = b"23/03/2022, 10:00 - A: x\n03/23/2022, 10:00 - A: y\n"
    with pytest.raises(ChatFormatError, match="mix two orders"):
        whatsapp.parse(data, time_zone="UTC")


def test_lines_before_the_first_message_and_impossible_dates_are_reported() -> None:
    data = (
        b"stray words\n"
        b"23/03/2022, 10:00 - A: first\n"
        b"31/02/2022, 10:00 - A: not a real day\n"
        b"24/03/2022, 25:00 - A: not a real hour\n"
    )
    r = whatsapp.parse(data, time_zone="UTC")
    msgs = r.conversations[0].messages
    assert len(msgs) == 1
    # Nothing dropped silently: the text stays, the report names the lines.
    assert "not a real day" in msgs[0].text and "not a real hour" in msgs[0].text
    assert [u.split(":")[0] for u in r.unreadable] == ["line 1", "line 3", "line 4"]


def test_unknown_wording_is_kept_as_text() -> None:
    data = "23/03/2022, 10:00 - A: <Medien ausgeschlossen>\n23/03/2022, 10:01 - A: Gelöscht\n"
    r = whatsapp.parse(data.encode(), time_zone="UTC")
    # The <…> shape is media in any language; an unknown "deleted" wording stays text.
    assert kinds(r) == ["media", "text"]
    assert r.conversations[0].messages[1].text == "Gelöscht"


def test_not_a_whatsapp_file() -> None:
    with pytest.raises(ChatFormatError, match="no line starts with a date"):
        whatsapp.parse(b"just some notes\nnothing dated\n", time_zone="UTC")
    with pytest.raises(ChatFormatError, match="not UTF-8"):
        whatsapp.parse(b"\xff\xfe23/03/2022\x00", time_zone="UTC")


def test_unknown_time_zone_is_refused() -> None:
    with pytest.raises(QuireError, match="Unknown time zone"):
        wa("android_en_dmy.txt", time_zone="Mars/Olympus")


def test_default_time_zone_is_this_computers_and_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tbilisi")
    r = whatsapp.parse(b"23/03/2022, 13:31 - A: x\n")
    assert r.conversations[0].messages[0].time_utc == "2022-03-23T09:31:00Z"
    assert "Asia/Tbilisi (this computer's; the export names none)" in r.time_zone


# -- WhatsApp iOS ---------------------------------------------------------------------------
def test_ios_english_zip() -> None:
    read = read_export(WA / "ios_en.zip", time_zone="Europe/London")
    read.source.close()
    r = read.result
    msgs = r.conversations[0].messages
    assert [m.kind for m in msgs] == ["system", "text", "media", "media", "deleted"]
    assert msgs[0].sender == "Threat group" and "end-to-end" in msgs[0].text  # as written
    assert read.result.conversations[0].participants() == ["Anon"]
    assert msgs[2].attachments[0].name == "00000035-PHOTO-2022-03-27-21-41-55.jpg"
    assert msgs[3].attachments[0].placeholder == "image omitted"
    assert r.conversations[0].title == "ios_en"
    assert msgs[1].time_utc == "2022-03-27T20:41:35Z"  # British Summer Time began that day


def test_ios_russian_zip() -> None:
    read = read_export(WA / "ios_ru.zip", time_zone="UTC")
    read.source.close()
    msgs = read.result.conversations[0].messages
    assert [m.kind for m in msgs] == ["text", "media", "media"]
    assert msgs[1].attachments[0].placeholder == "изображение отсутствует"
    assert msgs[2].attachments[0].name == "00000012-PHOTO-2023-02-15-07-00-00.jpg"
    assert msgs[0].time_utc == "2023-02-14T22:11:04Z"


# -- Telegram -------------------------------------------------------------------------------
def test_telegram_single_chat() -> None:
    r = telegram.parse((F / "telegram" / "single" / "result.json").read_bytes())
    (conv,) = r.conversations
    assert conv.title == "Anonymous Channel Admin" and conv.chat_type == "personal_chat"
    by_id = {m.platform_id: m for m in conv.messages}
    assert by_id["101"].time_utc == "2024-05-01T21:15:00Z"  # date_unixtime, not "date"
    assert by_id["101"].time_shown == "2024-05-01T23:15:00"
    assert by_id["102"].text == "Look at this post and @journalist_az"
    assert by_id["102"].extra == {"links": ["https://t.me/leaks/77"]}
    assert by_id["102"].edited_utc == "2024-05-01T21:20:00Z"
    assert by_id["103"].kind == "media"
    assert by_id["103"].attachments[0].name == "photos/photo_1@01-05-2024_23-17-00.jpg"
    voice = by_id["104"].attachments[0]
    assert voice.name is None and voice.placeholder.startswith("(File not included")
    assert voice.media_type == "voice_message"
    assert by_id["105"].reply_to == "101" and by_id["105"].sender_id == "user5550002"
    assert by_id["106"].forwarded_from == "Leaks Channel"
    call = by_id["107"]
    assert call.kind == "service" and call.sender == "Anonymous Admin"
    assert call.text == "phone call (missed)" and call.extra["action"] == "phone_call"
    assert by_id["108"].extra["action"] == "take_screenshot"
    assert by_id["109"].extra["message_id"] == 101
    assert "111" not in by_id  # "unsupported": no date; reported, not silently dropped
    assert r.unreadable == [
        "entry 11 of the messages: message id 111 is one Telegram Desktop could not export "
        "(it wrote 'unsupported' and no date); not imported"
    ]


def test_telegram_account_export_with_sessions() -> None:
    r = telegram.parse((F / "telegram" / "account" / "result.json").read_bytes())
    assert [c.title for c in r.conversations] == ["Anonymous Channel Admin", "Qrup"]
    assert r.conversations[1].messages[0].kind == "service"
    assert r.conversations[1].messages[0].text == "invite members (Anonymous Admin)"
    assert r.conversations[0].messages[0].locator == "chat 5550001, message id 101"
    first = r.sessions[0]
    assert first == {
        "kind": "app",
        "device": "Unknown Windows PC",
        "platform": "Windows",
        "system_version": "Windows 10",
        "application": "Telegram Desktop",
        "application_version": "4.16.8",
        "ip": "203.0.113.7",
        "country": "Unknown",
        "region": None,
        "created": "2024-05-01T02:00:00Z",
        "last_active": "2024-05-02T03:00:00Z",
    }
    assert [s["kind"] for s in r.sessions] == ["app", "app", "web"]


def test_telegram_without_unixtime_uses_the_zone_and_says_so() -> None:
    doc = {
        "name": "x",
        "type": "personal_chat",
        "id": 1,
        "messages": [
            {"id": 1, "type": "message", "date": "2019-01-01T12:00:00", "from": "A", "text": "hi"}
        ],
    }
    r = telegram.parse(json.dumps(doc).encode(), time_zone="Asia/Baku")
    assert r.conversations[0].messages[0].time_utc == "2019-01-01T08:00:00Z"
    assert any("date_unixtime" in d and "Asia/Baku" in d for d in r.decisions)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b'{"name": "x", "messages": [{"id": 1, "date_unixtime": "17', "truncated or damaged"),
        (b"[1, 2, 3]", "not a Telegram export"),
        (b'{"about": "hi"}', "not a Telegram export"),
        (b"\xff\xfe{", "not UTF-8"),
    ],
)
def test_telegram_bad_input(data: bytes, match: str) -> None:
    with pytest.raises(ChatFormatError, match=match):
        telegram.parse(data)


def test_telegram_text_of_rejects_foreign_shapes() -> None:
    with pytest.raises(ValueError, match="neither"):
        telegram.text_of(42)
    assert telegram.text_of(["a", {"type": "bold", "text": "b"}]) == ("ab", [])


# -- Instagram / Messenger ----------------------------------------------------------------
def test_meta_repairs_mojibake() -> None:
    assert meta.repair("G\u00c3\u00bcnel \u00c6\u008fliyeva") == "Günel Əliyeva"
    assert meta.repair("Günel") == "Günel"  # real text is left alone
    assert meta.repair({"a": ["\u00d0\u00a2\u00d0\u00b5"]}) == {"a": ["Те"]}


def test_instagram_thread_in_two_parts() -> None:
    read = read_export(F / "instagram")
    read.source.close()
    r = read.result
    assert r.format == "instagram"
    (conv,) = r.conversations
    assert conv.title == "anon.account_77" and conv.platform == "instagram"
    texts = [m.text for m in conv.messages]
    assert "Bu mesajları saxlayıram." in texts  # repaired
    assert "Ünvanını bilirik. Şəkillərin də var.\nhttps://www.instagram.com/p/EXAMPLE/" in texts
    by_kind = {m.kind for m in conv.messages}
    assert by_kind == {"text", "media", "unsent"}
    photo = next(m for m in conv.messages if m.kind == "media")
    assert photo.extra["reactions"] == [{"reaction": "😡", "actor": "Günel Əliyeva"}]
    assert [m.locator for m in conv.messages][-1] == "message_2.json message 2"
    assert r.parts[0].endswith("message_1.json") and r.parts[1].endswith("message_2.json")


def test_facebook_single_part_by_path() -> None:
    path = F / "facebook/your_facebook_activity/messages/inbox/troll_987/message_1.json"
    read = read_export(path)
    read.source.close()
    (conv,) = read.result.conversations
    assert conv.platform == "facebook" and conv.title == "Фейк Профиль"
    assert conv.messages[0].text == "Тебе конец"


def test_meta_platform_unknown_is_decided_and_recorded(tmp_path: Path) -> None:
    src = F / "facebook/your_facebook_activity/messages/inbox/troll_987/message_1.json"
    (tmp_path / "thread").mkdir()
    (tmp_path / "thread" / "message_1.json").write_bytes(src.read_bytes())
    read = read_export(tmp_path / "thread")
    read.source.close()
    assert read.result.format == "instagram"
    assert any("--format facebook" in d for d in read.result.decisions)
    read = read_export(tmp_path / "thread", fmt="facebook")
    read.source.close()
    assert read.result.format == "facebook"


def test_meta_truncated_part(tmp_path: Path) -> None:
    (tmp_path / "message_1.json").write_text('{"messages": [{"sender_name": "a", "timest')
    with pytest.raises(ChatFormatError, match="truncated or damaged"):
        read_export(tmp_path / "message_1.json")


# -- detection ------------------------------------------------------------------------------
def test_wrong_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(ChatFormatError, match="not a chat export"):
        read_export(tmp_path / "photo.jpg")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ChatFormatError, match="No chat export found"):
        read_export(tmp_path / "empty")
    with pytest.raises(QuireError, match="Not a readable"):
        read_export(tmp_path / "missing.txt")


def test_format_given_must_match(tmp_path: Path) -> None:
    with pytest.raises(ChatFormatError, match="not telegram-json"):
        read_export(WA / "android_en_dmy.txt", fmt="telegram-json")
    with pytest.raises(QuireError, match="Unknown format"):
        read_export(WA / "android_en_dmy.txt", fmt="signal")


# -- Telegram HTML --------------------------------------------------------------------------
def test_telegram_html_pages() -> None:
    read = read_export(F / "telegram" / "html", time_zone="Asia/Baku")
    read.source.close()
    r = read.result
    assert r.format == "telegram-html" and r.parts == ["messages.html", "messages2.html"]
    (conv,) = r.conversations
    assert conv.title == "Anonymous Channel Admin"
    by_id = {m.platform_id: m for m in conv.messages}
    assert "-1" not in by_id  # the date separator is not a message
    first = by_id["101"]
    assert first.text == "We will publish your private chats tomorrow.\nAll of them & the photos."
    assert first.time_utc == "2024-05-01T21:15:00Z"  # its own offset, UTC+02:00
    assert first.time_shown == "01.05.2024 23:15:00 UTC+02:00"
    assert by_id["102"].sender == "Anonymous Admin"  # "joined": the sender before
    assert by_id["102"].attachments[0].name == "photos/photo_1@01-05-2024_23-16-00.jpg"
    voice = by_id["103"].attachments[0]
    assert voice.name is None and voice.placeholder.startswith("Not included")
    shot = by_id["104"]
    assert shot.kind == "service" and shot.text == "Anonymous Admin took a screenshot"
    assert shot.time_utc == by_id["103"].time_utc
    assert by_id["105"].reply_to == "101" and by_id["105"].text == "Bunu polisə verəcəyəm."
    assert by_id["106"].forwarded_from == "Leaks Channel"
    assert by_id["106"].text == "Новая публикация: личная переписка"
    assert by_id["107"].time_utc == "2024-05-02T05:06:00Z"  # no offset: read in Asia/Baku
    assert any("service message(s)" in d for d in r.decisions)
    assert any("without a UTC offset" in d and "Asia/Baku" in d for d in r.decisions)


def test_telegram_html_with_offsets_asks_no_zone(tmp_path: Path) -> None:
    page = (F / "telegram" / "html" / "messages.html").read_text(encoding="utf-8")
    (tmp_path / "messages.html").write_text(page, encoding="utf-8")
    read = read_export(tmp_path / "messages.html", time_zone="Nowhere/Nothing")
    read.source.close()
    assert read.result.time_zone is None and len(read.result.conversations[0].messages) == 4


def test_telegram_html_refusals(tmp_path: Path) -> None:
    (tmp_path / "messages.html").write_text("<html><body><p>hello</p></body></html>")
    with pytest.raises(ChatFormatError, match="not a page of a Telegram HTML export"):
        read_export(tmp_path)
    (tmp_path / "messages.html").unlink()
    (tmp_path / "messages2.html").write_text("<div class='message'></div>")
    with pytest.raises(ChatFormatError, match=r"no messages\.html beside it"):
        read_export(tmp_path / "messages2.html")


def test_which_exports_name_no_time_zone(tmp_path: Path) -> None:
    """WhatsApp's times carry no zone (the app asks for it); Telegram's and Meta's do."""
    from app.chats.detect import times_have_no_zone

    fixtures = Path(__file__).resolve().parent / "fixtures" / "chats"
    assert times_have_no_zone(fixtures / "whatsapp" / "android_en_dmy.txt")
    zips = sorted((fixtures / "whatsapp").glob("*.zip"))
    assert zips and all(times_have_no_zone(z) for z in zips)
    assert not any(times_have_no_zone(p) for p in (fixtures / "telegram").rglob("*.json"))
    assert not any(times_have_no_zone(p) for p in (fixtures / "telegram").rglob("*.html"))
    junk = tmp_path / "x.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert not times_have_no_zone(junk)
