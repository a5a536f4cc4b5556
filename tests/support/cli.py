"""Running ``quire-cli`` for real, in a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_SITE = Path(__file__).resolve().parent / "sitecustomize_dir"


def cli_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["QUIRE_HOME"] = str(home)
    env["QUIRE_INSECURE_TEST_KDF"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(_SITE), str(REPO)])
    env.pop("PYTHONSAFEPATH", None)
    if extra:
        env.update(extra)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli.main", *args]


def run_cli(
    home: Path,
    *args: str,
    stdin: str | bytes = "",
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run quire-cli with ``args``; stdin text (passphrase lines first)."""
    data = stdin.decode() if isinstance(stdin, bytes) else stdin
    result = subprocess.run(
        cli_command(*args),
        input=data,
        capture_output=True,
        text=True,
        env=cli_env(home, env),
        cwd=REPO,
        timeout=timeout,
        check=False,
    )
    result.stderr = without_test_kdf_warning(result.stderr)
    return result


def without_test_kdf_warning(stderr: str) -> str:
    """stderr without the test-KDF warning every test vault prints (tests/test_kdf_warning.py
    checks that it is printed), so tests can compare the rest exactly."""
    from app.vault.kdf import TEST_KDF_WARNING

    return stderr.replace(TEST_KDF_WARNING + "\n", "", 1)
