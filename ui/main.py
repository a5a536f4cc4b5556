"""Entry point of the desktop app (the full GUI lands with the desktop-app issue)."""

import sys


def main() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("Quire")
    label.show()
    return app.exec()
