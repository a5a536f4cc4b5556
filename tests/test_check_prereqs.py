"""`make run`/`make test` name a missing prerequisite in one line (scripts/check_prereqs.sh).

Issue 11: on a fresh Debian, `make run` stopped in ensurepip's traceback because nothing
said python3-venv was missing. Each test takes away one prerequisite for real (a Python
that cannot import ensurepip, a library ldconfig does not list, an empty fonts folder) and
reads the one line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "check_prereqs.sh"
# Always there on Debian and Fedora (glibc, and what apt/dnf themselves need).
_BASE = re.compile(
    r"^(ld-linux.*|lib(c|m|dl|pthread|rt|resolv)\.so\..*|libgcc_s\.so\.1|libstdc\+\+\.so\.6"
    r"|libz\.so\.1|libzstd\.so\.1)$"
)


def _check(mode: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    full.update(env)
    return subprocess.run(
        ["sh", str(SCRIPT), mode],
        capture_output=True,
        text=True,
        env=full,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )


def _shadow(tmp_path: Path, name: str, code: str) -> str:
    """A folder for PYTHONPATH whose module ``name`` replaces the standard library's."""
    folder = tmp_path / f"shadow-{name}"
    folder.mkdir()
    (folder / f"{name}.py").write_text(code, encoding="utf-8")
    return str(folder)


def _ldconfig() -> str:
    found = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if Path(p).exists()), None
    )
    if found is None:
        skip_or_fail("ldconfig not installed: the Qt library check reads its cache")
    return found


def _table() -> dict[str, tuple[str, str]]:
    """soname → (Debian package, Fedora package), as the script lists them."""
    text = SCRIPT.read_text(encoding="utf-8")
    block = text.split("QT_LIBS='", 1)[1].split("'", 1)[0]
    return {
        soname: (deb, fedora)
        for soname, deb, fedora in (line.split() for line in block.splitlines() if line.strip())
    }


def test_everything_present_passes_silently(tmp_path: Path) -> None:
    r = _check("run", tmp_path, PY=sys.executable)
    assert (r.returncode, r.stderr) == (0, "")


def test_a_python_without_ensurepip_names_python3_venv(tmp_path: Path) -> None:
    shadow = _shadow(tmp_path, "ensurepip", "raise ModuleNotFoundError('ensurepip')\n")
    r = _check("venv", tmp_path, PY=sys.executable, PYTHONPATH=shadow)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1 and "sudo apt install python3-venv" in r.stderr


def test_an_old_python_is_named_with_its_version(tmp_path: Path) -> None:
    shadow = _shadow(tmp_path, "sitecustomize", "import sys\nsys.version_info = (3, 10, 13)\n")
    r = _check("venv", tmp_path, PY=sys.executable, PYTHONPATH=shadow)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    assert "Python 3.11 or newer" in r.stderr and "is 3.10)" in r.stderr


def test_no_python_at_all(tmp_path: Path) -> None:
    r = _check("run", tmp_path, PY=str(tmp_path / "python3"))
    assert r.returncode == 1
    assert "python3 (Python 3.11 or newer) is not installed" in r.stderr
    assert "sudo apt install python3 python3-venv" in r.stderr


def test_a_missing_qt_library_is_named_with_its_packages(tmp_path: Path) -> None:
    """ldconfig's real cache, without the one library Qt 6.5+ added for xcb."""
    listed = subprocess.run([_ldconfig(), "-p"], capture_output=True, text=True, check=True)
    cache = tmp_path / "cache.txt"
    cache.write_text(
        "".join(
            line + "\n"
            for line in listed.stdout.splitlines()
            if not line.strip().startswith("libxcb-cursor.so.0 ")
        ),
        encoding="utf-8",
    )
    fake = tmp_path / "bin" / "ldconfig"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\ncat "{cache}"\n', encoding="utf-8")
    fake.chmod(0o755)
    r = _check("qt", tmp_path, PATH=f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "Missing prerequisite: libxcb-cursor.so.0, which Qt needs. "
        "Debian/Ubuntu: sudo apt install libxcb-cursor0; Fedora: sudo dnf install xcb-util-cursor"
    ]


