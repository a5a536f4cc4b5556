"""What every field that sets a passphrase shares: a show/hide toggle and the translated
reason a weak one is refused (app/passphrase_strength.py decides)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit

from app.passphrase_strength import REFUSAL, Strength
from ui.privacy import PASSPHRASE_INPUT_HINTS


def show_toggle(*fields: QLineEdit) -> QCheckBox:
    """A "Show passphrase" box that switches ``fields`` between dots and plain text."""
    box = QCheckBox(QCoreApplication.translate("passphrase", "&Show passphrase"))
    box.setAccessibleName(QCoreApplication.translate("passphrase", "Show the passphrase"))

    def apply(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)
            # Shown or hidden, the passphrase stays out of predictive text and IME learning.
            field.setInputMethodHints(field.inputMethodHints() | PASSPHRASE_INPUT_HINTS)

    box.toggled.connect(apply)
    return box


def refusal_text(strength: Strength) -> str:
    """Why ``strength`` is refused, in the person's language."""
    advice = QCoreApplication.translate("strength", strength.advice)
    return QCoreApplication.translate("strength", REFUSAL).replace("%1", advice)
