"""Every Quire process hardens itself first: no core dumps, not dumpable, umask 077.

The hardening step itself is checked in a fresh child (each of its three parts); the two
entry points (quire-cli and the GUI's main) are checked to run it before anything else;
and a real ``quire-cli attach`` of a large file, started under ``ulimit -c unlimited`` in a
folder where the kernel writes core files, is killed with SIGSEGV half-way through and
must leave no core file behind.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, skip_or_fail
from tests.support.cli import REPO, cli_command, cli_env, run_cli

PW = PASSPHRASE + "\n"

# Prints: umask, RLIMIT_CORE soft and hard, and the kernel's dumpable flag.
_REPORT = textwrap.dedent(
    """
    import os, resource
    from app import hardening
    mask = os.umask(0o022)
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    print(oct(mask), soft, hard, hardening.is_dumpable())
    """
)


def _child(code: str, tmp_path: Path) -> list[str]:
    """Run ``code`` then the report in a fresh Python that starts from a loose set-up."""

    def loosen() -> None:  # what a careless shell gives: ulimit -c unlimited, umask 022
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        os.umask(0o022)

    proc = subprocess.run(
        [sys.executable, "-c", code + _REPORT],
        env=cli_env(tmp_path / "vault"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=loosen,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()[-1].split()  # --version prints a line before it


def test_loose_start_is_really_loose(tmp_path: Path) -> None:
    """Control: without the hardening the child is dumpable, may dump, and shares files."""
    unlimited = str(resource.RLIM_INFINITY)
    assert _child("", tmp_path) == ["0o22", unlimited, unlimited, "True"]


def test_hardening_sets_all_three(tmp_path: Path) -> None:
    out = _child("from app import hardening\nhardening.harden_process()\n", tmp_path)
    assert out == ["0o77", "0", "0", "False"]


def test_cli_hardens_before_parsing_anything(tmp_path: Path) -> None:
    """Even ``--version`` (argparse exits at once) runs after the hardening."""
    code = textwrap.dedent(
        """
        from app.cli.main import main
        try:
            main(["--version"])
        except SystemExit:
            pass
        """
    )
    assert _child(code, tmp_path) == ["0o77", "0", "0", "False"]


def test_gui_hardens_before_parsing_anything(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from ui.main import main
        try:
            main(["quire", "--version"])
        except SystemExit:
            pass
        """
    )
    assert _child(code, tmp_path) == ["0o77", "0", "0", "False"]


# -- a real crash during an attach ---------------------------------------------------------
def _core_files(*folders: Path) -> list[Path]:
    return [p for f in folders if f.exists() for p in f.rglob("core*") if p.is_file()]


def _unlimited_core() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _cores_are_written_here(cwd: Path) -> None:
    """Control: a plain Python child killed the same way does leave a core file here."""
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if pattern.startswith("|") or "/" in pattern:
        skip_or_fail(f"core_pattern is {pattern!r}: cores are not written to the working folder")
    probe = cwd / "probe"
    probe.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"],
        cwd=probe,
        preexec_fn=_unlimited_core,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == -signal.SIGSEGV
    if not _core_files(probe):
        skip_or_fail(f"this kernel writes no core file here (core_pattern {pattern!r})")


def _source_position(pid: int, source: Path) -> int | None:
    """How far the child has read ``source`` (from /proc), or None if it is not open."""
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        for fd in fd_dir.iterdir():
            try:
                if os.readlink(fd) == str(source):
                    info = Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text()
                    return int(info.split("pos:")[1].split()[0])
            except (FileNotFoundError, ProcessLookupError):
                continue
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


@pytest.mark.slow
def test_sigsegv_during_attach_leaves_no_core(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc and the Linux core_pattern")
    _cores_are_written_here(tmp_path)
    home = tmp_path / "vault"
    assert run_cli(home, "--passphrase-stdin", "init", stdin=PW).returncode == 0
    r = run_cli(home, "--passphrase-stdin", "add", "--title", "t", stdin=PW)
    assert r.returncode == 0, r.stderr
    incident = r.stdout.strip().splitlines()[-1]
    source = tmp_path / "large.bin"
    size = 1 << 30
    with source.open("wb") as f:  # sparse: no real gigabyte on the disk, but a long read
        f.truncate(size)
    work = tmp_path / "cwd"
    work.mkdir()
    child = subprocess.Popen(
        cli_command("--passphrase-stdin", "attach", incident, str(source)),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=cli_env(home),
        cwd=work,
        preexec_fn=_unlimited_core,
    )
    try:
        assert child.stdin is not None
        child.stdin.write(PW.encode())
        child.stdin.close()
        deadline = time.monotonic() + 60
        pos: int | None = None
        while time.monotonic() < deadline and child.poll() is None:
            pos = _source_position(child.pid, source)
            if pos is not None and 0 < pos < size:
                break
            time.sleep(0.01)
        assert pos is not None and 0 < pos < size, f"never caught the attach half-way ({pos})"
        limits = Path(f"/proc/{child.pid}/limits").read_text()
        core_line = next(ln for ln in limits.splitlines() if ln.startswith("Max core file size"))
        assert core_line.split()[4:6] == ["0", "0"], core_line
        os.kill(child.pid, signal.SIGSEGV)
        assert child.wait(timeout=60) == -signal.SIGSEGV
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)
    assert _core_files(work, home) == []
    assert _core_files(tmp_path) == _core_files(tmp_path / "probe")  # only the control's
