"""Recipient and identity strings: the spec's examples, parse errors, files, fingerprints."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

import pytest

from app.age import (
    HybridIdentity,
    HybridRecipient,
    IdentityFormatError,
    RecipientFormatError,
    X25519Identity,
    X25519Recipient,
    bech32,
    format_identity_file,
    generate_identity,
    parse_identity,
    parse_identity_file,
    parse_recipient,
    parse_recipients_file,
    recipient_fingerprint,
)

# Examples from the age specification (c2sp.org/age).
SPEC_X25519_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_X25519_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
SPEC_PQ_IDENTITY = "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR"
SPEC_PQ_RECIPIENT_START = "age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelkjuh3y235jzxshfg87pzf5"
SPEC_PQ_RECIPIENT_END = "ykx3qheyty7saeq0d3fzv49zc0k"  # includes the checksum over all of it
SPEC_PQ_RECIPIENT_LENGTH = 1959


def test_spec_x25519_example() -> None:
    identity = parse_identity(SPEC_X25519_IDENTITY)
    assert isinstance(identity, X25519Identity)
    assert identity.encode() == SPEC_X25519_IDENTITY
    assert identity.recipient.encode() == SPEC_X25519_RECIPIENT
    assert parse_recipient(SPEC_X25519_RECIPIENT) == identity.recipient


def test_spec_pq_example() -> None:
    identity = parse_identity(SPEC_PQ_IDENTITY)
    assert isinstance(identity, HybridIdentity)
    assert identity.encode() == SPEC_PQ_IDENTITY
    recipient = identity.recipient.encode()
    assert recipient.startswith(SPEC_PQ_RECIPIENT_START)
    assert recipient.endswith(SPEC_PQ_RECIPIENT_END)
    assert len(recipient) == SPEC_PQ_RECIPIENT_LENGTH
    assert parse_recipient(recipient) == identity.recipient
    assert parse_recipient(recipient.upper()) == identity.recipient


@pytest.mark.parametrize("pq", [False, True])
def test_generate_and_reparse(pq: bool) -> None:
    identity = generate_identity(pq=pq)
    assert isinstance(identity, HybridIdentity if pq else X25519Identity)
    again = parse_identity(identity.encode())
    assert again.recipient == identity.recipient
    assert parse_recipient(str(identity.recipient)) == identity.recipient
    assert hash(parse_recipient(str(identity.recipient))) == hash(identity.recipient)


@pytest.mark.parametrize("pq", [False, True])
def test_secret_never_in_repr(pq: bool) -> None:
    identity = generate_identity(pq=pq)
    secret = identity.encode()
    for shown in (repr(identity), str(identity), f"{identity}"):
        assert secret not in shown
        assert secret.split("1", 1)[1][:10] not in shown


def _x25519_with_wrong_checksum() -> str:
    good = SPEC_X25519_RECIPIENT
    return good[:-1] + ("q" if good[-1] != "q" else "p")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (_x25519_with_wrong_checksum(), "checksum"),
        (SPEC_X25519_RECIPIENT[:-3], "checksum"),
        ("age1Zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj", "mixes upper and lower"),
        (bech32.encode("agx", bytes(32)), "wrong prefix"),
        (bech32.encode("age", bytes(31)), "wrong length"),
        (bech32.encode("age", bytes(33)), "wrong length"),
        (bech32.encode("age1pq", bytes(32)), "wrong length"),
        ("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwb", "invalid character"),
        (SPEC_X25519_IDENTITY, "secret key"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG", "SSH"),
        ("hello", "separator"),
    ],
)
def test_recipient_errors_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(RecipientFormatError, match=message):
        parse_recipient(text)


def test_recipient_format_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_recipient("nonsense")


def test_invalid_mlkem_public_key_is_refused() -> None:
    # All-ones coefficients are above the ML-KEM modulus: not a valid encapsulation key.
    with pytest.raises(RecipientFormatError, match="not a valid public key"):
        parse_recipient(bech32.encode("age1pq", b"\xff" * 1216))


def test_recipient_whitespace_is_trimmed() -> None:
    assert parse_recipient(f"  {SPEC_X25519_RECIPIENT}\n").encode() == SPEC_X25519_RECIPIENT


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        (SPEC_X25519_IDENTITY[:-1] + "Q", "checksum"),
        (SPEC_X25519_IDENTITY[:20] + SPEC_X25519_IDENTITY[20:].lower(), "mixes upper and lower"),
        (bech32.encode("AGE-SECRET-KEY-", bytes(31)).upper(), "wrong length"),
        (bech32.encode("AGE-SECRET-KEY-PQ-", bytes(64)).upper(), "wrong length"),
        (bech32.encode("AGE-SECRET-KEY-X-", bytes(32)).upper(), "wrong prefix"),
        (SPEC_X25519_RECIPIENT, "recipient"),
        ("AGE-PLUGIN-YUBIKEY-1QQQQQQ", "plugin"),
    ],
)
def test_identity_errors(text: str, message: str) -> None:
    with pytest.raises(IdentityFormatError, match=message) as info:
        parse_identity(text)
    if text.startswith("AGE-SECRET"):
        assert text not in str(info.value)


def test_identity_file_round_trip() -> None:
    identities = [generate_identity(), generate_identity(pq=True)]
    created = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    text = format_identity_file(identities, created=created)
    assert text.startswith("# created: 2024-05-01T12:30:00Z\n# public key: age1")
    parsed = parse_identity_file(text)
    assert [i.recipient for i in parsed] == [i.recipient for i in identities]


def test_identity_file_like_age_keygen() -> None:
    text = (
        "# created: 2024-01-01T00:00:00Z\r\n"
        f"# public key: {SPEC_X25519_RECIPIENT}\r\n"
        "\r\n"
        f"{SPEC_X25519_IDENTITY}\r\n"
        f"  {SPEC_PQ_IDENTITY}  \n"
    )
    parsed = parse_identity_file(text)
    assert [type(i) for i in parsed] == [X25519Identity, HybridIdentity]
    assert parsed[0].recipient.encode() == SPEC_X25519_RECIPIENT


def test_identity_file_errors_name_the_line_not_the_secret() -> None:
    broken = SPEC_X25519_IDENTITY[:-1] + "Q"
    with pytest.raises(IdentityFormatError, match="line 3") as info:
        parse_identity_file(f"# comment\n\n{broken}\n")
    assert broken not in str(info.value)
    with pytest.raises(IdentityFormatError, match="no identities"):
        parse_identity_file("# only a comment\n")


def test_recipients_file() -> None:
    text = f"# Alice\n{SPEC_X25519_RECIPIENT}\n\n# Bob\n{generate_identity().recipient}\n"
    assert len(parse_recipients_file(text)) == 2
    with pytest.raises(RecipientFormatError, match="line 2"):
        parse_recipients_file("# Alice\nage1oops\n")


def test_fingerprint_format() -> None:
    fingerprint = recipient_fingerprint(SPEC_X25519_RECIPIENT)
    assert re.fullmatch(r"\d{4}( \d{4}){7}", fingerprint)
    digest = hashlib.sha256(SPEC_X25519_RECIPIENT.encode()).digest()
    first = int.from_bytes(digest[:4], "big") % 10000
    assert fingerprint.startswith(f"{first:04d} ")
    # Pinned so that the displayed format never changes silently between versions.
    assert fingerprint == "1795 4906 6887 4480 6440 9903 4485 0159"


def test_fingerprint_ignores_case_and_accepts_objects() -> None:
    recipient = parse_recipient(SPEC_X25519_RECIPIENT)
    assert recipient_fingerprint(recipient) == recipient_fingerprint(SPEC_X25519_RECIPIENT.upper())
    pq = parse_identity(SPEC_PQ_IDENTITY).recipient
    assert isinstance(pq, HybridRecipient)
    assert recipient_fingerprint(pq) != recipient_fingerprint(recipient)


def test_fingerprints_differ() -> None:
    seen = {recipient_fingerprint(generate_identity().recipient) for _ in range(50)}
    assert len(seen) == 50


def test_raw_key_sizes_are_checked() -> None:
    with pytest.raises(ValueError):
        X25519Recipient(bytes(31))
    with pytest.raises(ValueError):
        X25519Identity(bytes(33))
    with pytest.raises(ValueError):
        HybridIdentity(bytes(31))
