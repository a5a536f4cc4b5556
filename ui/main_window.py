"""The one window: first run, unlock, and the diary, switched in a stack.

Locking drops the vault (keys and database), every decrypted model and text, cancels
background work, and shows the unlock screen. Discreet mode keeps the title and icon
neutral.

Only the page that shows is built (and imported) before the window first appears: the
unlock page or the first-run page. The diary (list, details, evidence) is built right after
the first paint, while the person types the passphrase, or on first use, whichever comes
first (docs/PERFORMANCE.md, "the window").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import settings as settings_store
from app.settings import Settings
from app.vault.vault import vault_exists
from ui import privacy
from ui.clipboard import Clipboard
from ui.discreet import HIDE_KEY, HideKey, NeutralWindows
from ui.geometry import fit_to_screen, only_current_page_sized
from ui.inactivity import InactivityLock
from ui.translations import current_language
from ui.worker import cancel_all_and_wait

if TYPE_CHECKING:
    from app.vault.vault import Vault
    from ui.diary.diary_page import DiaryPage
    from ui.evidence.evidence_panel import EvidencePanel
    from ui.pages.unlock import UnlockPage
    from ui.pages.welcome import WelcomePage

APP_TITLE = "Quire"
DISCREET_TITLE = "Notes"


_Page = TypeVar("_Page", bound=QWidget)


class _FirstExpose(QObject):
    """Calls back once, when the window is first on screen (its first paint is done)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if exposed and event.type() == QEvent.Type.Expose:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # after this expose's paint
        return False


