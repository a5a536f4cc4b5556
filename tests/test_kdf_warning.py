"""The test-only key derivation announces itself: a loud line on stderr whenever it is used,
so a person who set ``QUIRE_INSECURE_TEST_KDF=1`` by mistake is told before trusting the
vault. Real settings print nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.vault import kdf
from tests.conftest import PASSPHRASE
from tests.support.cli import REPO, cli_command, cli_env


def _raw_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """quire-cli without the test helper that drops the warning."""
    return subprocess.run(
        cli_command("--passphrase-stdin", *args),
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=cli_env(home),
        cwd=REPO,
        timeout=60,
        check=False,
    )


def test_cli_warns_when_creating_and_opening_with_the_test_kdf(tmp_path: Path) -> None:
    home = tmp_path / "vault"
    for args in (("init",), ("list",)):
        r = _raw_cli(home, *args)
        assert r.returncode == 0, r.stderr
        assert r.stderr.count(kdf.TEST_KDF_WARNING) == 1, (args, r.stderr)
        assert "INSECURE" in r.stderr


@pytest.fixture
def fresh_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "_warned", False)


def test_real_settings_print_nothing(
    capsys: pytest.CaptureFixture[str], fresh_warning: None
) -> None:
    kdf.check_params(kdf.FLOOR, origin="vault.key")
    assert capsys.readouterr().err == ""


def test_test_settings_warn_once(capsys: pytest.CaptureFixture[str], fresh_warning: None) -> None:
    kdf.check_params(kdf.INSECURE_TEST_PARAMS, origin="vault.key")
    kdf.check_params(kdf.INSECURE_TEST_PARAMS, origin="vault.key")
    assert capsys.readouterr().err == kdf.TEST_KDF_WARNING + "\n"
