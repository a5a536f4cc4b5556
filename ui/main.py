"""Start the desktop app: harden the process, load the language, show the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import hardening
from app.paths import resolve_home
from app.version import build_info
from ui import privacy, theme
from ui.main_window import MainWindow
from ui.translations import install_language, startup_language


def main(argv: Sequence[str] | None = None) -> int:
    hardening.harden_process()  # first: no core dumps, not dumpable, umask 077
    argv = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(prog="quire")
    parser.add_argument("--home", metavar="DIR", help="the vault folder")
    parser.add_argument("--version", action="version", version=build_info().line("quire"))
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main screens on a throwaway diary and report (never your own)",
    )
    args, qt_args = parser.parse_known_args(argv[1:])
    if args.self_test:
        from ui import self_test

        return self_test.run()
    privacy.contain_qt_settings()
    QCoreApplication.setApplicationName("Quire")
    app = QApplication([argv[0], *qt_args])
    theme.apply(app)
    home = resolve_home(args.home)
    install_language(startup_language(home))
    window = MainWindow(home)
    window.show()
    notifier = privacy.close_on_termination(app, window)
    # Once the diary is built after the first paint: the objects made at start-up, out of
    # the collector's sight (not before the first paint, which it would delay).
    window.warmed_up.connect(privacy.settle_heap)
    code = app.exec()
    del notifier
    return code


if __name__ == "__main__":
    sys.exit(main())
