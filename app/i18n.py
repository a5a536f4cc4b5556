"""Words for people, marked for translation without importing Qt.

``QT_TRANSLATE_NOOP(context, text)`` (imported as ``_T``) returns ``text`` unchanged here;
pyside6-lupdate recognises both names when it scans app/, so the strings land in the .ts
files, and ui/ shows them through ``QCoreApplication.translate(context, text)``.

A sentence with values in it is a :class:`Text`: the marked template and its values, never
an f-string (an f-string cannot be looked up in a catalogue). Errors carry one (see
app/errors.py). Rendering translates the template through the function ui/ installs with
:func:`set_translator` and fills its ``{placeholders}``; until one is installed (the CLI,
the receiver, tests of app/) it is English, so the CLI speaks English whatever LANG says:
its words are those of docs/CLI.md, and scripts and support threads can quote them.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

Translate = Callable[[str, str], str]
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def _english(context: str, text: str) -> str:
    return text


_translate: Translate = _english


def set_translator(translate: Translate | None) -> None:
    """Called by ui/ when a language is installed (None: back to English)."""
    global _translate
    _translate = translate or _english


def translate(context: str, text: str) -> str:
    """``text`` (a marked source string) in the installed language."""
    return _translate(context, text)


@functools.cache
def catalogue(lang: str) -> Translate:
    """Quire's own catalogue for ``lang`` read without Qt (quire_az.ts, quire_ru.ts), for
    what app/ writes in the sender's language whatever runs it (the bundle's report and
    README.txt); English, or a language without a catalogue, returns the source."""
    from app import resources

    table: dict[tuple[str, str], str] = {}
    if lang != "en":
        try:
            path = resources.resource_dir("translations") / f"quire_{lang}.ts"
            root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue, shipped with Quire
        except (OSError, ET.ParseError):
            root = None
        for ctx in [] if root is None else root.iter("context"):
            context = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is None or tr.get("type") or m.get("numerus") == "yes" or not tr.text:
                    continue
                table[(context, m.findtext("source") or "")] = tr.text
    return lambda context, text: table.get((context, text), text)


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{name}`` placeholders in one pass; unknown ones and other braces stay."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@dataclass(frozen=True)
class Text:
    """A sentence for a person: a template marked with ``_T(context, …)`` and its values.

    A value that is itself a :class:`Text` or an error carrying one is rendered in the same
    language; any other value (a file name, a number, what the person typed) as it is.
    """

    context: str
    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate_with: Translate | None = None) -> str:
        """The sentence in the installed language (or through ``translate_with``)."""
        tr = translate_with or _translate
        return fill(
            tr(self.context, self.template), {k: say(v, tr) for k, v in self.values.items()}
        )

    def english(self) -> str:
        return self.render(_english)

    def __str__(self) -> str:
        return self.render()


def say(value: object, translate_with: Translate | None = None) -> str:
    """Any value as shown to a person: Texts and Quire's errors translated, the rest as is."""
    text = getattr(value, "text", None) if isinstance(value, BaseException) else value
    if isinstance(text, Text):
        return text.render(translate_with)
    return str(value)
