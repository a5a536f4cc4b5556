"""app/dates.py: every way people write a date, the bad ones, odd digits, precision."""

from __future__ import annotations

import pytest

from app.dates import (
    DateFormatError,
    When,
    day_first_for_locale,
    day_first_from_environment,
    parse_stored,
    parse_typed,
    typed_or_none,
)
from app.errors import QuireError


@pytest.mark.parametrize(
    ("typed", "stored", "precision"),
    [
        ("14.05.2025 23:15", "2025-05-14T23:15", "exact"),
        ("14.05.2025 23:15:07", "2025-05-14T23:15:07", "exact"),
        ("14.05.2025, 23:15", "2025-05-14T23:15", "exact"),
        ("14/05/2025", "2025-05-14", "day"),
        ("14-05-2025", "2025-05-14", "day"),
        ("2025-05-14", "2025-05-14", "day"),
        ("2025/05/14", "2025-05-14", "day"),
        ("14.05.2025", "2025-05-14", "day"),
        ("4.5.2025", "2025-05-04", "day"),
        ("2025-05-14 23:15", "2025-05-14T23:15", "exact"),
        ("2025-05-14 23:15:00", "2025-05-14T23:15", "exact"),
        ("2025-05-14 9:05:30", "2025-05-14T09:05:30", "exact"),
        ("2025-05-14T23:15", "2025-05-14T23:15", "exact"),
        ("2025-05-14T23:15Z", "2025-05-14T23:15+00:00", "exact"),
        ("2025-05-14T23:15+04:00", "2025-05-14T23:15+04:00", "exact"),
        ("  14.05.2025   23:15  ", "2025-05-14T23:15", "exact"),
        ("2025-05", "2025-05", "month"),
        ("05.2025", "2025-05", "month"),
        ("5/2025", "2025-05", "month"),
        ("05-2025", "2025-05", "month"),
        ("2025", "2025", "approximate"),
    ],
)
def test_each_form_people_write(typed: str, stored: str, precision: str) -> None:
    when = parse_typed(typed)
    assert (when.stored, when.precision, when.ambiguous) == (stored, precision, False)


def test_sort_key_is_the_wall_clock_time() -> None:
    assert parse_typed("14.05.2025 23:15").sort_key == "2025-05-14T23:15:00"
    assert parse_typed("14.05.2025").sort_key == "2025-05-14T00:00:00"
    assert parse_typed("2025-05-14T23:15:09+04:00").sort_key == "2025-05-14T23:15:09"


