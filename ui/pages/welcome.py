"""First run: what Quire protects against (and what it cannot), then create the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.access import create_vault
from app.passphrase_generator import generate
from app.passphrase_strength import WeakPassphraseError, estimate, personal_inputs
from app.vault import device_secret
from app.vault.vault import Vault
from ui.geometry import scrollable
from ui.labels import LANGUAGE_NAMES, plain_label
from ui.pages.passphrase_fields import refusal_text, show_toggle
from ui.worker import run_task


def _card(title: str, text: str) -> tuple[QWidget, QVBoxLayout]:
    """One step's card: its title and what it is about, then the caller's widgets."""
    card = QWidget()
    card.setObjectName("card")
    lay = QVBoxLayout(card)
    lay.setContentsMargins(24, 20, 24, 20)
    lay.addWidget(plain_label(title, "pageTitle"))
    lay.addWidget(plain_label(text))
    return card, lay


def _centred(card: QWidget) -> QWidget:
    """A step page: the card centred, its height following its wrapped text."""
    card.setFixedWidth(max(620, card.minimumSizeHint().width()))  # a larger desktop font
    # Qt under-reckons the height of wrapped text in an aligned widget; leave room for the
    # advice lines that appear as the passphrase is typed.
    card.setMinimumHeight(card.sizeHint().height() + 48)
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addStretch(1)
    lay.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
    lay.addStretch(2)
    return scrollable(page)  # a short screen (1366×768 at 150 %) scrolls the card


class WelcomePage(QWidget):
    """Three steps: the honest introduction, the passphrase (typed or suggested, refused when
    easy to guess), then one practice retype from memory before the vault is made."""

    created = Signal(object, object)  # Vault, recovery code or None
    language_changed = Signal(str)

    def __init__(self, home: Path, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.setObjectName("welcomePage")
        self.steps = QStackedWidget()
        self.steps.addWidget(_centred(self._intro(language)))
        self.steps.addWidget(_centred(self._form()))
        self.steps.addWidget(_centred(self._practice()))
        outer = QVBoxLayout(self)
        outer.addWidget(self.steps)
        self.steps.currentChanged.connect(self._ask_keyring)

    def _ask_keyring(self) -> None:
        """Can this computer's keyring hold a device secret? Asked when the passphrase step
        is first shown, not when the window is built: the probe (importing keyring, a D-Bus
        call) took ~0.3 s of every start of the window, an existing vault's too."""
        if self._keyring_asked or self.steps.currentIndex() != 1:
            return
        self._keyring_asked = True
        available, reason = device_secret.is_available()
        self.secret_hint.setText(
            self.tr(
                "Then a copy of the diary is useless without this computer. You will get "
                "24 words to write down: you need them to open the diary on another "
                "computer."
            )
            if available
            else self.tr(
                "Not available here: {reason}. The passphrase alone protects the diary."
            ).replace("{reason}", reason)
        )
        self.use_secret.setEnabled(available)

    # -- step 1 ----------------------------------------------------------------------------
    def _intro(self, language: str) -> QWidget:
        card, lay = _card(
            self.tr("Welcome to Quire"),
            self.tr(
                "Quire is a private diary for recording harassment, threats and attacks, with "
                "the evidence: screenshots, files, links. Everything is encrypted on this "
                "computer. Nothing is sent anywhere, ever, unless you export a sealed "
                "bundle for an organisation you trust."
            ),
        )
        lay.addWidget(
            plain_label(
                self.tr(
                    "Quire protects your diary if this laptop is taken, "
                    "copied or searched while Quire is locked."
                ),
                "good",
            )
        )
        lay.addWidget(
            plain_label(
                self.tr(
                    "It cannot protect you if someone has already installed spyware on this "
                    "computer, or sees your screen while the diary is open. Lock Quire (Ctrl+L) "
                    "whenever you step away; it also locks itself when you are idle."
                )
            )
        )
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, list(LANGUAGE_NAMES).index(language) if language in LANGUAGE_NAMES else 0)
        )
        self.language.currentIndexChanged.connect(
            lambda: self.language_changed.emit(self.language.currentData())
        )
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        lay.addLayout(form)
        start = QPushButton(self.tr("Create my diary"))
        start.setDefault(True)
        start.clicked.connect(lambda: self.steps.setCurrentIndex(1))
        lay.addWidget(start)
        others = QHBoxLayout()
        for text, name, slot in (
            (self.tr("&Restore from a backup…"), "restoreBackup", self._restore_backup),
            (self.tr("&Open a received bundle…"), "openReceivedBundle", self._open_bundle),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setFlat(True)
            button.clicked.connect(slot)
            others.addWidget(button)
        others.addStretch(1)
        lay.addLayout(others)
        return card

    def _restore_backup(self) -> None:
        from ui.backup_dialog import RestoreDialog

        RestoreDialog(self.home, self.window()).show()

    def _open_bundle(self) -> None:
        from ui.sharing.open_bundle import OpenBundleWindow

        OpenBundleWindow(self.window()).show()

    # -- step 2 ----------------------------------------------------------------------------
    def _form(self) -> QWidget:
        card, lay = _card(
            self.tr("Choose a passphrase"),
            self.tr(
                "A passphrase is a password made of several words. Four or five unrelated "
                "words, in any language, are easy to remember and very hard to guess."
            ),
        )
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass1.setAccessibleName(self.tr("Passphrase"))
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2.setAccessibleName(self.tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = plain_label("", "hint")
        self.show_pass = show_toggle(self.pass1, self.pass2)
        self.suggest = QPushButton(self.tr("S&uggest a passphrase"))
        self.suggest.setAccessibleName(self.tr("Suggest a passphrase of random words"))
        self.suggest.setAutoDefault(False)
        self.suggest.clicked.connect(self.suggest_passphrase)
        self.suggestion = plain_label("", "hint")
        self.pass1.textChanged.connect(self._update_strength)
        self.pass2.textChanged.connect(self._update_strength)
        form = QGridLayout()  # QFormLayout misjudges its height beside wrapped text
        for row, (label, field) in enumerate(
            (
                (self.tr("Passphrase"), self.pass1),
                (self.tr("Again"), self.pass2),
                (self.tr("Strength"), self.meter),
            )
        ):
            form.addWidget(QLabel(label), row, 0)
            form.addWidget(field, row, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.show_pass)
        tools.addStretch(1)
        tools.addWidget(self.suggest)
        form.addLayout(tools, 3, 1)
        form.setColumnStretch(1, 1)
        lay.addLayout(form)
        lay.addWidget(self.suggestion)
        lay.addWidget(self.verdict)  # outside the form: wrapped text gets its full height
        lay.addWidget(
            plain_label(
                self.tr(
                    "If you forget this passphrase, nobody — not even the makers of Quire — can "
                    "open your diary again. Write it down and keep it somewhere safe, away from "
                    "the laptop."
                ),
                "warning",
            )
        )
        self.use_secret = QCheckBox(self.tr("Also keep a secret in this computer's keyring"))
        self.use_secret.setAccessibleName(self.tr("Use a device secret"))
        self.use_secret.setEnabled(False)  # until the keyring is asked (_ask_keyring)
        self.secret_hint = plain_label("", "hint")
        self._keyring_asked = False
        lay.addWidget(self.use_secret)
        lay.addWidget(self.secret_hint)
        self.next_button = QPushButton(self.tr("Continue"))
        self.next_button.setDefault(True)
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.to_practice)
        lay.addWidget(self.next_button)
        return card

    # -- step 3 ----------------------------------------------------------------------------
    def _practice(self) -> QWidget:
        card, lay = _card(
            self.tr("Type it once more, from memory"),
            self.tr(
                "A practice before the diary is made: type your passphrase without looking. "
                "If you cannot yet, go back, look at it again, or choose another."
            ),
        )
        self.practice = QLineEdit()
        self.practice.setEchoMode(QLineEdit.EchoMode.Password)
        self.practice.setAccessibleName(self.tr("Passphrase, from memory"))
        self.practice.textChanged.connect(self._update_practice)
        self.practice.returnPressed.connect(self.create)
        lay.addWidget(self.practice)
        lay.addWidget(show_toggle(self.practice))
        self.create_button = QPushButton(self.tr("Create the diary"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create)
        back = QPushButton(self.tr("&Back"))
        back.setObjectName("practiceBack")
        back.setAutoDefault(False)
        back.clicked.connect(self._back_to_form)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        lay.addLayout(buttons)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.message = plain_label("", "errorText")
        lay.addWidget(self.busy)
        lay.addWidget(self.message)
        return card

    def suggest_passphrase(self) -> None:
        """Fill the first field with random words in the chosen language, shown, so they
        can be written down; the second field is left for the person to type."""
        generated = generate(self.language.currentData() or "en")
        self.pass2.clear()
        self.show_pass.setChecked(True)
        self.pass1.setText(generated.text)
        self.suggestion.setText(
            self.tr("%1 words, each drawn from %2: about %3 bits. Write them down, then type them.")
            .replace("%1", str(generated.words))
            .replace("%2", f"{generated.list_size:,}".replace(",", "\u202f"))
            .replace("%3", str(round(generated.bits)))
        )

    def to_practice(self) -> None:
        if not self.next_button.isEnabled():
            return
        self.practice.clear()
        self.message.setText("")
        self.steps.setCurrentIndex(2)
        self.practice.setFocus()

    def _back_to_form(self) -> None:
        self.practice.clear()
        self.steps.setCurrentIndex(1)

    def _update_practice(self) -> None:
        typed = self.practice.text()
        self.create_button.setEnabled(typed == self.pass1.text() and bool(typed))
        wrong = bool(typed) and not self.pass1.text().startswith(typed)
        self.message.setText(self.tr("That is not the passphrase you chose.") if wrong else "")

    def _update_strength(self) -> None:
        s = estimate(self.pass1.text(), personal_inputs())
        self.meter.setValue(s.score)
        self.meter.setProperty("score", s.score)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        verdict = QCoreApplication.translate("strength", s.verdict)
        advice = QCoreApplication.translate("strength", s.advice)
        same = self.pass1.text() == self.pass2.text()
        extra = "" if same or not self.pass2.text() else "\n" + self.tr("The two do not match yet.")
        self.verdict.setText(f"{verdict}. {advice}{extra}")
        self.next_button.setEnabled(s.acceptable and same)

    def create(self) -> None:
        passphrase = self.pass1.text()
        if passphrase != self.pass2.text() or self.practice.text() != passphrase:
            return
        strength = estimate(passphrase, personal_inputs())
        if not strength.acceptable:  # create_vault refuses too; say it in the person's words
            self.message.setText(refusal_text(strength))
            return
        self.create_button.setEnabled(False)
        self.busy.setVisible(True)
        run_task(
            create_vault,
            self.home,
            self.pass1.text(),
            use_device_secret=self.use_secret.isChecked(),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, result: tuple[Vault, str | None]) -> None:
        self.busy.setVisible(False)
        self.pass1.clear()
        self.pass2.clear()
        self.practice.clear()
        self.suggestion.setText("")
        vault, code = result
        self.created.emit(vault, code)

    def _failed(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.create_button.setEnabled(True)
        if isinstance(exc, WeakPassphraseError):
            self.message.setText(refusal_text(exc.strength))
        else:
            self.message.setText(str(exc))
