"""The user guide in three languages (resources/guide/): the same sections, real commands,
and the app's own names for what it tells the person to press."""

from __future__ import annotations

import re
import shlex
import xml.etree.ElementTree as ET

import pytest

from app.cli.main import build_parser
from app.resources import resource_dir
from app.settings import LANGUAGES
from app.user_guide import guide_text

# What the guide tells the person to press, as the app's source strings; each language's
# guide must use the app's own translation of each (without the mnemonic's &).
CITED = [
    "S&uggest a passphrase",
    "Known to the month",
    "Import a chat…",
    "Export for an organisation…",
    "Panic wipe",
    "Settings",
    "Decoy diary",
    "Actors",
    "Record a complaint you made…",
    "From a &card or a picture…",
    "Make our organisation's key",
]


def _headings(text: str) -> list[str]:
    return re.findall(r"^## (\d+)\.", text, flags=re.MULTILINE)


def test_every_language_has_the_guide_with_the_same_sections() -> None:
    english = _headings(guide_text("en"))
    assert english == [str(n) for n in range(1, len(english) + 1)] and len(english) >= 7
    for language in LANGUAGES:
        path = resource_dir("guide") / f"{language}.md"
        assert path.is_file(), path
        assert _headings(guide_text(language)) == english, language


def test_an_unknown_language_falls_back_to_english() -> None:
    assert guide_text("xx") == guide_text("en")


def _commands(text: str) -> list[list[str]]:
    return [shlex.split(c)[1:] for c in re.findall(r"`(quire-cli [^`]+)`", text)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_commands_in_the_guide_are_real(language: str) -> None:
    commands = _commands(guide_text(language))
    assert commands, "the guide names the panic wipe command"
    parser = build_parser()
    for argv in commands:
        parser.parse_args(argv)  # SystemExit (a failure here) for a command that does not exist


def _translations(language: str) -> dict[str, str]:
    path = resource_dir("translations") / f"quire_{language}.ts"
    found: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation:
            found.setdefault(source, translation)
    return found


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_guide_uses_the_apps_own_names(language: str) -> None:
    text = " ".join(guide_text(language).split())  # names may wrap across lines
    names = _translations(language)
    for source in CITED:
        assert source in names, f"{source!r} is no longer a string of the app"
        name = names[source].replace("&", "")
        assert name in text, f"{language} guide should call {source!r} {name!r}"


def test_the_english_guide_uses_the_apps_own_names() -> None:
    text = " ".join(guide_text("en").split())
    names = _translations("ru")  # any catalogue: its sources are the English strings
    for source in CITED:
        assert source in names
        assert source.replace("&", "") in text
