"""What starting quire-cli or the window imports: nothing heavy that the start does not use.

Each of these took a measurable part of every start (docs/PERFORMANCE.md, "Whole
processes"): keyring ~0.1 s (only a vault with a device secret asks the keyring), the
report's fpdf2, fontTools and Pillow ~0.3 s (only an export renders a report).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("keyring", "fpdf", "fontTools", "PIL")


def _imported_after(module: str) -> set[str]:
    code = f"import json, sys; import {module}; print(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return {name.split(".")[0] for name in json.loads(r.stdout.splitlines()[-1])}


@pytest.mark.parametrize("module", ["app.cli.main", "ui.main"])
def test_start_leaves_heavy_modules_alone(module: str) -> None:
    assert sorted(set(HEAVY) & _imported_after(module)) == []


def test_the_device_secret_still_reaches_the_keyring() -> None:
    """Imported late, keyring is still what answers (here: its 'fail' backend)."""
    code = (
        "from app.vault import device_secret as d; ok, why = d.is_available(); "
        "print(ok, why); assert d.delete(b'x' * 16) is False"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("False no OS keyring"), r.stdout


def test_the_report_warm_up_does_its_work() -> None:
    """It swallows its own errors (the export would redo the work and say why), so a
    broken warm-up would only show as a slow export: check it imports and caches."""
    code = (
        "import sys; from app.bundle import warm_up; warm_up.start().join(); "
        "from app.report import fonts; "
        "print('fpdf' in sys.modules, 'fontTools.subset' in sys.modules, "
        "fonts.covered_codepoints.cache_info().currsize)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert r.stdout.split() == ["True", "True", "3"], r.stdout + r.stderr
