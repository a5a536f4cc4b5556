"""Quire never touches the network, and app/ never needs Qt.

Three layers: (a) no module under app/ or ui/ even imports a networking library; (b) the
test suite's network guard really is active, in this process and in every CLI subprocess
the tests start, so any test that *did* reach for the network would fail loudly; (c) the
Qt-free core (app/) can be imported whole without PySide6 being loaded.
"""

from __future__ import annotations

import ast
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import netguard
from tests.support.cli import REPO, cli_env

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
