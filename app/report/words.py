"""The report's words: the sender's language with English beside it.

A bundle goes from a person in Baku to a lawyer, a court or an organisation abroad, so each
label of report.pdf, report.html and README.txt is written in the sender's language (the
diary's, from settings.json) followed by the English: "Kateqoriyalar / Categories". An
English sender gets English alone. What the person wrote is never translated.

Labels are marked where they are written: ``_R("report", "Categories")`` both marks the text
for pyside6-lupdate (an alias of QT_TRANSLATE_NOOP in the Makefile) and says it; vocabulary
labels are said with ``said("vocabulary", label)``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from app.i18n import catalogue

_language: ContextVar[str] = ContextVar("report_language", default="en")
SEPARATOR = " / "


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within this block the report's words are in ``language`` (with English beside)."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def language() -> str:
    return _language.get()


def local(context: str, text: str) -> str:
    """``text`` in the sender's language alone (English when there is no translation)."""
    return catalogue(_language.get())(context, text)


def said(context: str, text: str) -> str:
    """``text`` in the sender's language with the English beside it, or English alone."""
    if not text:
        return text
    translated = local(context, text)
    return text if translated == text else f"{translated}{SEPARATOR}{text}"


def upper(text: str) -> str:
    """``said`` text in capitals, Azerbaijani's dotted İ kept (Python's upper() drops it)."""
    local_part, sep, english = text.rpartition(SEPARATOR)
    if not sep:
        return _upper(text, _language.get())
    return _upper(local_part, _language.get()) + sep + english.upper()


def _upper(text: str, lang: str) -> str:
    return (text.replace("i", "İ") if lang == "az" else text).upper()


def _R(context: str, text: str) -> str:
    """Mark ``text`` for translation and say it (see the module docstring)."""
    return said(context, text)
