"""Translations: every message of quire_az.ts and quire_ru.ts is finished and keeps its
placeholders; the compiled catalogues load; the main window, the unlock page and Quire's
dialogs show no English left over in Azerbaijani or Russian."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from app.access import unlock_vault
from app.incidents.record import IncidentRecord
from app.incidents.store import IncidentStore
from app.vault.kdf import INSECURE_TEST_PARAMS
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from ui.translations import install_language, translations_dir

pytestmark = pytest.mark.gui

TS = {"az": 2, "ru": 3}  # language: plural forms
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# Shown the same in every language: names, language names, units, technical words.
SAME_EVERYWHERE = {
    "Quire",
    "English",
    "Azərbaycan dili",
    "Русский",
    "Notes",
    "SHA-256",
    "PDF",
    "Audio",
    "Video",
}

# The diary's signing key, shown as a fingerprint and as words: the same in every language.
KEY_WORDS = re.compile(r"^SHA256:[A-Za-z0-9+/]{43}$|^[a-z]+( [a-z]+){5}$")

# Every field filled, so the detail pane shows every label (values are not interface text).
SAMPLE = {
    "title": "Xq 1",
    "occurred_at": "2024-03-08",
    "occurred_precision": "day",
    "categories": ["smear"],
    "narrative": "Zz",
    "targets": [{"kind": "self", "name": "Zz"}],
    "perpetrators": [{"kind": "media", "name": "Zz", "identifiers": ["@zz"]}],
    "platforms": ["Zz"],
    "location": "Zz",
    "links": [{"url": "https://zz.example/1", "seen_at": "2024-03-08", "note": "Zz"}],
    "witnesses": ["Zz"],
    "impact": {"kinds": ["psychological"], "description": "Zz"},
    "severity": 3,
    "actions": [{"kind": "reported_platform", "at": "2024-03-09", "reference": "Zz"}],
    "tags": ["zz"],
}


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    def use(code: str) -> None:
        assert install_language(code)

    yield use
    install_language("en")


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(translations_dir() / f"quire_{lang}.ts").getroot()
    return [
        (ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")
    ]


@pytest.mark.parametrize("lang", sorted(TS))
def test_every_message_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 500
    problems = []
    for context, m in messages:
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {tr.get('type')}")
            continue
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if len(forms) != TS[lang] or not all(forms):
                problems.append(f"{context}: {source!r} needs {TS[lang]} plural forms")
        else:
            forms = [tr.text or ""]
            if not forms[0].strip():
                problems.append(f"{context}: {source!r} is empty")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes a placeholder")
            if ("%n" in source) != ("%n" in form):
                problems.append(f"{context}: {source!r} -> {form!r} loses %n")
            if source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append(f"{context}: {source!r} -> {form!r} changes the shortcut mark")
    assert not problems, "\n".join(problems)


def test_catalogues_are_compiled() -> None:
    for lang in ("en", *TS):
        ts = translations_dir() / f"quire_{lang}.ts"
        qm = translations_dir() / f"quire_{lang}.qm"
        assert qm.exists(), f"run `make translations` ({qm.name} is missing)"
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm.name} is older than {ts.name}"


def test_app_strings_and_qt_buttons_are_extracted() -> None:
    contexts = {c for c, _ in _messages("az")}
    assert {"vocabulary", "templates", "strength", "QPlatformTheme", "QFileDialog"} <= contexts


def test_standard_buttons_and_plurals(language: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    language("az")
    box2 = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert sorted(b.text() for b in box2.buttons()) == ["Ləğv et", "Oldu"]
    language("ru")
    files = QCoreApplication.translate("SelectPage", "%n files", None, 3)
    assert files == "3 файла"
    assert QCoreApplication.translate("SelectPage", "%n files", None, 11) == "11 файлов"
    language("en")
    assert QCoreApplication.translate("SelectPage", "%n files", None, 1) == "1 file"
    assert box.buttons()


def _sources() -> set[str]:
    return {m.findtext("source") or "" for _, m in _messages("az")}


def _texts(widget: QWidget) -> set[str]:
    """Every piece of interface text a widget tree shows or announces."""
    out: set[str] = set()
    known = _sources()

    def add(text: str | None) -> None:
        text = (text or "").replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if text and re.search(r"[A-Za-z]{3}", text) and not KEY_WORDS.search(text):
            out.add(text)

    for w in [widget, *widget.findChildren(QWidget)]:
        add(w.windowTitle() if w.isWindow() else "")
        add(w.accessibleName())
        add(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w.text())
        elif isinstance(w, QLineEdit):
            add(w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for section in range(model.columnCount()):
                add(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
        if isinstance(w, QTextBrowser):  # rich text: only the lines that are interface words
            for line in w.toPlainText().splitlines():
                for part in line.split("\t"):
                    if part.strip() in known:
                        add(part)
        for action in QWidget.actions(w):
            add(action.text())
            add(action.toolTip())
    return out


def _screens(home: Path, qtbot: Any) -> dict[str, QWidget]:
    """The main window (unlocked) and Quire's own dialogs, built in the current language."""
    from ui.main_window import MainWindow
    from ui.panic import HoldToWipeDialog
    from ui.settings_dialog import SettingsDialog
    from ui.timeline import TimelineDialog

    w = MainWindow(home)
    qtbot.addWidget(w)
    screens: dict[str, QWidget] = {"unlock page": w.unlock_page, "welcome page": w.welcome}
    vault = unlock_vault(home, PASSPHRASE)
    w._unlocked(vault)
    qtbot.waitUntil(lambda: w.diary.model.rowCount() == 1, timeout=5000)
    w.diary.table.selectRow(0)
    screens["main window"] = w
    settings = SettingsDialog(home, w.settings, vault, w)
    screens["settings"] = settings
    screens["hold to wipe"] = HoldToWipeDialog(w)
    timeline = TimelineDialog(vault, w)
    qtbot.waitUntil(lambda: timeline.timeline is not None, timeout=5000)
    screens["timeline"] = timeline
    return screens


