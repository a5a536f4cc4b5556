"""Render Quire's main screens to docs/screenshots/*.png from a throw-away sample diary.

    .venv/bin/python scripts/screenshots.py [--out DIR] [--lang en] [--screen 1024x640]

Each window is shown as on a laptop screen of that size (an offscreen screen; 1366×768 unless
--screen says otherwise) and sizes itself to it as it would there.

Everything shown is invented: the people, handles, phone numbers, channels and places.
The vault lives in a temporary folder that is deleted at the end; nothing touches the
user's own diary. (`make screenshots` runs this.)
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app import settings as settings_store  # noqa: E402
from app.age.keys import format_identity_file, generate_identity  # noqa: E402
from app.bundle.export import Selection, export_bundle, resolve_recipients  # noqa: E402
from app.contacts.book import ContactBook  # noqa: E402
from app.evidence.store import EvidenceStore  # noqa: E402
from app.incidents.record import IncidentRecord  # noqa: E402
from app.incidents.store import IncidentStore  # noqa: E402
from app.vault.vault import Vault  # noqa: E402

PASSPHRASE = "lantern orchard seven quietly"  # noqa: S105 - the throw-away sample diary
ORG = "Legal Aid Centre (sample)"

# -- sample data (all invented) ------------------------------------------------------------
INCIDENTS: list[dict[str, object]] = [
    {
        "title": "Fake escort advert with my phone number",
        "occurred_at": "2025-03-04",
        "occurred_precision": "day",
        "categories": ["doxxing", "smear"],
        "narrative": (
            "A friend sent me a link to a classifieds site. An advert offers 'escort "
            "services' with my photo from Facebook and my real mobile number. Since the "
            "evening I have had more than 40 calls and messages from strangers.\n\n"
            "The advert was posted by an account created the same day."
        ),
        "targets": [{"kind": "self", "name": ""}],
        "perpetrators": [
            {
                "kind": "anonymous_channel",
                "name": "Classifieds account 'vip_baku_24'",
                "identifiers": ["vip_baku_24", "+994 55 000 47 12 (contact number in the ad)"],
            }
        ],
        "platforms": ["Classifieds website", "WhatsApp"],
        "location": "Online",
        "links": [
            {
                "url": "https://classifieds.example/ad/48213",
                "seen_at": "2025-03-04T21:40:00+04:00",
                "note": "The advert with my photo and number",
            }
        ],
        "impact": {
            "kinds": ["psychological", "family"],
            "description": "I switched my phone off for two days. My mother saw the advert.",
        },
        "severity": 4,
        "actions": [
            {
                "kind": "reported_platform",
                "at": "2025-03-05",
                "reference": "Ticket 20250305-118",
                "outcome": "Advert removed after 3 days",
            }
        ],
        "tags": ["phone number", "advert"],
    },
    {
        "title": "Instagram hesabım sındırıldı, şəxsi fotolar Telegram kanalında",
        "occurred_at": "2025-01-18",
        "occurred_precision": "day",
        "categories": ["account_compromise", "leak"],
        "narrative": (
            "Səhər saat 6-da Instagram-dan giriş xəbərdarlığı gəldi, sonra parolum "
            "dəyişdirildi. İki gün sonra şəxsi fotolarım anonim “Qaranlıq Arxiv” "
            "Telegram kanalında yayımlandı."
        ),
        "targets": [{"kind": "self", "name": ""}],
        "perpetrators": [
            {
                "kind": "anonymous_channel",
                "name": "Qaranlıq Arxiv",
                "identifiers": ["t.me/qaranliq_arxiv_sample"],
            }
        ],
        "platforms": ["Instagram", "Telegram"],
        "links": [
            {
                "url": "https://t.me/qaranliq_arxiv_sample/311",
                "seen_at": "2025-01-20T09:15:00+04:00",
                "note": "",
            }
        ],
        "impact": {"kinds": ["psychological", "professional"], "description": ""},
        "severity": 5,
        "tags": ["instagram", "telegram"],
    },
    {
        "title": "TV talk show called me a “bad mother”",
        "occurred_at": "2024-11-12",
        "occurred_precision": "day",
        "categories": ["smear"],
        "narrative": (
            "Evening talk show on a national channel: the host showed my photo and said "
            "that a woman who goes to protests is a bad mother and mentally unstable."
        ),
        "perpetrators": [
            {"kind": "media", "name": "Evening talk show (sample)", "identifiers": []}
        ],
        "platforms": ["TV", "YouTube"],
        "severity": 3,
        "tags": ["TV"],
    },
    {
        "title": "Разгон марша 8 марта, задержаны 12 человек",
        "occurred_at": "2025-03-08T12:30:00+04:00",
        "occurred_precision": "exact",
        "categories": ["physical", "legal"],
        "narrative": (
            "Через десять минут после начала марша полиция окружила участниц. Двенадцать "
            "человек, в том числе меня, посадили в автобус и продержали в отделе пять часов. "
            "Телефон забрали и вернули вечером."
        ),
        "targets": [{"kind": "self", "name": ""}, {"kind": "colleague", "name": "Aysel (sample)"}],
        "perpetrators": [{"kind": "state", "name": "Police (sample district)", "identifiers": []}],
        "location": "City centre",
        "witnesses": ["Journalist from an independent outlet (sample)"],
        "severity": 4,
        "actions": [{"kind": "reported_organisation", "at": "2025-03-09", "reference": ""}],
        "tags": ["march", "8 March"],
    },
    {
        "title": "Blackmail DMs: “pay or your chats go public”",
        "occurred_at": "2025-02-02",
        "occurred_precision": "day",
        "categories": ["blackmail", "threat"],
        "narrative": (
            "An unknown account sent screenshots of my private conversations and demanded "
            "that I stop posting, or they would publish everything."
        ),
        "perpetrators": [
            {"kind": "anonymous_channel", "name": "", "identifiers": ["@anon_truth_sample"]}
        ],
        "platforms": ["Instagram direct messages"],
        "severity": 4,
        "tags": ["blackmail"],
    },
    {
        "title": "Telefon danışığım xəbər saytında sitat gətirildi",
        "occurred_at": "2024-12",
        "occurred_precision": "month",
        "categories": ["surveillance"],
        "severity": 3,
    },
    {
        "title": "Вызов в полицию «для беседы»",
        "occurred_at": "2025-03-12",
        "occurred_precision": "day",
        "categories": ["legal"],
        "severity": 2,
    },
    {
        "title": "Threatening calls from a hidden number",
        "occurred_at": "2024-10-21",
        "occurred_precision": "day",
        "categories": ["threat"],
        "severity": 3,
    },
    {
        "title": "Saxta Facebook profili mənim adımla",
        "occurred_at": "2024-09-30",
        "occurred_precision": "day",
        "categories": ["doxxing"],
        "severity": 2,
    },
    {
        "title": "Photos from the protest posted with my home address",
        "occurred_at": "2025-03-10",
        "occurred_precision": "day",
        "categories": ["doxxing", "threat"],
        "severity": 4,
    },
    {
        "title": "Smear article on a pro-government site",
        "occurred_at": "2025-02-20",
        "occurred_precision": "day",
        "categories": ["smear"],
        "severity": 2,
    },
    {
        "title": "Someone followed me home after the court hearing",
        "occurred_at": "2025-01-28",
        "occurred_precision": "approximate",
        "categories": ["surveillance", "threat"],
        "severity": 3,
    },
    {"title": "Anonymous letter left at my door", "categories": ["threat"], "severity": 2},
]


def _fake_screenshot(kind: str) -> bytes:
    """A plausible phone screenshot, drawn here (no real image is used)."""
    img = QImage(540, 960, QImage.Format.Format_RGB32)
    img.fill(QColor("#f4f4f6"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    p.setPen(QColor("#222"))
    if kind == "advert":
        p.fillRect(0, 0, 540, 90, QColor("#2b6cb0"))
        font.setPixelSize(30)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(24, 0, 500, 90), Qt.AlignmentFlag.AlignVCenter, "classifieds.example")
        p.fillRect(40, 130, 460, 360, QColor("#cbd5e0"))
        p.setPen(QColor("#4a5568"))
        font.setPixelSize(22)
        font.setBold(False)
        p.setFont(font)
        p.drawText(QRectF(40, 130, 460, 360), Qt.AlignmentFlag.AlignCenter, "[photo]")
        p.setPen(QColor("#1a202c"))
        font.setPixelSize(32)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(40, 520, 460, 50), 0, "VIP escort, 24/7")
        font.setPixelSize(28)
        p.setFont(font)
        p.setPen(QColor("#c53030"))
        p.drawText(QRectF(40, 590, 460, 50), 0, "+994 55 000 47 12")
        font.setPixelSize(20)
        font.setBold(False)
        p.setFont(font)
        p.setPen(QColor("#4a5568"))
        p.drawText(
            QRectF(40, 660, 460, 200), Qt.TextFlag.TextWordWrap, "Posted today · vip_baku_24"
        )
    else:
        p.fillRect(0, 0, 540, 90, QColor("#ffffff"))
        font.setPixelSize(28)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(24, 0, 500, 90), Qt.AlignmentFlag.AlignVCenter, "Security alert")
        p.setBrush(QColor("white"))
        p.setPen(QColor("#dddddd"))
        p.drawRoundedRect(QRectF(30, 130, 480, 300), 18, 18)
        p.setPen(QColor("#222"))
        font.setPixelSize(22)
        font.setBold(False)
        p.setFont(font)
        p.drawText(
            QRectF(60, 160, 420, 240),
            Qt.TextFlag.TextWordWrap,
            "New login to your account from an unknown device.\n\n"
            "Location: unknown\nTime: 06:02\n\nWas this you?",
        )
    p.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data().data())


def make_sample_vault(home: Path) -> tuple[Vault, dict[str, int]]:
    vault, _ = Vault.create(home, PASSPHRASE)
    store = IncidentStore(vault)
    ids: dict[str, int] = {}
    for data in INCIDENTS:
        ids[str(data["title"])] = store.create(IncidentRecord.from_dict(data))
    evidence = EvidenceStore(vault)
    advert = ids["Fake escort advert with my phone number"]
    hacked = ids["Instagram hesabım sındırıldı, şəxsi fotolar Telegram kanalında"]
    evidence.import_stream(advert, io.BytesIO(_fake_screenshot("advert")), "advert_screenshot.png")
    evidence.import_stream(
        advert,
        io.BytesIO(b"Call log 4-6 March: 43 calls from unknown numbers (sample)\n"),
        "call_log.txt",
    )
    evidence.import_stream(hacked, io.BytesIO(_fake_screenshot("alert")), "login_alert.png")
    store.add_note(advert, "The advert is back under a new account. Reported again.")
    add_sample_chat(vault, home.parent)
    add_sample_complaints(vault, ids)
    return vault, ids


def add_sample_complaints(vault: Vault, ids: dict[str, int]) -> None:
    """Complaints about the advert (issue 14): the platform answered; the police did not."""
    from app.complaints.store import ComplaintStore

    complaints = ComplaintStore(vault)
    advert = ids["Fake escort advert with my phone number"]
    platform = complaints.add(
        advert, "platform", "2025-03-05", body_name="Classifieds site (sample)",
        reference="T-20817", asked="Remove the advert and keep its records",
    )  # fmt: skip
    complaints.respond(platform, "2025-03-07", text="Advert removed; no records kept")
    police = complaints.add(
        advert, "police", "2025-03-06", body_name="District police (sample)",
        reference="44/2", asked="Find who placed the advert",
    )  # fmt: skip
    # The final decision six weeks ago, so the picture shows the four months counting down.
    final = (date.today() - timedelta(days=42)).isoformat()
    complaints.respond(police, final, text="Refused to open a case", final=True)


SAMPLE_CHAT = """\
23/03/2025, 13:30 - Messages and calls are end-to-end encrypted. No one outside of this chat, \
not even WhatsApp, can read or listen to them. Tap to learn more.
23/03/2025, 13:31 - Unknown +994 50 000 00 17: If you publish that article again
everyone will see your photos.
23/03/2025, 13:32 - Leyla: Who gave you this number?
23/03/2025, 13:34 - Unknown +994 50 000 00 17: You have until Friday. 500 manat.
23/03/2025, 13:40 - Unknown +994 50 000 00 17: <Media omitted>
23/03/2025, 13:41 - Unknown +994 50 000 00 17: This one goes to your family first.
23/03/2025, 13:45 - Leyla: I am keeping every message. This goes to the police.
24/03/2025, 08:02 - Unknown +994 50 000 00 17: This message was deleted
24/03/2025, 08:05 - Unknown +994 50 000 00 17: Delete your post or they go to the channel.
24/03/2025, 08:07 - Leyla: <Media omitted>
24/03/2025, 09:15 - Unknown +994 50 000 00 17 changed their phone number to a new number. \
Tap to message or add the new number.
25/03/2025, 22:10 - Unknown +994 55 000 00 42: Last warning. Friday.
"""


def add_sample_chat(vault: Vault, tmp: Path) -> None:
    """An invented WhatsApp export, imported as a person would (the Chats screen)."""
    from app.chats.store import ChatStore

    path = tmp / "WhatsApp Chat with Unknown.txt"
    path.write_text(SAMPLE_CHAT, encoding="utf-8")
    ChatStore(vault).import_export(path, time_zone="Asia/Baku")
    path.unlink()


# -- rendering ------------------------------------------------------------------------------
def settle(app: QApplication, until: Callable[[], bool] = lambda: True, ms: int = 10_000) -> None:
    """Let workers finish and the widgets lay out."""
    import time

    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


ONLY: set[str] = set()  # --only: the screens to write (all when empty)
SUFFIX = ""  # "-az" for --lang az


def save(widget: QWidget, out: Path, name: str) -> None:
    if ONLY and name not in ONLY:
        return
    widget.grab().save(str(out / f"{name}{SUFFIX}.png"))
    print(f"  {name}{SUFFIX}.png  {widget.width()}×{widget.height()}")


def use_screen(width: int, height: int, folder: Path) -> None:
    """An offscreen screen of this size (before Qt starts), unless another platform is set."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = folder / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen.update({"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="en", choices=["en", "az", "ru"])
    parser.add_argument("--only", default="", help="comma-separated screen names")
    parser.add_argument("--screen", default="1366x768", help="the laptop's screen, WIDTHxHEIGHT")
    args = parser.parse_args()
    global SUFFIX
    ONLY.update(n for n in args.only.split(",") if n)
    SUFFIX = "" if args.lang == "en" else f"-{args.lang}"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    QCoreApplication.setApplicationName("Quire")
    width, height = (int(n) for n in args.screen.lower().split("x"))
    screen_folder = tempfile.TemporaryDirectory(prefix="quire-screen-")
    use_screen(width, height, Path(screen_folder.name))
    app = QApplication([sys.argv[0]])
    for font in (ROOT / "resources" / "fonts").glob("DejaVuSans*.ttf"):
        QFontDatabase.addApplicationFont(str(font))
    app.setFont(QFont("DejaVu Sans", 10))
    from ui import theme
    from ui.dialogs import Dialogs
    from ui.main_window import MainWindow
    from ui.translations import install_language

    theme.apply(app)
    install_language(args.lang)
    Dialogs.next_answers.extend([False] * 20)  # "continue the draft?" and the like: no

    with tempfile.TemporaryDirectory(prefix="quire-sample-") as tmp:
        tmp_path = Path(tmp)
        # First run: an empty folder.
        empty = MainWindow(tmp_path / "new")
        empty.show()
        settle(app)
        save(empty, out, "welcome")
        empty.welcome.steps.setCurrentIndex(1)
        chooser = empty.welcome.language
        chooser.blockSignals(True)  # the language is installed already; nothing to save
        chooser.setCurrentIndex(chooser.findData(args.lang))
        chooser.blockSignals(False)
        empty.welcome.suggest.click()  # random words in the language, with their entropy
        empty.welcome.pass2.setText(empty.welcome.pass1.text())
        settle(app)
        save(empty, out, "create-vault")
        empty.welcome.next_button.click()
        empty.welcome.practice.setText(empty.welcome.pass1.text()[:9])  # half-way through
        settle(app)
        save(empty, out, "practice-retype")
        from app.vault.recovery_code import encode
        from ui.pages.recovery_code import RecoveryCodeDialog

        code = RecoveryCodeDialog(encode(bytes(range(32))), empty)  # a sample, not a secret
        code.fields[0].setText(code.words[code.asked[0]])
        code.show()
        settle(app)
        save(code, out, "recovery-code")
        code.confirmed = True
        code.close()
        empty.close()

        home = tmp_path / "diary"
        vault, ids = make_sample_vault(home)
        org_key = generate_identity()
        ContactBook(vault).add(ORG, org_key.recipient.encode())
        usb = tmp_path / "USB stick"
        usb.mkdir()
        bundle = usb / "incidents-2025.age"
        export_bundle(
            vault,
            Selection(all=True),
            resolve_recipients(vault, [ORG]),
            bundle,
            author="",
        )
        key_file = usb / "legal-aid-centre.key"
        key_file.write_text(format_identity_file(org_key))
        vault.lock()
        settings_store.save(home, settings_store.Settings(language=args.lang))

        window = MainWindow(home)
        window.show()
        settle(app)
        save(window, out, "unlock")
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.try_unlock()
        settle(app, lambda: window.vault is not None, 30_000)
        assert window.vault is not None
        settle(app, lambda: window.diary.model.rowCount() > 0)
        window.diary.select(ids["Fake escort advert with my phone number"])
        panel = window.evidence
        settle(app, lambda: panel.model.rowCount() == 2 and len(panel._thumbnails) >= 1)
        panel.list.setCurrentIndex(panel.model.index(0, 0))
        settle(app)
        save(window, out, "main-window")

        from ui.editor.incident_editor import IncidentEditor

        editor = IncidentEditor(
            window.vault, ids["Blackmail DMs: “pay or your chats go public”"], window
        )
        editor.show()
        settle(app)
        save(editor, out, "editor")
        editor.hide()

        from ui.timeline import TimelineDialog

        timeline = TimelineDialog(window.vault, window)
        timeline.show()
        settle(app, lambda: timeline.timeline is not None)
        save(timeline, out, "timeline")
        timeline.hide()

        from ui.chats.chats_window import ChatsWindow

        chats = ChatsWindow(window.vault, window)
        chats.show()
        settle(app)
        chats.messages.setCurrentIndex(chats.model.index(1))
        settle(app)
        save(chats, out, "chats")
        from app.actors.store import ActorStore

        conversation = chats.model.conversation_id
        assert conversation is not None
        ActorStore(window.vault).sender_is(conversation, "Unknown +994 50 000 00 17")
        chats.hide()

        from ui.actors.actors_window import ActorsWindow

        actors = ActorsWindow(window.vault, window)
        actors.show()
        actors.search.setText("+994 50 000 00 17")
        settle(app)
        save(actors, out, "actors")
        actors.hide()

        window.diary.select(ids["Fake escort advert with my phone number"])
        settle(app)
        window.diary.detail.scrollToAnchor("complaints")
        settle(app)
        save(window, out, "complaints")

        from ui.sharing.export_wizard import ExportWizard

        chosen = [
            ids["Fake escort advert with my phone number"],
            ids["Instagram hesabım sındırıldı, şəxsi fotolar Telegram kanalında"],
            ids["Blackmail DMs: “pay or your chats go public”"],
        ]
        wizard = ExportWizard(window.vault, chosen, window)
        wizard.show()
        settle(app, lambda: wizard.select_page.loaded)
        save(wizard, out, "export-wizard")
        wizard.next()
        settle(app)
        save(wizard, out, "export-recipient")
        wizard.hide()

        from ui.sharing.open_bundle import OpenBundleWindow

        receiver = OpenBundleWindow(window)
        receiver.show()
        receiver.bundle.setText(str(bundle))
        receiver.key.setText(str(key_file))
        receiver.verify()
        settle(app, lambda: receiver.opened is not None, 30_000)
        save(receiver, out, "open-bundle")
        receiver.hide()

        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(home, window.settings, window.vault, window)
        dialog.show()
        settle(app)
        save(dialog, out, "settings")
        dialog.tabs.setCurrentIndex(1)
        settle(app)
        save(dialog, out, "settings-panic")
        dialog.tabs.setCurrentWidget(dialog.tabs.widget(dialog.tabs.count() - 1))
        settle(app)
        save(dialog, out, "safety-checkup")
        dialog.hide()

        from ui.help_window import show_user_guide

        guide = show_user_guide(window, args.lang)
        settle(app)
        save(guide, out, "user-guide")
        guide.hide()

        from ui.sharing.org_key import OrgKeyDialog

        org = OrgKeyDialog(window)
        org.show()
        org.name.setText("Legal Aid Centre (sample)")
        kit_dir = tmp_path / "organisation"
        kit_dir.mkdir()
        org.folder.setText(str(kit_dir))
        org.make()
        settle(app, lambda: org.kit is not None, 30_000)
        save(org, out, "org-key")
        org.hide()

        window.lock()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
