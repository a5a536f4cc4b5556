"""Benchmarks: collected everywhere, run only on request.

The files here are named ``bench_*.py`` so a plain test run never mistakes them for unit
tests; this conftest collects them and, unless benchmarks were asked for, marks every item
under this folder as skipped (before any fixture runs, so the skip costs nothing).

Ask for them with ``make bench`` (``pytest tests/bench --run-bench``) or ``QUIRE_BENCH=1``.
``--run-bench`` is declared here, so pytest knows it only when ``tests/bench`` (or a file in
it) is named on the command line; ``pytest tests --run-bench`` is refused as an unknown
option, and ``QUIRE_BENCH=1 pytest tests`` is the way to run them from the top.

Every benchmark prints its figures next to a reference measured in the same run (``cp``,
plain SQLite, a bare Argon2id derivation), so the ratio, not the absolute figure, is what
carries over between machines.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).parent
ENV_FLAG = "QUIRE_BENCH"
SKIP_REASON = "benchmark: run with `make bench` (pytest tests/bench --run-bench, or QUIRE_BENCH=1)"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-bench",
        action="store_true",
        default=False,
        help="run the benchmarks in tests/bench (slow: minutes, and 4 GiB of scratch disk)",
    )


def bench_enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("--run-bench", default=False)) or os.environ.get(ENV_FLAG) == "1"


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    # A bench file named on the command line is collected by pytest itself already.
    if (
        file_path.suffix == ".py"
        and file_path.name.startswith("bench_")
        and not parent.session.isinitpath(file_path)
    ):
        return pytest.Module.from_parent(parent, path=file_path)
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees the whole session's items: touch only the ones in this folder.
    if bench_enabled(config):
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if BENCH_DIR in item.path.parents:
            item.add_marker(skip)


# -- helpers shared by the benchmarks (through the ``bench`` fixture) ------------------------
class Bench:
    """Timing and printing helpers. Figures go straight to the terminal, even without -s."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self._capsys = capsys

    def say(self, *lines: str) -> None:
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
