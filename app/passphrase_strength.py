"""How many guesses a passphrase would take someone who knows the person, in plain words.

The estimate is zxcvbn's (dictionaries, names, years and dates, keyboard patterns, repeats,
sequences, l33t) with Azerbaijani and Russian names and words added from
``resources/wordlists`` (their sources and licences are in the README there) and the
person's own inputs (their login and real name, anything else the caller knows). Spaces
and punctuation between words are also tried removed, because "Aysel Mammadova 1990" is
guessed as fast as "AyselMammadova1990". A state that knows her name and birth year tries
those first, so :func:`require_strong` refuses anything under :data:`MIN_GUESSES_LOG10`
where a vault's passphrase is set (``quire-cli init``/``passwd``, the duress passphrase,
the welcome page and Settings).
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T
from app.resources import resource_dir

# 10^12 guesses: with the vault's Argon2id (about a second per guess on a laptop), years on
# a room of GPUs; 40 bits.
MIN_GUESSES_LOG10 = 12.0
_MAX_CHARS = 72  # zxcvbn's own limit; a longer passphrase is judged by its first 72 characters
_SEPARATORS = re.compile(r"[\s.,;:_\-+/\\|!?'\"]+")

VERDICTS = (
    _T("strength", "Very weak"),
    _T("strength", "Weak"),
    _T("strength", "Not strong enough yet"),
    _T("strength", "Strong"),
    _T("strength", "Very strong"),
)
ADVICE_EMPTY = _T("strength", "Type a passphrase.")
ADVICE_PERSONAL = _T(
    "strength",
    "Names, birth years and dates are the first things an attacker tries: leave them out "
    "and use unrelated words instead.",
)
ADVICE_PATTERN = _T(
    "strength",
    "Keyboard rows, sequences and repeated characters are guessed at once: use unrelated "
    "words instead.",
)
ADVICE_COMMON = _T(
    "strength",
    "Common words and passwords are guessed first: add more unrelated words, "
    "or use a generated passphrase.",
)
ADVICE_LONGER = _T(
    "strength",
    "Make it longer: five or six unrelated words are easy to remember and hard to guess.",
)
ADVICE_GOOD = _T(
    "strength",
    "Good. Write it nowhere near the laptop; if you forget it, no one can recover the diary.",
)
REFUSAL = _T(
    "strength",
    "This passphrase is too easy to guess for someone who knows you. %1",
)


@dataclass(frozen=True)
class Strength:
    """The verdict for one passphrase; ``verdict`` and ``advice`` are untranslated source
    strings of context ``strength``."""

    score: int  # 0..4
    bits: float  # log2 of the guesses needed
    verdict: str
    advice: str
    acceptable: bool


class WeakPassphraseError(QuireError):
    """A passphrase refused where a vault's passphrase is set; nothing was written."""

    def __init__(self, strength: Strength) -> None:
        super().__init__(REFUSAL.replace("%1", strength.advice))
        self.strength = strength


