"""Identifiers of an actor, normalised so that every spelling of one finds the same actor.

Issue 14: the same harasser appears as "+994 55 000 47 12" in one screenshot, "0550004712" in
a police report and "@Handle" in a chat. Each identifier keeps what the person wrote and a
matching key:

- phone numbers become E.164 (``+994550004712``): spaces, dashes, dots and brackets go, a
  leading ``00`` is the international prefix, and a national number with its trunk prefix
  (``0`` in Azerbaijan, ``8`` in Russia…) takes the diary's default country code;
- handles lose a leading ``@`` and are case-folded (NFKC first, so full-width and
  compatibility letters fold too), kept per platform;
- URLs keep scheme-less host and path: lower-case host without ``www.`` or ``m.``, no
  default port, no fragment, no tracking parameters, no trailing slash; a profile URL of a
  known platform (``instagram.com/name``, ``t.me/name``) is that platform's handle as well;
- channel names are case-folded with whitespace collapsed;
- platform ids (a Telegram ``from_id``, an Instagram thread) are kept exactly, per platform.

Pure functions, no database: the migration, the store and search all use them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from app.errors import QuireError
from app.i18n import QT_TRANSLATE_NOOP as _T

KINDS = ("phone", "handle", "url", "channel", "platform_id", "email", "name")

# Country calling code -> trunk prefix of national numbers (what a local writes first).
TRUNK_PREFIX: dict[str, str] = {
    "994": "0",  # Azerbaijan: 055 000 47 12
    "7": "8",  # Russia, Kazakhstan: 8 912 345 67 89
    "380": "0",  # Ukraine
    "995": "0",  # Georgia (mobile numbers have none; landlines do)
    "374": "0",  # Armenia
    "90": "0",  # Türkiye
    "998": "",  # Uzbekistan: no trunk prefix since 2021 (kept: a 9-digit number)
    "375": "8",  # Belarus
    "44": "0",
    "49": "0",
    "33": "0",
}
DEFAULT_COUNTRY = "994"

# Profile URLs of known platforms: host -> platform of the handle in the first path part.
PROFILE_HOSTS: dict[str, str] = {
    "instagram.com": "instagram",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "facebook.com": "facebook",
    "x.com": "x",
    "twitter.com": "x",
    "tiktok.com": "tiktok",
    "youtube.com": "youtube",
    "vk.com": "vk",
    "ok.ru": "ok",
}
# Path parts that are pages of the platform, not a profile.
NOT_PROFILES = frozenset(
    {
        "p",
        "reel",
        "reels",
        "stories",
        "explore",
        "watch",
        "share",
        "joinchat",
        "s",
        "c",
        "status",
        "hashtag",
        "search",
        "login",
        "home",
        "profile.php",
        "groups",
        "events",
        "video",
        "shorts",
    }
)
TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|igshid|igsh|si|ref|ref_src|s|t|mibextid|feature)$")
_PHONE_PUNCT = re.compile(r"[\s\-.()/\u00a0\u2010-\u2015]")
_PHONE = re.compile(r"^\+?\d{5,17}$")

PLATFORM_ALIASES = {
    "ig": "instagram",
    "insta": "instagram",
    "tg": "telegram",
    "fb": "facebook",
    "twitter": "x",
    "wa": "whatsapp",
}


class IdentifierError(QuireError):
    """An identifier that cannot be what its kind says (a phone number with letters)."""


@dataclass(frozen=True)
class Identifier:
    """One identifier: its kind, platform ("" when it is not tied to one), the text as the
    person wrote it, and the key every spelling of it shares."""

    kind: str
    platform: str
    value: str
    normalized: str


def fold(text: str) -> str:
    """Case- and compatibility-folded text with whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def platform_key(platform: str) -> str:
    key = fold(platform).replace(" ", "")
    return PLATFORM_ALIASES.get(key, key)


def normalize_phone(text: str, country: str = DEFAULT_COUNTRY) -> str:
    """E.164 form of a phone number (``+994550004712``), or IdentifierError."""
    raw = unicodedata.normalize("NFKC", text).strip()
    digits = _PHONE_PUNCT.sub("", raw)
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in digits)
    if not _PHONE.match(digits):
        raise IdentifierError(_T("errors", "'{value}' is not a phone number."), value=text)
    if digits.startswith("+"):
        number = digits[1:]
    elif digits.startswith("00"):
        number = digits[2:]
    else:
        trunk = TRUNK_PREFIX.get(country, "0")
        if trunk and digits.startswith(trunk):
            number = country + digits[len(trunk) :]
        elif digits.startswith(country) and len(digits) > 10:
            number = digits  # written with the country code but no "+"
        else:
            number = country + digits
    if not 7 <= len(number) <= 15:
        raise IdentifierError(_T("errors", "'{value}' is not a phone number."), value=text)
    return "+" + number


