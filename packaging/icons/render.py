"""Render the SVG icon to the PNG sizes of the hicolor theme (run by packaging/deb/build.sh
with the build venv's Python, offscreen): Qt's own SVG renderer, so the build needs no
other tool. Usage: render.py ICON.svg OUT_DIR SIZE..."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def main() -> int:
    svg, out = Path(sys.argv[1]), Path(sys.argv[2])
    app = QGuiApplication([])  # noqa: F841 - the renderer needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"render.py: cannot read {svg}", file=sys.stderr)
        return 1
    for size in (int(s) for s in sys.argv[3:]):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{svg.stem}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"render.py: cannot write {target}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
