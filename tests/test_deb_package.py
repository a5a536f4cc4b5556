"""The .deb that `make package` makes (packaging/deb/build.sh), and its proof on a bare Debian.

- Its metadata agrees with itself: version, desktop entry id = AppStream id = icon name.
- The built .deb holds what it promises (/opt/quire, quire and quire-cli on the PATH, the
  desktop entry, metadata, hicolor icons, copyright, changelog, manual pages) and declares
  the system libraries Qt needs; desktop-file-validate, appstreamcli validate and lintian
  pass (no error; the overrides are explained in packaging/README.md).
- On a fresh Debian 12 made by `debootstrap --variant=minbase` (root, a chroot),
  `apt-get install ./quire_*.deb` alone brings everything the build needs: a whole CLI
  session, `quire --version` and `quire --self-test` offscreen and on Xvfb run there.
  This is what shows the package declares every library it loads.

The build is the session's one `make package` (tests/support/release.py).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from configparser import ConfigParser
from pathlib import Path

import pytest

import app
from tests.conftest import PASSPHRASE, require_tool, skip_or_fail
from tests.support.cli_session import whole_cli_session
from tests.support.release import DEB_TOOLS, release_build

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
APP_ID = "org.quire.Quire"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MIRROR = os.environ.get("QUIRE_DEBIAN_MIRROR", "http://deb.debian.org/debian")


def _desktop_entry() -> ConfigParser:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return entry


def test_the_package_names_one_id_and_one_version() -> None:
    """Software centres match the metainfo to the desktop entry by id, and the icon by
    name; the .deb's version comes from packaging/deb/changelog."""
    meta = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert _desktop_entry()["Desktop Entry"]["Icon"] == APP_ID
    assert (PACKAGING / "icons" / f"{APP_ID}.svg").is_file()
    releases = meta.find("releases")
    assert releases is not None
    assert releases[0].get("version") == app.__version__
    changelog = (PACKAGING / "deb" / "changelog").read_text(encoding="utf-8")
    assert changelog.startswith(f"quire ({app.__version__}) ")


def _check_prereqs_debian_packages() -> set[str]:
    """The Debian packages scripts/check_prereqs.sh names for the Qt system libraries."""
    text = (REPO / "scripts" / "check_prereqs.sh").read_text(encoding="utf-8")
    block = text.split("QT_LIBS='", 1)[1].split("'", 1)[0]
    return {line.split()[1] for line in block.splitlines() if line.strip()}


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    for tool in DEB_TOOLS:
        require_tool(tool, "make package makes the .deb with Debian's tools")
    (found,) = release_build(tmp_path_factory).glob("quire_*.deb")
    return found


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.slow
def test_the_deb_holds_what_it_promises(deb: Path) -> None:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert deb.name == f"quire_{app.__version__}_{arch}.deb"
    assert _field(deb, "Package") == "quire" and _field(deb, "Version") == app.__version__
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    entries: dict[str, str] = {}
    for line in listing.splitlines():
        perms, owner, _size, _day, _time, name, *rest = line.split()
        assert owner == "root/root", line
        entries[name.removeprefix(".")] = rest[1] if rest else perms
    assert entries["/usr/bin/quire"] == "/opt/quire/quire"
    assert entries["/usr/bin/quire-cli"] == "/opt/quire/quire-cli"
    assert entries["/opt/quire/quire-cli"] == "quire"
    assert entries["/opt/quire/quire"].startswith("-rwxr-xr-x")
    for path in (
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "/usr/share/doc/quire/copyright",
        "/usr/share/doc/quire/changelog.gz",
        "/usr/share/man/man1/quire.1.gz",
        "/usr/share/man/man1/quire-cli.1.gz",
        "/opt/quire/_internal/resources/translations/quire_az.qm",
        "/opt/quire/_internal/resources/licenses/LGPL-3.0.txt",
    ):
        assert entries[path].startswith("-rw-r--r--"), path
    for size in ICON_SIZES:
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in entries
    # dpkg-shlibdeps found, from the build's own ELF files, every library README and
    # check_prereqs.sh name (and the C/C++ runtime they all sit on).
    depends = {d.split()[0] for d in _field(deb, "Depends").split(", ")}
    missing = _check_prereqs_debian_packages() - depends
    assert not missing, missing
    assert {"libc6", "libstdc++6", "fonts-dejavu-core"} <= depends


