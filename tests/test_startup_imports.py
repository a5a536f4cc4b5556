"""What starting quire-cli or the window imports: nothing heavy that the start does not use.

Each of these took a measurable part of every start (docs/PERFORMANCE.md, "Whole
processes"): keyring ~0.1 s (only a vault with a device secret asks the keyring), the
report's fpdf2, fontTools and Pillow ~0.3 s (only an export renders a report). The window
builds only the page it shows first; the diary, its evidence panel and the editor came to
~0.3 s of CPU before the lock screen appeared, and are built right after its first paint.
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


# Run in the child: ui.main's own start, the modules noted when the window has been shown
# (before the event loop, so before the first paint), then again once the window says the
# diary is built (after the first paint), and the page in view at that point.
_WINDOW_CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.main
from ui.main_window import MainWindow
seen = {}
real_show = MainWindow.show
def show(self):
    real_show(self)
    seen["shown"] = sorted(sys.modules)
    seen["toolbars_at_show"] = self._toolbar is not None
    def warmed():
        seen["warm"] = sorted(sys.modules)
        seen["page"] = type(self.stack.currentWidget()).__name__
        seen["diary_built"] = self._diary_host is not None
        seen["welcome_built"] = self._welcome is not None
        seen["toolbars_in_view"] = [self.toolbar.isVisible(), self.safety_toolbar.isVisible()]
        QApplication.instance().quit()
    self.warmed_up.connect(warmed)
    QTimer.singleShot(30_000, QApplication.instance().quit)
MainWindow.show = show
ui.main.main(["quire", "--home", sys.argv[1]])
print(json.dumps(seen))
"""
# What only the diary or an action uses (first-level names, or a module and its children).
NOT_BEFORE_THE_FIRST_PAINT = (
    *HEAVY,
    "ui.diary.diary_page",
    "ui.evidence",
    "ui.editor",
    "ui.chats",
    "app.report",
)


def _window_start(home: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", _WINDOW_CHILD, str(home)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    seen: dict[str, object] = json.loads(r.stdout.splitlines()[-1])
    return seen


def _matching(modules: object, names: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return sorted(m for m in modules for n in names if m == n or m.startswith(n + "."))


@pytest.mark.gui
@pytest.mark.parametrize("first_run", [False, True], ids=["locked", "first run"])
def test_the_window_shows_before_the_diary_is_built(tmp_path: Path, first_run: bool) -> None:
    """Shown: only the first page and what it needs. Then, after the first paint, the
    diary and the first-run page are built (and the unlock's own module imported) while
    the first page stays in view."""
    home = tmp_path / "vault"
    if not first_run:
        from app.vault.kdf import INSECURE_TEST_PARAMS
        from app.vault.vault import Vault

        vault, _ = Vault.create(home, "correct horse battery staple x", kdf=INSECURE_TEST_PARAMS)
        vault.lock()
    seen = _window_start(home)
    shown, warm = seen["shown"], seen["warm"]
    first_page, other_page = ("ui.pages.welcome", "ui.pages.unlock")
    if not first_run:
        first_page, other_page = other_page, first_page
    assert _matching(shown, (*NOT_BEFORE_THE_FIRST_PAINT, other_page)) == []
    assert _matching(shown, (first_page,)) == [first_page]
    if not first_run:
        assert _matching(shown, ("app.access",)) == []  # the unlock's work: after the paint
        assert _matching(warm, ("app.access",)) == ["app.access"]
    assert seen["diary_built"] is True
    assert seen["welcome_built"] is True  # a panic from the lock screen shows it at once
    assert seen["toolbars_at_show"] is False  # hidden while locked: built after the paint
    assert seen["toolbars_in_view"] == [False, False]
    assert _matching(warm, ("ui.diary.diary_page", "ui.evidence.evidence_panel")) == [
        "ui.diary.diary_page",
        "ui.evidence.evidence_panel",
    ]
    assert seen["page"] == ("WelcomePage" if first_run else "UnlockPage")
    assert _matching(warm, HEAVY) == []  # the diary does not need them either


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
