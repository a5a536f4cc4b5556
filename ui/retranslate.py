"""Switching the language of windows that are already open.

Quire's widgets set their texts once, when they are built. When the language changes (the
welcome page's choice, Settings), every text an open widget shows that is one of Quire's
catalogue strings (labels, buttons, menu actions, tabs, placeholders, tool tips, accessible
names, list and combo box items, window titles) is looked up in the old language's
catalogue, back to its English source and context, and translated into the new language.
A text made from a template ("{n} or more", "What happened: %1", "History (%1)") is matched
against the template's old translation and refilled, its values translated in turn; a text
of several lines is translated line by line. Every window takes the new locale (calendars,
dates). A widget that draws its texts from data (the detail pane, a revision, the safety
check-up) defines ``retranslate_ui()``, called last, and renders itself again.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizardPage,
)

from ui.translations import current_language, install_language, translations_dir

Source = tuple[str, str]  # (context, English text)
Template = tuple[re.Pattern[str], list[str], str, str]  # pattern, placeholders, context, source
_PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")
_LINE_PREFIX = re.compile(r"^(\s*(?:•|\d+\.|[!✓✗•·–-])\s+)(.+)$")


@functools.cache
def _catalogue(lang: str) -> dict[str, list[Source]]:
    """Shown text → its sources, for one language ("en": the sources themselves). Two
    sources may share a translation ("Delete" and "Remove" are both "Удалить"): the widget's
    own classes then say which one it showed (:func:`_pick`)."""
    shown: dict[str, list[Source]] = {}
    for context, source, text in _entries(lang):
        found = shown.setdefault(text, [])
        if (context, source) not in found:
            found.append((context, source))
    return shown


def _pick(candidates: list[Source], contexts: tuple[str, ...]) -> Source:
    """The candidate whose context is one of the widget's classes (or its window's), nearest
    first; else one whose English source is the same for all; else the first."""
    for context in contexts:
        for candidate in candidates:
            if candidate[0] == context:
                return candidate
    return candidates[0]


def widget_contexts(w: QWidget) -> tuple[str, ...]:
    """The class names of a widget and of its parents, nearest first: the contexts its
    texts were most likely translated in (self.tr uses the class's name)."""
    names: list[str] = []
    node: QWidget | None = w
    while node is not None:
        for cls in type(node).__mro__:
            if cls.__module__.startswith("ui.") and cls.__name__ not in names:
                names.append(cls.__name__)
        node = node.parentWidget()
    return (*names, "vocabulary")  # the fixed lists' labels appear in any window


@functools.cache
def _templates(lang: str) -> list[Template]:
    """The catalogue's templates as patterns over their text in ``lang``, longest first
    (a plural message gives one per form, its %n matching a number)."""
    found: list[Template] = []
    for context, source, text in [*_entries(lang), *_plural_entries(lang)]:
        names = _PLACEHOLDER.findall(text)
        literal = _PLACEHOLDER.sub("", text)
        if not names or len(re.findall(r"\w", literal)) < 3:
            continue  # "%1" or "{name} ({n})" alone would match anything ("Söz %1" must not)
        parts = _PLACEHOLDER.split(text)
        groups = ["(\\d+)" if name == "%n" else "(.+?)" for name in names]
        pattern = re.escape(parts[0]) + "".join(
            g + re.escape(part) for g, part in zip(groups, parts[1:], strict=True)
        )
        found.append((re.compile(f"^{pattern}$", re.S), names, context, source))
    found.sort(key=lambda t: -len(t[0].pattern))
    return found


def _root(lang: str) -> ET.Element | None:
    try:
        path = translations_dir() / f"quire_{lang}.ts"
        return ET.parse(path).getroot()  # noqa: S314 - our own catalogue, shipped with Quire
    except (OSError, ET.ParseError):
        return None


@functools.cache
def _plural_entries(lang: str) -> list[tuple[str, str, str]]:
    """(context, source, one plural form) of every plural message (English: quire_en.ts)."""
    root = _root(lang)
    out: list[tuple[str, str, str]] = []
    for ctx in [] if root is None else root.iter("context"):
        context = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            if m.get("numerus") != "yes" or not source:
                continue
            out.extend((context, source, f.text) for f in m.iter("numerusform") if f.text)
            if lang == "en":
                out.append((context, source, source))  # a plural English has no forms for
    return out


def _entries(lang: str) -> list[tuple[str, str, str]]:
    """(context, source, shown text) of every finished, non-plural message."""
    root = _root("az" if lang == "en" else lang)  # any full catalogue lists every source
    if root is None:
        return []
    out: list[tuple[str, str, str]] = []
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            tr = m.find("translation")
            if not source or tr is None or m.get("numerus") == "yes":
                continue
            text = source if lang == "en" else (tr.text or "")
            if text:
                out.append((context, source, text))
    return out


def switch_language(code: str) -> int:
    """Install ``code`` and retranslate every open window at once (no restart)."""
    old = current_language()
    install_language(code)
    return retranslate_open_windows(old, code)


def translated(text: str, old: str, contexts: tuple[str, ...] = ()) -> str | None:
    """``text`` (shown in ``old``) in the installed language, or None if it is not ours.
    ``contexts``: the showing widget's classes, to tell apart sources that share a text."""
    candidates = _catalogue(old).get(text)
    if candidates:
        context, source = _pick(candidates, contexts)
        return QCoreApplication.translate(context, source)
    for pattern, names, context, source in _templates(old):
        match = pattern.match(text)
        if match is None:
            continue
        number = dict(zip(names, match.groups(), strict=True)).get("%n")
        n = int(number) if number is not None else -1
        fresh = QCoreApplication.translate(context, source, None, n)
        values = {
            name: translated(value, old, contexts) or value
            for name, value in zip(names, match.groups(), strict=True)
        }
        return _fill(fresh, values)
    for separator in (" · ", "\n", " — "):
        if separator in text:
            parts = text.split(separator)
            fresh = [translated(part, old, contexts) if part.strip() else None for part in parts]
            if any(fresh):
                return separator.join(f or p for f, p in zip(fresh, parts, strict=True))
    prefixed = _LINE_PREFIX.match(text)
    if prefixed is not None:
        rest = translated(prefixed.group(2), old, contexts)
        return None if rest is None else prefixed.group(1) + rest
    return None


def _fill(template: str, values: dict[str, str]) -> str:
    """Put values back in a template's placeholders (%1 or {name}), in one pass."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(0), m.group(0)), template)


def retranslate_open_windows(old: str, new: str) -> int:
    """Call after ``install_language(new)``; returns how many texts were changed."""
    if old == new or not _catalogue(old):
        return 0
    changed = 0
    contexts: tuple[str, ...] = ()

    def swap(text: str, setter: Callable[[str], None]) -> None:
        nonlocal changed
        if not text:
            return
        fresh = translated(text, old, contexts)
        if fresh is not None and fresh != text:
            setter(fresh)
            changed += 1

    tops = QApplication.topLevelWidgets()
    for top in tops:
        top.setLocale(QLocale(new))  # calendars and dates of every child
    widgets = _all_widgets(tops)
    for widget in widgets:
        contexts = widget_contexts(widget)
        _swap_widget(widget, swap)
    for widget in widgets:
        hook = getattr(widget, "retranslate_ui", None)
        if callable(hook):
            hook()
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
    swap(w.accessibleDescription(), w.setAccessibleDescription)
    if isinstance(w, (QLabel, QAbstractButton)):
        swap(w.text(), w.setText)
    elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
        swap(w.placeholderText(), w.setPlaceholderText)
    elif isinstance(w, QGroupBox):
        swap(w.title(), w.setTitle)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            swap(w.tabText(i), functools.partial(w.setTabText, i))
            swap(w.tabToolTip(i), functools.partial(w.setTabToolTip, i))
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            swap(w.itemText(i), functools.partial(w.setItemText, i))
    elif isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            swap(item.text(), item.setText)
            swap(item.toolTip(), item.setToolTip)
    elif isinstance(w, QWizardPage):
        swap(w.title(), w.setTitle)
        swap(w.subTitle(), w.setSubTitle)
    if isinstance(w, QAbstractSpinBox):
        swap(w.specialValueText(), w.setSpecialValueText)
    if isinstance(w, QSpinBox):
        swap(w.suffix(), w.setSuffix)
        swap(w.prefix(), w.setPrefix)
    for action in QWidget.actions(w):
        _swap_action(action, swap)


def _swap_action(a: QAction, swap: Callable[[str, Callable[[str], None]], None]) -> None:
    swap(a.text(), a.setText)
    swap(a.toolTip(), a.setToolTip)
