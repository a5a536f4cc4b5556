"""Switching the language retranslates every open screen at once, with no English left.

Every screen the app opens without a real file dialog is open at the same time (the welcome
steps and the recovery code of a new diary; the unlocked main window with an incident's
detail pane and evidence; the editor, timeline, chats, export wizard, organisations, backup,
received-bundle, settings and panic windows). The language is then switched the way Settings
does it, English → Azerbaijani → Russian → English, and every visible text, tool tip,
placeholder, window title and accessible name is compared with what it was in English: a
text left unchanged is English left over. Errors from app/ reach the screen translated, and
the first language follows the system.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.gui.screen_fit import PASSPHRASE, make_diary, settle
from ui.retranslate import switch_language
from ui.translations import install_language, startup_language, system_language

pytestmark = pytest.mark.gui

# Shown the same in every language: names, language names, units, technical words.
SAME_EVERYWHERE = {"Quire", "English", "Azərbaycan dili", "Русский", "SHA-256", "PDF"}
SAME_IN = {"az": {"Problem"}}  # the same word in Azerbaijani
# The diary's own words (make_diary's sample data), not interface text.
# (titles, names, the chat, the recovery code's English word list, incidents titled by
# their category's key)
DATA = re.compile(
    r"Fake escort|advert|Legal Aid|call_log|Unknown|Leyla|Friday|number\?|offers services"
    r"|new account|WhatsApp Chat|Asia/Baku|age1[a-z0-9]+|AGE-SECRET|SHA256:|\.txt\b"
    r"|^\d+\. [a-z]+$|^(\d{4}-\d\d-\d\d\s+)?[a-z]+(_[a-z]+)?$|^[a-z]+( [a-z]+){5}$",
)


def _visible_texts(top: QWidget) -> dict[str, str]:
    """Every piece of interface text a window shows or announces, keyed by where it is."""
    out: dict[str, str] = {}

    def add(where: str, text: str | None) -> None:
        text = (text or "").replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        interface = text and re.search(r"[A-Za-z]{3}", text) and not DATA.search(text)
        if interface and text not in SAME_EVERYWHERE:
            out[where] = text

    for i, w in enumerate([top, *top.findChildren(QWidget)]):
        key = f"{type(w).__name__}#{i}({w.objectName()})"
        if w.isWindow():
            add(f"{key}.windowTitle", w.windowTitle())
        add(f"{key}.accessibleName", w.accessibleName())
        add(f"{key}.toolTip", w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(f"{key}.text", w.text())
        elif isinstance(w, QLineEdit):
            add(f"{key}.placeholder", w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)) and w.isReadOnly():
            for n, line in enumerate(w.toPlainText().splitlines()):
                add(f"{key}.line{n}", line)
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(f"{key}.placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(f"{key}.title", w.title())
        elif isinstance(w, QTabWidget):
            for t in range(w.count()):
                add(f"{key}.tab{t}", w.tabText(t))
        elif isinstance(w, QComboBox):
            for t in range(w.count()):
                add(f"{key}.item{t}", w.itemText(t))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for section in range(columns):
                header = model.headerData(section, Qt.Orientation.Horizontal)
                add(f"{key}.header{section}", str(header or ""))
            for row in range(min(model.rowCount(), 40)):
                for col in range(columns):
                    index = model.index(row, col)
                    for role in (
                        Qt.ItemDataRole.DisplayRole,
                        Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole,
                    ):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            add(f"{key}.cell{row},{col}.{int(role.value)}", value)
        for a, action in enumerate(QWidget.actions(w)):
            add(f"{key}.action{a}", action.text())
            add(f"{key}.action{a}.tip", action.toolTip())
    return out


def _open_screens(tmp: Path) -> dict[str, QWidget]:
    """Every screen, open at once, built in English."""
    from app.vault.recovery_code import encode
    from ui.dialogs import Dialogs
    from ui.main_window import MainWindow
    from ui.pages.recovery_code import RecoveryCodeDialog
    from ui.panic import HoldToWipeDialog
    from ui.sharing.contacts import ContactsDialog

    Dialogs.next_answers.extend([False] * 20)  # "continue the draft?" and the like: no
    screens: dict[str, QWidget] = {}
    first = MainWindow(tmp / "new")
    first.show()
    screens["welcome"] = first
    screens["recovery code"] = RecoveryCodeDialog(encode(bytes(range(32))), first)
    screens["recovery code"].show()

    home = tmp / "diary"
    make_diary(home)
    window = MainWindow(home)
    window.show()
    settle()
    screens["unlock"] = window.unlock_page
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    settle(lambda: window.vault is not None and window.diary.model.rowCount() > 0, 30_000)
    assert window.vault is not None
    window.diary.select(window.diary.model.summary(0).id)
    settle()
    screens["main window"] = window

    def shown(make: Any, until: Any = bool) -> QWidget:
        before = set(QApplication.topLevelWidgets())
        make()
        settle()
        new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert len(new) == 1, new
        settle(lambda: until(new[0]), 30_000)
        return new[0]

    screens["editor"] = shown(window.edit_current)
    screens["timeline"] = shown(
        window.show_timeline, lambda w: getattr(w, "timeline", None) is not None
    )
    window.show_chats()
    settle()
    screens["chats"] = window.chats_window
    screens["export wizard"] = shown(
        window.export_bundle, lambda w: getattr(w.select_page, "loaded", True)
    )
    contacts = ContactsDialog(window.vault, window)
    contacts.show()
    screens["organisations"] = contacts
    screens["backup"] = shown(window.backup)
    screens["open a received bundle"] = shown(window.open_bundle)
    screens["settings"] = shown(window.open_settings)
    hold = HoldToWipeDialog(window)
    hold.show()
    screens["hold to wipe"] = hold
    settle()
    return screens


@pytest.fixture
def screens(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("QUIRE_INSECURE_TEST_KDF", "1")
    install_language("en")
    opened = _open_screens(tmp_path)
    yield opened
    for w in opened.values():
        w.close()
    install_language("en")
    settle()


def _snapshot(screens: dict[str, QWidget]) -> dict[str, dict[str, str]]:
    for w in screens.values():  # labels that shorten their text lay it out again
        w.window().resize(w.window().width() + 1, w.window().height())
    settle()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # replaced widgets
    return {name: _visible_texts(w) for name, w in screens.items()}


def _left_over(
    english: dict[str, dict[str, str]], now: dict[str, dict[str, str]], lang: str
) -> dict[str, list[str]]:
    """Texts still the same as in English, per screen."""
    left: dict[str, list[str]] = {}
    for name, texts in now.items():
        same = sorted(
            {t for k, t in texts.items() if english[name].get(k) == t} - SAME_IN.get(lang, set())
        )
        if same:
            left[name] = same
    return left


@pytest.mark.slow
def test_switching_retranslates_every_open_screen(screens: dict[str, QWidget]) -> None:
    english = _snapshot(screens)
    assert sum(len(t) for t in english.values()) > 300
    for lang in ("az", "ru"):
        switch_language(lang)
        left = _left_over(english, _snapshot(screens), lang)
        assert not left, f"English left after switching to {lang}: {left}"
    switch_language("en")
    back = _snapshot(screens)
    lost = {
        name: sorted(set(english[name].values()) - set(back[name].values()))
        for name in english
        if set(english[name].values()) - set(back[name].values())
    }
    assert not lost, f"not English again after switching back: {lost}"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("az_AZ", "az"), ("ru_RU", "ru"), ("ru_KZ", "ru"), ("en_GB", "en"), ("de_DE", "en")],
)
def test_the_first_language_follows_the_system(
    system: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert system_language() == expected
    assert startup_language(tmp_path / "new") == expected  # no settings.json yet
    from app import settings as settings_store

    home = tmp_path / "chosen"
    home.mkdir()
    settings_store.save(home, settings_store.Settings(language="az" if expected != "az" else "ru"))
    assert startup_language(home) == ("az" if expected != "az" else "ru")  # the choice wins


def test_the_welcome_page_speaks_the_system_language_and_switches_at_once(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first run on a Russian system: Russian from the first screen; choosing Azərbaycan
    dili changes the welcome page and the passphrase step at once; the choice is kept."""
    from app import settings as settings_store
    from ui.main_window import MainWindow

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    home = tmp_path / "new"
    install_language(startup_language(home))  # as ui/main.py does
    try:
        window = MainWindow(home)
        qtbot.addWidget(window)
        welcome = window.welcome
        assert welcome.language.currentData() == "ru"
        russian = _visible_texts(welcome)
        assert any(re.search("[а-я]{4}", t) for t in russian.values())
        install_language("en")  # what each text would be in English, for comparison
        english = _visible_texts(MainWindow(tmp_path / "other").welcome)
        install_language("ru")
        welcome.language.setCurrentIndex(welcome.language.findData("az"))
        settle()
        now = _visible_texts(welcome)
        still_russian = sorted(t for t in now.values() if re.search("[а-яА-Я]", t))
        assert not still_russian, still_russian
        left = sorted(set(now.values()) & set(english.values()))
        assert not left, f"English on the Azerbaijani welcome page: {left}"
        assert settings_store.load(home).language == "az"
    finally:
        install_language("en")