@pytest.mark.parametrize("lang", sorted(TS))
def test_no_english_left_on_screen(lang: str, language: Any, qtbot: Any, tmp_path: Path) -> None:
    home = tmp_path / "vault"
    vault = Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0]
    IncidentStore(vault).create(IncidentRecord.from_dict(SAMPLE))
    vault.lock()
    english = {name: _texts(s) for name, s in _screens(home, qtbot).items()}
    language(lang)
    translated = {name: _texts(s) for name, s in _screens(home, qtbot).items()}
    left = {
        name: sorted(english[name] & translated[name] - SAME_EVERYWHERE)
        for name in english
        if english[name] & translated[name] - SAME_EVERYWHERE
    }
    assert not left, f"English left in {lang}: {left}"


@pytest.mark.parametrize(
    ("lang", "lock", "title"),
    [("az", "Kilidlə", "Quire kilidlidir"), ("ru", "Заблокировать", "Quire заблокирован")],
)
def test_main_window_and_unlock_page(
    lang: str, lock: str, title: str, language: Any, qtbot: Any, tmp_path: Path
) -> None:
    from ui.main_window import MainWindow

    home = tmp_path / "vault"
    Vault.create(home, PASSPHRASE, kdf=INSECURE_TEST_PARAMS)[0].lock()
    language(lang)
    w = MainWindow(home)
    qtbot.addWidget(w)
    assert w.act_lock.text() == lock
    english = ["New incident", "Timeline", "Settings", "Panic wipe", "Backup and restore…"]
    actions = [w.act_new, w.act_timeline, w.act_settings, w.act_panic, w.act_backup]
    for action, source in zip(actions, english, strict=True):
        assert action.text() and action.text() != source
    assert title in _texts(w.unlock_page)
    assert w.unlock_page.button.text() != "Unlock"