def normalize_handle(text: str) -> str:
    handle = fold(text).replace(" ", "")
    handle = handle.lstrip("@")
    if not handle:
        raise IdentifierError(_T("errors", "'{value}' is not a handle."), value=text)
    return handle


def _host(netloc: str) -> str:
    host = netloc.rsplit("@", 1)[-1].lower()
    host = re.sub(r":(80|443)$", "", host)
    for prefix in ("www.", "m.", "mobile.", "web."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


def normalize_url(text: str) -> str:
    """``host/path?query`` with the noise removed (see the module docstring)."""
    raw = unicodedata.normalize("NFKC", text).strip()
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", raw):
        raw = "https://" + raw
    parts = urlsplit(raw)
    host = _host(parts.netloc)
    if not host or "." not in host:
        raise IdentifierError(_T("errors", "'{value}' is not a web address."), value=text)
    path = re.sub(r"/+", "/", parts.path).rstrip("/")
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)
    ]
    out = host + path
    if query:
        out += "?" + urlencode(sorted(query))
    return out


def profile_handle(normalized_url: str) -> tuple[str, str] | None:
    """(platform, handle) when a normalised URL is a profile page of a known platform."""
    host, _, path = normalized_url.partition("/")
    platform = PROFILE_HOSTS.get(host)
    first = path.split("?", 1)[0].split("/", 1)[0]
    if platform is None or not first or first.casefold() in NOT_PROFILES:
        return None
    return platform, normalize_handle(first)


def make(
    kind: str, value: str, platform: str = "", *, country: str = DEFAULT_COUNTRY
) -> Identifier:
    """An identifier of ``kind`` from what the person wrote; IdentifierError when it cannot be."""
    value = value.strip()
    if kind not in KINDS:
        raise IdentifierError(_T("errors", "Unknown kind of identifier: {kind}."), kind=kind)
    if not value:
        raise IdentifierError(_T("errors", "An identifier cannot be empty."))
    plat = platform_key(platform)
    if kind == "phone":
        return Identifier(kind, "", value, normalize_phone(value, country))
    if kind == "handle":
        return Identifier(kind, plat, value, normalize_handle(value))
    if kind == "url":
        return Identifier(kind, "", value, normalize_url(value))
    if kind == "email":
        if "@" not in value.strip("@"):
            raise IdentifierError(_T("errors", "'{value}' is not an e-mail address."), value=value)
        return Identifier(kind, "", value, fold(value).replace(" ", ""))
    if kind == "platform_id":
        return Identifier(kind, plat, value, unicodedata.normalize("NFKC", value))
    return Identifier(kind, plat if kind == "channel" else "", value, fold(value))


def guess(value: str, platform: str = "", *, country: str = DEFAULT_COUNTRY) -> Identifier:
    """The identifier a bare string most likely is: an address, a phone number, an @handle,
    an e-mail address, else a name. Used for the free-text perpetrator fields and search."""
    text = value.strip()
    if re.match(r"^(https?://|www\.)", text, re.IGNORECASE) or re.match(
        r"^[\w-]+(\.[\w-]+)+/\S*$", text
    ):
        try:
            return make("url", text)
        except IdentifierError:
            pass
    if text.startswith("@") and " " not in text:
        return make("handle", text, platform, country=country)
    if "@" in text and " " not in text:
        return make("email", text)
    compact = _PHONE_PUNCT.sub("", text)
    if _PHONE.match(compact) and sum(c.isdigit() for c in compact) >= 7:
        try:
            return make("phone", text, country=country)
        except IdentifierError:
            pass
    return make("name", text)


def spellings(query: str, *, country: str = DEFAULT_COUNTRY) -> set[tuple[str, str]]:
    """Every (kind, normalized) key a search for ``query`` should match."""
    text = query.strip()
    keys: set[tuple[str, str]] = set()
    if not text:
        return keys
    ident = guess(text, country=country)
    keys.add((ident.kind, ident.normalized))
    if ident.kind == "url":
        found = profile_handle(ident.normalized)
        if found:
            keys.add(("handle", found[1]))
    if ident.kind in ("name", "handle"):
        keys.add(("handle", normalize_handle(text.replace(" ", "")) if text.strip("@") else ""))
        keys.add(("channel", fold(text)))
        keys.add(("name", fold(text)))
        keys.add(("platform_id", unicodedata.normalize("NFKC", text)))
    keys.discard(("handle", ""))
    return keys


_PHONE_IN_TEXT = re.compile(r"\+?\d[\d\s\-.()\u00a0]{5,}\d")


def phone_in(text: str, country: str = DEFAULT_COUNTRY) -> Identifier | None:
    """The phone number inside a name like "Unknown +994 50 000 00 17", if there is one."""
    for match in _PHONE_IN_TEXT.finditer(text):
        try:
            return make("phone", match.group(0), country=country)
        except IdentifierError:
            continue
    return None