@pytest.mark.slow
def test_the_validators_pass(deb: Path, tmp_path: Path) -> None:
    for tool in ("desktop-file-validate", "appstreamcli", "lintian"):
        require_tool(tool, "the .deb is checked with Debian's validators")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    desktop = subprocess.run(
        ["desktop-file-validate", str(root / f"usr/share/applications/{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert desktop.returncode == 0 and "error" not in desktop.stdout, desktop.stdout
    meta = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(root / f"usr/share/metainfo/{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert meta.returncode == 0, meta.stdout + meta.stderr
    lint = subprocess.run(
        ["lintian", "--fail-on", "error", str(deb)],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    errors = [line for line in lint.stdout.splitlines() if line.startswith("E:")]
    assert lint.returncode == 0 and not errors, "\n".join(errors[:40]) or lint.stderr


# --- A bare Debian 12 -------------------------------------------------------------------

_CHROOT_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "HOME": "/root",
    "LANG": "C.UTF-8",
    "DEBIAN_FRONTEND": "noninteractive",
}


def _in_root(
    root: Path, script: str, *args: str, stdin: str = "", timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    """Run a shell script inside the chroot, with a clean environment (nothing of this
    machine's PATH, Python or Qt leaks in)."""
    return subprocess.run(
        ["chroot", str(root), "/bin/sh", "-c", script, "sh", *args],
        input=stdin,
        env=_CHROOT_ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _unmount_all(mounts: list[Path]) -> bool:
    """Unmount what this test mounted, newest first; True when none is left mounted."""
    for point in reversed(mounts):
        if (
            os.path.ismount(point)
            and subprocess.run(["umount", str(point)], check=False).returncode != 0
        ):
            subprocess.run(["umount", "-l", str(point)], check=False)
    return not any(os.path.ismount(point) for point in mounts)


@pytest.fixture(scope="module")
def bare_debian() -> Iterator[Path]:
    """A fresh `debootstrap --variant=minbase bookworm` root with /proc, /sys and /dev
    bound in. It lives outside pytest's temporary folders (their clean-up must never walk
    into a bound /dev) and is removed only once nothing is mounted in it."""
    if os.geteuid() != 0:
        skip_or_fail("not root: debootstrap and chroot need root")
    for tool in ("debootstrap", "chroot", "mount", "umount"):
        require_tool(tool, "the .deb is installed on a bare Debian 12")
    base = Path(tempfile.mkdtemp(prefix="quire-bare-debian-"))
    root = base / "root"
    mounts: list[Path] = []
    try:
        made = subprocess.run(
            ["debootstrap", "--variant=minbase", "bookworm", str(root), MIRROR],
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
        if made.returncode != 0:
            skip_or_fail(f"debootstrap from {MIRROR} failed: {made.stdout[-500:]}{made.stderr}")
        for name in ("proc", "sys", "dev"):
            point = root / name
            subprocess.run(["mount", "--bind", f"/{name}", str(point)], check=True)
            mounts.append(point)
        yield root
    finally:
        if _unmount_all(mounts):
            shutil.rmtree(base, ignore_errors=True)
        else:
            print(f"left {base} in place: still mounted in it")


@pytest.mark.slow
def test_the_deb_alone_makes_quire_work_on_a_bare_debian(deb: Path, bare_debian: Path) -> None:
    root = bare_debian
    started = time.monotonic()
    shutil.copy(deb, root / "tmp" / deb.name)
    r = _in_root(root, "apt-get update -q")
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr
    r = _in_root(root, "cd /tmp && apt-get install -y -q --no-install-recommends ./$1", deb.name)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr
    r = _in_root(root, "command -v quire && command -v quire-cli && quire-cli --version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[:2] == ["/usr/bin/quire", "/usr/bin/quire-cli"]
    assert app.__version__ in r.stdout

    work = root / "work"
    work.mkdir()

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return _in_root(
            root,
            'cd /work && QUIRE_HOME=/work/vault exec quire-cli "$@"',
            *args,
            stdin=stdin,
            timeout=600,
        )

    whole_cli_session(cli, work, PASSPHRASE)

    # No display in the chroot: the self-test chooses offscreen by itself.
    r = _in_root(root, "quire --self-test", timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "self-test on the offscreen display" in r.stdout, r.stdout

    # A real X server inside the root: the xcb plugin with the libraries the .deb declared.
    r = _in_root(root, "apt-get install -y -q --no-install-recommends xvfb xauth")
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr
    r = _in_root(root, 'xvfb-run -a -s "-screen 0 1024x640x24 -nolisten tcp" quire --self-test')
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "self-test on the xcb display" in r.stdout, r.stdout
    print(f"install, session and self-tests in the bare root: {time.monotonic() - started:.0f} s")
    assert not re.search(r"^Traceback", r.stderr, re.M)


def test_a_changelog_of_another_version_is_refused(tmp_path: Path) -> None:
    """The .deb's version is the changelog's: a release that forgot its changelog entry
    stops before anything is built."""
    require_tool("dpkg-parsechangelog", "packaging/deb/build.sh reads the changelog with it")
    r = subprocess.run(
        [str(PACKAGING / "deb" / "build.sh"), str(tmp_path), "99.0.0", "/bin/false"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert r.returncode == 1
    assert r.stderr == (
        f"packaging/deb/changelog is at {app.__version__}, Quire at 99.0.0: add an entry\n"
    )  # and nothing else was tried
    assert list(tmp_path.iterdir()) == []
