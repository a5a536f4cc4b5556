"""Quire never touches the network, and app/ never needs Qt.

Four layers: (a) no module under app/ or ui/ even imports a networking library; (b) the
test suite's network guard really is active, in this process and in every CLI subprocess
the tests start, so any test that *did* reach for the network would fail loudly; (c) the
Qt-free core (app/) can be imported whole without PySide6 being loaded; (d) the real
programs, without the guard, run a whole CLI session and a whole GUI session (on the X
display, with the session bus) under ``strace -f``: no process opens anything but unix
sockets, and those connect only to the D-Bus session bus and the X display.
"""

from __future__ import annotations

import ast
import os
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, skip_or_fail
from tests.support import netguard
from tests.support.cli import REPO, cli_command, cli_env

# Modules whose import means "this code can talk to the network". A dotted name also
# forbids everything below it (``http`` covers ``http.client``, ``http.server``...).
FORBIDDEN = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebView",
)


def _forbidden(module: str) -> str | None:
    for bad in FORBIDDEN:
        if module == bad or module.startswith(bad + "."):
            return bad
    return None


def network_imports(source: str, filename: str = "<string>") -> list[str]:
    """Every import of a forbidden module in ``source``, as readable findings."""
    found: list[str] = []
    tree = ast.parse(source, filename=filename)
    for node in ast.walk(tree):
        candidates: list[str] = []
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from urllib import request`` and ``from PySide6 import QtNetwork`` too.
            candidates = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name in ("__import__", "import_module"):
                candidates = [node.args[0].value]
        for module in candidates:
            bad = _forbidden(module)
            if bad:
                found.append(f"{filename}:{node.lineno}: imports {module} ({bad})")
    return found


def _python_files() -> list[Path]:
    files: list[Path] = []
    for top in ("app", "ui"):
        files += sorted((REPO / top).rglob("*.py"))
    return [f for f in files if "__pycache__" not in f.parts]


