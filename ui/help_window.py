"""Help → User guide (F1): the guide in the person's language, readable offline.

A read-only text browser showing app/user_guide.py's Markdown. It follows no link: nothing
in the guide may open a browser or reach the network, so links are inert and external
opening is off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.user_guide import guide_text
from ui.geometry import fit_to_screen


class HelpWindow(QDialog):
    """Non-modal, one per main window; ``show_language`` reloads it in another language."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        self.language = ""
        self.show_language(language)
        fit_to_screen(self, 760, 600)

    def show_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.browser.setMarkdown(guide_text(language))
        self.setWindowTitle(self.tr("User guide"))


def show_user_guide(parent: QWidget, language: str) -> HelpWindow:
    """Open (or raise) the parent's Help window in ``language``."""
    window = parent.findChild(HelpWindow, "helpWindow")
    if window is None:
        window = HelpWindow(language, parent)
    window.show_language(language)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
