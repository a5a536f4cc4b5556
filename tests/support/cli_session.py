"""A whole quire-cli session as a person runs it (init, add, attach, keygen, export, verify
the bundle, open it, verify the diary), written once for every way Quire is installed: the
wheel in a fresh venv, the built folder, the .deb on a bare Debian. Each caller passes how
to run quire-cli; every path is relative to the session's folder, ``work``."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

# cli(*args, stdin=...) runs quire-cli in ``work`` with QUIRE_HOME set by the caller.
Cli = Callable[..., subprocess.CompletedProcess[str]]


def whole_cli_session(cli: Cli, work: Path, passphrase: str) -> None:
    """Run the session in ``work`` (the folder as seen from this process) and check each
    step: the report's fonts, the age encryption and the signature all come from the
    installed copy."""
    pw = passphrase + "\n"
    r = cli("--passphrase-stdin", "init", stdin=pw + pw)
    assert r.returncode == 0, r.stderr
    r = cli("--passphrase-stdin", "add", "--title", "Hədə-qorxu", stdin=pw)
    assert r.returncode == 0, r.stderr
    incident = r.stdout.split()[-1]
    (work / "screenshot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    r = cli("--passphrase-stdin", "attach", incident, "screenshot.png", stdin=pw)
    assert r.returncode == 0, r.stderr
    r = cli("keygen", "-o", "org-key.txt")
    assert r.returncode == 0, r.stderr
    recipient = next(w for w in r.stdout.split() if w.startswith("age1"))
    r = cli(
        "--passphrase-stdin",
        "export",
        "--all",
        "--to",
        recipient,
        "-o",
        "bundle.age",
        stdin=pw,
    )
    assert r.returncode == 0, r.stderr  # the report's fonts came from the installed copy
    r = cli("verify", "bundle.age", "-i", "org-key.txt")
    assert r.returncode == 0 and "Signature: GOOD" in r.stdout, r.stderr
    r = cli("open", "bundle.age", "-i", "org-key.txt", "-o", "opened")
    assert r.returncode == 0, r.stderr
    report = (work / "opened" / "report.pdf").read_bytes()
    assert report.startswith(b"%PDF") and b"DejaVuSans" in report
    r = cli("--passphrase-stdin", "verify", "--deep", stdin=pw)
    assert r.returncode == 0 and "All checks passed." in r.stdout, r.stderr