def test_static_scan_finds_no_network_imports() -> None:
    files = _python_files()
    assert len(files) > 20, f"expected to scan the whole code base, found {len(files)} files"
    assert any(f.parts[-2] == "ui" for f in files), "ui/ was not scanned"
    findings: list[str] = []
    for path in files:
        findings += network_imports(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not findings, "network-capable imports in Quire's code:\n" + "\n".join(findings)


@pytest.mark.parametrize(
    "snippet",
    [
        "import socket",
        "import http.client",
        "from http import client",
        "from urllib import request",
        "import urllib.request as r",
        "from urllib.request import urlopen",
        "import ssl, json",
        "import requests",
        "from httpx import Client",
        "import aiohttp",
        "import ftplib",
        "from smtplib import SMTP",
        "from PySide6 import QtNetwork",
        "from PySide6.QtNetwork import QNetworkAccessManager",
        "import PySide6.QtWebSockets",
        "def f():\n    import socket",
        "__import__('socket')",
        "import importlib\nimportlib.import_module('http.client')",
    ],
)
def test_static_scanner_catches_network_imports(snippet: str) -> None:
    """The scanner is not blind: each of these must be reported."""
    assert network_imports(snippet), f"not caught: {snippet!r}"


@pytest.mark.parametrize(
    "snippet",
    ["import json", "from urllib.parse import quote", "from PySide6 import QtWidgets"],
)
def test_static_scanner_allows_harmless_imports(snippet: str) -> None:
    assert network_imports(snippet) == []


# -- (b) the guard is really on ------------------------------------------------------------
def test_guard_blocks_connections_in_this_process() -> None:
    with pytest.raises(netguard.NetworkUseError):
        socket.create_connection(("127.0.0.1", 9), timeout=2)
    with pytest.raises(netguard.NetworkUseError):
        socket.getaddrinfo("localhost", 80)
    # Unix sockets (D-Bus for the keyring) stay allowed.
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()


_PROBE = textwrap.dedent(
    """
    import socket, sys
    print("guard loaded:", "support.netguard" in sys.modules, flush=True)
    try:
        socket.create_connection(("127.0.0.1", 9), timeout=2)
    except Exception as exc:
        print("error:", type(exc).__name__, exc, flush=True)
    else:
        print("error: none (connected)", flush=True)
    """
)


def _probe(env: dict[str, str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_guard_blocks_connections_in_cli_subprocesses(tmp_path: Path) -> None:
    """A subprocess started with the CLI environment fails with the guard's error."""
    out = _probe(cli_env(tmp_path / "vault"))
    assert "guard loaded: True" in out, out
    assert "error: NetworkUseError" in out, out
    assert "ConnectionRefused" not in out, out


def test_probe_distinguishes_guard_from_refused_connection(tmp_path: Path) -> None:
    """Control: without the guard the same probe gets through to the kernel (loopback only),
    so the assertion above really tells "blocked by the guard" from "nobody listening"."""
    env = cli_env(tmp_path / "vault")
    env["PYTHONPATH"] = str(REPO)  # no sitecustomize: no guard
    out = _probe(env)
    assert "guard loaded: False" in out, out
    assert "NetworkUseError" not in out, out


# -- (c) app/ is Qt-free -------------------------------------------------------------------
_IMPORT_ALL = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    from pathlib import Path
    import app
    root = Path(app.__file__).resolve().parent
    names = {"app"} | {i.name for i in pkgutil.walk_packages(app.__path__, "app.")}
    for path in root.rglob("*.py"):  # also folders without __init__.py
        parts = path.relative_to(root.parent).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    failed = []
    for name in sorted(names):
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print("imported", len(names))
    for f in failed:
        print("FAILED", f)
    for m in qt:
        print("QT", m)
    """
)


def test_app_imports_no_pyside(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL],
        env=cli_env(tmp_path / "vault"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    expected = sum(1 for _ in (REPO / "app").rglob("*.py"))
    count = int(lines[0].split()[1])
    assert count >= expected, f"walked {count} modules, app/ has {expected} files"
    failed = [ln for ln in lines if ln.startswith("FAILED")]
    assert not failed, "app modules that do not import:\n" + "\n".join(failed)
    qt = [ln for ln in lines if ln.startswith("QT")]
    assert not qt, "importing app/ loaded Qt:\n" + "\n".join(qt)


# -- (d) a whole session under strace: no process opens a network socket ------------------
_SYSCALL = re.compile(r"^(?:\[pid\s+)?(\d+)\]?\s+(socket|connect)\((.*)$")
_FAMILY = re.compile(r"^(AF_[A-Z0-9]+)")
_UNIX_PATH = re.compile(r'sun_path=(@?)"([^"]*)"')


def _bus_paths(address: str) -> set[str]:
    """The unix socket paths of a D-Bus address (``unix:path=…`` or ``unix:abstract=…``)."""
    paths: set[str] = set()
    for part in address.split(";"):
        if not part.startswith("unix:"):
            continue
        for kv in part[len("unix:") :].split(","):
            key, _, value = kv.partition("=")
            if key == "path":
                paths.add(value)
            elif key == "abstract":
                paths.add("@" + value)
    return paths


def _display_paths(display: str) -> set[str]:
    """The X server's unix sockets for ``DISPLAY`` (":99" or ":99.0"), file and abstract."""
    m = re.fullmatch(r":(\d+)(?:\.\d+)?", display)
    if not m:
        return set()
    path = f"/tmp/.X11-unix/X{m.group(1)}"
    return {path, "@" + path}


def network_use(log: str, allowed: set[str]) -> list[str]:
    """Every socket that is not a unix socket, and every connect to a path not in
    ``allowed``, as the strace lines that show them."""
    found: list[str] = []
    for line in log.splitlines():
        m = _SYSCALL.match(line.strip())
        if not m:
            continue
        call, args = m.group(2), m.group(3)
        if call == "socket":
            family = _FAMILY.match(args)
            if family is None or family.group(1) not in ("AF_UNIX", "AF_LOCAL"):
                found.append(line)
        else:  # connect
            if "sa_family=AF_UNIX" not in args and "sa_family=AF_LOCAL" not in args:
                found.append(line)
                continue
            path = _UNIX_PATH.search(args)
            where = (path.group(1) + path.group(2)) if path else "?"
            if where not in allowed:
                found.append(line)
    return found


def _allowed_unix_paths() -> set[str]:
    return _bus_paths(os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")) | _display_paths(
        os.environ.get("DISPLAY", "")
    )


def _traced(
    log: Path, command: list[str], env: dict[str, str], stdin: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` under ``strace -f`` (every thread and child), the calls in ``log``."""
    return subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-s",
            "256",
            "-e",
            "trace=socket,connect",
            "-o",
            str(log),
            *command,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def _unguarded_env(home: Path) -> dict[str, str]:
    """The CLI's environment without the test suite's network guard: the real program."""
    env = cli_env(home)
    env["PYTHONPATH"] = str(REPO)
    return env


def _require_strace() -> None:
    import shutil

    if shutil.which("strace") is None:
        skip_or_fail("strace not installed: the no-network session tests need it")
    if not sys.platform.startswith("linux"):
        pytest.skip("strace is Linux only")


def test_strace_check_sees_a_network_socket(tmp_path: Path) -> None:
    """Control: the same tracing and parsing report a program that does open one."""
    _require_strace()
    probe = "import socket; s = socket.socket(socket.AF_INET6); s.close()"
    r = _traced(tmp_path / "probe.log", [sys.executable, "-c", probe], _unguarded_env(tmp_path))
    assert r.returncode == 0, r.stderr
    found = network_use((tmp_path / "probe.log").read_text(), set())
    assert found and "AF_INET6" in found[0]
    # A unix socket to somewhere other than the bus or the display is reported too.
    a = network_use('7 connect(3, {sa_family=AF_UNIX, sun_path="/run/other"}, 12) = 0', set())
    b = network_use('7 connect(3, {sa_family=AF_UNIX, sun_path="/run/bus"}, 12) = 0', {"/run/bus"})
    assert a and not b


@pytest.mark.slow
def test_cli_session_opens_no_network_socket(tmp_path: Path) -> None:
    """init, add, attach, list, search, export, open, verify, backup, wipe: all under strace."""
    _require_strace()
    home = tmp_path / "vault"
    env = _unguarded_env(home)
    pw = PASSPHRASE + "\n"
    evidence = tmp_path / "screenshot.png"
    evidence.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    identity = tmp_path / "org.txt"
    init = ["init", "--device-secret"] if os.environ.get("QUIRE_TEST_KEYRING") == "1" else ["init"]
    session: list[tuple[list[str], str]] = [
        (["--passphrase-stdin", *init], pw),
        (["--passphrase-stdin", "add", "--title", "Threat by SMS", "--tag", "sms"], pw),
        (["--passphrase-stdin", "attach", "1", str(evidence)], pw),
        (["--passphrase-stdin", "list"], pw),
        (["--passphrase-stdin", "search", "threat"], pw),
        (["keygen", "-o", str(identity)], ""),
    ]
    logs: list[Path] = []

    def run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
        log = tmp_path / f"strace-{len(logs)}.log"
        logs.append(log)
        r = _traced(log, cli_command(*args), env, stdin)
        assert r.returncode == 0, (args, r.stdout, r.stderr)
        return r

    for args, stdin in session:
        out = run(args, stdin)
    recipient = next(w for w in out.stdout.split() if w.startswith("age1"))
    bundle = tmp_path / "bundle.age"
    run(["--passphrase-stdin", "export", "--all", "--to", recipient, "-o", str(bundle)], pw)
    run(["open", str(bundle), "-i", str(identity), "-o", str(tmp_path / "opened")], "")
    run(["verify", str(bundle), "-i", str(identity)], "")
    run(["--passphrase-stdin", "verify"], pw)
    run(["--passphrase-stdin", "backup", "-o", str(tmp_path / "diary.quirebackup")], pw)
    run(["wipe", "--yes"], "")
    assert not (home / "vault.key").exists()

    allowed = _allowed_unix_paths()
    found = [ln for log in logs for ln in network_use(log.read_text(), allowed)]
    assert not found, "network use under strace:\n" + "\n".join(found)
    assert all(log.exists() for log in logs)  # strace really ran around every command


@pytest.mark.slow
@pytest.mark.gui
def test_gui_session_opens_no_network_socket(tmp_path: Path) -> None:
    """The real app on the real display (Xvfb): create, write, copy, lock, unlock, open the
    receiver, close. Only the X display and the session bus are ever connected to."""
    _require_strace()
    if not os.environ.get("DISPLAY"):
        skip_or_fail("no X display: run the suite with `make test` (Xvfb)")
    env = _unguarded_env(tmp_path / "vault")
    env["QT_QPA_PLATFORM"] = "xcb"
    log = tmp_path / "strace-gui.log"
    driver = [sys.executable, str(REPO / "tests" / "support" / "gui_session.py")]
    args = [str(tmp_path / "vault")]
    if os.environ.get("QUIRE_TEST_KEYRING") == "1":
        args.append("--device-secret")
    r = _traced(log, driver + args, env, timeout=300)
    assert r.returncode == 0 and "SESSION OK" in r.stdout, (r.stdout, r.stderr[-3000:])
    text = log.read_text()
    display = _display_paths(env["DISPLAY"])
    assert any(p in text for p in display), "the X display was never connected: not traced?"
    found = network_use(text, _allowed_unix_paths())
    assert not found, "network use under strace:\n" + "\n".join(found)
