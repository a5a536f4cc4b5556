"""What "fits the screen" means, checked on a shown window: every visible label and button
gets at least the room its text needs and lies inside the window, no toolbar folds actions
into its overflow chevron, no tab bar hides a tab, and the window fits the screen's work area.

Run as a script (tests/gui/test_small_screen.py does, under an offscreen screen of the size
and scale to check) it opens every screen of the app in each language and prints one line
per problem:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json [QT_SCALE_FACTOR=1.5] \
        .venv/bin/python -m tests.gui.screen_fit --lang en,az,ru [--shots DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTabBar,
    QToolBar,
    QWidget,
)


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, (QLabel, QAbstractButton)):
        text = w.text().replace("\n", " ")[:50]
    return f"{type(w).__name__}({w.objectName() or '-'}) {text!r}"


def _scrolled(w: QWidget) -> bool:
    """Inside a scroll area's viewport: the person can scroll to whatever is out of view."""
    parent = w.parentWidget()
    while parent is not None and not parent.isWindow():
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _outside(w: QWidget) -> str:
    """Where the widget's rectangle leaves an ancestor's (or the window's), else ""."""
    rect = QRect(QPoint(0, 0), w.size())
    child: QWidget = w
    parent = w.parentWidget()
    while parent is not None:
        rect = rect.translated(child.pos())
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return ""  # scrollable from here up
        if not parent.rect().contains(rect):
            return f"{rect.getRect()} outside {_name(parent)} {parent.rect().getRect()}"
        if parent.isWindow():
            return ""
        child, parent = parent, grand
    return ""


def clipped(window: QWidget) -> list[str]:
    """Every visible label or button of ``window`` whose text does not get the room it needs
    (an elided or cut-off text) or that lies outside the window."""
    problems: list[str] = []
    widgets: list[QWidget] = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.window() is window and isinstance(w, (QLabel, QAbstractButton))
    ]
    for w in widgets:
        if isinstance(w, QLabel):
            if not w.text().strip() or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if w.wordWrap():
                need_w = w.minimumSizeHint().width()
                need_h = w.heightForWidth(w.width())
            else:
                need_w, need_h = w.sizeHint().width(), w.minimumSizeHint().height()
        else:
            if not w.text().strip():
                continue  # icon-only buttons inside other widgets (a line edit's clear button)
            hint = w.minimumSizeHint()
            need_w, need_h = hint.width(), hint.height()
        if w.width() < need_w or w.height() < need_h:
            problems.append(
                f"{_name(w)} is {w.width()}×{w.height()}, needs {need_w}×{max(need_h, 0)}"
            )
            continue
        where = _outside(w)
        if where and not _scrolled(w):
            problems.append(f"{_name(w)} lies outside its window: {where}")
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible() or bar.window() is not window:
            continue
        for child in bar.findChildren(QWidget, "qt_toolbar_ext_button"):
            if child.isVisible():
                problems.append(f"toolbar {bar.objectName()!r} folds actions into its chevron")
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if action.isVisible() and button is not None and not button.isVisible():
                problems.append(f"toolbar {bar.objectName()!r} hides {action.text()!r}")
    for tabs in window.findChildren(QTabBar):
        if not tabs.isVisible() or tabs.window() is not window:
            continue
        for i in range(tabs.count()):
            if not tabs.rect().contains(tabs.tabRect(i)):
                problems.append(f"tab {tabs.tabText(i)!r} does not fit its tab bar")
    return problems


def misfits(window: QWidget) -> list[str]:
    """``clipped`` plus: the window (and what its layout needs) fits the screen's work area."""
    from ui.geometry import available_size

    most_w, most_h = available_size(window)
    problems = []
    if window.width() > most_w or window.height() > most_h:
        problems.append(f"window is {window.width()}×{window.height()}, screen {most_w}×{most_h}")
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > most_w or need.height() > most_h:
        problems.append(f"window needs {need.width()}×{need.height()}, screen {most_w}×{most_h}")
    return problems + clipped(window)