def test_an_error_from_app_reaches_the_screen_translated(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The duress passphrase refused by app/wipe/duress.py, shown in Settings in Azerbaijani
    and Russian; the same error in the CLI's process stays English."""
    from app.access import unlock_vault
    from app.errors import QuireError
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault
    from ui.main_window import MainWindow
    from ui.settings_dialog import SettingsDialog

    monkeypatch.setenv("QUIRE_INSECURE_TEST_KDF", "1")
    home = tmp_path / "diary"
    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    with pytest.raises(QuireError) as english:
        unlock_vault(tmp_path / "nowhere", PASSPHRASE)
    assert str(english.value).startswith("No vault at")
    expected = {
        "az": "Məcburiyyət parolu gündəliyin parol ifadəsindən fərqli olmalıdır.",
        "ru": "Тревожная парольная фраза должна отличаться от парольной фразы дневника.",
    }
    try:
        for lang, sentence in expected.items():
            install_language(lang)
            assert not str(english.value).startswith("No vault at")  # translated where shown
            window = MainWindow(home)
            qtbot.addWidget(window)
            window._unlocked(unlock_vault(home, PASSPHRASE))
            dialog = SettingsDialog(home, window.settings, window.vault, window)
            qtbot.addWidget(dialog)
            dialog.duress1.setText(PASSPHRASE)
            dialog.duress2.setText(PASSPHRASE)
            dialog.set_duress()
            qtbot.waitUntil(lambda d=dialog: d.task is None, timeout=30_000)
            assert dialog.duress_message.text() == sentence
            window.lock()
    finally:
        install_language("en")
    assert str(english.value).startswith("No vault at")


def test_a_chat_imports_report_reads_in_the_persons_language(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What app/chats decided while reading (stored in English, as templates) is shown in
    Azerbaijani and Russian in the import report."""
    from app.chats.store import ChatStore
    from app.vault.kdf import INSECURE_TEST_PARAMS
    from app.vault.vault import Vault
    from ui.chats.import_flow import report_text

    monkeypatch.setenv("QUIRE_INSECURE_TEST_KDF", "1")
    vault = Vault.create(tmp_path / "diary", PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0]
    chat = tmp_path / "WhatsApp Chat with Zz.txt"
    chat.write_text(
        "23/03/2025, 1:31 pm - Zz: Qq\n24/03/2025, 2:32 pm - Xq: Qq\n", encoding="utf-8"
    )
    summary = ChatStore(vault).import_export(chat, time_zone="Asia/Baku")
    english = report_text(summary)
    assert "Times read in Asia/Baku (as given)." in english
    expected = {
        "az": "Vaxtlar Asia/Baku (göstərildiyi kimi) qurşağında oxunub.",
        "ru": "Время прочитано в поясе Asia/Baku (как указано).",
    }
    try:
        for lang, sentence in expected.items():
            install_language(lang)
            text = report_text(summary)
            assert sentence in text
            assert "Times read in" not in text and "AM/PM (12-hour clock)" not in text
    finally:
        install_language("en")
        vault.lock()
