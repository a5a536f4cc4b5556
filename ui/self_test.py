"""``quire --self-test``: open the main screens on a throwaway diary and say which work.

The Qt-free half (the private folder, the sample diary, the run and its verdict) is
app/self_test.py; this module only drives the windows, through the same actions a person
uses (the main window's Export, Settings, Open bundle, Chats), and checks that each one
opened, filled in and painted. Offscreen unless a display is there (``DISPLAY`` or
``WAYLAND_DISPLAY`` on Linux; always on Windows and macOS), or as ``QT_QPA_PLATFORM`` says.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from app import platform_support, self_test
from app.bundle.signers import SIGNERS_ENV
from app.self_test import SampleDiary, Screen, Workspace, WorkspaceChangedError
from app.version import build_info

SLOW_STEP_SECONDS = 120.0  # an unlock on a slow machine derives 256 MiB Argon2id twice
MODAL_SECONDS = 15.0  # a question left open this long during the self-test is a hang
W = TypeVar("W")


def choose_platform() -> str:
    """Offscreen on a Linux machine with no display, so the test runs in a bare chroot."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen"
    return ""


def run() -> int:
    """The whole self-test; 0 when every screen opened, 1 naming the ones that did not."""
    choose_platform()
    try:
        workspace = Workspace()
    except (OSError, WorkspaceChangedError) as exc:
        print(f"self-test FAILED: no private temporary folder: {exc}", flush=True)
        return 1
    os.environ[SIGNERS_ENV] = str(workspace.path / "known-signers.json")
    code = 1
    try:
        code = _run_in(workspace)
    finally:
        try:
            workspace.remove()
        except (OSError, WorkspaceChangedError) as exc:
            print(f"self-test FAILED: {exc}", flush=True)
            code = 1
    return code


