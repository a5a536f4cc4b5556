"""Look and feel: a calm style sheet that follows the system's light or dark palette."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

STYLE = """
QWidget#card { background: palette(base); border: 1px solid palette(midlight);
               border-radius: 10px; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; margin-bottom: 6px; }
QLabel#hint { color: palette(placeholder-text); }
QLabel#warning { color: #9a5b00; }
QLabel#good { color: #2e7d32; }
QLabel#errorText { color: #c62828; }
QLabel#reminder { background: #fff4d6; color: #5d4300; padding: 8px 12px;
                  border-bottom: 1px solid #f0d9a0; }
QToolBar#mainToolbar { spacing: 6px; padding: 4px 8px; border: none; }
QToolButton { padding: 5px 10px; border-radius: 6px; }
QToolButton:hover { background: palette(midlight); }
QToolButton#panicButton { color: white; background: #b3261e; font-weight: 600; }
QToolButton#panicButton:hover { background: #8c1d18; }
QPushButton#panicLink { color: #b3261e; border: none; background: transparent; }
QPushButton#panicLink:hover { text-decoration: underline; }
QPushButton { padding: 5px 10px; border-radius: 6px; border: 1px solid palette(mid);
              background: palette(button); color: palette(button-text); }
QPushButton:hover { background: palette(midlight); }
QPushButton:pressed { background: palette(mid); }
QPushButton:focus { border: 1px solid palette(highlight); }
QPushButton:default { background: palette(highlight); color: palette(highlighted-text);
                      border: 1px solid palette(highlight); }
QPushButton:default:hover { background: palette(dark); border-color: palette(dark); }
QPushButton#dangerButton { background: #b3261e; color: white; border: 1px solid #b3261e;
                           font-weight: 600; padding: 10px 18px; }
QPushButton#dangerButton:hover { background: #8c1d18; }
QPushButton#dangerButton:pressed { background: #6e1410; }
QPushButton:disabled { background: palette(window); color: palette(placeholder-text);
                       border-color: palette(midlight); }
QTableView { border: 1px solid palette(midlight); border-radius: 6px; }
QTextBrowser { border: 1px solid palette(midlight); border-radius: 6px; padding: 8px; }
QLineEdit { padding: 5px; border-radius: 5px; border: 1px solid palette(mid);
            background: palette(base); }
QLineEdit:focus { border: 1px solid palette(highlight); }
QLineEdit:disabled { background: palette(window); border-color: palette(midlight); }
QProgressBar[score] { border: 1px solid palette(mid); border-radius: 4px;
                      background: palette(base); max-height: 8px; }
QProgressBar[score]::chunk { border-radius: 3px; }
QProgressBar[score="0"]::chunk, QProgressBar[score="1"]::chunk { background: #c62828; }
QProgressBar[score="2"]::chunk { background: #ef8f00; }
QProgressBar[score="3"]::chunk, QProgressBar[score="4"]::chunk { background: #2e7d32; }
"""


def apply(app: QApplication) -> None:
    app.setStyleSheet(STYLE)


def _icon(color: str, letter: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(color))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        p.setPen(QColor("white"))
        font = p.font()
        font.setPixelSize(int(size * 0.62))
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
        p.end()
        icon.addPixmap(pix)
    return icon


def app_icon() -> QIcon:
    return _icon("#3f51b5", "Q")


def neutral_icon() -> QIcon:
    """Discreet mode: a plain grey notes icon that says nothing about Quire."""
    return _icon("#757575", "N")