def test_no_font_for_the_window(tmp_path: Path) -> None:
    """The system's font folders emptied in a private mount namespace (root)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        skip_or_fail("needs root and unshare to hide the font folders")
    hide = " && ".join(
        f"mount -t tmpfs none {d}"
        for d in ("/usr/share/fonts", "/usr/local/share/fonts")
        if Path(d).is_dir()
    )
    r = subprocess.run(
        ["unshare", "-m", "sh", "-c", f'{hide or "true"} && sh "{SCRIPT}" qt'],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if "mount" in r.stderr and "Missing" not in r.stderr:
        skip_or_fail(f"cannot mount here: {r.stderr.strip()}")
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "Missing prerequisite: a font for the window's text. Debian/Ubuntu: sudo apt install "
        "fonts-dejavu-core; Fedora: sudo dnf install dejavu-sans-fonts"
    ]


@pytest.mark.parametrize("target", ["run", "test", "test-fast"])
def test_make_checks_before_it_builds_anything(target: str, tmp_path: Path) -> None:
    """The Makefile alone (no requirements, no .venv): it must stop at the check's line,
    never reach `python3 -m venv` or the lock."""
    if shutil.which("make") is None:
        skip_or_fail("make not installed")
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    (tmp_path / "scripts").mkdir()
    shutil.copy(SCRIPT, tmp_path / "scripts" / SCRIPT.name)
    shadow = _shadow(tmp_path, "ensurepip", "raise ModuleNotFoundError('ensurepip')\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MAKE"))}
    env["PYTHONPATH"] = shadow
    r = subprocess.run(
        ["make", "--no-print-directory", target, f"PY={sys.executable}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert r.returncode != 0
    ours = [line for line in r.stderr.splitlines() if line.startswith("Missing prerequisite:")]
    assert len(ours) == 1 and "python3-venv" in ours[0], r.stderr
    assert "No rule to make target" not in r.stderr
    assert not (tmp_path / ".venv").exists()


def test_the_library_list_covers_what_the_installed_qt_links(tmp_path: Path) -> None:
    """Every system library the Qt parts Quire uses need (followed through the libraries
    PySide6 ships) is in the script's list, so `make run` cannot pass with one missing."""
    import PySide6
    import shiboken6

    if shutil.which("readelf") is None:
        skip_or_fail("readelf (binutils) not installed")
    pyside = Path(PySide6.__file__).parent
    qt = pyside / "Qt"
    plugins = qt / "plugins"
    roots = [
        pyside / f"{m}.abi3.so"
        for m in ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtCharts")
    ]
    roots += [plugins / "platforms" / n for n in ("libqxcb.so", "libqoffscreen.so")]
    roots += sorted((plugins / "xcbglintegrations").glob("*.so"))
    roots += [
        plugins / "platforminputcontexts" / f"lib{n}platforminputcontextplugin.so"
        for n in ("compose", "ibus")
    ]
    roots += [
        plugins / "imageformats" / f"libq{n}.so" for n in ("svg", "jpeg", "gif", "ico", "webp")
    ]
    shipped = {
        p.name: p
        for folder in (qt / "lib", pyside, Path(shiboken6.__file__).parent)
        for p in folder.iterdir()
        if ".so" in p.name
    }
    seen: set[Path] = set()
    outside: set[str] = set()
    todo = [r for r in roots if r.exists()]
    assert len(todo) == len(roots), sorted(set(roots) - set(todo))
    while todo:
        lib = todo.pop()
        if lib in seen:
            continue
        seen.add(lib)
        dynamic = subprocess.run(
            ["readelf", "-d", str(lib)], capture_output=True, text=True, check=True
        ).stdout
        for needed in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic):
            if needed in shipped:
                todo.append(shipped[needed])
            else:
                outside.add(needed)
    assert "libxcb-cursor.so.0" in outside  # the walk reached the xcb plugin's needs
    unlisted = sorted(s for s in outside if not _BASE.match(s) and s not in _table())
    assert not unlisted


def _words_of_block(text: str, start: str) -> set[str]:
    """The words of the shell command in README.md that begins with ``start``."""
    block = text.split(start, 1)[1].split("```", 1)[0]
    return set(block.replace("\\", " ").split())


def test_readme_and_ci_install_every_listed_package() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    debian = {deb for deb, _ in _table().values()}
    fedora = {fed for _, fed in _table().values()}
    assert debian <= _words_of_block(readme, "sudo apt install python3 python3-venv make")
    assert fedora <= _words_of_block(readme, "sudo dnf install python3 make")
    ci = set((REPO / ".ci" / "run").read_text(encoding="utf-8").replace("\\", " ").split())
    assert debian <= ci


def test_each_debian_package_named_provides_its_library() -> None:
    """Checked against this machine's dpkg database: a wrong name would send people to
    install a package that does not help."""
    if shutil.which("dpkg") is None:
        skip_or_fail("dpkg not installed: the package names are Debian's")
    wrong = []
    for soname, (deb, _) in _table().items():
        owners = subprocess.run(
            ["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True, check=False
        ).stdout
        if not re.search(rf"^{re.escape(deb)}(:\w+)?[:,]", owners, re.MULTILINE):
            wrong.append((soname, deb, owners.strip()))
    assert not wrong