# -- every screen ---------------------------------------------------------------------------
def settle(until: Callable[[], bool] = lambda: True, ms: int = 10_000) -> None:
    """Let workers finish and layouts settle."""
    app = QApplication.instance()
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


PASSPHRASE = "correct horse battery staple"


def make_diary(home: Path) -> dict[str, int]:
    """A small diary with the long texts the screens must hold: incidents, a file, a note,
    an organisation and a chat (test KDF: QUIRE_INSECURE_TEST_KDF must be set)."""
    import io

    from app.age.keys import generate_identity
    from app.contacts.book import ContactBook
    from app.evidence.store import EvidenceStore
    from app.incidents.record import IncidentRecord
    from app.incidents.store import IncidentStore
    from app.incidents.vocabulary import CATEGORIES
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault

    vault, _ = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)
    store = IncidentStore(vault)
    ids = {
        "advert": store.create(
            IncidentRecord.from_dict(
                {
                    "title": "Fake escort advert with my phone number",
                    "occurred_at": "2025-03-04",
                    "occurred_precision": "day",
                    "categories": ["doxxing", "smear"],
                    "narrative": "An advert offers services with my photo and real number.",
                    "severity": 4,
                    "tags": ["advert"],
                }
            )
        ),
        "march": store.create(
            IncidentRecord.from_dict(
                {
                    "title": "Разгон марша 8 марта, задержаны 12 человек",
                    "occurred_at": "2025-03-08T12:30:00+04:00",
                    "occurred_precision": "exact",
                    "categories": ["physical", "legal"],
                    "severity": 5,
                }
            )
        ),
    }
    for category in CATEGORIES:  # each first in one incident: the timeline's legend has all
        store.create(
            IncidentRecord.from_dict(
                {"title": category, "occurred_at": "2025-02-11", "categories": [category]}
            )
        )
    EvidenceStore(vault).import_stream(
        ids["advert"], io.BytesIO(b"Call log: 43 calls from unknown numbers\n"), "call_log.txt"
    )
    store.add_note(ids["advert"], "The advert is back under a new account.")
    ContactBook(vault).add("Legal Aid Centre", generate_identity().recipient.encode())
    chat = home.parent / "WhatsApp Chat with Unknown.txt"
    chat.write_text(
        "23/03/2025, 13:31 - Unknown +994 50 000 00 17: You have until Friday.\n"
        "23/03/2025, 13:32 - Leyla: Who gave you this number?\n",
        encoding="utf-8",
    )
    from app.chats.store import ChatStore

    ChatStore(vault).import_export(chat, time_zone="Asia/Baku")
    chat.unlink()
    vault.lock()
    return ids


