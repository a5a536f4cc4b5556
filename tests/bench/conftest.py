"""Benchmarks: every one runs in every test run, small; full size only on request.

A benchmark nobody runs rots: its reference stops working and nothing notices (the search
benchmark's plain-SQLite reference failed for months after schema 3). So the files here
(named ``bench_*.py``, collected by this conftest) run in the ordinary test suite at tiny
sizes, a few seconds each: they check that the benchmark and its reference run, and assert
no timing (a loaded machine would make that flaky). Asked for, with ``make bench``
(``pytest tests/bench --run-bench``) or ``QUIRE_BENCH=1``, they run at full size and print
their figures.

Sizes come from :func:`size` (full size, quick size, an optional environment override), read
at import; :func:`full` says which mode is on, for what only a full run should do (timing
bounds, printing the tables). A reference that cannot run is a failure, never a skip:
:func:`require` is the one way to say "this reference tool must be here".

``--run-bench`` is declared here, so pytest knows it only when ``tests/bench`` (or a file in
it) is named on the command line; ``pytest tests --run-bench`` is refused as an unknown
option, and ``QUIRE_BENCH=1 pytest tests`` is the way to run them from the top.
``--run-bench`` sets ``QUIRE_BENCH=1`` for the run, so the child processes benchmarks start
agree on the sizes.

Every benchmark prints its figures next to a reference measured in the same run (``cp``,
plain SQLite, a bare Argon2id derivation), so the ratio, not the absolute figure, is what
carries over between machines.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).parent
ENV_FLAG = "QUIRE_BENCH"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-bench",
        action="store_true",
        default=False,
        help="run the benchmarks in tests/bench at full size (slow: minutes, GiBs of disk)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--run-bench", default=False):
        os.environ[ENV_FLAG] = "1"


def full() -> bool:
    """Full-size benchmarks were asked for (otherwise: the quick run of the test suite)."""
    return os.environ.get(ENV_FLAG) == "1"


def size(full_size: int, quick: int, env: str | None = None) -> int:
    """A benchmark's size: ``env`` when set, else ``full_size`` on request, else ``quick``."""
    if env and os.environ.get(env):
        return int(os.environ[env])
    return full_size if full() else quick


def require(tool: str, why: str = "") -> str:
    """The path of a reference tool; its absence fails the benchmark (it never skips)."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(
            f"benchmark reference {tool!r} is not installed ({why}): the benchmark cannot run"
        )
    return path


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    # A bench file named on the command line is collected by pytest itself already.
    if (
        file_path.suffix == ".py"
        and file_path.name.startswith("bench_")
        and not parent.session.isinitpath(file_path)
    ):
        return pytest.Module.from_parent(parent, path=file_path)
    return None


# -- helpers shared by the benchmarks (through the ``bench`` fixture) ------------------------
class Bench:
    """Timing and printing helpers. Full-size figures go to the terminal, even without -s."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self._capsys = capsys

    def say(self, *lines: str) -> None:
        if not full():
            return  # the quick run checks that the figures can be made, quietly
        with self._capsys.disabled():
            for line in lines:
                print(line, flush=True)

    def title(self, text: str) -> list[str]:
        """A heading, and how busy the machine was: figures from a loaded one are noisy."""
        one, five, _ = os.getloadavg()
        return [
            "",
            f"== {text} ==",
            f"   [{os.cpu_count()} CPUs, load average {one:.2f} (1 min) {five:.2f} (5 min)]",
        ]

    @staticmethod
    def timed(fn: Callable[[], object]) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    def best_of(self, runs: int, fn: Callable[[], object]) -> tuple[float, list[float]]:
        """The best (smallest) time of ``runs`` calls, and all of them."""
        times = [self.timed(fn) for _ in range(runs)]
        return min(times), times

    @staticmethod
    def percentile(values: Sequence[float], p: float) -> float:
        """Nearest-rank percentile (p in 0..100) of a non-empty sequence."""
        ordered = sorted(values)
        rank = max(1, round(p / 100 * len(ordered) + 0.4999))
        return ordered[min(rank, len(ordered)) - 1]

    def median_p95(self, values: Iterable[float]) -> tuple[float, float]:
        vals = list(values)
        return statistics.median(vals), self.percentile(vals, 95)

    @staticmethod
    def ratio(value: float, reference: float) -> str:
        return f"{value / reference:.2f}x" if reference > 0 else "n/a"


@pytest.fixture
def bench(capsys: pytest.CaptureFixture[str]) -> Bench:
    return Bench(capsys)