class MainWindow(QMainWindow):
    warmed_up = Signal()  # the diary is built, ready for the unlock (after the first paint)

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.settings: Settings = settings_store.load(home)
        if not settings_store.is_quire_settings(home / settings_store.SETTINGS_NAME):
            self.settings.language = current_language()  # a first run: the system's
        self.vault: Vault | None = None
        self.clipboard = Clipboard(self)
        self.inactivity = InactivityLock(self.lock, self)
        self.neutral_windows = NeutralWindows(self)  # discreet mode's titles (ui/discreet.py)
        self.hide_key = HideKey(self.hide_everything, self)  # F12, from every window
        self.hidden_all = False  # the hide-everything key was pressed: neutral until unlock
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._welcome: WelcomePage | None = None  # each page is built when first needed
        self._unlock_page: UnlockPage | None = None
        self._diary: DiaryPage | None = None
        self._evidence: EvidencePanel | None = None
        self._diary_host: QWidget | None = None
        self._backup_reminder: QLabel | None = None
        self._toolbar: QToolBar | None = None  # hidden on the lock screen: built with the diary
        self._safety_toolbar: QToolBar | None = None
        only_current_page_sized(self.stack)
        self._build_actions()
        fit_to_screen(self, 1180, 760)
        self.apply_settings()
        self._show_start_page()
        self._first_expose: _FirstExpose | None = _FirstExpose(self._warm_up, self)

    # -- pages, built on first use -----------------------------------------------------------
    def _add_page(self, page: _Page) -> _Page:
        """A page joins the stack without taking room until it is shown (as
        only_current_page_sized does for the pages already there)."""
        if self.stack.count():
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stack.addWidget(page)
        return page

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from ui.pages.welcome import WelcomePage

            page = WelcomePage(self.home, self.settings.language)
            page.created.connect(self._created)
            page.language_changed.connect(self._language_chosen)
            self._welcome = self._add_page(page)
        return self._welcome

    @property
    def unlock_page(self) -> UnlockPage:
        if self._unlock_page is None:
            from ui.pages.unlock import UnlockPage

            page = UnlockPage(self.home)
            page.unlocked.connect(self._unlocked)
            page.panic_requested.connect(self.panic)
            page.vault_gone.connect(self._show_start_page)
            page.set_neutral(self.settings.discreet_mode or self.hidden_all)
            self._unlock_page = self._add_page(page)
        return self._unlock_page

    @property
    def diary(self) -> DiaryPage:
        if self._diary is None:
            self._build_diary()
        assert self._diary is not None
        return self._diary

    @property
    def evidence(self) -> EvidencePanel:
        if self._evidence is None:
            self._build_diary()
        assert self._evidence is not None
        return self._evidence

    @property
    def diary_host(self) -> QWidget:
        if self._diary_host is None:
            self._build_diary()
        assert self._diary_host is not None
        return self._diary_host

    @property
    def backup_reminder(self) -> QLabel:
        if self._backup_reminder is None:
            self._build_diary()
        assert self._backup_reminder is not None
        return self._backup_reminder

    def _build_diary(self) -> None:
        """The diary list on the left; details and evidence on the right."""
        from ui.diary.diary_page import DiaryPage
        from ui.evidence.evidence_panel import EvidencePanel

        diary = DiaryPage()
        evidence = EvidencePanel(self)
        diary.incident_selected.connect(evidence.set_incident)
        diary.incident_selected.connect(self._selection_changed)
        diary.incident_activated.connect(self.edit_incident)
        evidence.changed.connect(lambda: diary.refresh())
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(diary.detail)
        right.addWidget(evidence)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        diary.splitter.addWidget(right)
        diary.splitter.setSizes([600, 400])  # list : details and evidence, 3 : 2
        host = QWidget()
        lay = QVBoxLayout(host)
        lay.setContentsMargins(0, 0, 0, 0)
        reminder = QLabel()
        reminder.setObjectName("reminder")
        reminder.setVisible(False)
        reminder.setWordWrap(True)
        lay.addWidget(reminder)
        lay.addWidget(diary, 1)  # the reminder above keeps its own height
        self._diary, self._evidence, self._backup_reminder = diary, evidence, reminder
        self._diary_host = self._add_page(host)
        diary.model.set_masked(self.settings.mask_titles)
        self._update_backup_reminder()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if self._first_expose is not None and handle is not None:
            handle.installEventFilter(self._first_expose)
            self._first_expose = None

    def _warm_up(self) -> None:
        """Right after the first paint, while the passphrase is typed: what the unlock
        needs (its module) and the diary it opens with its toolbars, so the rows follow the
        derivation; then (a second step, so keys typed meanwhile are handled between the
        two) the first-run page, which a panic wipe from the lock screen shows at once."""
        if self._unlock_page is not None:
            self._unlock_page.warm_up()
        if self._diary_host is None:
            self._build_diary()
        if self._toolbar is None:
            self._build_toolbars()
        QTimer.singleShot(0, self._warm_up_welcome)

    def _warm_up_welcome(self) -> None:
        if vault_exists(self.home):
            self.welcome  # noqa: B018 - built now, not in the panic's first milliseconds
        self.warmed_up.emit()

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: str | QKeySequence | QKeySequence.StandardKey,
        name: str,
        *,
        window_only: bool = False,
    ) -> QAction:
        """An action of the window, with its shortcut (application-wide unless it is about
        this window alone, like Find, which other windows use for themselves)."""
        action = QAction(text, self)
        action.triggered.connect(slot)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(
            Qt.ShortcutContext.WindowShortcut
            if window_only
            else Qt.ShortcutContext.ApplicationShortcut
        )
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            self.tr("New incident"), self.new_incident, QKeySequence.StandardKey.New, "newIncident"
        )
        self.act_edit = self._action(self.tr("Edit"), self.edit_current, "Ctrl+E", "editIncident")
        self.act_evidence = self._action(
            self.tr("Add evidence"), self.add_evidence, "Ctrl+Shift+A", "addEvidence"
        )
        self.act_find = self._action(
            self.tr("Search the diary"),
            self.find,
            QKeySequence.StandardKey.Find,
            "find",
            window_only=True,
        )
        self.act_timeline = self._action(
            self.tr("Timeline"), self.show_timeline, "Ctrl+T", "timeline"
        )
        self.act_export = self._action(
            self.tr("Export for an organisation…"),
            self.export_bundle,
            "Ctrl+Shift+E",
            "exportBundle",
        )
        self.act_import_chat = self._action(
            self.tr("Import a chat…"), self.import_chat, "Ctrl+I", "importChat"
        )
        self.act_chats = self._action(self.tr("Chats"), self.show_chats, "Ctrl+Shift+C", "chats")
        self.act_actors = self._action(
            self.tr("Actors"), self.show_actors, "Ctrl+Shift+R", "actors"
        )
        self.act_org_key = self._action(
            self.tr("Make an organisation's key…"), self.make_org_key, "Ctrl+Shift+K", "orgKey"
        )
        self.act_open_bundle = self._action(
            self.tr("Open a received bundle…"), self.open_bundle, "Ctrl+O", "openBundle"
        )
        self.act_backup = self._action(
            self.tr("Backup and restore…"), self.backup, "Ctrl+B", "backup"
        )
        self.act_settings = self._action(
            self.tr("Settings"),
            self.open_settings,
            "Ctrl+,",
            "settings",
        )
        self.act_lock = self._action(self.tr("Lock"), self.lock, "Ctrl+L", "lock")
        self.act_hide = self._action(
            self.tr("Hide everything"), self.hide_everything, HIDE_KEY, "hideEverything"
        )
        self.act_panic = self._action(
            self.tr("Panic wipe"), self.panic, "Ctrl+Shift+Delete", "panic"
        )
        self.act_quit = self._action(self.tr("Quit"), self.close, "Ctrl+Q", "quit")
        self.act_guide = self._action(
            QCoreApplication.translate("HelpWindow", "User guide"), self.show_guide, "F1", "guide"
        )
        self.act_about = self._action(self.tr("About Quire"), self.show_about, "Ctrl+F1", "about")
        for action in self.actions():
            action.changed.connect(lambda a=action: self._describe(a))
            self._describe(action)
        self._build_menus()
        self._set_diary_actions_enabled(False)

    def _describe(self, action: QAction) -> None:
        """The tool tip names the shortcut (in the language's words for the keys). Called
        whenever an action changes, so a language switch also renews the toolbar's short
        word and the toolbars' widths."""
        if action is self.act_panic:
            what = self.tr("Destroy the diary on this computer now")
        else:
            what = action.text().replace("&", "").removesuffix("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{what} ({keys})" if keys else what
        if action.toolTip() != tip:
            action.setToolTip(tip)  # emits changed again, which then finds nothing to do
        if action is self.act_export and action.iconText() != self.tr("Export"):
            action.setIconText(self.tr("Export"))  # the toolbar's shorter word
        self._fit_toolbars()

    def _fit_toolbars(self) -> None:
        """Each toolbar keeps the width of all its buttons: none folds an action away."""
        for bar in (self._toolbar, self._safety_toolbar):
            if bar is not None and bar.minimumWidth() != bar.sizeHint().width():
                bar.setMinimumWidth(bar.sizeHint().width())

    def _build_menus(self) -> None:
        """Every action is in the menu bar, under a title with a mnemonic (Alt+letter)."""
        bar = self.menuBar()
        bar.setObjectName("mainMenuBar")
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.menu_file.setObjectName("fileMenu")
        for action in (
            self.act_import_chat,
            self.act_export,
            self.act_open_bundle,
            self.act_org_key,
        ):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_lock)
        self.menu_file.addAction(self.act_hide)
        self.menu_file.addAction(self.act_panic)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_diary = bar.addMenu(self.tr("&Diary"))
        self.menu_diary.setObjectName("diaryMenu")
        for action in (self.act_new, self.act_edit, self.act_evidence):
            self.menu_diary.addAction(action)
        self.menu_diary.addSeparator()
        for action in (self.act_find, self.act_timeline, self.act_chats, self.act_actors):
            self.menu_diary.addAction(action)
        self.menu_help = bar.addMenu(self.tr("&Help"))
        self.menu_help.setObjectName("helpMenu")
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addAction(self.act_about)

    def _build_toolbars(self) -> None:
        """The everyday actions as buttons; the rest in the menu. The toolbars never fold
        an action into an overflow chevron: each keeps the width of all its buttons, and
        tests/gui/test_small_screen.py checks that they fit 1024 px (and 1366 px at 150 %)
        in every language."""
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new, self.act_evidence):
            bar.addAction(a)
        bar.addSeparator()
        for a in (self.act_chats, self.act_export):
            bar.addAction(a)
        # "Import a chat…" under the Chats button's arrow too (and in the Chats window).
        chats_button = bar.widgetForAction(self.act_chats)
        if isinstance(chats_button, QToolButton):
            chats_menu = QMenu(chats_button)
            chats_menu.addAction(self.act_import_chat)
            chats_button.setMenu(chats_menu)
            chats_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding,
            spacer.sizePolicy().verticalPolicy().Preferred,
        )
        # Lock and panic get a toolbar of their own, at the right.
        safety = QToolBar(self.tr("Lock and panic"))
        safety.setObjectName("safetyToolbar")
        safety.setMovable(False)
        safety.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        safety.addWidget(spacer)  # the last toolbar gets the spare width: buttons to the right
        for a in (self.act_lock, self.act_panic):
            safety.addAction(a)
        panic_button = safety.widgetForAction(self.act_panic)
        if panic_button is not None:
            panic_button.setObjectName("panicButton")
        self._toolbar = bar
        self._safety_toolbar = safety
        self.addToolBar(bar)
        self.addToolBar(safety)
        for b in (bar, safety):
            b.setVisible(self.vault is not None)  # built on the lock screen: not in view
        self._fit_toolbars()

    @property
    def toolbar(self) -> QToolBar:
        if self._toolbar is None:
            self._build_toolbars()
        assert self._toolbar is not None
        return self._toolbar

    @property
    def safety_toolbar(self) -> QToolBar:
        if self._safety_toolbar is None:
            self._build_toolbars()
        assert self._safety_toolbar is not None
        return self._safety_toolbar

    def _set_diary_actions_enabled(self, on: bool) -> None:
        for a in (
            self.act_new,
            self.act_edit,
            self.act_evidence,
            self.act_find,
            self.act_timeline,
            self.act_chats,
            self.act_actors,
            self.act_import_chat,
            self.act_export,
            self.act_backup,
            self.act_settings,
            self.act_lock,
            self.act_panic,
        ):
            a.setEnabled(on)
        # No passphrase is needed to destroy the diary: the panic shortcut and the unlock
        # page's button work while it is locked too (someone may be at the door).
        self.act_panic.setEnabled(on or vault_exists(self.home))
        # The guide and About say "Quire": not from a (possibly neutral) lock screen.
        for a in (self.act_guide, self.act_about):
            a.setEnabled(on or not vault_exists(self.home))
        if on or self._toolbar is not None:  # none yet on the lock screen: nothing to hide
            self.toolbar.setVisible(on)
            self.safety_toolbar.setVisible(on)
        self.menuBar().setVisible(on)  # the lock screen shows nothing of the diary
        self._fit_toolbars()
        if on:
            self._selection_changed(self.diary.current_id())

    def _selection_changed(self, incident_id: int | None) -> None:
        has = incident_id is not None and self.vault is not None
        self.act_edit.setEnabled(has)
        self.act_evidence.setEnabled(has)

    # -- pages -----------------------------------------------------------------------------
    def _show_start_page(self) -> None:
        from app.wipe import finish_interrupted_wipes

        finish_interrupted_wipes(self.home)
        if vault_exists(self.home):
            self.stack.setCurrentWidget(self.unlock_page)
        else:
            self.stack.setCurrentWidget(self.welcome)
        self._set_diary_actions_enabled(False)
        self.update_title()

    def _created(self, vault: Vault, code: str | None) -> None:
        if code:
            from ui.pages.recovery_code import RecoveryCodeDialog

            dialog = RecoveryCodeDialog(code, self)
            dialog.exec_or_script()
            if dialog.confirmed:
                from app.safety_checkup import record_recovery_confirmed

                record_recovery_confirmed(vault)
        settings_store.save(self.home, self.settings)
        self._unlocked(vault)

    def _unlocked(self, vault: Vault) -> None:
        self.vault = vault
        self.hidden_all = False
        self._apply_discreet()
        self.diary.set_vault(vault)
        self.evidence.set_vault(vault)
        self.stack.setCurrentWidget(self.diary_host)
        self._set_diary_actions_enabled(True)
        self.inactivity.set_timeout_ms(self.settings.auto_lock_minutes * 60_000)
        self._update_backup_reminder()
        self.update_title()
        from ui.editor.drafts_offer import offer_drafts

        offer_drafts(self, vault)

    def lock(self) -> None:
        """Drop the keys, the database and every decrypted view; show the unlock screen."""
        if self.vault is None:
            return
        self.lock_requested_hooks()
        cancel_all_and_wait()
        self.inactivity.stop()
        self.diary.clear()
        self.evidence.clear()
        self.clipboard.clear_ours()
        privacy.forget_qt_settings()  # the file dialogs' last folders
        vault, self.vault = self.vault, None
        vault.lock()
        self._set_diary_actions_enabled(False)
        self.unlock_page.clear()
        self.stack.setCurrentWidget(self.unlock_page)
        self.update_title()

    def lock_requested_hooks(self) -> None:
        """Open editors save their drafts and close; other windows of the diary close."""
        for child in self.findChildren(QWidget):
            hook = getattr(child, "on_vault_locking", None)
            if callable(hook):
                hook()

    # -- settings and title ----------------------------------------------------------------
    def apply_settings(self) -> None:
        if self.vault is not None:
            self.inactivity.set_timeout_ms(self.settings.auto_lock_minutes * 60_000)
            self._set_diary_actions_enabled(True)  # the language may have changed widths
        self._apply_discreet()
        self.update_title()

    def _apply_discreet(self) -> None:
        """Discreet mode (or the hide-everything key) on every window, the lock screen and
        the backup banner; masked titles are a setting of their own. A page not built yet
        gets the same when it is built."""
        neutral = self.settings.discreet_mode or self.hidden_all
        self.neutral_windows.set_active(neutral)
        if self._unlock_page is not None:
            self._unlock_page.set_neutral(neutral)
        if self._diary is not None:
            self._diary.model.set_masked(self.settings.mask_titles)
            self._update_backup_reminder()

    def hide_everything(self) -> None:
        """The hide-everything key: lock as auto-lock does (drafts kept, other windows
        closed) and show the neutral lock screen, discreet mode or not."""
        self.hidden_all = True
        self.lock()
        for window in QApplication.topLevelWidgets():  # what locking does not close
            if window is not self and window.isVisible():
                window.hide()
        if self._unlock_page is not None:
            self._unlock_page.clear()
        self._apply_discreet()
        self.update_title()

    def update_title(self) -> None:
        if self.settings.discreet_mode or self.hidden_all:
            self.setWindowTitle(self.tr(DISCREET_TITLE))  # "Notes", in the user's language
            from ui.theme import neutral_icon

            self.setWindowIcon(neutral_icon())
        else:
            state = "" if self.vault is not None else " — " + self.tr("locked")
            self.setWindowTitle(APP_TITLE + state)
            from ui.theme import app_icon

            self.setWindowIcon(app_icon())

    def _language_chosen(self, code: str) -> None:
        self.settings.language = code
        settings_store.save(self.home, self.settings)
        from ui.retranslate import switch_language

        switch_language(code)  # the welcome page and every step after it, at once

    def _update_backup_reminder(self) -> None:
        from ui.backup_dialog import backup_reminder_text

        text = None if self.settings.discreet_mode else backup_reminder_text(self.settings)
        due = None if self.settings.discreet_mode else self._complaint_reminder_text()
        text = "\n".join(t for t in (text, due) if t)
        self.backup_reminder.setText(text)
        self.backup_reminder.setVisible(bool(text))

    def _complaint_reminder_text(self) -> str | None:
        """Complaints whose reminder day has come and which are still unanswered."""
        if self.vault is None or self.vault.conn is None:
            return None
        from app.complaints.store import ComplaintStore

        due = ComplaintStore(self.vault).due_reminders()
        if not due:
            return None
        return self.tr(
            "%n complaint(s) you asked to be reminded of still have no answer (incidents: %1).",
            "",
            len(due),
        ).replace("%1", ", ".join(str(c.incident_id) for c in due))

    # -- actions (each opens its own module's window) ---------------------------------------
    def new_incident(self) -> None:
        self._edit(None)

    def edit_current(self) -> None:
        incident_id = self.diary.current_id()
        if incident_id is not None:
            self._edit(incident_id)

    def edit_incident(self, incident_id: int) -> None:
        self._edit(incident_id)

    def _edit(self, incident_id: int | None) -> None:
        if self.vault is None:
            return
        from ui.editor.incident_editor import IncidentEditor

        editor = IncidentEditor(self.vault, incident_id, self)
        editor.saved.connect(lambda i: self.diary.refresh(select=i))
        editor.show()

    def find(self) -> None:
        """Ctrl+F: to the search box, its text selected to type over."""
        if self.vault is not None:
            self.diary.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.diary.search.selectAll()

    def show_guide(self) -> None:
        from ui.help_window import show_user_guide

        show_user_guide(self, self.settings.language)

    def show_about(self) -> None:
        from ui.about_dialog import show_about

        show_about(self)

    def add_evidence(self) -> None:
        if self.vault is not None and self.diary.current_id() is not None:
            self.evidence.add_files()

    def show_timeline(self) -> None:
        if self.vault is not None:
            from ui.timeline import TimelineDialog

            TimelineDialog(self.vault, self).show()

    def show_chats(self, select: int | None = None) -> None:
        """One Chats window at a time; shown again (and refreshed) when asked twice."""
        if self.vault is None:
            return
        from shiboken6 import isValid

        from ui.chats.chats_window import ChatsWindow

        window = getattr(self, "chats_window", None)
        if window is None or not isValid(window) or window.store is None:
            window = ChatsWindow(self.vault, self)
            self.chats_window = window
        else:
            window.refresh()
        if select is not None:
            window.select_conversation(select)
        window.show()
        window.raise_()

    def import_chat(self) -> None:
        if self.vault is None:
            return
        from ui.chats.import_flow import ChatImport

        flow = ChatImport(self.vault, self)
        self.chat_import = flow

        def imported(summary: object) -> None:
            convs = getattr(summary, "conversations", None)
            if convs:
                self.show_chats(select=int(convs[0]["id"]))

        flow.finished.connect(imported)
        flow.start()

    def export_bundle(self) -> None:
        if self.vault is not None:
            from ui.sharing.export_wizard import ExportWizard

            current = self.diary.current_id()
            ExportWizard(self.vault, [current] if current is not None else [], self).show()

    def show_actors(self) -> None:
        """One Actors window at a time (issue 14); an incident opened from its timeline is
        selected in the diary."""
        if self.vault is None:
            return
        from shiboken6 import isValid

        from ui.actors.actors_window import ActorsWindow

        window = getattr(self, "actors_window", None)
        if window is None or not isValid(window) or window.store is None:
            window = ActorsWindow(self.vault, self)
            window.incident_requested.connect(self.diary.select)
            self.actors_window = window
        else:
            window.refresh()
        window.show()
        window.raise_()

    def make_org_key(self) -> None:
        """For organisations (no diary needed): the key, card, QR and sheet (issue 14)."""
        from ui.sharing.org_key import OrgKeyDialog

        OrgKeyDialog(self).show()

    def open_bundle(self) -> None:
        from ui.sharing.open_bundle import OpenBundleWindow

        OpenBundleWindow(self).show()

    def backup(self) -> None:
        if self.vault is not None:
            from ui.backup_dialog import BackupDialog

            dlg = BackupDialog(self.vault, self.home, self.settings, self)
            dlg.finished.connect(lambda _r: self._update_backup_reminder())
            dlg.show()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.home, self.settings, self.vault, self)
        dlg.applied.connect(self.apply_settings)
        dlg.show()

    def panic(self) -> None:
        from ui.panic import trigger_panic

        trigger_panic(self)

    def after_wipe(self) -> None:
        """Called once the vault is destroyed: start again as on a new machine."""
        privacy.forget_qt_settings()
        self.vault = None
        if self._diary is not None:
            self.diary.clear()
            self.evidence.clear()
        self.settings = settings_store.load(self.home)
        self._show_start_page()

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        event.accept()


__all__ = ["MainWindow"]
