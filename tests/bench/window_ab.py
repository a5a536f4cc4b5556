"""The window's start, before and after a change, in the same interleaved runs.

On a machine shared with other work, two separate runs of bench_process.py's window test
see different loads; this runs the same child (bench_process._GUI_CHILD: process start to
the locked window exposed on an X display) for each source tree and the bare PySide6
window in turn, and prints wall and CPU seconds (the child's ``time.process_time()`` when
exposed, every thread), median and best.

    git archive COMMIT | tar -x -C /tmp/before
    Xvfb :57 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:57 .venv/bin/python tests/bench/window_ab.py /tmp/before,. 9

A tree's modules are compiled once into a cache of its own first (an installed Quire has
its byte code), then every run starts warm. Not collected by pytest (no ``bench_`` name).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.bench_process import _GUI_CHILD  # noqa: E402

CHILD = _GUI_CHILD  # prints the clock and the CPU seconds when the window is exposed


def _vault(scratch: Path) -> Path:
    """A real vault (test KDF: only its existence matters, the window opens locked)."""
    home = scratch / "vault"
    code = (
        "import sys; from pathlib import Path; from app.vault.vault import Vault; "
        "from app.vault.kdf import INSECURE_TEST_PARAMS; "
        "Vault.create(Path(sys.argv[1]), 'window a/b passphrase x', "
        "kdf=INSECURE_TEST_PARAMS)[0].lock()"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "QUIRE_INSECURE_TEST_KDF": "1"}
    subprocess.run([sys.executable, "-c", code, str(home)], env=env, check=True)
    return home


def _name(tree: str) -> str:
    return tree.strip("/.").replace("/", "_") or "here"


def _start(tree: str, home: Path, scratch: Path) -> tuple[float, float]:
    which = "bare" if tree == "bare" else "quire"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("QUIRE_INSECURE_TEST_KDF", None)
    env.update(
        PYTHONPATH=str(REPO) if tree == "bare" else str(Path(tree).resolve()),
        PYTHONPYCACHEPREFIX=str(scratch / "pycache" / _name(tree)),
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(scratch / "xdg-config"),
        XDG_DATA_HOME=str(scratch / "xdg-data"),
    )
    start = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-c", CHILD, which, str(home)],
        capture_output=True,
        text=True,
        env=env,
        cwd=scratch,
        timeout=60,
        check=False,
    )
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("EXPOSED")]
    if not lines:
        raise SystemExit(f"{tree}: no window ({r.returncode}): {r.stderr[-2000:]}")
    _, exposed, cpu = lines[0].split()
    return float(exposed) - start, float(cpu)


def main(argv: list[str]) -> int:
    if "DISPLAY" not in os.environ:
        raise SystemExit("needs an X display (DISPLAY), e.g. Xvfb :57")
    trees = [*argv[1].split(","), "bare"]
    runs = int(argv[2]) if len(argv) > 2 else 7
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        home = _vault(scratch)
        for tree in trees:  # byte code compiled, fonts and libraries read once
            _start(tree, home, scratch)
        wall: dict[str, list[float]] = {t: [] for t in trees}
        cpu: dict[str, list[float]] = {t: [] for t in trees}
        load = os.getloadavg()
        for _ in range(runs):
            for tree in trees:
                w, c = _start(tree, home, scratch)
                wall[tree].append(w)
                cpu[tree].append(c)
    after = os.getloadavg()[0]
    print(f"{runs} interleaved runs, load average {load[0]:.1f} before, {after:.1f} after")
    for tree in trees:
        print(
            f"  {tree:28s} wall median {statistics.median(wall[tree]):.3f} s"
            f" best {min(wall[tree]):.3f} s   CPU median {statistics.median(cpu[tree]):.3f} s"
            f" best {min(cpu[tree]):.3f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
