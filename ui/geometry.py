"""Window sizes that fit the screen they open on (a 1024×640 laptop, or 1366×768 at 150 %)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QStackedWidget, QWidget

# The window manager's title bar is outside the size Qt is asked for: leave room for it,
# so a window sized to the screen's work area keeps its bottom row (the buttons) in view.
TITLE_BAR = 32


def available_size(window: QWidget) -> tuple[int, int]:
    """The largest window (width, height) that fits the work area of the window's screen,
    in logical pixels (already divided by the scale factor)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 10_000, 10_000
    area = screen.availableGeometry()
    return area.width(), max(200, area.height() - TITLE_BAR)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height``, or less where the screen is smaller (never below what
    the window's layout needs; a window that cannot shrink so far is a layout to fix, and
    tests/gui/test_small_screen.py says which)."""
    most_w, most_h = available_size(window)
    window.resize(min(width, most_w), min(height, most_h))


def scrollable(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: on a short screen (1366×768 at 150 % leaves
    about 480 px) it scrolls instead of squeezing its labels and buttons over each other."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def only_current_page_sized(stack: QStackedWidget) -> None:
    """A stack normally needs the room of its largest page; here only the page shown counts,
    so the first-run page's card does not widen the diary, nor the diary the lock screen."""

    def follow(index: int) -> None:
        for i in range(stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            stack.widget(i).setSizePolicy(policy, policy)
        stack.updateGeometry()

    stack.currentChanged.connect(follow)
    follow(stack.currentIndex())
