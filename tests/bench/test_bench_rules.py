"""The rules that keep benchmarks from rotting (tests/bench/conftest.py)."""

from __future__ import annotations

import pytest

from tests.bench import conftest


def test_a_missing_reference_fails_the_benchmark() -> None:
    with pytest.raises(BaseException) as raised:  # a skip too, so that one shows as red
        conftest.require("no-such-reference-tool", "the reference")
    assert raised.type is pytest.fail.Exception, raised.type
    assert "no-such-reference-tool" in str(raised.value)


def test_sizes_full_on_request_quick_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(conftest.ENV_FLAG, raising=False)
    monkeypatch.delenv("QUIRE_BENCH_X", raising=False)
    assert not conftest.full() and conftest.size(100_000, 300, "QUIRE_BENCH_X") == 300
    monkeypatch.setenv(conftest.ENV_FLAG, "1")
    assert conftest.full() and conftest.size(100_000, 300, "QUIRE_BENCH_X") == 100_000
    monkeypatch.setenv("QUIRE_BENCH_X", "42")
    assert conftest.size(100_000, 300, "QUIRE_BENCH_X") == 42


def test_benchmarks_are_collected_and_not_skipped(request: pytest.FixtureRequest) -> None:
    """The quick run is part of the suite: no bench item carries a skip marker."""
    bench_items = [item for item in request.session.items if item.path.name.startswith("bench_")]
    for item in bench_items:
        assert item.get_closest_marker("skip") is None, item.nodeid