def test_ambiguous_day_and_month_follow_the_locale_and_say_so() -> None:
    europe = parse_typed("05/06/2025", day_first=True)
    america = parse_typed("05/06/2025", day_first=False)
    assert (europe.stored, europe.ambiguous) == ("2025-06-05", True)
    assert (america.stored, america.ambiguous) == ("2025-05-06", True)
    # A day over 12 decides by itself, in either order.
    assert parse_typed("14/05/2025", day_first=False) == When(
        "2025-05-14", "2025-05-14T00:00:00", "day"
    )
    assert parse_typed("05/14/2025", day_first=True).stored == "2025-05-14"
    # Dots are day first everywhere; the same day twice is not a question.
    assert parse_typed("05.06.2025", day_first=False).stored == "2025-06-05"
    assert not parse_typed("05.06.2025", day_first=False).ambiguous
    assert not parse_typed("06/06/2025", day_first=False).ambiguous
    assert parse_typed("05/06/2025 23:15", day_first=True).ambiguous


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("١٤.٠٥.٢٠٢٥ ٢٣:١٥", "2025-05-14T23:15"),  # Arabic-Indic digits
        ("۱۴.۰۵.۲۰۲۵", "2025-05-14"),  # Persian digits
        ("１４．０５．２０２５ ２３：１５", "2025-05-14T23:15"),  # full-width
        ("2025\u201305\u201314", "2025-05-14"),  # en dashes
        ("14.05.2025\u00a023:15", "2025-05-14T23:15"),  # no-break space
        ("14.05.2025\u202f23:15", "2025-05-14T23:15"),  # narrow no-break space (ICU)
        ("14\u221505\u22152025", "2025-05-14"),  # division slashes
    ],
)
def test_odd_unicode_digits_and_separators(typed: str, stored: str) -> None:
    assert parse_typed(typed).stored == stored


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "now",
        "yesterday",
        "31.02.2025",
        "29.02.2025",
        "2025-13-01",
        "13.2025",
        "14.05.2025 24:00",
        "14.05.2025 23:60",
        "14.05.2025 23:15:61",
        "14.05.25",
        "14.05",
        "14.05.2025 23",
        "14.05.2025 23:15 PM",
        "2025-05-14T23:15+25:00",
        "14.05/2025",
        "2025-05-14 2",
        "²⁰²⁵-05-14",  # superscripts are not decimal digits
        "1e3",
    ],
)
def test_bad_dates_are_refused_with_a_translatable_message(typed: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_typed(typed)
    assert isinstance(caught.value, QuireError)
    assert caught.value.template.startswith("'{text}'")
    assert caught.value.values == {"text": typed.strip()}
    assert str(caught.value).startswith(f"'{typed.strip()}'")


def test_stored_forms_stay_strict() -> None:
    assert parse_stored("2025-05-14T23:15:09+04:00").stored == "2025-05-14T23:15:09+04:00"
    for text in ("14.05.2025", "05/06/2025", "١٤٢٥-٠٥-١٤"):
        with pytest.raises(DateFormatError):
            parse_stored(text)


@pytest.mark.parametrize(
    ("stored", "precision", "result"),
    [
        ("2025-05-14", "exact", "2025-05-14T00:00"),
        ("2025-05-14T23:15", "day", "2025-05-14"),
        ("2025-05-14T23:15", "month", "2025-05"),
        ("2025-05-14T23:15+04:00", "exact", "2025-05-14T23:15+04:00"),
        ("2025-05", "day", "2025-05-01"),
        ("2025-05-14", "approximate", "2025-05-14"),
    ],
)
def test_precision_switch_keeps_the_whole_date(stored: str, precision: str, result: str) -> None:
    assert parse_stored(stored).at_precision(precision) == result


@pytest.mark.parametrize(
    ("locale", "day_first"),
    [
        ("en_US.UTF-8", False),
        ("en_US", False),
        ("en_GB.UTF-8", True),
        ("ru_RU.UTF-8", True),
        ("az_AZ", True),
        ("de_DE@euro", True),
        ("C", True),
        ("fil_PH", False),
    ],
)
def test_locale_order(locale: str, day_first: bool) -> None:
    assert day_first_for_locale(locale) is day_first


def test_environment_order() -> None:
    assert day_first_from_environment({"LANG": "en_US.UTF-8"}) is False
    assert day_first_from_environment({"LC_TIME": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"})
    assert day_first_from_environment({"LC_ALL": "en_US", "LC_TIME": "ru_RU"}) is False
    assert day_first_from_environment({}) is True


def test_blank_is_none() -> None:
    assert typed_or_none(None) is None
    assert typed_or_none("  ") is None
    assert typed_or_none("14.05.2025") == "2025-05-14"


# -- the command line reads the same forms ---------------------------------------------------
@pytest.mark.slow
def test_cli_dates_as_people_write_them(home: object) -> None:
    import json
    from pathlib import Path

    from tests.conftest import PASSPHRASE
    from tests.support.cli import run_cli

    pw = PASSPHRASE + "\n"
    assert isinstance(home, Path)
    assert run_cli(home, "--passphrase-stdin", "init", stdin=pw).returncode == 0
    r = run_cli(
        home,
        "--passphrase-stdin",
        "add",
        "--title",
        "t",
        "--when",
        "14.05.2025 23:15",
        "--until",
        "05/06/2025",
        stdin=pw,
    )
    assert r.returncode == 0, r.stderr
    assert "Read 05/06/2025 as 2025-06-05" in r.stderr
    new_id = r.stdout.strip().splitlines()[-1]
    r = run_cli(home, "--passphrase-stdin", "show", new_id, "--json", stdin=pw)
    doc = json.loads(r.stdout)["incident"]
    assert (doc["occurred_at"], doc["occurred_until"]) == ("2025-05-14T23:15", "2025-06-05")
    r = run_cli(home, "--passphrase-stdin", "list", "--since", "14.05.2025", "--json", stdin=pw)
    assert r.returncode == 0 and len(json.loads(r.stdout)["incidents"]) == 1, r.stderr
    r = run_cli(home, "--passphrase-stdin", "list", "--since", "15.05.2025 ", "--json", stdin=pw)
    assert r.returncode == 0 and json.loads(r.stdout)["incidents"] == [], r.stderr
    r = run_cli(home, "--passphrase-stdin", "add", "--title", "t", "--when", "31.02.2025", stdin=pw)
    assert r.returncode == 1
    assert "'31.02.2025' is not a day of the calendar." in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_decoy_entries_take_dates_as_people_write_them() -> None:
    from app import decoy

    entries = decoy.from_text("## 14.03.2025 Rude comment\ntext\n## 2025-03 A silent caller\n")
    assert [e.record.occurred_at for e in entries] == ["2025-03-14", "2025-03"]
    assert [e.record.title for e in entries] == ["Rude comment", "A silent caller"]
    (plain,) = decoy.from_text("## Yesterday evening a scam message\n")
    assert plain.record.occurred_at is None
    assert plain.record.title == "Yesterday evening a scam message"
