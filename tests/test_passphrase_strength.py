"""The passphrase estimator and where it refuses: a name and a birth year are not a secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.access import create_vault, unlock_vault
from app.errors import QuireError
from app.passphrase_strength import (
    ADVICE_PERSONAL,
    WeakPassphraseError,
    estimate,
    read_list,
    require_strong,
)
from app.vault.kdf import INSECURE_TEST_PARAMS
from tests.conftest import PASSPHRASE
from tests.support.cli import run_cli

PW = PASSPHRASE + "\n"

WEAK = [
    "a",
    "Aysel Mammadova 1990",  # her name and birth year, as a state would guess first
    "Aysel1990!",
    "Məmmədova Aysel 14.05.1990",
    "Ольга Иванова 1985",
    "Olga Ivanova 1985",  # the same, transliterated
    "gfhjkm123",  # "пароль" typed with the English layout
    "qwertyuiopasdfgh",
    "aaaaaaaaaaaaaaaaaaaa",
    "test passphrase",
]
STRONG = [
    PASSPHRASE,
    "seven lanterns over the quiet harbour",
    "dağ çay gecə ulduz 7",
    "Şəhər gecəsi İlham ёлка ünvan",
    "qarğa uçdu, sular axdı",
]


@pytest.mark.parametrize("passphrase", WEAK)
def test_names_years_patterns_and_short_ones_are_weak(passphrase: str) -> None:
    s = estimate(passphrase)
    assert not s.acceptable and s.score <= 2, (passphrase, s)
    with pytest.raises(WeakPassphraseError):
        require_strong(passphrase)


@pytest.mark.parametrize("passphrase", STRONG)
def test_unrelated_words_are_strong(passphrase: str) -> None:
    s = estimate(passphrase)
    assert s.acceptable and s.score >= 3, (passphrase, s)
    require_strong(passphrase)


def test_names_are_named_in_the_advice() -> None:
    assert estimate("Aysel Mammadova 1990").advice == ADVICE_PERSONAL


def test_the_persons_own_inputs_count() -> None:
    """A name no shipped list holds is still the first guess once the attacker knows it."""
    passphrase = "Gülsabah Nəcəfquliyeva 1987"
    assert estimate(passphrase).acceptable
    assert not estimate(passphrase, ["Gülsabah Nəcəfquliyeva", "1987"]).acceptable
    with pytest.raises(WeakPassphraseError):
        require_strong(passphrase, ["Gülsabah Nəcəfquliyeva", "1987"])


def test_the_shipped_lists_are_read() -> None:
    assert "aysel" in read_list("az_names.txt")
    assert "məmmədov" in read_list("az_surnames.txt")
    assert "ольга" in read_list("ru_names.txt")
    assert "иванов" in read_list("ru_surnames.txt")
    assert "#" not in "".join(read_list("az_words.txt"))


def test_create_vault_refuses_a_weak_passphrase_and_writes_nothing(home: Path) -> None:
    for weak in ("a", "Aysel1990!"):
        with pytest.raises(WeakPassphraseError, match="too easy to guess"):
            create_vault(home, weak, kdf=INSECURE_TEST_PARAMS)
        assert not home.exists()
    assert issubclass(WeakPassphraseError, QuireError) and WeakPassphraseError.exit_code == 1


def test_cli_init_refuses_a_weak_passphrase_even_with_the_test_kdf(home: Path) -> None:
    r = run_cli(home, "--passphrase-stdin", "init", stdin="Aysel Mammadova 1990\n")
    assert r.returncode == 1, r.stderr
    assert "too easy to guess" in r.stderr and "Traceback" not in r.stderr
    assert not home.exists()


@pytest.fixture
def cli_home(home: Path) -> Path:
    r = run_cli(home, "--passphrase-stdin", "init", stdin=PW)
    assert r.returncode == 0, r.stderr
    return home


def test_cli_passwd_refuses_a_weak_passphrase(cli_home: Path) -> None:
    before = (cli_home / "vault.key").read_bytes()
    r = run_cli(cli_home, "--passphrase-stdin", "passwd", stdin=PW + "Aysel1990!\n")
    assert r.returncode == 1 and "too easy to guess" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    unlock_vault(cli_home, PASSPHRASE).lock()
    with pytest.raises(QuireError):
        unlock_vault(cli_home, "Aysel1990!")
    assert len((cli_home / "vault.key").read_bytes()) == len(before)


def test_cli_duress_set_refuses_a_weak_passphrase(cli_home: Path) -> None:
    r = run_cli(cli_home, "--passphrase-stdin", "duress", "set", stdin=PW + "duress\n")
    assert r.returncode == 1 and "too easy to guess" in r.stderr, r.stderr
    with pytest.raises(QuireError, match="Wrong passphrase"):
        unlock_vault(cli_home, "duress")  # not a duress passphrase: nothing was set


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_generated_passphrases_are_strong_and_say_their_entropy(language: str) -> None:
    from app.passphrase_generator import DEFAULT_WORDS, TARGET_BITS, generate, wordlist

    pool = wordlist(language)
    assert len(pool) == len(set(pool)) >= 500 and all(len(w) >= 3 for w in pool)
    made = [generate(language) for _ in range(20)]
    assert len({g.text for g in made}) == 20  # drawn at random, not a fixed suggestion
    for g in made:
        words = g.text.split()
        assert len(words) == g.words >= DEFAULT_WORDS and set(words) <= set(pool)
        assert g.bits >= TARGET_BITS and g.list_size == len(pool)
        assert estimate(g.text).acceptable, g.text


def test_the_computers_user_counts_without_asking_the_name_service(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """require_strong adds the login (environment, /etc/passwd read as a file: no nscd)."""
    from app.passphrase_strength import personal_inputs

    passphrase = "Gülsabah Nəcəfquliyeva 1987"
    monkeypatch.setenv("USER", "Gülsabah.Nəcəfquliyeva")
    assert "Gülsabah.Nəcəfquliyeva" in personal_inputs()
    require_strong("seven lanterns over the quiet harbour")
    with pytest.raises(WeakPassphraseError):
        require_strong(passphrase, ["1987"])
    monkeypatch.setenv("USER", "someone")
    monkeypatch.setenv("LOGNAME", "someone")
    require_strong(passphrase, ["1987"])