def read_list(name: str) -> list[str]:
    """A shipped list: one entry a line, ``#`` comments, lower-case, in file order."""
    text = (resource_dir("wordlists") / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            out.append(_lower(word))
    return out


def mnemonic_list(language: str) -> list[str]:
    """The BIP-39 list the pinned ``mnemonic`` package ships (2,048 words, MIT)."""
    from mnemonic import Mnemonic

    return list(Mnemonic(language).wordlist)


def _lower(text: str) -> str:
    """Lower-case without Python's two-character "i̇" for "İ" (zxcvbn needs equal lengths)."""
    return text.replace("İ", "i").replace("I", "i").lower()


_AZ_TO_ASCII = (
    str.maketrans({"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "gh", "ö": "o", "ü": "u"}),
    str.maketrans(
        {"ə": "e", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u", "x": "kh"}
    ),
)
_CYR_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
# The same keys on a Russian (ЙЦУКЕН) and an English (QWERTY) layout: "пароль" typed with
# the wrong layout is "gfhjkm".
_CYR_TO_QWERTY = str.maketrans(
    "йцукенгшщзхъфывапролджэячсмитьбюё", "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
)


def _az_variants(word: str) -> list[str]:
    return [word, *(word.translate(t) for t in _AZ_TO_ASCII)]


def _ru_variants(word: str, *, layout: bool = False) -> list[str]:
    out = [word, word.translate(_CYR_TO_LATIN)]
    if layout:
        out.append(word.translate(_CYR_TO_QWERTY))
    return out


def _feminine(surname: str) -> list[str]:
    for ending in ("ov", "ev", "in", "ов", "ев", "ёв", "ин"):
        if surname.endswith(ending):
            return [surname, surname + ("a" if surname[-1].isascii() else "а")]
    return [surname]


@functools.cache
def _install_dictionaries() -> None:
    """Add the Azerbaijani and Russian lists to zxcvbn's dictionaries, once."""
    from zxcvbn import matching

    names: list[str] = []
    for w in read_list("az_names.txt"):
        names += _az_variants(w)
    for w in read_list("az_surnames.txt"):
        for f in _feminine(w):
            names += _az_variants(f)
    for w in read_list("ru_names.txt"):
        names += _ru_variants(w)
    for w in read_list("ru_surnames.txt"):
        for f in _feminine(w):
            names += _ru_variants(f)
    words: list[str] = []
    for w in read_list("ru_words.txt"):
        words += _ru_variants(w, layout=True)
    for w in read_list("az_words.txt"):
        words += _az_variants(w)
    for w in mnemonic_list("russian"):
        words += _ru_variants(w, layout=True)
    matching.add_frequency_lists(
        {"quire_names": list(dict.fromkeys(names)), "quire_words": list(dict.fromkeys(words))}
    )


def personal_inputs() -> list[str]:
    """What this computer says about its user (login and real name), for the estimate.

    Read from the environment and /etc/passwd as files: ``pwd.getpwuid`` would ask glibc's
    name service, which connects to nscd's socket, and Quire opens no sockets."""
    names = (os.environ.get("USER"), os.environ.get("LOGNAME"), os.environ.get("USERNAME"))
    out = [v for v in names if v]
    getuid = getattr(os, "getuid", None)  # Windows has no user ids (nor /etc/passwd)
    if getuid is None:
        return list(dict.fromkeys(out))
    try:
        lines = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    uid = str(getuid())
    for line in lines:
        parts = line.split(":")
        if len(parts) >= 5 and parts[2] == uid:
            out.append(parts[0])
            out += [p for p in re.split(r"[\s,]+", parts[4]) if len(p) >= 2]
            break
    return list(dict.fromkeys(out))


def _guesses_log10(text: str, inputs: list[str]) -> tuple[float, list[dict[str, object]]]:
    from zxcvbn import zxcvbn

    result = zxcvbn(text, user_inputs=inputs)
    return float(result["guesses_log10"]), list(result["sequence"])


def estimate(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """The verdict for ``passphrase``; ``user_inputs`` are things an attacker who knows the
    person would try (their name, birth year, city)."""
    if not passphrase:
        return Strength(0, 0.0, VERDICTS[0], ADVICE_EMPTY, False)
    _install_dictionaries()
    inputs = [_lower(str(i)) for i in user_inputs if str(i).strip()]
    inputs += [p for i in inputs for p in _SEPARATORS.split(i) if len(p) >= 2]
    text = passphrase[:_MAX_CHARS].replace("İ", "I")
    log10, sequence = _guesses_log10(text, inputs)
    joined = _SEPARATORS.sub("", text)
    if joined and joined != text:
        joined_log10, joined_sequence = _guesses_log10(joined, inputs)
        if joined_log10 < log10:
            log10, sequence = joined_log10, joined_sequence
    score = 0 if log10 < 6 else 1 if log10 < 9 else 2 if log10 < MIN_GUESSES_LOG10 else 3
    if log10 >= MIN_GUESSES_LOG10 + 3:
        score = 4
    acceptable = log10 >= MIN_GUESSES_LOG10
    return Strength(
        score, log10 * math.log2(10), VERDICTS[score], _advice(acceptable, sequence), acceptable
    )


def _advice(acceptable: bool, sequence: list[dict[str, object]]) -> str:
    if acceptable:
        return ADVICE_GOOD
    patterns = {str(m.get("pattern")) for m in sequence}
    dictionaries = {str(m.get("dictionary_name")) for m in sequence}
    if dictionaries & {"user_inputs", "quire_names", "surnames", "male_names", "female_names"}:
        return ADVICE_PERSONAL
    if patterns & {"date", "regex"}:
        return ADVICE_PERSONAL
    if patterns & {"spatial", "sequence", "repeat"}:
        return ADVICE_PATTERN
    if "dictionary" in patterns:
        return ADVICE_COMMON
    return ADVICE_LONGER


def require_strong(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """Refuse (WeakPassphraseError) a passphrase under :data:`MIN_GUESSES_LOG10` guesses,
    the person's own inputs and this computer's user included."""
    strength = estimate(passphrase, [*user_inputs, *personal_inputs()])
    if not strength.acceptable:
        raise WeakPassphraseError(strength)
    return strength
