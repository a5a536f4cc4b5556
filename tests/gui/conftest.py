"""GUI tests: offscreen Qt (deterministic focus and sizes); dialog answers reset per test.

The real xcb platform under Xvfb is exercised by tests/gui/test_real_display.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.dialogs import Dialogs  # after the platform is chosen


@pytest.fixture(autouse=True)
def _fresh_dialog_answers() -> Iterator[None]:
    """Each test scripts its own answers; none leak into the next test."""
    Dialogs.next_answers.clear()
    yield
    Dialogs.next_answers.clear()