def _run_in(workspace: Workspace) -> int:
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui import privacy, theme
    from ui.translations import install_language

    qt_settings = workspace.path / "qt-settings"  # Qt's own settings: here, not ~/.config
    qt_settings.mkdir()
    privacy.contain_qt_settings(qt_settings)
    QCoreApplication.setApplicationName("Quire")
    app = QApplication.instance() or QApplication(["quire"])
    assert isinstance(app, QApplication)
    if app.platformName() == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    theme.apply(app)
    install_language("en")
    print(
        f"{build_info().line('quire')} self-test on the {app.platformName()} display",
        flush=True,
    )
    lacking = platform_support.missing()
    print(
        "protections not available on this system: "
        + "; ".join(f"{p.name} ({p.needs})" for p in lacking)
        if lacking
        else "every operating-system protection is available",
        flush=True,
    )
    screens = _Screens(app, workspace)
    try:
        outcome = self_test.run_screens(screens.all(), lambda line: print(line, flush=True))
    finally:
        screens.close()
    if outcome.failures:
        print(f"self-test FAILED: {', '.join(outcome.failures)}", flush=True)
    else:
        print(f"self-test passed: {len(screens.all())} steps", flush=True)
    return outcome.exit_code


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    """Offscreen has no window manager: its "does not support raise()" notices are noise."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr, flush=True)


class _Screens:
    """The steps, in order; later ones use the window the unlock step opened."""

    def __init__(self, app: object, workspace: Workspace) -> None:
        from PySide6.QtWidgets import QApplication

        assert isinstance(app, QApplication)
        self.app = app
        self.workspace = workspace
        self.sample: SampleDiary | None = None
        self.window: object | None = None
        self.errors: list[str] = []
        self._hook = sys.excepthook
        sys.excepthook = self._uncaught
        # Nobody answers a question during a self-test: a modal dialog still open after
        # MODAL_SECONDS is a hang (its own event loop would run forever), so it is closed
        # and the step fails, naming it.
        from PySide6.QtCore import QTimer

        self._modal: tuple[object, float] | None = None
        self._watchdog = QTimer()
        self._watchdog.setInterval(500)
        self._watchdog.timeout.connect(self._close_stuck_dialog)
        self._watchdog.start()

    def all(self) -> list[Screen]:
        return [
            Screen("sample diary", self.make_sample),
            Screen("translations (az, ru)", self.translations),
            Screen("welcome", self.welcome),
            Screen("unlock", self.unlock),
            Screen("main window", self.main_window),
            Screen("export wizard", self.export_wizard),
            Screen("settings", self.settings),
            Screen("receiver window", self.receiver),
            Screen("chats window", self.chats),
            Screen("about", self.about),
        ]

    # -- the steps ------------------------------------------------------------------------
    def make_sample(self) -> None:
        self.sample = self_test.make_sample_diary(self.workspace.path)

    def translations(self) -> None:
        from PySide6.QtCore import QCoreApplication

        from ui.translations import install_language

        try:
            for code in ("az", "ru"):
                if not install_language(code):
                    raise RuntimeError(f"the {code} catalogue did not load")
                if QCoreApplication.translate("UnlockPage", "Unlock") == "Unlock":
                    raise RuntimeError(f"the {code} catalogue has no word for Unlock")
        finally:
            install_language("en")

    def welcome(self) -> None:
        from ui.main_window import MainWindow

        window = MainWindow(self._sample().empty_home)
        try:
            window.show()
            self._settle()
            if window.stack.currentWidget() is not window.welcome:
                raise RuntimeError("an empty folder did not show the first-run page")
            self._painted(window)
        finally:
            window.close()
            window.deleteLater()

    def unlock(self) -> None:
        from ui.main_window import MainWindow

        sample = self._sample()
        window = MainWindow(sample.home)
        self.window = window
        window.show()
        self._settle()
        if window.stack.currentWidget() is not window.unlock_page:
            raise RuntimeError("the sample diary did not show the unlock page")
        self._painted(window)
        window.unlock_page.passphrase.setText(sample.passphrase)
        window.unlock_page.try_unlock()
        self._wait(
            lambda: window.vault is not None or bool(window.unlock_page.message.text()),
            "the unlock",
            SLOW_STEP_SECONDS,
        )
        if window.vault is None:
            raise RuntimeError(f"the unlock failed: {window.unlock_page.message.text()}")

    def main_window(self) -> None:
        window = self._window()
        count = len(self._sample().incident_ids)
        self._wait(lambda: window.diary.model.rowCount() == count, f"listing {count} incidents")
        window.diary.select(self._sample().incident_ids[0])
        panel = window.evidence
        self._wait(
            lambda: panel.model.rowCount() == 2 and len(panel._thumbnails) >= 1,
            "the evidence list and the picture's thumbnail",
        )
        self._painted(window)

    def export_wizard(self) -> None:
        from ui.sharing.export_wizard import ExportWizard

        window = self._window()
        window.export_bundle()
        wizard = self._opened(window, ExportWizard)
        try:
            self._wait(lambda: wizard.select_page.loaded, "the list of incidents to export")
            self._painted(wizard)
            wizard.next()
            self._settle()
            self._painted(wizard)
        finally:
            wizard.close()

    def settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        window = self._window()
        window.open_settings()
        dialog = self._opened(window, SettingsDialog)
        try:
            for tab in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(tab)
                self._settle()
                self._painted(dialog)
        finally:
            dialog.reject()  # nothing saved

    def receiver(self) -> None:
        from ui.sharing.open_bundle import OpenBundleWindow

        window = self._window()
        sample = self._sample()
        window.open_bundle()
        receiver = self._opened(window, OpenBundleWindow)
        try:
            receiver.bundle.setText(str(sample.bundle))
            receiver.key.setText(str(sample.key_file))
            receiver.verify()
            self._wait(
                lambda: receiver.opened is not None or receiver.task is None,
                "checking and opening the sample bundle",
                SLOW_STEP_SECONDS,
            )
            if receiver.opened is None:
                raise RuntimeError(f"the sample bundle did not open: {receiver.status.text()}")
            if receiver.incident_list.count() != len(sample.incident_ids):
                raise RuntimeError("the opened bundle does not list every sample incident")
            self._painted(receiver)
        finally:
            receiver.close()

    def chats(self) -> None:
        window = self._window()
        window.show_chats()
        chats = window.chats_window
        try:
            self._wait(lambda: chats.model.rowCount() > 0, "the sample chat's messages")
            self._painted(chats)
        finally:
            chats.close()

    def about(self) -> None:
        from ui.about_dialog import AboutDialog, show_about

        window = self._window()
        show_about(window)
        dialog = self._opened(window, AboutDialog)
        try:
            if dialog.licences.count() != len(dialog.components):
                raise RuntimeError("the About window does not list every licence")
            if not dialog.text.toPlainText():
                raise RuntimeError("the About window shows no licence text")
            self._painted(dialog)
        finally:
            dialog.close()

    # -- helpers --------------------------------------------------------------------------
    def close(self) -> None:
        """Lock and close what the steps opened; restore the exception hook."""
        from ui.main_window import MainWindow
        from ui.worker import cancel_all_and_wait

        window = self.window
        if isinstance(window, MainWindow):
            window.lock()
            window.close()
            window.deleteLater()
        cancel_all_and_wait()
        self._settle()
        self._watchdog.stop()
        sys.excepthook = self._hook

    def _sample(self) -> SampleDiary:
        if self.sample is None:
            raise RuntimeError("there is no sample diary (its step failed)")
        return self.sample

    def _window(self):  # type: ignore[no-untyped-def]
        from ui.main_window import MainWindow

        if not isinstance(self.window, MainWindow) or self.window.vault is None:
            raise RuntimeError("the diary is not open (the unlock step failed)")
        return self.window

    def _opened(self, parent: object, kind: type[W]) -> W:
        from PySide6.QtWidgets import QWidget

        assert isinstance(parent, QWidget)
        self._settle()
        found = [w for w in parent.findChildren(kind) if w.isVisible()]  # type: ignore[arg-type]
        if not found:
            raise RuntimeError(f"{kind.__name__} did not open")
        return found[-1]  # type: ignore[no-any-return]

    def _painted(self, widget: object) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        if not widget.isVisible():
            raise RuntimeError(f"{type(widget).__name__} is not shown")
        if widget.grab().isNull():
            raise RuntimeError(f"{type(widget).__name__} could not be drawn")
        self._raise_uncaught()

    def _settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()
        self._raise_uncaught()

    def _wait(self, done: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} did not finish within {seconds:.0f} s")
            self.app.processEvents()
            self._raise_uncaught()
            time.sleep(0.01)
        self._settle()

    def _close_stuck_dialog(self) -> None:
        from PySide6.QtWidgets import QApplication

        modal = QApplication.activeModalWidget()
        if modal is None:
            self._modal = None
            return
        if self._modal is None or self._modal[0] is not modal:
            self._modal = (modal, time.monotonic())
            return
        if time.monotonic() - self._modal[1] > MODAL_SECONDS:
            self._modal = None
            self.errors.append(
                f"a dialog waited for an answer ({type(modal).__name__}: {modal.windowTitle()})"
            )
            modal.close()

    def _uncaught(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """An exception in a slot: Qt would print it and go on; the self-test fails."""
        self.errors.append(self_test.describe(exc.with_traceback(tb)))

    def _raise_uncaught(self) -> None:
        if self.errors:
            errors, self.errors = self.errors, []
            raise RuntimeError("an error in the window: " + "; ".join(errors))
