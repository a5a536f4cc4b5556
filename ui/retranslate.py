"""Switching the language of windows that are already open.

Quire's widgets set their texts once, when they are built. When the language changes in
Settings, every text an open widget shows that is one of Quire's catalogue strings (labels,
buttons, menu actions, tabs, placeholders, tool tips, accessible names, list items) is looked
up in the old language's catalogue, back to its English source and context, and translated
into the new language. What a widget fills in itself (counts, dates, the diary's own text) is
not in the catalogue and stays as it is until that widget next refreshes it.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
    QWizardPage,
)

from ui.translations import translations_dir

Source = tuple[str, str]  # (context, English text)


@functools.cache
def _catalogue(lang: str) -> dict[str, Source]:
    """Shown text → its source, for one language ("en": the sources themselves)."""
    name = "az" if lang == "en" else lang  # any full catalogue lists every source
    try:
        path = translations_dir() / f"quire_{name}.ts"
        root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue, shipped with Quire
    except (OSError, ET.ParseError):
        return {}
    shown: dict[str, Source] = {}
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            if not source or tr is None or m.get("numerus") == "yes":
                continue
            text = source if lang == "en" else (tr.text or "")
            if text:
                shown.setdefault(text, (context, source))
    return shown


def retranslate_open_windows(old: str, new: str) -> int:
    """Call after ``install_language(new)``; returns how many texts were changed."""
    if old == new:
        return 0
    known = _catalogue(old)
    if not known:
        return 0
    changed = 0

    def swap(text: str, setter: Callable[[str], None]) -> None:
        nonlocal changed
        found = known.get(text)
        if found is None:
            return
        fresh = QCoreApplication.translate(found[0], found[1])
        if fresh != text:
            setter(fresh)
            changed += 1

    for widget in _all_widgets(QApplication.topLevelWidgets()):
        _swap_widget(widget, swap)
    return changed


def _all_widgets(tops: Iterable[QWidget]) -> list[QWidget]:
    out: list[QWidget] = []
    for top in tops:
        out.append(top)
        out.extend(top.findChildren(QWidget))
    return out


def _swap_widget(w: QWidget, swap: Callable[[str, Callable[[str], None]], None]) -> None:
    if w.isWindow():
        swap(w.windowTitle(), w.setWindowTitle)
    swap(w.toolTip(), w.setToolTip)
    swap(w.accessibleName(), w.setAccessibleName)
    if isinstance(w, (QLabel, QAbstractButton)):
        swap(w.text(), w.setText)
    elif isinstance(w, QLineEdit):
        swap(w.placeholderText(), w.setPlaceholderText)
    elif isinstance(w, QGroupBox):
        swap(w.title(), w.setTitle)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            swap(w.tabText(i), functools.partial(w.setTabText, i))
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            swap(w.itemText(i), functools.partial(w.setItemText, i))
    elif isinstance(w, QWizardPage):
        swap(w.title(), w.setTitle)
        swap(w.subTitle(), w.setSubTitle)
    if isinstance(w, QAbstractSpinBox):
        swap(w.specialValueText(), w.setSpecialValueText)
    if isinstance(w, QSpinBox):
        swap(w.suffix(), w.setSuffix)
    for action in QWidget.actions(w):
        _swap_action(action, swap)


def _swap_action(a: QAction, swap: Callable[[str, Callable[[str], None]], None]) -> None:
    swap(a.text(), a.setText)
    swap(a.toolTip(), a.setToolTip)