def screens(tmp: Path, lang: str) -> Iterator[tuple[str, QWidget]]:
    """Open each screen as the app opens it and yield it shown; closed after the yield."""
    from app import settings as settings_store
    from ui.dialogs import Dialogs
    from ui.main_window import MainWindow

    Dialogs.next_answers.extend([False] * 20)  # "continue the draft?" and the like: no
    first = MainWindow(tmp / f"new-{lang}")
    first.show()
    settle()
    for step in range(3):
        first.welcome.steps.setCurrentIndex(step)
        settle()
        yield f"welcome step {step + 1}", first
    from app.vault.recovery_code import encode
    from ui.pages.recovery_code import RecoveryCodeDialog

    code = RecoveryCodeDialog(encode(bytes(range(32))), first)
    code.show()
    settle()
    yield "recovery code", code
    code.confirmed = True
    code.close()
    from ui.backup_dialog import RestoreDialog

    restore = RestoreDialog(first.home, first)
    restore.show()
    settle()
    yield "restore a backup", restore
    restore.close()
    first.close()

    home = tmp / "diary"
    if not home.exists():
        make_diary(home)
    settings = settings_store.load(home)
    settings.language = lang
    settings_store.save(home, settings)
    window = MainWindow(home)
    window.show()
    settle()
    yield "unlock", window
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    settle(lambda: window.vault is not None and window.diary.model.rowCount() > 0, 30_000)
    assert window.vault is not None
    window.diary.select(window.diary.model.summary(0).id)
    settle()
    yield "main window", window
    sizes = window.diary.splitter.sizes()
    for name, wide in (("list", [10_000, 1]), ("detail", [1, 10_000])):
        window.diary.splitter.setSizes(wide)  # dragged as far as it goes
        settle()
        yield f"main window, {name} pane widest", window
    window.diary.splitter.setSizes(sizes)

    def shown(make: Callable[[], object], until: Callable[[QWidget], bool] = bool) -> QWidget:
        before = set(QApplication.topLevelWidgets())
        make()
        settle()
        new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert len(new) == 1, new
        settle(lambda: until(new[0]), 30_000)
        return new[0]

    editor = shown(window.edit_current)
    yield "editor", editor
    editor.close()
    timeline = shown(window.show_timeline, lambda w: getattr(w, "timeline", None) is not None)
    yield "timeline", timeline
    timeline.close()
    window.show_chats()
    chats = window.chats_window
    settle()
    if chats.model.rowCount() > 1:
        chats.messages.setCurrentIndex(chats.model.index(1))
    settle()
    yield "chats", chats
    chats.close()
    wizard = shown(window.export_bundle, lambda w: getattr(w.select_page, "loaded", True))
    yield "export: choose incidents", wizard
    wizard.next()
    settle()
    yield "export: organisation", wizard
    Dialogs.next_answers.clear()
    Dialogs.next_answers.append(True)  # "this key is not verified yet: send anyway?"
    for name in ("signing", "save"):
        wizard.next()
        settle()
        yield f"export: {name}", wizard
    Dialogs.next_answers.append(str(tmp / f"bundle-{lang}.age"))
    wizard.save_page.choose.click()
    wizard.next()
    settle(lambda: wizard.currentId() == wizard.pageIds()[-1], 30_000)
    yield "export: summary", wizard
    wizard.close()
    Dialogs.next_answers.extend([False] * 20)
    from ui.sharing.contacts import ContactsDialog

    contacts = ContactsDialog(window.vault, window)
    contacts.show()
    settle()
    yield "trusted organisations", contacts
    contacts.close()
    backup = shown(window.backup)
    yield "backup", backup
    backup.close()
    receiver = shown(window.open_bundle)
    yield "open a received bundle", receiver
    receiver.close()
    for name, action in (
        ("user guide", window.show_guide),
        ("about", window.show_about),
        ("actors", window.show_actors),
        ("organisation's key", window.make_org_key),
    ):
        other = shown(action)
        yield name, other
        other.close()
    dialog = shown(window.open_settings)
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        settle()
        yield f"settings tab {i + 1}", dialog
    dialog.close()
    window.lock()
    settle()
    yield "locked", window
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en,az,ru")
    parser.add_argument("--shots", default="", help="save each screen as a PNG here")
    parser.add_argument("--font-size", type=float, default=0, help="points (desktop's own)")
    args = parser.parse_args(argv)
    os.environ["QUIRE_INSECURE_TEST_KDF"] = "1"
    app = QApplication([sys.argv[0]])
    from ui import theme
    from ui.translations import install_language

    theme.apply(app)
    if args.font_size:  # e.g. 11: GNOME's and Ubuntu's default, wider than Qt's 9
        font = app.font()
        font.setPointSizeF(args.font_size)
        app.setFont(font)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="quire-fit-") as tmp:
        for lang in args.lang.split(","):
            install_language(lang)
            for name, window in screens(Path(tmp), lang):
                if args.shots:
                    file = f"{lang}-{name.replace(' ', '-').replace(':', '')}.png"
                    window.grab().save(str(Path(args.shots) / file))
                for problem in misfits(window):
                    failures += 1
                    print(f"[{lang}] {name}: {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
