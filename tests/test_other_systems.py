"""Quire starts and works where the Linux-only parts are missing (Windows, macOS).

Each child process here first takes away what other systems lack: the ``fcntl`` and
``resource`` modules (importing them fails), ``prctl`` (libc cannot be loaded through
ctypes), ``os.getuid``, ``os.pread`` and ``O_DIRECT``. Then it runs the real program:
``--version``, a CLI session (init, add, attach, export, verify, open), the protections
report naming what is missing, and (slow) the GUI's own self-test. What cannot be
simulated on Linux, such as Windows refusing to open a folder as a file, is checked on
the guard itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.support.cli import cli_env, without_test_kdf_warning

REPO = Path(__file__).resolve().parents[1]
PW = PASSPHRASE + "\n"
# Run before anything of Quire is imported.
_ELSEWHERE = """
import ctypes, os, sys
import platformdirs  # it picks its own module per system at import (Windows: no user ids)
sys.modules["fcntl"] = None      # import fcntl -> ImportError, as on Windows
sys.modules["resource"] = None   # likewise
for name in ("getuid", "geteuid", "O_DIRECT", "pread"):
    if hasattr(os, name):
        delattr(os, name)
class NoLibc:
    def __init__(self, *args, **kwargs):
        raise OSError("no libc to load here")
ctypes.CDLL = NoLibc             # so no prctl
"""
_RUN_CLI = (
    _ELSEWHERE
    + """
import runpy
sys.argv = ["quire-cli", *sys.argv[1:]]
runpy.run_module("app.cli.main", run_name="__main__")
"""
)
_PROTECTIONS = (
    _ELSEWHERE
    + """
from app import hardening, platform_support
hardening.harden_process()
for p in platform_support.protections():
    print(p.available, p.needs, sep="|")
"""
)
_SELF_TEST = (
    _ELSEWHERE
    + """
from ui.main import main
sys.exit(main(["quire", "--self-test"]))
"""
)


def _child(
    code: str, args: list[str], cwd: Path, home: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        cwd=cwd,
        env=cli_env(home, {"QT_QPA_PLATFORM": "offscreen"}),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    r.stderr = without_test_kdf_warning(r.stderr)
    return r


def test_the_simulation_really_hides_them(tmp_path: Path) -> None:
    code = _ELSEWHERE + (
        "import importlib\n"
        "for m in ('fcntl', 'resource'):\n"
        "    try:\n"
        "        importlib.import_module(m); print(m, 'present')\n"
        "    except ImportError:\n"
        "        print(m, 'hidden')\n"
        "print(hasattr(os, 'getuid'), hasattr(os, 'O_DIRECT'))\n"
    )
    r = _child(code, [], tmp_path, tmp_path / "vault")
    assert r.stdout.split("\n")[:3] == ["fcntl hidden", "resource hidden", "False False"]


def test_version_and_a_whole_cli_session(tmp_path: Path) -> None:
    home = tmp_path / "vault"

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return _child(_RUN_CLI, list(args), tmp_path, home, stdin)

    r = cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("quire-cli "), r.stderr
    r = cli("--passphrase-stdin", "init", stdin=PW + PW)
    assert r.returncode == 0, r.stderr
    r = cli("--passphrase-stdin", "add", "--title", "Threat", stdin=PW)
    assert r.returncode == 0, r.stderr
    incident = r.stdout.split()[-1]
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    r = cli("--passphrase-stdin", "attach", incident, "photo.png", stdin=PW)
    assert r.returncode == 0, r.stderr
    r = cli("--passphrase-stdin", "verify", "--deep", stdin=PW)
    assert r.returncode == 0 and "All checks passed." in r.stdout, r.stderr
    r = cli("keygen", "-o", "org.key")
    assert r.returncode == 0, r.stderr
    recipient = next(w for w in r.stdout.split() if w.startswith("age1"))
    r = cli("--passphrase-stdin", "export", "--all", "--to", recipient, "-o", "b.age", stdin=PW)
    assert r.returncode == 0, r.stderr
    r = cli("open", "b.age", "-i", "org.key", "-o", "opened")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "opened" / "report.pdf").read_bytes().startswith(b"%PDF")
    r = cli("--passphrase-stdin", "list", stdin="wrong passphrase\n")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_the_missing_protections_are_reported(tmp_path: Path) -> None:
    r = _child(_PROTECTIONS, [], tmp_path, tmp_path / "vault")
    assert r.returncode == 0, r.stderr
    found = dict(line.split("|", 1)[::-1] for line in r.stdout.splitlines())
    assert found == {
        "resource (RLIMIT_CORE)": "False",
        "prctl (PR_SET_DUMPABLE)": "False",
        "fcntl (flock)": "False",
        "O_DIRECT": "False",
        "POSIX modes": "True",
    }


def test_here_every_protection_is_available(tmp_path: Path) -> None:
    """(In a child: the hardening would stay on the test process, hard core limit and all.)"""
    code = (
        "from app import hardening, platform_support\n"
        "hardening.harden_process()\n"
        "print(platform_support.missing())\n"
    )
    r = _child(code, [], tmp_path, tmp_path / "vault")
    assert r.returncode == 0 and r.stdout.strip() == "[]", r.stdout + r.stderr


@pytest.mark.slow
def test_the_gui_self_test_passes_and_names_what_is_missing(tmp_path: Path) -> None:
    env_tmp = tmp_path / "tmp"
    env_tmp.mkdir()
    r = subprocess.run(
        [sys.executable, "-c", _SELF_TEST],
        cwd=tmp_path,
        env={**cli_env(tmp_path / "vault"), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(env_tmp)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    line = r.stdout.splitlines()[1]
    assert line.startswith("protections not available on this system: no core dumps")
    assert "fcntl (flock)" in line and "O_DIRECT" in line and "prctl" in line
    assert r.stdout.splitlines()[-1].startswith("self-test passed")
    assert list(env_tmp.iterdir()) == []


def test_windows_never_opens_a_folder_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows answers os.open(folder) with PermissionError; an atomic write must not."""
    from app import fs

    real_open = os.open

    def windows_open(path: object, flags: int, *args: int) -> int:
        if Path(str(path)).is_dir():
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(fs, "_FOLDERS_OPEN_AS_FILES", False)
    monkeypatch.setattr(os, "open", windows_open)
    fs.atomic_write_bytes(tmp_path / "vault.key", b"header")
    assert (tmp_path / "vault.key").read_bytes() == b"header"


def test_no_user_ids_still_gives_the_strength_meter_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app import passphrase_strength

    monkeypatch.delattr(os, "getuid")
    monkeypatch.setenv("USERNAME", "leyla")
    assert "leyla" in passphrase_strength.personal_inputs()
