"""The code stays clean: ruff (lint and format) over the tree, mypy over app/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_ruff_lint() -> None:
    r = _run("ruff", "check", ".")
    assert r.returncode == 0, r.stdout[-4000:]


def test_ruff_format() -> None:
    r = _run("ruff", "format", "--check", ".")
    assert r.returncode == 0, r.stdout[-4000:]


def test_mypy_app() -> None:
    r = _run("mypy", "app")
    assert r.returncode == 0, r.stdout[-4000:]
