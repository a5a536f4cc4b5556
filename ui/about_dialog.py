"""About Quire: the version, the build's commit, and the licence of everything shipped.

An organisation handing out a build, or a lawyer asked which program made a bundle, needs
the version and commit; the licences (LGPL for Qt above all) require their texts to travel
with the program, so each one is shown in full from the files the package carries
(app/licenses.py). Reached from Settings ("About Quire…") and Help → About.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.licenses import Component, components
from app.version import build_info
from ui.geometry import fit_to_screen
from ui.labels import plain_label


class AboutDialog(QDialog):
    """Non-modal; one list of components, the selected one's licence texts beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Quire"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        info = build_info()
        title = plain_label("Quire", "pageTitle")
        self.version = plain_label(
            self.tr("Version {version}, built from commit {commit}")
            .replace("{version}", info.version)
            .replace("{commit}", info.commit),
            selectable=True,
        )
        summary = plain_label(
            self.tr(
                "An encrypted, offline diary of harassment. Quire is free software under "
                "the GNU General Public License, version 3 or later. It ships the "
                "components below; each one's licence text is shown in full."
            ),
            "hint",
        )
        self.components = components()
        self.licences = QListWidget()
        self.licences.setAccessibleName(self.tr("Components and their licences"))
        for component in self.components:
            item = QListWidgetItem(f"{component.name} — {component.licence}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, component.name)
            self.licences.addItem(item)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # as the texts are laid out
        self.licences.currentRowChanged.connect(self._show)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.licences)
        split.addWidget(self.text)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for widget in (title, self.version, summary):
            lay.addWidget(widget)
        lay.addWidget(split, 1)
        lay.addWidget(buttons)
        fit_to_screen(self, 900, 600)
        self.licences.setCurrentRow(0)

    def component(self, row: int) -> Component:
        return self.components[row]

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.text.setPlainText(self.components[row].text())
            self.text.moveCursor(self.text.textCursor().MoveOperation.Start)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open (or raise) the About window; returns it."""
    if parent is not None:
        for existing in parent.findChildren(AboutDialog):
            if existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
    dialog = AboutDialog(parent)
    dialog.show()
    return dialog
