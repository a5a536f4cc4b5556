"""Every message app/ gives a person can be translated.

An error is raised with a template marked ``_T("errors", …)`` and keyword values (app/errors.py);
a scan of app/ fails on an error built from an f-string, a bare sentence or a ``.format``, and
on any marked string missing from quire_az.ts or quire_ru.ts. The mechanism itself: ``str()``
of an error is English until a translator is installed, then the translated template with its
values filled in, the nested errors translated too.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import app
from app import i18n
from app.errors import DamagedDataError, QuireError, TranslatableError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.i18n import Text

APP = Path(__file__).resolve().parents[1] / "app"
TRANSLATIONS = APP.parent / "resources" / "translations"
MARKERS = {"_T", "_R", "QT_TRANSLATE_NOOP"}


def _error_classes() -> set[str]:
    """The names of every TranslatableError subclass defined anywhere in app/."""
    names: set[str] = set()
    for info in pkgutil.walk_packages(app.__path__, "app."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, TranslatableError):
                names.add(name)
    return names


def _catalogue(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(TRANSLATIONS / f"quire_{lang}.ts").getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _literal(node: ast.expr) -> str | None:
    """The text of a string literal (implicit concatenation is one Constant)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _untranslatable(arg: ast.expr) -> bool:
    """An argument that can never be looked up in a catalogue."""
    if isinstance(arg, ast.JoinedStr):
        return True
    text = _literal(arg)
    if text is not None:
        return " " in text.strip()  # a sentence; a bare file name ("vault.key") is fine
    if isinstance(arg, ast.BinOp) and (_literal(arg.left) or isinstance(arg.left, ast.JoinedStr)):
        return True  # "…" + x, "…" % x
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute):
        return arg.func.attr in {"format", "join", "replace"} and (
            _literal(arg.func.value) is not None or isinstance(arg.func.value, ast.JoinedStr)
        )
    return False


def problems_in(
    source: str, where: str, classes: set[str]
) -> tuple[list[str], set[tuple[str, str]]]:
    """(errors built from untranslatable text, every (context, text) marked with _T)."""
    bad: list[str] = []
    marked: set[tuple[str, str]] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name in MARKERS:
            args = [_literal(a) for a in node.args[:2]]
            if len(node.args) < 2 or None in args:
                bad.append(f"{where}:{node.lineno}: {name} needs a literal context and text")
            else:
                marked.add((args[0] or "", args[1] or ""))
        elif name in classes:
            for arg in node.args:
                if _untranslatable(arg):
                    bad.append(f"{where}:{node.lineno}: {name}(…) has a message no catalogue holds")
    return bad, marked


@pytest.fixture(scope="module")
def scan() -> tuple[list[str], set[tuple[str, str]]]:
    classes = _error_classes()
    bad: list[str] = []
    marked: set[tuple[str, str]] = set()
    for path in sorted(APP.rglob("*.py")):
        found, texts = problems_in(
            path.read_text(encoding="utf-8"), str(path.relative_to(APP.parent)), classes
        )
        bad += found
        marked |= texts
    return bad, marked


def test_errors_are_raised_with_marked_templates(
    scan: tuple[list[str], set[tuple[str, str]]],
) -> None:
    bad, marked = scan
    assert not bad, "\n".join(bad)
    assert len({t for c, t in marked if c == "errors"}) > 200


@pytest.mark.parametrize("lang", ["az", "ru"])
def test_every_marked_string_is_in_the_catalogue(
    lang: str, scan: tuple[list[str], set[tuple[str, str]]]
) -> None:
    missing = sorted(scan[1] - _catalogue(lang))
    assert not missing, f"run `make translations` and translate: {missing}"


def test_the_scan_catches_what_cannot_be_translated() -> None:
    classes = {"QuireError", "DamagedDataError"}
    source = (
        "raise QuireError(f'No vault at {home}.')\n"
        "raise QuireError('No vault here.')\n"
        "raise QuireError('No vault at {}.'.format(home))\n"
        "raise QuireError('No vault at ' + str(home))\n"
        "raise DamagedDataError('vault.key', f'bad byte {n}')\n"
        "x = _T('errors', template)\n"
    )
    bad, _ = problems_in(source, "probe.py", classes)
    assert len(bad) == 6, bad
    good = (
        "raise QuireError(_T('errors', 'No vault at {path}.'), path=home)\n"
        "raise DamagedDataError('vault.key', _T('errors', 'bad byte {n}'), n=n)\n"
        "raise QuireError(exc.text)\n"
    )
    bad, marked = problems_in(good, "probe.py", classes)
    assert bad == []
    assert marked == {("errors", "No vault at {path}."), ("errors", "bad byte {n}")}


@pytest.fixture
def pirate() -> Iterator[dict[str, str]]:
    """A translator that knows a few words, installed the way ui/translations.py does it."""
    words: dict[str, str] = {}
    i18n.set_translator(lambda context, text: words.get(f"{context}|{text}", text))
    yield words
    i18n.set_translator(None)


def test_an_error_speaks_the_installed_language(pirate: dict[str, str]) -> None:
    template = _T("errors", "No vault at {path}. Create one with 'quire-cli init'.")
    error = QuireError(template, path="/home/x")
    pirate["errors|" + template] = "Arr, no chest at {path}!"
    assert str(error) == "Arr, no chest at /home/x!"
    assert error.args == ("No vault at /home/x. Create one with 'quire-cli init'.",)
    i18n.set_translator(None)
    assert str(error) == "No vault at /home/x. Create one with 'quire-cli init'."


def test_nested_details_are_translated_and_values_are_not(pirate: dict[str, str]) -> None:
    from app.age.bech32 import ChecksumError

    inner = ChecksumError(_T("errors", "bad checksum: a character was mistyped, swapped or lost"))
    error = DamagedDataError("evidence {id}", inner, id=7)
    pirate["errors|{what} is damaged or has been altered: {detail}"] = "{what} is cursed: {detail}"
    pirate["errors|evidence {id}"] = "booty {id}"
    pirate["errors|bad checksum: a character was mistyped, swapped or lost"] = "a bad mark"
    pirate["errors|{path}"] = "never"
    assert str(error) == "booty 7 is cursed: a bad mark"
    assert error.what == "booty 7" and error.detail == "a bad mark"
    # a value is shown as it is, even when it looks like a placeholder or a known word
    sneaky = QuireError(_T("errors", "No vault at {path}."), path="{path} evidence {id}")
    pirate["errors|No vault at {path}."] = "No chest at {path}."
    assert str(sneaky) == "No chest at {path} evidence {id}."


def test_a_text_with_another_context_keeps_it(pirate: dict[str, str]) -> None:
    pirate["dates|'{text}' is not a day of the calendar."] = "'{text}' be no day"
    error = QuireError(Text("dates", "'{text}' is not a day of the calendar.", {"text": "31.02"}))
    assert str(error) == "'31.02' be no day"
