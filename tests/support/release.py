"""One `make package` per test session, shared by tests/test_release_build.py and
tests/test_deb_package.py: PyInstaller and dpkg-deb run once, not once per test module."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

REPO = Path(__file__).resolve().parents[2]
# make package: PyInstaller (from the build venv), trim_icu.sh, drop_host_rpaths.sh; and,
# where dpkg is, packaging/deb/build.sh with Debian's tools (DEB_TOOLS, which the .deb's
# tests ask for).
BUILD_TOOLS = ("make", "gcc", "objcopy", "icupkg", "genccode", "patchelf")
DEB_TOOLS = ("dpkg", "dpkg-deb", "dpkg-shlibdeps", "dpkg-gencontrol", "dpkg-parsechangelog")

# Set to the DIST of an earlier `make package` (make package DIST=...) to test that build
# instead of making one; the tests then check what that build is, not what the tree makes.
REUSE_ENV = "QUIRE_TEST_REUSE_DIST"

_built: dict[str, Path | str] = {}


def release_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The DIST folder of a fresh `make package`: quire/, the tarball and the .deb.
    Built at the first call of the session; a failed build fails every later caller too
    (with its message) instead of building again."""
    if "dist" in _built:
        return Path(_built["dist"])
    if os.environ.get(REUSE_ENV):  # while working on these tests only: never set in CI
        _built["dist"] = Path(os.environ[REUSE_ENV])
        return Path(_built["dist"])
    if "error" in _built:
        pytest.fail(str(_built["error"]))
    for tool in BUILD_TOOLS:
        if shutil.which(tool) is None:
            skip_or_fail(f"{tool} not installed: make package needs it")
    dist = tmp_path_factory.mktemp("package")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MAKE"))}
    made = subprocess.run(
        ["make", "--no-print-directory", "package", f"DIST={dist}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if made.returncode != 0 and "pip" in made.stderr and "install" in made.stderr:
        skip_or_fail(f"cannot install the build's locked requirements: {made.stderr[-300:]}")
    if made.returncode != 0:
        _built["error"] = "make package failed:\n" + made.stderr[-3000:]
        pytest.fail(str(_built["error"]))
    _built["dist"] = dist
    return dist
